import BorderTrackTUI
import Testing

@Suite("Keys, key specs, key map and key config")
struct KeyTests {
    @Test("character codes decode to keys")
    func decode() {
        #expect(Key.decode(character: 10) == .enter)
        #expect(Key.decode(character: 13) == .enter)
        #expect(Key.decode(character: 9) == .tab)
        #expect(Key.decode(character: 27) == .escape)
        #expect(Key.decode(character: 127) == .backspace)
        #expect(Key.decode(character: 8) == .backspace)
        #expect(Key.decode(character: 19) == .ctrl("s"))
        #expect(Key.decode(character: 1) == .ctrl("a"))
        #expect(Key.decode(character: 26) == .ctrl("z"))
        #expect(Key.decode(character: 0x6A) == .char("j"))
        #expect(Key.decode(character: 0x20) == .char(" "))
        #expect(Key.decode(character: 0x9ED1) == .char("黑"))
        #expect(Key.decode(character: 0x9B) == .unknown(0x9B))
        #expect(Key.decode(character: 0xD800) == .unknown(0xD800))
    }

    @Test("key specs: characters are literal and case-sensitive, names are not")
    func specs() throws {
        let cases: [(String, Key)] = [
            ("j", .char("j")), ("J", .char("J")), ("?", .char("?")), ("ж", .char("ж")), ("space", .char(" ")),
            ("down", .down), ("DOWN", .down), ("pgdn", .pageDown), ("PageDown", .pageDown), ("pgup", .pageUp),
            ("ctrl-s", .ctrl("s")), ("Ctrl-S", .ctrl("s")), ("^f", .ctrl("f")), ("c-b", .ctrl("b")),
            ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab), ("backspace", .backspace),
            ("del", .delete), ("home", .home), ("end", .end), ("f1", .f(1)), ("F12", .f(12)), ("f", .char("f")),
        ]
        for (spec, key) in cases {
            #expect(try KeySpec.parse(spec) == key, "\(spec)")
            #expect(try KeySpec.parse(key.spec) == key, "round trip of \(spec) via \(key.spec)")
        }
        #expect(Key.pageDown.spec == "pgdn" && Key.char(" ").spec == "space" && Key.ctrl("s").spec == "ctrl-s")
    }

    @Test("bad key specs say what was expected")
    func badSpecs() {
        #expect(throws: KeySpecError.empty) { try KeySpec.parse("") }
        #expect(throws: KeySpecError.unknown("pgdown")) { try KeySpec.parse("pgdown") }
        #expect(throws: KeySpecError.invalidControl("ctrl-ä")) { try KeySpec.parse("ctrl-ä") }
        #expect(throws: KeySpecError.invalidControl("ctrl-")) { try KeySpec.parse("ctrl-") }
        #expect(throws: KeySpecError.functionKeyOutOfRange("f99")) { try KeySpec.parse("f99") }
        #expect(throws: KeySpecError.terminalAlias("ctrl-m", sameAs: "enter")) { try KeySpec.parse("ctrl-m") }
        #expect(throws: KeySpecError.unknown("\u{1B}")) { try KeySpec.parse("\u{1B}") }
        let e = KeySpecError.unknown("pgdown")
        #expect(e.localizedDescription.contains("\"pgdown\"") && e.localizedDescription.contains("expected"))
        #expect(e.localizedDescription.contains("pgdn"))
    }

    static let defaults: [(action: String, specs: [String], help: String)] = [
        ("quit", ["q"], "quit"), ("down", ["j", "down"], "move down"), ("up", ["k", "up"], "move up"),
        ("page-down", ["pgdn", "space"], "page down"), ("search-next", ["n"], "next match"), ("save", [], "save"),
    ]

    @Test("the key map looks up actions and keys, in help order")
    func keyMap() throws {
        let map = try KeyMap(defaults: Self.defaults)
        #expect(map.action(for: .char("j")) == "down")
        #expect(map.action(for: .down) == "down")
        #expect(map.action(for: .char(" ")) == "page-down")
        #expect(map.action(for: .char("x")) == nil)
        #expect(map.keys(for: "down") == [.char("j"), .down])
        #expect(map.actions == ["quit", "down", "up", "page-down", "search-next", "save"])
        #expect(map.keys(for: "save").isEmpty && map.help(for: "save") == "save")
        #expect(map.bindings.count == 8)
    }

    @Test("the app's own default keys all parse, with no key bound twice")
    func appDefaults() throws {
        let map = try KeyMap(defaults: Action.allCases.map { ($0.rawValue, $0.defaultKeys, $0.help) })
        let total = Action.allCases.reduce(0) { $0 + $1.defaultKeys.count }
        #expect(map.bindings.count == total)
    }

    @Test("a config overrides only the actions it names; its keys leave other actions")
    func override() throws {
        let config = try KeyConfig.parse(text: """
            # my keys
            [keys]
            down = ["n", "ctrl-n"]   # steals n from search-next
            save = 'ctrl-s'
            quit = []
            """)
        #expect(config.entries.map(\.action) == ["down", "save", "quit"])
        #expect(config.entries.map(\.line) == [3, 4, 5])
        let map = try KeyMap(defaults: Self.defaults).applying(config)
        #expect(map.keys(for: "down") == [.char("n"), .ctrl("n")])
        #expect(map.action(for: .char("j")) == nil)
        #expect(map.action(for: .char("n")) == "down")
        #expect(map.keys(for: "search-next").isEmpty)
        #expect(map.action(for: .ctrl("s")) == "save")
        #expect(map.keys(for: "quit").isEmpty && map.action(for: .char("q")) == nil)
        #expect(map.keys(for: "up") == [.char("k"), .up]) // untouched
        #expect(map.help(for: "down") == "move down")
    }

    @Test("multi-line arrays, escapes, CRLF line ends and an empty file")
    func parsing() throws {
        let c = try KeyConfig.parse(text: "[keys]\r\npage-down = [\r\n  \"pgdn\", # first\r\n  \"\\u0020\",\r\n]\r\nup = \"\\\\\"\r\n")
        #expect(c.entries == [KeyConfig.Entry(action: "page-down", keys: [.pageDown, .char(" ")], line: 2),
                              KeyConfig.Entry(action: "up", keys: [.char("\\")], line: 6)])
        #expect(try KeyConfig.parse(text: "").entries.isEmpty)
        #expect(try KeyConfig.parse(text: "# only a comment\n\n[keys]\n").entries.isEmpty)
    }

    @Test("config errors name the line, the value and the expectation")
    func errors() throws {
        func error(_ text: String) -> KeyConfigError? {
            do { _ = try KeyConfig.parse(text: text); return nil } catch { return error }
        }
        let bad = error("[keys]\n\n# comment\ndown = [\"j\", \"pgdown\"]\n")
        #expect(bad == .invalidKey(line: 4, action: "down", .unknown("pgdown")))
        let text = bad?.errorDescription ?? ""
        #expect(text.hasPrefix("line 4: ") && text.contains("\"pgdown\"") && text.contains("expected"))

        #expect(error("[keys]\nquit = q\n")?.line == 2)
        #expect(error("[keys]\nquit = q\n")?.value == "quit = q")
        #expect(error("quit = \"q\"\n") == .outsideTable(line: 1, action: "quit"))
        #expect(error("[colors]\n") == .unknownTable(line: 1, name: "colors"))
        #expect(error("[keys]\n[keys]\n") == .duplicateTable(line: 2, firstLine: 1))
        #expect(error("[keys]\nquit = \"q\"\nquit = \"x\"\n") == .duplicateAction(line: 3, action: "quit", firstLine: 2))
        #expect(error("[keys]\nquit = \"q\"\nup = [\"k\",\n  \"q\"]\n")
            == .conflict(line: 4, key: "q", action: "up", otherAction: "quit", otherLine: 2))
        #expect(error("[keys]\nquit = \"q\n")?.line == 2)
        #expect(error("[keys]\nup = [\"k\"\n")?.line == 3)
        #expect(error("[keys]\nquit = \"q\" extra\n")?.expected.contains("end of line") == true)
        #expect(error("[keys]\nquit \"q\"\n")?.expected.contains("'='") == true)
        #expect(error("[keys]\nquit = \"\\x\"\n")?.line == 2)
        #expect(error("[keys]\n\"quit\" = \"q\"\n")?.line == 2)
        #expect(error("[keys]\nquit = \"ctrl-j\"\n")?.expected.contains("enter") == true)

        let unknown = try KeyConfig.parse(text: "[keys]\n\nquit = \"q\"\nfly = \"f\"\n")
        #expect(throws: KeyConfigError.unknownAction(line: 4, action: "fly", known: Self.defaults.map(\.action))) {
            try KeyMap(defaults: Self.defaults).applying(unknown)
        }
        let hostile = error("[keys]\nquit = \"\u{1B}]0;x\u{07}\"\n")?.errorDescription ?? ""
        #expect(!hostile.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}

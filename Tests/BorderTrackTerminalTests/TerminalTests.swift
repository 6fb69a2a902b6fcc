import BorderTrackCore
import BorderTrackTUI
import CNcursesw
import Foundation
import Testing
@testable import BorderTrackTerminal
import BorderTrackTestSupport

/// Whether the xterm-256color terminfo entry (from ncurses-base) is installed.
private let hasXtermTerminfo: Bool = ["/lib/terminfo", "/usr/share/terminfo", "/etc/terminfo", "/usr/lib/terminfo"]
    .contains { FileManager.default.fileExists(atPath: $0 + "/x/xterm-256color") }

/// The wide characters of a string, 0-terminated, for the `*wstr` functions.
private func wide(_ s: String) -> [wchar_t] { s.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0] }

/// The text and attributes ncurses holds for one cell of the standard screen.
private func cellAt(_ y: Int32, _ x: Int32) -> (text: String, attrs: attr_t, pair: Int16) {
    var cc = cchar_t()
    guard mvwin_wch(bt_stdscr(), y, x, &cc) == OK else { return ("", 0, 0) }
    var w = [wchar_t](repeating: 0, count: Int(bt_ccharw_max()) + 1)
    var attrs: attr_t = 0
    var pair: Int16 = 0
    _ = getcchar(&cc, &w, &attrs, &pair, nil)
    let scalars = w.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    return (String(String.UnicodeScalarView(scalars)), attrs, pair)
}

@Suite("ncurses driver", .serialized, .enabled(if: hasXtermTerminfo, "xterm-256color terminfo is not installed"))
struct TerminalTests {
    @Test("the wide-character ncurses API is callable: newterm, mvaddwstr, wget_wch, wcwidth, attributes")
    func smoke() throws {
        #expect(setlocale(LC_ALL, "C.UTF-8") != nil)
        let out = try #require(fopen("/dev/null", "w"))
        let inp = try #require(fopen("/dev/null", "r"))
        defer { fclose(out); fclose(inp) }
        let screen = try #require(newterm("xterm-256color", out, inp))
        set_term(screen)
        let win = try #require(bt_stdscr())
        #expect(bt_lines() > 0 && bt_cols() > 0)
        #expect(mvaddwstr(0, 0, wide("黑河 Благовещенск")) == OK)
        #expect(cellAt(0, 0).text == "黑")
        #expect(cellAt(0, 2).text == "河") // 黑 took two columns
        #expect(cellAt(0, 5).text == "Б")
        wtimeout(win, 0)
        var ch: wint_t = 0
        #expect(wget_wch(win, &ch) == ERR) // no input
        #expect(get_wch(&ch) == ERR)
        #expect(wcwidth(0x9ED1) == 2) // 黑 under C.UTF-8
        #expect(wcwidth(0x0411) == 1) // Б
        let attrs = [bt_a_bold(), bt_a_dim(), bt_a_reverse(), bt_a_underline(), bt_a_standout()]
        #expect(attrs.allSatisfy { $0 != 0 })
        #expect(Set(attrs).count == attrs.count)
        #expect(bt_a_normal() == 0)
        #expect(bt_key_f(1) != bt_key_f(2) && bt_key_code_yes() != 0)
        endwin()
        delscreen(screen)
    }

    @Test("the driver blits a grid cell by cell, wide characters included, and reads no input from /dev/null")
    func driver() throws {
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        let term = try Terminal(terminalType: "xterm-256color", inputFD: null, outputFD: null,
                                options: .init(mouse: true, colors: true))
        #expect(term.size.rows > 0 && term.size.cols > 0)
        #expect(throws: TerminalError.alreadyOpen) {
            try Terminal(terminalType: "xterm-256color", inputFD: null, outputFD: null, options: .init())
        }
        var g = Grid(size: term.size)
        g.put("黑河大桥", row: 0, col: 0, style: .fg(.red, .bold))
        g.put("|", row: 0, col: 8)
        g.put("Мост", row: 1, col: 0, style: Style(attributes: .reverse))
        g.put("\u{1B}[2J", row: 2, col: 0) // shown, not obeyed
        term.draw(g)
        #expect(cellAt(0, 0).text == "黑")
        #expect(cellAt(0, 2).text == "河")
        #expect(cellAt(0, 6).text == "桥")
        #expect(cellAt(0, 8).text == "|")
        #expect(cellAt(0, 0).attrs & bt_a_bold() != 0)
        #expect(term.colorsEnabled == (has_colors()))
        if term.colorsEnabled { #expect(cellAt(0, 0).pair != 0) }
        #expect(cellAt(1, 0).text == "М" && cellAt(1, 0).attrs & bt_a_reverse() != 0)
        #expect(cellAt(2, 0).text == "␛" && cellAt(2, 1).text == "[")

        // A second frame writes only what changed; the rest stays.
        g.put("X", row: 0, col: 8)
        term.draw(g)
        #expect(cellAt(0, 8).text == "X" && cellAt(0, 0).text == "黑")

        #expect(term.readEvent(timeoutMs: 0) == nil)

        // Grids that do not match the screen, and empty grids, never fail.
        term.draw(Grid(rows: term.size.rows + 5, cols: term.size.cols + 5))
        term.draw(Grid(rows: 0, cols: 0))
        var edge = Grid(rows: 1, cols: term.size.cols + 1)
        edge.put("黑", row: 0, col: term.size.cols - 1) // straddles the screen edge: a space
        term.draw(edge)
        #expect(cellAt(0, Int32(term.size.cols - 1)).text == " ")

        term.close()
        term.close() // idempotent
        #expect(bt_stdscr() == nil)
        #expect(term.size == .zero)
        term.draw(g) // ignored once closed
        // The screen was freed: a new one can be opened.
        let again = try Terminal(terminalType: "xterm-256color", inputFD: null, outputFD: null, options: .init(colors: false))
        #expect(!again.colorsEnabled)
        again.close()
    }

    @Test("the pure width table agrees with the C library's wcwidth, which the terminal side uses")
    func widthsAgreeWithWcwidth() {
        #expect(setlocale(LC_ALL, "C.UTF-8") != nil)
        let samples = "aZ~é—Ж黑河한カｱＡ😀🚄─│┌…␛␀␡⟨⟩⏎⇥✓•›↑█░▲"
        for s in samples.unicodeScalars {
            #expect(Int(wcwidth(wchar_t(bitPattern: s.value))) == DisplayWidth.of(Character(s)), "U+\(String(s.value, radix: 16))")
        }
        #expect(wcwidth(0x301) == 0 && DisplayWidth.of("\u{301}") == 0)
        // Whole sweep over assigned, printable code points of planes 0–3: only a handful may differ
        // (U+3248–U+324F are East Asian Ambiguous, which the grid counts as narrow).
        var differing = 0
        for v in UInt32(0x20)...0x3FFFF {
            guard let s = Unicode.Scalar(v), ![.unassigned, .privateUse, .surrogate].contains(s.properties.generalCategory) else { continue }
            let c = wcwidth(wchar_t(bitPattern: v))
            if c >= 0 && Int(c) != DisplayWidth.of(Character(s)) { differing += 1 }
        }
        #expect(differing <= 32, "\(differing) code points measured differently")
    }

    @Test("an unknown terminal type is a typed error, not an exit")
    func unknownTerminal() {
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        #expect(throws: TerminalError.self) {
            try Terminal(terminalType: "no-such-terminal-xyz", inputFD: null, outputFD: null, options: .init())
        }
        #expect(bt_stdscr() == nil)
    }

    @Test("TERM=dumb (no cursor addressing) is refused with the reason and what works instead, not a blank screen")
    func dumbTerminal() {
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        do {
            _ = try Terminal(terminalType: "dumb", inputFD: null, outputFD: null, options: .init())
            Issue.record("a dumb terminal was opened")
        } catch {
            #expect(error.localizedDescription.hasPrefix("cannot open terminal \"dumb\": it cannot move the cursor"), "\(error.localizedDescription)")
            #expect(error.localizedDescription.contains("bordertrack project list"))
        }
        #expect(bt_stdscr() == nil)
        // The terminal can be opened again afterwards.
        if let again = try? Terminal(terminalType: "xterm-256color", inputFD: null, outputFD: null, options: .init()) { again.close() }
    }

    @Test("without a terminal on standard input and output, opening fails with notATerminal")
    func notATTY() throws {
        guard isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 else { return }
        #expect(throws: TerminalError.notATerminal) { try withTerminal { _ in () } }
    }

    @Test("hostile text (OSC, CSI, bidi override, zero-width, C1, DEL) reaches the terminal's bytes only as placeholders")
    func hostileBytes() throws {
        let input = open("/dev/null", O_RDONLY)
        defer { close(input) }
        let path = Scratch.path("bt-bytes").path
        let output = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        defer { close(output); unlink(path) }
        let term = try Terminal(terminalType: "xterm-256color", inputFD: input, outputFD: output, options: .init(colors: true))
        let payloads = [
            "title\u{1B}]0;pwned\u{07}end",            // OSC: set the window title
            "red\u{1B}[31mtext\u{1B}[0m",              // CSI: colour
            "clear\u{1B}[2J\u{1B}[H",                  // CSI: clear screen, home
            "bidi \u{202E}gnp.exe\u{202C} name",       // right-to-left override
            "zero\u{200B}width\u{FEFF}bom",            // zero-width space, BOM
            "c1\u{9B}31m csi and \u{7F} del \u{07} bel",
        ]
        var g = Grid(size: term.size)
        for (i, p) in payloads.enumerated() { g.put(p, row: i, col: 0) }
        term.draw(g)
        term.close()
        let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        #expect(!bytes.isEmpty)
        func contains(_ needle: [UInt8]) -> Bool {
            guard needle.count <= bytes.count else { return false }
            return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        // None of the data's control sequences is in the stream …
        for raw in ["\u{1B}]0;pwned", "\u{1B}[31mtext", "\u{1B}[2J\u{1B}[H", "\u{202E}", "\u{202C}", "\u{200B}", "\u{FEFF}", "\u{9B}", "pwned\u{07}"] {
            #expect(!contains(Array(raw.utf8)), "raw \(raw.unicodeScalars.map { String($0.value, radix: 16) }) reached the terminal")
        }
        #expect(!bytes.contains(0x7F) && !bytes.contains(0x07))
        // … each shows as visible placeholder text instead.
        for shown in ["␛]0;pwned␇end", "␛[31mtext", "␛[2J␛[H", "⟨U+202E⟩gnp.exe⟨U+202C⟩", "zero⟨U+200B⟩width⟨U+FEFF⟩bom", "␡ del"] {
            #expect(contains(Array(shown.utf8)), "\(shown) is not in the output")
        }
    }
}

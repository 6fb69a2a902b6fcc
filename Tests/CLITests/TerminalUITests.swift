import Foundation
import Testing

/// End-to-end: the real binary in tmux, driven by keys, read back from the screen.
@Suite("Terminal UI in tmux", .serialized, .enabled(if: Tmux.available))
struct TerminalUITests {

    @Test("sample data at 100×30: search 黑河, open the detail with both lanes, resize to 50×15 and back, help, quit 0")
    func tour() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 100, rows: 30)
        var screen = t.wait(for: "BorderTrack · Projects")
        #expect(screen.contains("OFFICIAL") && screen.contains("LOCAL"))
        // The Blagoveshchensk–Heihe disagreement is visible from the home screen.
        #expect(screen.contains("Blagoveshchensk"))
        #expect(screen.contains("● operational") && screen.contains("✖"))
        t.send("/")
        t.sendLiteral("黑河")
        t.send("Enter")
        t.send("Enter")
        screen = t.wait(for: "official")
        #expect(screen.contains("local"))
        #expect(screen.contains("黑河"))
        #expect(screen.contains("disputes"))
        // Cells, not characters: a line with Chinese takes more columns than it has characters, and none passes 100.
        #expect(screen.split(separator: "\n").contains { Tmux.cells($0) > $0.count })
        #expect(screen.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 100 })
        t.resize(cols: 50, rows: 15)
        screen = t.wait(for: "editor e2e", timeout: 5)
        #expect(screen.contains("Blagoveshchensk") && screen.contains("editor e2e"))
        #expect(screen.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 50 })
        t.resize(cols: 100, rows: 30)
        screen = t.wait(for: "? help")
        #expect(screen.contains("? help") && screen.contains("disputes"))
        t.send("?")
        screen = t.wait(for: "timeline cursor one month earlier")
        #expect(screen.contains("Keys in the detail view") && screen.contains("timeline cursor one month earlier"))
        t.send("Escape")
        t.send("Escape")
        t.send("q")
        screen = t.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=0"))
        #expect(!t.alternateScreen)
    }

    @Test("detail claim cursor at 80×24: j selects the newest claim, Y copies its URL through OSC 52 into tmux's buffer, Enter shows it whole, W withdraws it")
    func claimCursorCopy() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 80, rows: 24, env: ["BROWSER": "", "PATH": "/nonexistent"])
        _ = t.wait(for: "BorderTrack · Projects")
        t.tmux(["set-option", "-g", "set-clipboard", "on"], output: false)
        t.send(":")
        t.sendLiteral("goto blagoveshchensk-heihe-road-bridge")
        t.send("Enter")
        _ = t.wait(for: "↓ claims")
        t.send("j")
        var screen = t.wait(for: "▶ ")
        #expect(screen.contains("enter claim"))
        t.send("Y")
        screen = t.wait(for: "copied URL (")
        let url = "https://www.imsilkroad.com/news/p/536430.html"
        #expect(screen.contains("copied URL (\(url.count) characters)"))
        var buffer = ""
        for _ in 0..<50 where !buffer.contains(url) {
            buffer = t.tmux(["show-buffer"])
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(buffer == url, "OSC 52 reached tmux's paste buffer")
        // Nothing can open it here: said plainly, with the URL.
        t.send("O")
        screen = t.wait(for: "no $BROWSER and no xdg-open")
        #expect(screen.contains("no $BROWSER and no xdg-open: the URL is https://www.imsilkroad.com"))
        t.send("Enter")
        screen = t.wait(for: "Claim bh-bridge-xinhua-2025-05")
        #expect(screen.contains(url))
        t.send("W")
        _ = t.wait(for: "Withdraw claim bh-bridge-xinhua-2025-05")
        t.sendLiteral("recorded twice")
        t.send("C-s")
        _ = t.wait(for: "(recorded twice)")
        t.send("y")
        screen = t.wait(for: "withdrawn (it stays in the history)")
        #expect(!screen.contains("▶ 2025-05-06"))
        t.send("q")
        t.send("q")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
    }

    @Test("the discrepancy queue opens with d and Enter jumps to the project; :asof changes the status bar")
    func queueAndAsOf() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40)
        #expect(t.wait(for: "BorderTrack · Projects").contains("BorderTrack · Projects"))
        t.send("d")
        var screen = t.wait(for: "Discrepancies (")
        #expect(screen.contains("critical") && screen.contains("status-conflict"))
        t.send(":")
        t.sendLiteral("asof 2019")
        t.send("Enter")
        screen = t.wait(for: "as of 2019-12-31")
        #expect(screen.contains("showing what was known on 2019-12-31"))
        t.send(":")
        t.sendLiteral("nonsense")
        t.send("Enter")
        screen = t.wait(for: "unknown command")
        #expect(screen.contains("unknown command"))
        t.send(":")
        t.sendLiteral("q")
        t.send("Enter")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
    }

    @Test("the queue: acknowledge, filter by state and kind (bad input refused), sort, multi-word search — in memory and paged",
          arguments: ["0", "1"])
    func queueFilter(paged: String) throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40, env: ["BORDERTRACK_PAGED": paged])
        #expect(t.wait(for: "BorderTrack · Projects").contains("Projects"))
        t.send("d")
        var screen = t.wait(for: "Discrepancies (8 open, 0 acknowledged)")
        #expect(screen.contains("8 open │"), "the status line counts the same")
        // Acknowledge the first: open and acknowledged are counted apart.
        t.send("y")
        _ = t.wait(for: "Acknowledge")
        t.send("C-s")
        screen = t.wait(for: "Discrepancies (7 open, 1 acknowledged)")
        #expect(screen.contains("7 open, 1 ack │"))
        // Bad input names field, value and what is expected, and changes nothing.
        t.send(":")
        t.sendLiteral("filter kind=nonsense")
        t.send("Enter")
        screen = t.wait(for: "filter kind=\"nonsense\": expected one of status-conflict")
        #expect(screen.contains("Discrepancies (7 open, 1 acknowledged)  ") && !screen.contains("acknowledged) ["))
        t.send(":")
        t.sendLiteral("filter state=acknowledged")
        t.send("Enter")
        screen = t.wait(for: "[state=acknowledged]")
        #expect(screen.contains("Discrepancies (1 acknowledged) [state=acknowledged]"))
        #expect(screen.contains("[acknowledged]") && !screen.contains("[open]"))
        #expect(screen.contains("1/1"))
        // f opens the filter as it stands; every state, deadline slips only, sorted by date.
        t.send("f")
        _ = t.wait(for: ":filter state=acknowledged")
        t.send("C-u")
        t.sendLiteral("filter kind=deadline-slip state=all")
        t.send("Enter")
        screen = t.wait(for: "[kind=deadline-slip state=all]")
        #expect(screen.contains("deadline-slip") && !screen.contains("status-conflict"))
        t.send(":")
        t.sendLiteral("sort date")
        t.send("Enter")
        screen = t.wait(for: "sort date↓")
        // Search: every word, any order, any case.
        t.send("/")
        t.sendLiteral("CABLE blag")
        screen = t.wait(for: "1 of 1")
        #expect(screen.contains("› ✖ critical deadline-slip    Blagoveshchensk–Heihe cross-border cable car"))
        t.send("Enter")
        t.send(":")
        t.sendLiteral("filter clear")
        t.send("Enter")
        screen = t.wait(for: "queue filter cleared")
        #expect(screen.contains("Discrepancies (7 open, 1 acknowledged)"))
        t.send("q")
        t.send("q")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
    }

    @Test("another editor's claim appears in an open UI within a second, without a keypress")
    func liveRefresh() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40)
        let before = t.wait(for: "BorderTrack · Projects")
        #expect(!before.contains("new claim"))
        let r = try CLI.run(["claim", "add", "--db", db, "--project", "blagoveshchensk-heihe-road-bridge", "--status", "operational",
                             "--scope", "cargo", "--as-of", "2022-06-10", "--source", "amurlife", "--quote", "Грузовики пошли через мост 黑河"])
        #expect(r.status == 0, "\(r.stderr)")
        let start = Date()
        let screen = t.wait(for: "1 new claim", timeout: 3)
        #expect(screen.contains("↻ updated by another editor: 1 new claim"))
        #expect(Date().timeIntervalSince(start) < 1.5)
        t.send("q", "q")
    }

    /// Adds a claim through the form of an open UI: goto, `a`, fields by Tab, a Chinese quote, Ctrl-S.
    static func addClaimThroughForm(_ t: Tmux, project: String, asOf: String, source: String, quote: String) -> String {
        t.send(":")
        t.sendLiteral("goto \(project)")
        t.send("Enter")
        _ = t.wait(for: "At 20")
        t.send("a")
        _ = t.wait(for: "Add a claim")
        t.send("Down", "Down", "Down") // past Status, Scope and Section
        t.sendLiteral(asOf)
        t.send("Down", "Down")
        t.sendLiteral(source)
        t.send("Down", "Down")
        t.sendLiteral(quote)
        t.send("C-s")
        return t.wait(for: " added")
    }

    @Test("a claim with a Chinese quote added through the form is in the UI, in `export`, with the editor's name")
    func addClaimForm() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor 编辑甲", cols: 100, rows: 30)
        _ = t.wait(for: "BorderTrack · Projects")
        let screen = Self.addClaimThroughForm(t, project: "blagoveshchensk-heihe-road-bridge", asOf: "2022-06-11",
                                              source: "amurlife", quote: "货车开始通过大桥")
        #expect(screen.contains("claim c-") && screen.contains(" added"), "\(screen)")
        #expect(!screen.contains("Add a claim"))
        t.send("q", "q")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
        let r = try CLI.run(["export", "--format", "json", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.contains("货车开始通过大桥"))
        #expect(r.stdout.contains("\"editor\": \"编辑甲\""))
    }

    @Test("a bad date in the form is explained as it is typed; Esc asks before discarding; nothing is written")
    func formValidation() throws {
        let db = try CLI.sampleDB()
        let before = try CLI.run(["export", "--format", "json", "--db", db]).stdout
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 80, rows: 24)
        _ = t.wait(for: "BorderTrack · Projects")
        t.send("a")
        _ = t.wait(for: "Add a claim")
        t.send("Down", "Down", "Down") // past Status, Scope and Section
        t.sendLiteral("2021-13")
        #expect(t.wait(for: "month must be 01").contains("✖ month must be 01–12"))
        t.send("C-s")
        #expect(t.wait(for: "As of: month").contains("✖ As of: month must be 01–12"))
        t.send("Escape")
        #expect(t.wait(for: "Discard what you typed?").contains("Discard what you typed?"))
        t.send("y")
        #expect(!t.waitUntilGone("Add a claim").contains("Add a claim"))
        t.send("q")
        _ = t.wait(for: "EXIT=")
        #expect(try CLI.run(["export", "--format", "json", "--db", db]).stdout == before)
    }

    @Test("two UIs on one file resolve one discrepancy: A saves, B's form says so within seconds, B's save is refused, A's note stays")
    func twoEditorsStaleResolve() throws {
        let db = try CLI.sampleDB()
        let a = Tmux(), b = Tmux()
        defer { a.kill(); b.kill() }
        a.start("\(CLI.binary) --db \(db) --editor khabarovsk", cols: 120, rows: 40)
        b.start("\(CLI.binary) --db \(db) --editor harbin", cols: 120, rows: 40)
        for t in [a, b] {
            _ = t.wait(for: "BorderTrack · Projects", timeout: 10)
            t.send("d")
            _ = t.wait(for: "Discrepancies (")
            t.send("r")
            #expect(t.wait(for: "Resolve · ").contains("Resolve · "))
        }
        a.sendLiteral("l"); a.send("Tab"); a.sendLiteral("A: lorries cross since June")
        b.sendLiteral("o"); b.send("Tab"); b.sendLiteral("B: the ministry says operating")
        _ = b.wait(for: "B: the ministry says operating")
        #expect(!b.capture().contains("another editor changed this"))
        a.send("C-s")
        #expect(a.wait(for: " resolved").contains(" resolved"))
        // B's screen catches up by itself; the form stays, with the notice.
        let notice = b.wait(for: "another editor changed this since you opened it", timeout: 10)
        #expect(notice.contains("↻ another editor changed this since you opened it — saving will be refused"), "\(notice)")
        #expect(notice.contains("B: the ministry says operating"))
        b.send("C-s")
        let refused = b.wait(for: "was changed by another editor", timeout: 10)
        #expect(refused.contains("✖ not saved: discrepancy "), "\(refused)")
        #expect(refused.contains("(khabarovsk recorded resolve"))
        #expect(refused.contains("B: the ministry says operating"))
        // Leaving with typed text asks first (Ctrl-C), then quits.
        b.send("C-c")
        _ = b.wait(for: "Quit and discard what you typed?")
        b.send("y")
        #expect(b.wait(for: "EXIT=").contains("EXIT=0"))
        a.send("q", "q")
        _ = a.wait(for: "EXIT=")
        let log = try CLI.run(["audit", "log", "--db", db]).stdout
        let resolves = log.split(separator: "\n").filter { $0.contains("flag.resolve") }
        #expect(resolves.count == 1 && resolves.first?.contains("khabarovsk") == true, "\(log)")
        let project = try #require(resolves.first?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(5).first)
        let history = try CLI.run(["project", "history", String(project), "--db", db]).stdout
        #expect(history.contains("A: lorries cross since June"))
        #expect(!history.contains("B: the ministry says operating"))
    }

    @Test("read-only: edit keys say why they do nothing")
    func readOnlyUI() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e --read-only", cols: 100, rows: 30)
        _ = t.wait(for: "BorderTrack · Projects")
        t.send("a")
        #expect(t.wait(for: "read-only:").contains("read-only: opened with --read-only — edits are disabled"))
        t.send("q")
    }

    @Test("two UIs on one PostgreSQL database see each other's edits within a second (LISTEN/NOTIFY)",
          .enabled(if: PostgresCLITests.enabled))
    func postgresTwoUIs() throws {
        let url = PostgresCLITests().freshURL()
        let r = try CLI.run(["import", CLI.repoRoot.appendingPathComponent("Data/sample.json").path, "--db", url])
        #expect(r.status == 0, "\(r.stderr)")
        let a = Tmux(), b = Tmux()
        defer { a.kill(); b.kill() }
        a.start("\(CLI.binary) --db '\(url)' --editor khabarovsk", cols: 100, rows: 30)
        b.start("\(CLI.binary) --db '\(url)' --editor harbin", cols: 100, rows: 30)
        _ = a.wait(for: "BorderTrack · Projects", timeout: 10)
        // Wait for the status bar itself (the title can be drawn a frame before it under load).
        let bScreen = b.wait(for: "editor harbin", timeout: 10)
        #expect(bScreen.contains("BorderTrack · Projects") && bScreen.contains("editor harbin"), "\(bScreen)")
        let saved = Self.addClaimThroughForm(a, project: "blagoveshchensk-heihe-road-bridge", asOf: "2022-06-12",
                                             source: "amurlife", quote: "Грузовики пошли")
        #expect(saved.contains(" added"), "\(saved)")
        let start = Date()
        let other = b.wait(for: "1 new claim", timeout: 3)
        #expect(other.contains("↻ updated by another editor: 1 new claim"))
        #expect(Date().timeIntervalSince(start) < 1.5)
        // The UI that saved does not announce its own edit as another editor's.
        #expect(!a.capture().contains("updated by another editor"))
        a.send("q"); b.send("q")
    }

    @Test("claims table at 120×40: C opens it, F counts the source column, Enter filters by the top source, a bad filter is refused, Enter opens the claim's project as of its date")
    func claimsTable() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40)
        _ = t.wait(for: "BorderTrack · Projects")
        t.send("C")
        var screen = t.wait(for: "BorderTrack · Claims (")
        #expect(screen.contains("SOURCE") && screen.contains("TIER") && screen.contains("AS-OF") && screen.contains("RECORDED"))
        #expect(screen.contains("column source"))
        t.send("F")
        screen = t.wait(for: "Frequency of source")
        // The first value row: the most frequent source, its count and a bar.
        let lines = screen.split(separator: "\n").map(String.init)
        let top = try #require(lines.first { $0.hasPrefix("›") })
        let words = top.dropFirst().split(separator: " ").map(String.init)
        let (source, count) = (words[0], try #require(Int(words[1])))
        #expect(top.contains("█"))
        t.send("Enter")
        screen = t.wait(for: "source=\(source)")
        #expect(screen.contains("Claims (\(count) of "), "\(screen)")
        #expect(screen.split(separator: "\n").filter { $0.contains(" \(source) ") }.count == min(count, 36))
        t.send(":")
        t.sendLiteral("filter tier=bogus")
        t.send("Enter")
        screen = t.wait(for: "tier \"bogus\": expected one of")
        #expect(screen.contains("Claims (\(count) of "))
        t.send("Enter")
        screen = t.wait(for: "showing what was known on")
        #expect(screen.contains("official") && screen.contains("as of "))
        t.send("Escape")
        screen = t.wait(for: "source=\(source)")
        #expect(screen.contains("BorderTrack · Claims ("))
        t.send("q")
        _ = t.wait(for: "BorderTrack · Projects")
        t.send("q")
    }

    @Test("a 10 KB paste of Cyrillic and CJK into a form field is taken whole, a frame for many keys, and shown")
    func paste() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40)
        _ = t.wait(for: "BorderTrack · Projects")
        t.send("a")
        _ = t.wait(for: "Add a claim")
        for _ in 0..<7 { t.send("Down") }
        _ = t.wait(for: "› Quote ")
        let words = ["Благовещенск", "мост", "黑河", "大桥", "открыт", "грузовое", "Хэйхэ", "口岸"]
        var text = "", i = 0
        while text.utf8.count < 10_000 { text += words[i % words.count] + " "; i += 1 }
        text += "КОНЕЦ终"
        let file = CLI.tempDir().appendingPathComponent("paste.txt")
        CLI.write(text, to: file)
        t.tmux(["load-buffer", file.path], output: false)
        let start = Date()
        t.tmux(["paste-buffer", "-t", t.session], output: false)
        let screen = t.wait(for: "КОНЕЦ终", timeout: 15)
        // One frame per key would take tens of seconds in a debug build; the bound is for a loaded machine.
        #expect(Date().timeIntervalSince(start) < 5, "shown after \(Date().timeIntervalSince(start)) s")
        #expect(screen.contains("КОНЕЦ终▏"), "\(screen)")
        t.send("Escape")
        t.send("y")
        t.send("q")
    }
}

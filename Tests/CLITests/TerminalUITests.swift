import Foundation
import Testing

/// End-to-end: the real binary in tmux, driven by keys, read back from the screen.
@Suite("Terminal UI in tmux", .serialized, .enabled(if: Tmux.available))
struct TerminalUITests {
    func sampleDB() throws -> String {
        let db = CLI.tempDir().appendingPathComponent("t.sqlite").path
        let r = try CLI.run(["import", CLI.repoRoot.appendingPathComponent("Data/sample.json").path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    @Test("sample data at 100×30: search 黑河, open the detail with both lanes, resize to 50×15 and back, help, quit 0")
    func tour() throws {
        let db = try sampleDB()
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
        t.resize(cols: 50, rows: 15)
        screen = t.wait(for: "esc back", timeout: 2)
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 50 })
        t.resize(cols: 100, rows: 30)
        screen = t.wait(for: "Deadline history")
        t.send("?")
        screen = t.wait(for: "Keys in the detail view")
        #expect(screen.contains("timeline cursor one month earlier"))
        t.send("Escape")
        t.send("Escape")
        t.send("q")
        screen = t.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=0"))
        #expect(!t.alternateScreen)
    }

    @Test("the discrepancy queue opens with d and Enter jumps to the project; :asof changes the status bar")
    func queueAndAsOf() throws {
        let db = try sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40)
        t.wait(for: "BorderTrack · Projects")
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
        t.send(":")
        t.sendLiteral("q")
        t.send("Enter")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
    }

    @Test("another editor's claim appears in an open UI within a second, without a keypress")
    func liveRefresh() throws {
        let db = try sampleDB()
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
}

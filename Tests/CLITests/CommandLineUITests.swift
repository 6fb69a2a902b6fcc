import Foundation
import Testing

/// End-to-end: the `:` line's completion and history (kept in `$XDG_STATE_HOME`) and the command palette,
/// in the real binary in tmux at 120×40, 80×24 and 40×12.
@Suite("Terminal UI in tmux: completion, history, palette", .serialized, .enabled(if: Tmux.available))
struct CommandLineUITests {

    @Test("Tab completes commands, project names and filter values; :goto takes a name; history survives a restart")
    func completionAndHistory() throws {
        let db = try CLI.sampleDB()
        let state = CLI.tempDir().path
        var t = Tmux()
        // Wide enough for the message with the whole temporary path in it.
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 160, rows: 40, env: ["XDG_STATE_HOME": state])
        #expect(t.wait(for: "BorderTrack · Projects").contains("BorderTrack · Projects"))
        t.sendLiteral(":go")
        t.send("Tab")
        #expect(t.wait(for: ":goto ▏").contains(":goto ▏"))
        t.sendLiteral("кани")
        t.send("Tab")
        #expect(t.wait(for: ":goto kani-kurgan-checkpoint ▏").contains(":goto kani-kurgan-checkpoint ▏"))
        t.send("Enter")
        #expect(t.wait(for: "BorderTrack · Kani-Kurgan").contains("Kani-Kurgan – Heihe road checkpoint"))
        // Several projects: named, and the view stays; two words pick one.
        t.sendLiteral(":goto blag")
        t.send("Enter")
        #expect(t.wait(for: "3 projects match").contains("3 projects match \"blag\": blagoveshchensk-heihe-cable-car"))
        t.sendLiteral(":g blag road")
        t.send("Enter")
        #expect(t.wait(for: "BorderTrack · Blagoveshchensk–Heihe road bridge").contains("BorderTrack · Blagoveshchensk–Heihe road bridge"))
        // Values of a field, several candidates listed over the status bar.
        t.sendLiteral(":claims source=amur")
        t.send("Tab")
        #expect(t.wait(for: "amurpravda").contains("source=amur-gov"))
        t.sendLiteral("l")
        t.send("Tab")
        #expect(t.wait(for: ":claims source=amurlife ▏").contains(":claims source=amurlife ▏"))
        t.send("Enter")
        #expect(t.wait(for: "source=amurlife —").contains("source=amurlife —"))
        t.sendLiteral(":q")
        t.send("Enter")
        #expect(t.wait(for: "EXIT=0").contains("EXIT=0"))
        t.kill()
        let file = state + "/bordertrack/history"
        let kept = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        #expect(kept == "goto kani-kurgan-checkpoint\ngoto blag\ng blag road\nclaims source=amurlife\nq\n")

        // A new run at 80×24 recalls them with ↑ (newest first) and ↓.
        t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 80, rows: 24, env: ["XDG_STATE_HOME": state])
        #expect(t.wait(for: "BorderTrack · Projects").contains("BorderTrack · Projects"))
        t.send(":")
        t.send("Up")
        t.send("Up")
        #expect(t.wait(for: ":claims source=amurlife▏").contains(":claims source=amurlife▏"))
        t.send("Up")
        #expect(t.wait(for: ":g blag road▏").contains(":g blag road▏"))
        t.send("Down")
        #expect(t.wait(for: ":claims source=amurlife▏").contains(":claims source=amurlife▏"))
        t.send("Enter")
        #expect(t.wait(for: "source=amurlife —").contains("source=amurlife —"))
        // At 40×12 the candidates and the line still fit.
        t.resize(cols: 40, rows: 12)
        t.sendLiteral(":filter state=")
        t.send("Tab")
        let narrow = t.wait(for: "state=current")
        #expect(narrow.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 40 })
        t.send("Escape")
        t.send("Escape")
        t.sendLiteral("q")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
    }

    @Test("a history folder that cannot be written is said once; the : line still works")
    func unwritableHistory() throws {
        let db = try CLI.sampleDB()
        let state = CLI.tempDir().path
        // A file where the folder should be: the folder cannot be made.
        FileManager.default.createFile(atPath: state + "/bordertrack", contents: Data("x".utf8))
        let t = Tmux()
        defer { t.kill() }
        // Wide enough for the message with the whole temporary path in it.
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 160, rows: 40, env: ["XDG_STATE_HOME": state])
        #expect(t.wait(for: "BorderTrack · Projects").contains("BorderTrack · Projects"))
        t.sendLiteral(":sort name")
        t.send("Enter")
        #expect(t.wait(for: "command history not saved").contains("\(state)/bordertrack/history"))
        t.sendLiteral(":sort kind")
        t.send("Enter")
        #expect(t.wait(for: "sort kind").contains("sort kind"))
        t.sendLiteral(":")
        t.send("Up")
        #expect(t.wait(for: ":sort kind▏").contains(":sort kind▏"))
        t.send("Escape")
        t.sendLiteral("q")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
    }

    @Test("Ctrl-P at 120×40, 80×24 and 40×12: every action with its key, filtered as typed; Enter runs it, Esc closes")
    func palette() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40)
        #expect(t.wait(for: "BorderTrack · Projects").contains("BorderTrack · Projects"))
        t.send("C-p")
        var screen = t.wait(for: "Command palette (")
        #expect(screen.contains("ctrl-p") == false)  // the palette does not list itself
        #expect(screen.contains("discrepancy queue") && screen.contains(":goto"))
        t.sendLiteral("queue disc")
        screen = t.wait(for: "› queue disc")
        #expect(screen.contains("▶ d") && screen.contains("discrepancy queue"))
        t.send("Enter")
        #expect(t.wait(for: "BorderTrack · Discrepancies").contains("BorderTrack · Discrepancies"))
        t.resize(cols: 80, rows: 24)
        t.send("C-p")
        #expect(t.wait(for: "Command palette (").contains("Command palette ("))
        t.sendLiteral(":goto")
        screen = t.wait(for: "› :goto")
        #expect(screen.contains("ID|NAME"))
        t.send("Enter")
        #expect(t.wait(for: ":goto ▏").contains(":goto ▏"))
        t.sendLiteral("heilongjiang harbin")
        t.send("Enter")
        #expect(t.wait(for: "Harbin Area").contains("Harbin Area"))
        t.resize(cols: 40, rows: 12)
        t.send("C-p")
        screen = t.wait(for: "Command palette (")
        #expect(screen.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 40 })
        t.send("Escape")
        screen = t.waitUntilGone("Command palette")
        #expect(screen.contains("Heilongjiang Pilot Free Trade Zone"))
        t.sendLiteral("q")
        t.sendLiteral("q")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
    }
}

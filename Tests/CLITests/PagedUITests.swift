import Foundation
import Testing

/// End-to-end: a tracker above the paging threshold (5,000 projects) opens on the store's derived summaries,
/// and every screen reads exactly as the in-memory UI shows the same data.
@Suite("Paged UI in tmux", .serialized, .enabled(if: Tmux.available))
struct PagedUITests {
    /// 6,000 synthetic projects × 2 claims, imported (which also builds the derived summaries).
    static let tracker: Swift.Result<String, any Error> = Swift.Result(catching: {
        try CLI.generatedTracker(projects: 6000, claimsPerProject: 2, seed: 3)
    })

    /// The screen after each step, in a UI started with `BORDERTRACK_PAGED` set to `mode`.
    func screens(_ db: String, mode: String, steps: [[String]]) -> [String] {
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 110, rows: 30, env: ["BORDERTRACK_PAGED": mode])
        var out = [t.wait(for: "BorderTrack · Projects (6000)", timeout: 20)]
        for step in steps {
            for k in step {
                if k.hasPrefix("=") { t.sendLiteral(String(k.dropFirst())) } else { t.send(k) }
            }
            out.append(t.settle(after: out.last!))
        }
        t.send("q", "q")
        return out
    }

    @Test("list, page down, sort, filter, search, detail and queue read the same paged as in memory")
    func sameScreens() throws {
        let db = try PagedUITests.tracker.get()
        let steps: [[String]] = [
            ["NPage", "NPage", "Down"], ["s"], ["S"], [":", "=filter kind=bridge has-discrepancy", "Enter"],
            ["/", "=黑河 №12"], ["Enter"], ["Enter"], ["Escape", "d"], ["NPage", "Down"], ["Enter"],
        ]
        let paged = screens(db, mode: "1", steps: steps)
        let memory = screens(db, mode: "0", steps: steps)
        #expect(paged.count == memory.count)
        for (k, (p, m)) in zip(paged, memory).enumerated() {
            #expect(p == m, "screen \(k) differs:\n--- paged\n\(p)\n--- in memory\n\(m)")
        }
        #expect(paged[4].contains("filter: kind=bridge has-discrepancy"))
        #expect(paged[8].contains("Discrepancies ("))
    }

    @Test("a summary forged behind the tool's back is found after the first frame, rebuilt from the claims, and said")
    func forgedSummaryRebuilt() throws {
        guard Tools.sqlite3Present() else { return }
        let dir = CLI.tempDir()
        let db = dir.appendingPathComponent("forged.sqlite").path
        let sample = CLI.repoRoot.appendingPathComponent("Data/sample.json").path
        #expect(try CLI.run(["import", sample, "--db", db]).status == 0)
        let forge = try Spawn.run("/usr/bin/sqlite3", [db, "UPDATE summary SET p_name_en = 'FORGED: Bridge open', claim_count = 99 WHERE project = 'blagoveshchensk-heihe-road-bridge'"])
        #expect(forge.status == 0)
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 30, env: ["BORDERTRACK_PAGED": "1"])
        let screen = t.wait(for: "rebuilt from its claims", timeout: 20)
        #expect(screen.contains("⚠ 1 project's summary was changed outside BorderTrack; rebuilt from its claims"),
                "\(screen)")
        #expect(!screen.contains("FORGED"), "\(screen)")
        #expect(screen.contains("Blagoveshchensk–Heihe"), "\(screen)")
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
        t.send("q", "q")
    }

    @Test("another editor's claim reaches an open paged UI: summaries, queue count and the notice")
    func liveRefresh() throws {
        let db = try PagedUITests.tracker.get()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 30)
        let before = t.wait(for: "BorderTrack · Projects (6000)", timeout: 20)
        #expect(before.contains("6000 projects"))
        let r = try CLI.run(["claim", "add", "--db", db, "--project", "p17", "--status", "cancelled",
                             "--as-of", "2026-11-01", "--source", "fed", "--quote", "Проект отменён 黑河"])
        #expect(r.status == 0, "\(r.stderr)")
        let screen = t.wait(for: "1 new claim", timeout: 3)
        #expect(screen.contains("↻ updated by another editor: 1 new claim"))
        t.send(":")
        t.sendLiteral("goto p17")
        t.send("Enter")
        let detail = t.wait(for: "Проект отменён", timeout: 3)
        #expect(detail.contains("cancelled"))
        t.send("q", "q")
    }
}

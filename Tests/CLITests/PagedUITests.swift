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

    /// The same 6,000 projects on the team server (`$BORDERTRACK_TEST_PG`, a schema of its own), imported through
    /// the CLI, which also builds the derived summaries there.
    static let server: Swift.Result<String, any Error> = Swift.Result(catching: { try serverTracker() })

    /// 6,000 synthetic projects × 2 claims imported into a new schema of `$BORDERTRACK_TEST_PG`; its URL.
    static func serverTracker() throws -> String {
        guard let base = PostgresCLITests.base else { throw CLI.Failure("no $BORDERTRACK_TEST_PG") }
        let url = base + (base.contains("?") ? "&" : "?") + "schema=bt_ui_" + UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(16)
        let data = CLI.tempDir().appendingPathComponent("data").path
        let g = try CLI.run(["generate", "--projects", "6000", "--claims-per-project", "2", "--seed", "3", "-o", data])
        guard g.status == 0 else { throw CLI.Failure(g.stderr) }
        let r = try CLI.run(["import", "--db", url, data + "/sources.csv", data + "/projects.csv", data + "/claims.csv"])
        guard r.status == 0 else { throw CLI.Failure(r.stderr) }
        return url
    }

    /// The screen after each step, in a UI started with `BORDERTRACK_PAGED` set to `mode`. With `expected` (another
    /// mode's screens), each step waits until the screen equals the expected one (or 20 s pass), so a slower page
    /// source on a loaded machine is compared when it has drawn, not mid-way; otherwise until the screen is quiet.
    func screens(_ db: String, mode: String, steps: [[String]], expected: [String]? = nil) -> [String] {
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db '\(db)' --editor e2e", cols: 110, rows: 30, env: ["BORDERTRACK_PAGED": mode])
        var out = [expected.map { t.waitForScreen($0[0], timeout: 30) } ?? t.wait(for: "BorderTrack · Projects (6000)", timeout: 20)]
        for (n, step) in steps.enumerated() {
            for k in step {
                if k.hasPrefix("=") { t.sendLiteral(String(k.dropFirst())) } else { t.send(k) }
            }
            if let expected, expected.indices.contains(n + 1) {
                out.append(t.waitForScreen(expected[n + 1]))
            } else {
                out.append(t.settle(after: out.last!, quiet: 0.6))
            }
        }
        t.send("q", "q")
        return out
    }

    static let tourSteps: [[String]] = [
        ["NPage", "NPage", "Down"], ["s"], ["S"], [":", "=filter kind=bridge has-discrepancy", "Enter"],
        // Escape and the next key as steps of their own: sent back to back on a loaded machine, ncurses may read
        // them as one Alt-key, and the queue then never opens (in either mode).
        ["/", "=黑河 №12"], ["Enter"], ["Enter"], ["Escape"], ["d"], ["NPage", "Down"], ["Enter"],
    ]

    @Test("list, page down, sort, filter, search, detail and queue read the same paged as in memory",
          arguments: ["sqlite", "postgres"])
    func sameScreens(_ engine: String) throws {
        if engine == "postgres" && !PostgresCLITests.enabled { return }
        let db = try (engine == "postgres" ? PagedUITests.server : PagedUITests.tracker).get()
        // The import built the derived tables the paged UI reads (on the server too), equal to a fresh analysis.
        let verified = try CLI.run(["audit", "verify", "--db", db])
        #expect(verified.status == 0 && verified.stdout.contains("derived summaries match a fresh analysis: 6000 projects"), "\(verified)")
        let steps = PagedUITests.tourSteps
        let memory = screens(db, mode: "0", steps: steps)
        let paged = screens(db, mode: "1", steps: steps, expected: memory)
        #expect(paged.count == memory.count)
        for (k, (p, m)) in zip(paged, memory).enumerated() {
            #expect(p == m, "screen \(k) differs:\n--- paged\n\(p)\n--- in memory\n\(m)")
        }
        #expect(paged[4].contains("filter: kind=bridge has-discrepancy"))
        #expect(paged[9].contains("Discrepancies ("))
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

    @Test("another editor's claim reaches an open paged UI: summaries, queue count and the notice", arguments: ["sqlite", "postgres"])
    func liveRefresh(_ engine: String) throws {
        if engine == "postgres" && !PostgresCLITests.enabled { return }
        let db = try (engine == "postgres" ? PagedUITests.server : PagedUITests.tracker).get()
        let t = Tmux()
        defer { t.kill() }
        // Paged on both engines (6,000 projects are above the threshold): no in-memory analysis to fall back to.
        t.start("\(CLI.binary) --db '\(db)' --editor e2e", cols: 120, rows: 30)
        let before = t.wait(for: "BorderTrack · Projects (6000)", timeout: 20)
        #expect(before.contains("6000 projects"))
        let r = try CLI.run(["claim", "add", "--db", db, "--project", "p17", "--status", "cancelled",
                             "--as-of", "2026-11-01", "--source", "fed", "--quote", "Проект отменён 黑河"])
        #expect(r.status == 0, "\(r.stderr)")
        let written = Date()
        let screen = t.wait(for: "1 new claim", timeout: 3)
        // Pushed by LISTEN/NOTIFY on the server, polled every 250 ms on SQLite: well within a second either way
        // (the tmux capture that sees it polls too; the margin is for a loaded machine).
        #expect(Date().timeIntervalSince(written) < 2, "seen after \(Date().timeIntervalSince(written)) s")
        #expect(screen.contains("↻ updated by another editor: 1 new claim"))
        t.send(":")
        t.sendLiteral("goto p17")
        t.send("Enter")
        let detail = t.wait(for: "Проект отменён", timeout: 3)
        #expect(detail.contains("cancelled"))
        t.send("q", "q")
    }

    @Test("an edit in the paged UI: the claim form saves on either engine, the detail shows it, the summaries stay current",
          arguments: ["sqlite", "postgres"])
    func editThroughForm(_ engine: String) throws {
        if engine == "postgres" && !PostgresCLITests.enabled { return }
        let db = try (engine == "postgres" ? PagedUITests.server : PagedUITests.tracker).get()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db '\(db)' --editor 编辑乙", cols: 110, rows: 30)
        _ = t.wait(for: "BorderTrack · Projects (6000)", timeout: 20)
        let quote = "Мост открыт 大桥通车 \(engine)", asOf = "2026-10-0\(engine == "sqlite" ? 1 : 2)"
        let saved = TerminalUITests.addClaimThroughForm(t, project: "p23", asOf: asOf, source: "local", quote: quote)
        #expect(saved.contains("claim c-") && saved.contains(" added"), "\(saved)")
        #expect(!saved.contains("Add a claim"))
        // Back on the project's detail, the new claim is the local account's current one.
        let detail = t.wait(for: "Local news Амурская правда (local media, RU), \(asOf)", timeout: 5)
        #expect(detail.split(separator: "\n").contains { $0.hasPrefix("   local") && $0.contains(asOf) }, "\(detail)")
        t.send("q", "q")
        #expect(t.wait(for: "EXIT=").contains("EXIT=0"))
        let shown = try CLI.run(["project", "show", "p23", "--db", db])
        #expect(shown.status == 0 && shown.stdout.contains(quote), "\(shown)")
        let history = try CLI.run(["project", "history", "p23", "--db", db])
        #expect(history.stdout.split(separator: "\n").last.map { $0.contains("编辑乙") && $0.contains("claim.add") } == true, "\(history)")
        // Written with its summary and queue in one transaction: a fresh analysis agrees with every stored row.
        let verified = try CLI.run(["audit", "verify", "--db", db])
        #expect(verified.status == 0 && verified.stdout.contains("derived summaries match a fresh analysis: 6000 projects"), "\(verified)")
    }

    @Test("a viewer who finds the server's summaries out of date gets the tracker analysed in memory, and is told why",
          .enabled(if: PostgresCLITests.enabled))
    func viewerFallsBackToMemory() throws {
        let url = try PagedUITests.serverTracker()
        let pg = PostgresCLITests()
        let roles = try CLI.run(["server", "roles", "--apply", "--db", url])
        #expect(roles.status == 0, "\(roles.stderr)")
        let viewer = "bt_uv_" + UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(12)
        #expect(try pg.psql("CREATE ROLE \(viewer) LOGIN IN ROLE bordertrack_viewer").status == 0)
        defer { _ = try? pg.psql("DROP ROLE \(viewer)") }
        // A new source leaves the summaries stale (every project may cite it); only an editor may rebuild them.
        let added = try CLI.run(["source", "add", "--id", "okrug", "--name", "Окружная газета 黑河", "--tier", "local-media",
                                 "--country", "RU", "--db", url])
        #expect(added.status == 0, "\(added.stderr)")
        let asViewer = "postgres://\(viewer)@" + url[url.range(of: "@")!.upperBound...]
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db '\(asViewer)'", cols: 120, rows: 30)
        let screen = t.wait(for: "BorderTrack · Projects (6000)", timeout: 30)
        #expect(screen.contains("out of date and your role may not rebuild them"), "\(screen)")
        // The in-memory tracker works as the paged one would: search and the detail.
        t.send("/")
        t.sendLiteral("p17")
        t.send("Enter", "Enter")
        let detail = t.wait(for: "p17", timeout: 5)
        #expect(detail.contains("Claims") || detail.contains("claims"), "\(detail)")
        t.send("q", "q")
        // An editor's window brings them up to date; the viewer's next window pages them.
        let verified = try CLI.run(["discrepancies", "--db", url])
        #expect(verified.status == 0)
        let again = Tmux()
        defer { again.kill() }
        again.start("\(CLI.binary) --db '\(asViewer)'", cols: 120, rows: 30)
        let paged = again.wait(for: "BorderTrack · Projects (6000)", timeout: 20)
        #expect(!paged.contains("out of date"), "\(paged)")
        again.send("q", "q")
    }
}

import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Foundation

/// The UI half of the bench, run in its own process (`bordertrack bench-ui`) so that the time to the first
/// frame counts the process start and the peak memory is the UI's alone.
extension Benchmark {
    /// Spawns `bench-ui` on the imported database; the first frame is timed from just before the spawn.
    package func runUI(db: String) throws -> (figures: UIFigures, firstFrameMS: Double) {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["bench-ui", "--db", db, "--projects", String(projects), "--seed", String(seed)]
        let out = Pipe()
        p.standardOutput = out
        let started = Stopwatch.now()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard p.terminationStatus == 0, let figures = UIFigures(json: text) else {
            throw CLIError.failure("bench: bordertrack bench-ui exited with status \(p.terminationStatus): \(text.prefix(300))")
        }
        return (figures, Double(figures.firstFrameAt &- started) / 1_000_000)
    }

    /// Opens the database as the UI does (pages for a large tracker), renders the first frame, replays the
    /// keystrokes, adds one claim and catches up as the UI's next poll would.
    package static func measureUI(db: String, projects: Int, seed: UInt64) throws -> UIFigures {
        let keys = AppKeys.defaults(), theme = Theme(ascii: false)
        let store = try Engines.opener.open(db, OpenOptions(create: true, readOnly: false))
        // Each measurement below looks at the change token at once, as the UI's next poll would (on a server
        // without waiting for the pushed notification).
        let refresh = Refresher(store: store, pollInterval: 0)
        let pages = try UILauncher.pages(for: store)
        let session = AppState.Session(database: db, editor: "bench", readOnly: false)
        var state = AppState(pages: try pages ?? AnalysisPages(AnalysisLoader.loadAssessed(store, asOf: nil)), session: session, rows: rows, cols: cols)
        _ = Screen.render(state, keys: keys, theme: theme)
        let frameAt = Stopwatch.now()
        // (The UI reads the search keys in the background once it is idle; keystrokes here come back to back,
        // so the first search step reads them.)

        let samples = keystrokes(&state, keys: keys, theme: theme, projects: projects, seed: seed)

        // One new claim on the selected project: the write, then what the UI does on its next poll, and the frame.
        let selected = state.selectedSummary?.project
        let target = selected?.id ?? "p0"
        // A scope only where the project's kind takes one (the store refuses it elsewhere).
        let claim = try Claim(id: nil, project: target, status: "operational", scope: selected?.kind.takesScope == false ? nil : "cargo",
                              asOf: AnalysisLoader.today().description, published: nil, source: "local", url: nil,
                              quote: "bench \(Stopwatch.now())")
        let addMS = try Stopwatch.time { try store.addClaim(claim, editor: "bench") }.ms
        let (notice, refreshMS) = try Stopwatch.time { () throws -> String? in
            guard refresh.tokenMoved() else { return nil }
            let notice = try refresh.catchUp(&state)
            _ = Screen.render(state, keys: keys, theme: theme)
            return notice
        }
        guard notice != nil, state.data.claims(of: target).contains(where: { $0.quote == claim.quote }) else {
            throw CLIError.failure("bench: the new claim did not reach the screen")
        }

        // Working the queue: the discrepancy selected halfway down it is acknowledged by another editor; the
        // next poll, and the frame with the selection still on it.
        state.view = .queue
        state.queueSelection = state.queueCount / 2
        _ = Screen.render(state, keys: keys, theme: theme)
        guard let picked = state.queueItem(state.queueSelection) else { throw CLIError.failure("bench: the queue is empty") }
        try store.recordFlag(FlagEvent(discrepancy: picked.id, project: picked.project, action: .ack, verdict: .local,
                                       note: "bench", editor: "bench", at: StoreClock.system()), expectedLast: nil)
        let (flagNotice, flagMS) = try Stopwatch.time { () throws -> String? in
            guard refresh.tokenMoved() else { return nil }
            let notice = try refresh.catchUp(&state)
            _ = Screen.render(state, keys: keys, theme: theme)
            return notice
        }
        guard flagNotice != nil, let kept = state.queueItem(state.queueSelection), kept.id == picked.id, kept.flag.state == .acknowledged else {
            throw CLIError.failure("bench: the acknowledgement did not reach the queue's selected row")
        }
        return UIFigures(firstFrameAt: frameAt, paged: pages != nil, samples: samples, claimAddMS: addMS, refreshMS: refreshMS,
                         flagRefreshMS: flagMS, peakRSSMB: PeakMemory.selfMB())
    }
}

import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import BorderTrackSynthetic
import BorderTrackTUI
import Foundation

/// The measurements behind `bordertrack bench` (issue 8): generates a synthetic tracker, imports it
/// with our importer and with the `sqlite3` CLI, then times the UI's first frame, keystrokes, a full
/// discrepancy scan, catching up after one new claim, exports, and records peak memory.
///
/// Every figure goes through the code the commands and the UI run: `bordertrack import` as a
/// subprocess, `AnalysisLoader`, `AppState.handle` + `Screen.render`, `Refresher`, the export writers.
package struct Benchmark {
    package let projects: Int
    package let claimsPerProject: Int
    package let seed: UInt64
    /// Keep the dataset and databases here instead of a temporary folder that is removed.
    package let keep: String?
    /// A PostgreSQL server (`postgres://…`) to measure too, in a new schema of its own; nil: SQLite only.
    package var server: String? = nil
    /// Where progress lines go (standard error), so the table or JSON stays clean.
    package let progress: (String) -> Void

    /// The screen size of the UI measurements.
    package static let rows = 50, cols = 160
    /// Keystrokes measured per kind (at least 200 each).
    package static let strokes = 200

    package func run() throws -> BenchReport {
        let dir = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("bordertrack-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let db = dir + "/bench.sqlite", baselineDB = dir + "/sqlite3-baseline.sqlite"
        for f in [db, db + "-wal", db + "-shm", db + ".lock", baselineDB] { try? FileManager.default.removeItem(atPath: f) }

        progress("generating \(projects) projects × \(claimsPerProject) claims in \(dir)")
        try Generator.write(SyntheticData(projects: projects, claimsPerProject: claimsPerProject, seed: seed), to: dir)
        let tables = ["sources.csv", "projects.csv", "claims.csv"].map { dir + "/" + $0 }
        var metrics: [BenchMetric] = []

        // Import: ours (the real command, all three tables, full validation) and sqlite3's raw .import.
        progress("importing with bordertrack import")
        let importMS = try Stopwatch.time { try runImport(tables, db: db) }.ms
        let importRSS = PeakMemory.childrenMB()
        let rows = Double(8 + projects + projects * claimsPerProject)
        progress("importing claims.csv with sqlite3 .import")
        let baselineMS = try sqlite3Import(dir + "/claims.csv", into: baselineDB)
        let ratio = baselineMS.map { importMS / $0 }
        metrics.append(BenchMetric(key: "import_s", label: "import, full validation", value: importMS / 1000, unit: "s", target: nil,
                                   note: ratio.map { String(format: "%.2f× sqlite3", $0) } ?? "sqlite3 not installed"))
        metrics.append(BenchMetric(key: "import_rows_per_s", label: "import rate (all tables)", value: rows / (importMS / 1000), unit: "rows/s", target: nil))
        metrics.append(BenchMetric(key: "import_peak_rss_mb", label: "import peak RSS", value: importRSS, unit: "MB", target: nil))
        metrics.append(BenchMetric(key: "sqlite3_import_s", label: "sqlite3 .import claims.csv + 1 index", value: baselineMS.map { $0 / 1000 }, unit: "s", target: nil))
        metrics.append(BenchMetric(key: "import_ratio_to_sqlite3", label: "import ÷ sqlite3 .import", value: ratio, unit: "×",
                                   target: .init(limit: 1.5, text: "≤ 1.50×")))

        // The UI, in a process of its own (`bench-ui`): from its start to the first 160×50 frame, keystrokes,
        // one new claim and the refresh, its own peak memory.
        progress("first frame, keystrokes and one new claim (bordertrack bench-ui)")
        let ui = try runUI(db: db)
        metrics += uiMetrics(ui, targets: .embedded)
        progress("map view frames (\(projects) markers)")
        metrics.append(Benchmark.mapMetric(projects: projects, seed: seed, rows: Self.rows, cols: Self.cols))

        // Full rescan: every project's timeline and discrepancies from the loaded dataset.
        progress("full scan")
        let store = try Engines.opener.open(db, OpenOptions(create: true, readOnly: false))
        let today = AnalysisLoader.today()
        var scanned: Analysis? = nil
        let (discrepancies, scanMS) = try { () throws -> (Int, Double) in
            let dataset = try store.dataset(), flags = try store.flagEvents()
            let (a, ms) = Stopwatch.time { Analysis(dataset: dataset, flags: flags, today: today, asOf: nil) }
            scanned = a
            return (a.queue.count, ms)
        }()
        metrics.append(BenchMetric(key: "full_scan_ms", label: "full discrepancy scan (in memory)", value: scanMS, unit: "ms",
                                   target: .init(limit: 1500, text: "≤ 1500 ms")))
        // The assessment over the scan: every source graded from its track record, every project fitted (what an
        // as-of view and the reports add to the scan; the stored summaries keep it per project).
        progress("assessment")
        let assessMS = Stopwatch.time { scanned!.assess() }.ms
        metrics.append(BenchMetric(key: "assessment_ms", label: "assessment of every project (in memory, after the scan)", value: assessMS,
                                   unit: "ms", target: nil, note: String(format: "%.2f× the scan", assessMS / max(1, scanMS))))
        // The same rescan as the store keeps it: every project's summary and queue rows rebuilt from the tables.
        progress("rebuild of the derived summaries")
        guard let derived = store as? any DerivedSummaries else { throw CLIError.failure("bench: \(db) keeps no derived summaries") }
        let rebuildMS = try Stopwatch.time { try derived.bringDerivedUpToDate(today: today.adding(days: 1), progress: nil) }.ms
        try derived.bringDerivedUpToDate(today: today, progress: nil)
        metrics.append(BenchMetric(key: "derived_rebuild_ms", label: "rebuild of the stored summaries and queue (from the tables)", value: rebuildMS,
                                   unit: "ms", target: nil))

        // The same import and UI against the team server, as ratios to the SQLite figures of this run.
        if let server { metrics += try serverMetrics(server, tables: tables, sqliteImportMS: importMS) }

        // The text listings, streamed, against the derived tables just brought up to date.
        metrics += try listingMetrics(db: db)

        // Exports: all claims as CSV (the export command's path) and the status reports.
        progress("exports")
        let csvPath = dir + "/export-claims.csv"
        let exportMS = try Stopwatch.time { try TableExport.write(.claims, from: store, to: csvPath) }.ms
        metrics.append(BenchMetric(key: "export_claims_csv_ms", label: "export all claims as CSV", value: exportMS, unit: "ms",
                                   target: .init(limit: 3000, text: "≤ 3000 ms")))
        let now = Timestamp(seconds: Int(Date().timeIntervalSince1970))
        let mdMS = try Stopwatch.time {
            try CLI.output(ReportMarkdown.render(StatusReport.make(analysis: scanned!, generatedAt: now, database: db)), to: dir + "/report.md")
        }.ms
        let jsonMS = try Stopwatch.time {
            // As `bordertrack report --format json -o FILE` writes it: streamed, a section at a time.
            let report = StatusReport.make(analysis: scanned!, generatedAt: now, database: db)
            try StreamedOutput.write(to: dir + "/report.json") { sink in try ReportJSON.write(report, to: sink) }
        }.ms
        metrics.append(BenchMetric(key: "report_markdown_ms", label: "status report, Markdown", value: mdMS, unit: "ms", target: nil))
        metrics.append(BenchMetric(key: "report_json_ms", label: "status report, JSON", value: jsonMS, unit: "ms", target: nil))
        metrics.append(BenchMetric(key: "peak_rss_mb", label: "bench process peak RSS (all steps)", value: PeakMemory.selfMB(), unit: "MB", target: nil))
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        return BenchReport(projects: projects, claimsPerProject: claimsPerProject, seed: seed,
                           discrepancies: discrepancies, build: build, metrics: metrics)
    }

    /// Keystroke-to-frame samples (ms) for each measured kind: `(key, label, samples)`.
    package static func keystrokes(_ state: inout AppState, keys: KeyMap, theme: Theme, projects: Int, seed: UInt64) -> [(String, [Double])] {
        func stroke(_ key: Key, _ samples: inout [Double]) {
            let start = Stopwatch.now()
            _ = state.handle(KeyEvent(key: key), keys: keys)
            _ = Screen.render(state, keys: keys, theme: theme)
            samples.append(Double(Stopwatch.now() - start) / 1_000_000)
        }
        func untimed(_ key: Key) { _ = state.handle(KeyEvent(key: key), keys: keys) }

        var pageDown: [Double] = []
        for _ in 0..<Benchmark.strokes {
            if state.listSelection >= state.listCount - 1 { untimed(.home) }
            stroke(.pageDown, &pageDown)
        }
        untimed(.home)
        // Search: `/`, three digits of a project number typed one by one, Enter.
        var search: [Double] = []
        var random = SyntheticData.Random(state: seed)
        while search.count < Benchmark.strokes {
            stroke(.char("/"), &search)
            for ch in String(random.next() % UInt64(max(10, projects))).prefix(3) { stroke(.char(ch), &search) }
            stroke(.enter, &search)
        }
        state.message = nil
        // Open the selected project's detail and go back, moving down the list between.
        var detail: [Double] = []
        while detail.count < Benchmark.strokes {
            stroke(.enter, &detail)
            stroke(.escape, &detail)
            untimed(.down)
        }
        untimed(.home)
        // Open the discrepancy queue and go back.
        var queue: [Double] = []
        while queue.count < Benchmark.strokes {
            stroke(.char("d"), &queue)
            stroke(.escape, &queue)
        }
        return [("page_down", pageDown), ("search", search), ("open_detail", detail), ("open_queue", queue)]
    }

    /// Runs `bordertrack import --db DB FILES` (this very binary) and fails loudly if it fails.
    package func runImport(_ files: [String], db: String) throws {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let status = try Benchmark.spawn(exe, ["import", "--db", db, "--editor", "bench"] + files)
        guard status == 0 else { throw CLIError.failure("bench: bordertrack import exited with status \(status)") }
    }

    /// Times `sqlite3 FILE` importing the claims CSV raw into a new table and indexing it by project;
    /// nil when `sqlite3` is not installed.
    package func sqlite3Import(_ csv: String, into file: String) throws -> Double? {
        let candidates = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"]
        guard let sqlite3 = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let (status, ms) = try Stopwatch.time {
            try Benchmark.spawn(sqlite3, [file, "-cmd", ".import --csv \(csv) claim", "CREATE INDEX claim_by_project ON claim(project);"])
        }
        guard status == 0 else { throw CLIError.failure("bench: sqlite3 .import exited with status \(status)") }
        return ms
    }

    /// Runs a program to completion with standard output discarded; returns its exit status.
    package static func spawn(_ path: String, _ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }
}

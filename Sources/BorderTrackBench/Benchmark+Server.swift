import BorderTrackApp
import BorderTrackStore
import Foundation

/// The UI figures as metrics, and the team server's half of `bordertrack bench --db postgres://…`: the same
/// import and UI measurements against the server, with the import as a ratio to this run's SQLite import.
extension Benchmark {
    /// The targets the UI figures are held to, and the keys' prefix, on one engine.
    package struct UITargets {
        let prefix: String, firstFrameMS: Double, keyMS: Double, memoryMB: Double, refreshMS: Double
        /// The embedded engine's (issue 8).
        package static let embedded = UITargets(prefix: "", firstFrameMS: 150, keyMS: 10, memoryMB: 150, refreshMS: 20)
        /// The team server's (issue 18).
        package static let server = UITargets(prefix: "pg_", firstFrameMS: 300, keyMS: 20, memoryMB: 150, refreshMS: 1000)
    }

    /// First frame, keystrokes, memory, one claim and the refreshes, as metrics held to `targets`.
    package func uiMetrics(_ ui: (figures: UIFigures, firstFrameMS: Double), targets t: UITargets) -> [BenchMetric] {
        var metrics: [BenchMetric] = []
        let on = t.prefix.isEmpty ? "" : " [server]"
        func limit(_ v: Double) -> String { "≤ \(Int(v)) ms" }
        metrics.append(BenchMetric(key: t.prefix + "first_frame_ms", label: "first frame (start, open, \(ui.figures.paged ? "read pages" : "load, analyse"), render)\(on)",
                                   value: ui.firstFrameMS, unit: "ms", target: .init(limit: t.firstFrameMS, text: limit(t.firstFrameMS))))
        let labels = ["page_down": "keystroke: page down", "search": "keystroke: search step",
                      "open_detail": "keystroke: open detail / back", "open_queue": "keystroke: open queue / back"]
        for (key, samples) in ui.figures.samples {
            let label = (labels[key] ?? key) + on
            metrics.append(BenchMetric(key: t.prefix + "key_\(key)_p50_ms", label: "\(label), p50", value: Stopwatch.percentile(samples, 50), unit: "ms", target: nil))
            metrics.append(BenchMetric(key: t.prefix + "key_\(key)_p99_ms", label: "\(label), p99 (\(samples.count) keys)",
                                       value: Stopwatch.percentile(samples, 99), unit: "ms", target: .init(limit: t.keyMS, text: limit(t.keyMS))))
        }
        metrics.append(BenchMetric(key: t.prefix + "ui_peak_rss_mb", label: "UI peak RSS (its own process: start, keys, one claim, one acknowledgement)\(on)",
                                   value: ui.figures.peakRSSMB, unit: "MB", target: .init(limit: t.memoryMB, text: "≤ \(Int(t.memoryMB)) MB")))
        metrics.append(BenchMetric(key: t.prefix + "claim_add_ms", label: "add one claim (store write, audit)\(on)", value: ui.figures.claimAddMS, unit: "ms",
                                   target: nil))
        metrics.append(BenchMetric(key: t.prefix + "refresh_after_claim_ms", label: "up to date after one new claim (summaries, queue, screen)\(on)",
                                   value: ui.figures.refreshMS, unit: "ms", target: .init(limit: t.refreshMS, text: limit(t.refreshMS))))
        metrics.append(BenchMetric(key: t.prefix + "refresh_after_flag_ms",
                                   label: "queue view: up to date after another editor's acknowledgement (mid-queue)\(on)",
                                   value: ui.figures.flagRefreshMS, unit: "ms", target: nil))
        return metrics
    }

    /// Imports the same tables into a new schema on `base` (a `postgres://` URL) with `bordertrack import` (which
    /// also builds the derived summaries there), then measures the UI on it. The schema is kept and named.
    package func serverMetrics(_ base: String, tables: [String], sqliteImportMS: Double) throws -> [BenchMetric] {
        let schema = "bordertrack_bench_\(getpid())_\(Int(Date().timeIntervalSince1970))"
        let url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema
        progress("importing into the server (schema \(schema)) with bordertrack import")
        let importMS = try Stopwatch.time { try runImport(tables, db: url) }.ms
        let ratio = importMS / sqliteImportMS
        var metrics = [
            BenchMetric(key: "pg_import_s", label: "import into the server, full validation, summaries built", value: importMS / 1000, unit: "s",
                        target: nil, note: String(format: "%.2f× this run's SQLite import", ratio)),
            BenchMetric(key: "pg_import_ratio_to_sqlite", label: "server import ÷ SQLite import", value: ratio, unit: "×",
                        target: .init(limit: 2, text: "≤ 2.00×")),
        ]
        progress("first frame, keystrokes and one new claim on the server (bordertrack bench-ui)")
        metrics += uiMetrics(try runUI(db: url), targets: .server)
        progress("the server's tracker is kept in schema \(schema) (DROP SCHEMA \(schema) CASCADE removes it)")
        return metrics
    }
}

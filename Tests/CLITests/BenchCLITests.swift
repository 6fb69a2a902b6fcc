import Foundation
import Testing

/// `bordertrack bench` runs end to end and reports every figure (values are not judged here: no timed assertions).
@Suite("bordertrack bench", .serialized)
struct BenchCLITests {
    /// Every key the JSON output promises.
    static let keys = [
        "import_s", "import_rows_per_s", "import_peak_rss_mb", "sqlite3_import_s", "import_ratio_to_sqlite3",
        "first_frame_ms",
        "key_page_down_p50_ms", "key_page_down_p99_ms", "key_search_p50_ms", "key_search_p99_ms",
        "key_open_detail_p50_ms", "key_open_detail_p99_ms", "key_open_queue_p50_ms", "key_open_queue_p99_ms",
        "ui_peak_rss_mb", "full_scan_ms", "assessment_ms", "derived_rebuild_ms", "claim_add_ms", "refresh_after_claim_ms", "refresh_after_flag_ms",
        "list_projects_first_row_ms", "list_projects_total_ms", "list_discrepancies_first_row_ms", "list_discrepancies_total_ms",
        "sqlite3_list_projects_ms",
        "export_claims_csv_ms", "report_markdown_ms", "report_json_ms", "peak_rss_mb", "map_frame_p99_ms",
    ]

    @Test("--format json: every metric present and positive, verdicts consistent with targets")
    func json() throws {
        let keep = CLI.tempDir()
        let r = try CLI.run(["bench", "--projects", "50", "--claims-per-project", "3", "--format", "json", "--keep", keep.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let metrics = try #require(object?["metrics"] as? [String: [String: Any]])
        let hasSQLite3 = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")
        for key in Self.keys {
            let m = try #require(metrics[key], "missing metric \(key)")
            if let value = m["value"] as? Double {
                #expect(value > 0, "\(key) = \(value)")
                if let target = m["target"] as? Double {
                    #expect(m["verdict"] as? String == (value <= target ? "met" : "missed"), "\(key)")
                }
            } else {
                #expect(!hasSQLite3 && key.contains("sqlite3"), "\(key) has no value")
            }
        }
        #expect(Set(metrics.keys) == Set(Self.keys))
        let dataset = try #require(object?["dataset"] as? [String: Any])
        #expect(dataset["claims"] as? Int == 150)
        // --keep leaves the generated tables and the database for inspection.
        #expect(FileManager.default.fileExists(atPath: keep.appendingPathComponent("claims.csv").path))
        #expect(FileManager.default.fileExists(atPath: keep.appendingPathComponent("bench.sqlite").path))
    }

    @Test("text format: an aligned table naming each target as met or MISSED")
    func text() throws {
        let r = try CLI.run(["bench", "--projects", "20", "--claims-per-project", "2"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("first frame"))
        #expect(r.stdout.contains("≤ 150 ms"))
        for line in r.stdout.split(separator: "\n") where line.contains("× target") {
            #expect(line.contains("met") || line.contains("MISSED"))
        }
        #expect(r.stdout.contains("every target of issue 8 met") || r.stdout.contains("targets missed:"))
    }

    /// The figures `--db postgres://…` adds: the server's import, its ratio to SQLite's, and the UI measured there.
    static let serverKeys = [
        "pg_import_s", "pg_import_ratio_to_sqlite", "pg_first_frame_ms",
        "pg_key_page_down_p50_ms", "pg_key_page_down_p99_ms", "pg_key_search_p50_ms", "pg_key_search_p99_ms",
        "pg_key_open_detail_p50_ms", "pg_key_open_detail_p99_ms", "pg_key_open_queue_p50_ms", "pg_key_open_queue_p99_ms",
        "pg_ui_peak_rss_mb", "pg_claim_add_ms", "pg_refresh_after_claim_ms", "pg_refresh_after_flag_ms",
    ]

    @Test("--db postgres://…: the same figures on the server too, with the import as a ratio to SQLite's",
          .enabled(if: PostgresCLITests.enabled))
    func server() throws {
        let r = try CLI.run(["bench", "--projects", "60", "--claims-per-project", "3", "--format", "json", "--db", PostgresCLITests.base!])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let metrics = try #require(object?["metrics"] as? [String: [String: Any]])
        #expect(Set(metrics.keys) == Set(Self.keys + Self.serverKeys))
        for key in Self.serverKeys {
            let value = try #require(metrics[key]?["value"] as? Double, "missing \(key)")
            #expect(value > 0, "\(key) = \(value)")
        }
        let ratio = try #require(metrics["pg_import_ratio_to_sqlite"]?["value"] as? Double)
        let pg = try #require(metrics["pg_import_s"]?["value"] as? Double), sqlite = try #require(metrics["import_s"]?["value"] as? Double)
        #expect(abs(ratio - pg / sqlite) < 0.01 * ratio)
        #expect(metrics["pg_first_frame_ms"]?["target"] as? Double == 300)
        #expect(r.stderr.contains("kept in schema bordertrack_bench_"))
        // A file is not a server: SQLite is always measured.
        #expect(try CLI.run(["bench", "--projects", "5", "--db", "x.sqlite"]).status == 64)
    }

    @Test("bad sizes are a usage error")
    func usage() throws {
        #expect(try CLI.run(["bench", "--projects", "0"]).status == 64)
    }
}

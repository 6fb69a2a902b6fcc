import ArgumentParser
import BorderTrackApp
import Foundation

/// The benchmark and its harness commands, shared by `bordertrack` and `bordertrack-bench`.
package enum BenchCommands {
    /// `bordertrack bench`: generates a synthetic tracker and measures import, the UI, scans and exports.
    package struct Bench: ParsableCommand {
        package init() {}

        package static let configuration = CommandConfiguration(
            abstract: "Measure import, first frame, keystrokes, scans, refresh, exports and memory on a synthetic tracker.",
            discussion: """
            Generates the dataset (as `bordertrack generate`) into a temporary folder, imports it with \
            `bordertrack import` and, when installed, with `sqlite3 .import` as the baseline, then measures. \
            Targets are those of issue 8 (at 100,000 projects × 10 claims); a missed target is printed as \
            missed. With `--db postgres://…` the import and the UI are measured on that server too (in a new \
            schema), held to issue 18's targets, the import as a ratio to this run's SQLite import. Progress goes \
            to standard error. See Docs/performance.md.
            """)

        package enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: "Number of projects.") package var projects: Int = 100_000
        @Option(help: "Claims per project.") package var claimsPerProject: Int = 10
        @Option(help: "Random seed (same seed, same dataset).") package var seed: UInt64 = 1
        @Option(help: "text (an aligned table) or json.") package var format: Format = .text
        @Option(help: ArgumentHelp("Keep the dataset, databases and exports in this folder.", valueName: "dir")) package var keep: String?
        /// `--db postgres://…`: also measure import and the UI on that server, in a new schema.
        @OptionGroup package var global: GlobalOptions

        package mutating func run() throws {
            try CLI.guarded {
                guard projects >= 1, projects <= 10_000_000, claimsPerProject >= 1, claimsPerProject <= 1000 else {
                    throw CLIError.usage("--projects must be 1…10,000,000 and --claims-per-project 1…1,000")
                }
                let db = global.db
                if let db, Engines.opener.engine(for: db).keepsFiles { throw CLIError.usage("--db \(db): expected a postgres:// URL (SQLite is always measured)") }
                var bench = Benchmark(projects: projects, claimsPerProject: claimsPerProject, seed: seed, keep: keep) { line in
                    FileHandle.standardError.write(Data("bench: \(line)\n".utf8))
                }
                bench.server = db
                let report = try bench.run()
                print(format == .json ? report.json() : report.text(), terminator: "")
            }
        }
    }
}

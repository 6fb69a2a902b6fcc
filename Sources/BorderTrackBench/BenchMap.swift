import ArgumentParser
import BorderTrackApp
import Foundation

extension BenchCommands {
    /// `bordertrack bench-map`: the map's figure alone (no tracker to import): frames of the map view with N markers.
    package struct BenchMap: ParsableCommand {
        package init() {}

        package static let configuration = CommandConfiguration(
            commandName: "bench-map",
            abstract: "Time the map view's frames with N markers (the map figure of bench, on its own).",
            shouldDisplay: false)

        @Option(help: "Markers on the map.") package var projects: Int = 100_000
        @Option(help: "Random seed of their places.") package var seed: UInt64 = 1
        @Option(help: "Screen rows.") package var rows: Int = Benchmark.rows
        @Option(help: "Screen columns.") package var cols: Int = Benchmark.cols

        package mutating func run() throws {
            try CLI.guarded {
                guard (1...10_000_000).contains(projects), (1...1000).contains(rows), (1...1000).contains(cols) else {
                    throw CLIError.usage("--projects 1…10,000,000, --rows and --cols 1…1000")
                }
                let m = Benchmark.mapMetric(projects: projects, seed: seed, rows: rows, cols: cols)
                let v = m.value ?? 0
                print(String(format: "%@: %.2f ms (target %@: %.2f× target — %@)", m.label, v, m.target?.text ?? "", v / Benchmark.mapDrawTargetMS,
                             v <= Benchmark.mapDrawTargetMS ? "met" : "MISSED"))
            }
        }
    }
}

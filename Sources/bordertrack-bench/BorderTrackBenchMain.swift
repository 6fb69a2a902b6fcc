import ArgumentParser
import BorderTrackBench

/// `bordertrack-bench`: the benchmark, the dataset generator and the harness commands on their own
/// (`swift run bordertrack-bench`); `bordertrack bench` runs the same code.
@main
struct BorderTrackBenchMain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bordertrack-bench",
        abstract: "Measure BorderTrack on a synthetic tracker, or write one.",
        version: "0.1.0",
        subcommands: [BenchCommands.Bench.self, BenchCommands.Generate.self, BenchCommands.BenchUI.self, BenchCommands.BenchMap.self,
                      BenchCommands.WriteClaims.self, BenchCommands.Import.self],
        defaultSubcommand: BenchCommands.Bench.self
    )
}

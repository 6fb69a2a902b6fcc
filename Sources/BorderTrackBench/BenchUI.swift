import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Foundation

extension BenchCommands {
    /// `bordertrack bench-ui`: the UI half of `bench`, in a process of its own so its start and memory are
    /// the UI's alone (hidden from help).
    package struct BenchUI: ParsableCommand {
        package init() {}

        package static let configuration = CommandConfiguration(
            commandName: "bench-ui",
            abstract: "Open a database as the UI does, render, replay keystrokes, add one claim; print the figures as JSON (bench harness).",
            shouldDisplay: false)

        @OptionGroup package var global: GlobalOptions
        @Option(help: "Projects in the tracker (for the search texts).") package var projects: Int = 1000
        @Option(help: "Random seed of the search texts.") package var seed: UInt64 = 1

        package mutating func run() throws {
            try CLI.guarded {
                guard let db = global.db else { throw CLIError.usage("bench-ui needs --db FILE") }
                guard (1...10_000_000).contains(projects) else { throw CLIError.usage("--projects \(projects): expected 1…10,000,000") }
                let figures = try Benchmark.measureUI(db: db, projects: projects, seed: seed)
                print(figures.json)
            }
        }
    }
}

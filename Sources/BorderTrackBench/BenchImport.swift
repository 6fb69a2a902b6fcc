import ArgumentParser
import BorderTrackApp

extension BenchCommands {
    /// `bordertrack-bench import FILE...`: the same import as `bordertrack import`, so the bench can time it in a
    /// process of its own when it runs as `bordertrack-bench`.
    package struct Import: ParsableCommand {
        package init() {}
        package static let configuration = CommandConfiguration(
            abstract: "Load JSON datasets or CSV tables, all or nothing (as bordertrack import).", shouldDisplay: false)

        @OptionGroup package var global: GlobalOptions
        @Argument(help: ArgumentHelp("Files to load (.json or .csv).", valueName: "file")) package var files: [String]

        package mutating func run() throws {
            try CLI.guarded { try Importer.run(files, global: global) }
        }
    }
}

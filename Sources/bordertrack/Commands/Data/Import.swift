import ArgumentParser
import BorderTrackApp

extension BorderTrack {
    /// `bordertrack import FILE...`: loads JSON datasets and CSV tables, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load JSON datasets or CSV tables (sources, projects, plans, claims), all or nothing.",
            discussion: """
            CSV tables are recognised by their header (a tier column: sources; kind: projects; milestone: plans; \
            status: claims) and loaded in that order whatever the order of the files. Every problem is reported \
            with file, line or JSON path, field, value and what was expected (up to 50); then nothing is written \
            and the exit status is 65.
            """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Files to load (.json or .csv).", valueName: "file"))
        var files: [String]

        mutating func run() throws {
            try CLI.guarded { try Importer.run(files, global: global) }
        }
    }
}

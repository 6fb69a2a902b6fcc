import ArgumentParser
import BorderTrackApp

extension BorderTrack {
    /// `bordertrack import FILE...`: loads JSON datasets and CSV tables, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load JSON datasets or CSV tables (sources, projects, plans, claims), all or nothing.",
            discussion: """
            CSV tables are recognised by their header (a tier column: sources; kind: projects; milestone: plans; \
            status: claims) and loaded in that order whatever the order of the files. A folder stands for the tables \
            in it as `bordertrack export --format csv -o DIR` writes them (sources.csv, projects.csv, plans.csv, \
            claims.csv). Every problem is reported \
            with file, line or JSON path, field, value and what was expected (up to 50); then nothing is written \
            and the exit status is 65.
            """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Files to load (.json or .csv), or a folder of CSV tables written by export.", valueName: "file"))
        var files: [String]

        mutating func run() throws {
            try CLI.guarded { try Importer.run(files, global: global) }
        }
    }
}

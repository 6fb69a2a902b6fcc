import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackPostgres
import BorderTrackSQLite
import BorderTrackStore
import Foundation

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
            try CLI.guarded {
                guard !files.isEmpty else { throw CLIError.usage("give at least one file to import") }
                var trace = PhaseTrace()
                let batch = try Importer.read(files)
                trace.mark("read and decoded \(files.count) file(s), merged")
                let path = try global.databasePath()
                let store: any TrackerStore
                let summary: ImportSummary
                if !PostgresEngine.handles(path) && !global.readOnly && !FileManager.default.fileExists(atPath: path) {
                    // A new tracker file is built beside its place and moved there when complete.
                    summary = try SQLiteStore.importIntoNewFile(path: path, batch: batch, editor: global.editorName(),
                                                                groupShared: global.groupShared)
                    store = try global.openStore(create: false)
                } else {
                    store = try global.openStore(create: true)
                    trace.mark("opened the store")
                    summary = try store.importBatch(batch, editor: global.editorName())
                }
                print("\(summary) into \(store.location)")
                // The derived summaries a large tracker's UI pages through; if this fails the import stands
                // and the UI brings them up to date when it opens.
                if let sqlite = store as? SQLiteStore {
                    do { try sqlite.refreshDerived(today: AnalysisLoader.today()) } catch {
                        FileHandle.standardError.write(Data("note: summaries not brought up to date (the UI will): \(error)\n".utf8))
                    }
                }
            }
        }
    }
}

import ArgumentParser
import BorderTrackCore
import BorderTrackFormats
import BorderTrackPostgres
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

/// Reads input files into one batch, in load order.
enum Importer {
    static func read(_ files: [String]) throws -> ImportBatch {
        var parts: [(order: Int, batch: ImportBatch)] = []
        var trace = PhaseTrace()
        for file in files {
            let bytes = try CLI.readFile(file)
            trace.mark("read \(file)")
            defer { trace.mark("decoded \(file)") }
            if isJSON(file, bytes) {
                parts.append((-1, DatasetJSON.decode(bytes, file: file)))
            } else {
                let (table, batch) = DatasetCSV.decode(bytes, file: file)
                parts.append((table?.loadOrder ?? 99, batch))
            }
        }
        // JSON files carry every kind in their own order; CSV tables load sources, projects, plans, claims.
        var batch = ImportBatch()
        for part in parts.enumerated().sorted(by: { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }) {
            merge(part.element.batch, into: &batch)
        }
        return batch
    }

    /// `batch.append(part)`, but a list still empty takes the part's list as it is: the million claims of
    /// a claims table are not copied.
    static func merge(_ part: ImportBatch, into batch: inout ImportBatch) {
        func add<T>(_ list: inout [T], _ more: [T]) { if list.isEmpty { list = more } else { list += more } }
        add(&batch.sources, part.sources)
        add(&batch.projects, part.projects)
        add(&batch.plans, part.plans)
        add(&batch.claims, part.claims)
        add(&batch.issues, part.issues)
    }

    static func isJSON(_ file: String, _ bytes: [UInt8]) -> Bool {
        let lower = file.lowercased()
        if lower.hasSuffix(".json") { return true }
        if lower.hasSuffix(".csv") { return false }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return body.first(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) == UInt8(ascii: "{")
    }
}

/// The bundled sample dataset (`Data/sample.json`).
enum SampleData {
    /// Finds the sample file: `$BORDERTRACK_SAMPLE`, then the source checkout, then `./Data`.
    static func locate() -> String? {
        let env = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let e = env["BORDERTRACK_SAMPLE"], !e.isEmpty { candidates.append(e) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("Data/sample.json").path)
        candidates.append(FileManager.default.currentDirectoryPath + "/Data/sample.json")
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    static func load(_ path: String, into store: any TrackerStore) throws -> ImportSummary {
        let batch = DatasetJSON.decode(try CLI.readFile(path), file: path)
        return try store.importBatch(batch, editor: "sample-data")
    }
}

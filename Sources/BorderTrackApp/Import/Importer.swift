import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

/// Reads input files into one batch, in load order, and imports them.
package enum Importer {
    /// `bordertrack import FILE...`: all or nothing; a new tracker file is built beside its place and linked in
    /// whole (when the engine can), then the derived summaries are brought up to date.
    package static func run(_ files: [String], global: GlobalOptions) throws {
        guard !files.isEmpty else { throw CLIError.usage("give at least one file to import") }
        var trace = PhaseTrace()
        let batch = try Importer.read(files)
        trace.mark("read and decoded \(files.count) file(s), merged")
        let path = try global.databasePath()
        let store: any TrackerStore
        let summary: ImportSummary
        if let engine = Engines.opener.engine(for: path) as? any NewFileImporting, !global.readOnly, Engines.isNewFile(path) {
            // A new tracker file is built beside its place and moved there when complete.
            summary = try engine.importIntoNewFile(path: path, batch: batch, editor: global.editorName(),
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
        if let derived = store as? any DerivedSummaries {
            do { try derived.bringDerivedUpToDate(today: AnalysisLoader.today(), progress: nil) } catch {
                FileHandle.standardError.write(Data("note: summaries not brought up to date (the UI will): \(error)\n".utf8))
            }
        }
    }

    /// The tables a folder holds under the names `bordertrack export --format csv -o DIR` gives them.
    package static let folderTables = ["sources.csv", "projects.csv", "plans.csv", "claims.csv"]

    /// The files to read: a folder stands for the CSV tables in it (`folderTables`, as `export` writes them); other
    /// paths are themselves. A folder holding none of them is refused, naming it and what it should hold.
    package static func expand(_ files: [String]) throws -> [String] {
        try files.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = folderTables.map { base + "/" + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
            if found.isEmpty {
                throw CLIError.usage("\(TerminalText.sanitize(path)) is a folder holding none of \(folderTables.joined(separator: ", ")); "
                                     + "expected a folder written by `bordertrack export --format csv -o DIR`, or .json or .csv files")
            }
            return found
        }
    }

    package static func read(_ files: [String]) throws -> ImportBatch {
        var parts: [(order: Int, batch: ImportBatch)] = []
        var trace = PhaseTrace()
        for file in try expand(files) {
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
    package static func merge(_ part: ImportBatch, into batch: inout ImportBatch) {
        func add<T>(_ list: inout [T], _ more: [T]) { if list.isEmpty { list = more } else { list += more } }
        add(&batch.sources, part.sources)
        add(&batch.projects, part.projects)
        add(&batch.plans, part.plans)
        add(&batch.claims, part.claims)
        add(&batch.issues, part.issues)
    }

    package static func isJSON(_ file: String, _ bytes: [UInt8]) -> Bool {
        let lower = file.lowercased()
        if lower.hasSuffix(".json") { return true }
        if lower.hasSuffix(".csv") { return false }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return body.first(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) == UInt8(ascii: "{")
    }
}

/// The bundled sample dataset (`Data/sample.json`).
package enum SampleData {
    /// Finds the sample file: `$BORDERTRACK_SAMPLE`, then the source checkout, then `./Data`.
    package static func locate() -> String? {
        let env = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let e = env["BORDERTRACK_SAMPLE"], !e.isEmpty { candidates.append(e) }
        // Sources/BorderTrackApp/Import/Importer.swift: four levels up is the checkout.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("Data/sample.json").path)
        candidates.append(FileManager.default.currentDirectoryPath + "/Data/sample.json")
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    package static func load(_ path: String, into store: any TrackerStore) throws -> ImportSummary {
        let batch = DatasetJSON.decode(try CLI.readFile(path), file: path)
        return try store.importBatch(batch, editor: "sample-data")
    }
}

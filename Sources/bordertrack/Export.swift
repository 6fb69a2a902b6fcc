import ArgumentParser
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack export`: writes the whole tracker as JSON or CSV tables.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the tracker's data as a JSON dataset or CSV tables (re-importable, byte-identical round trip).",
            discussion: """
            JSON goes to standard output or -o FILE. CSV needs --table (to standard output or -o FILE), \
            or -o DIR to write sources.csv, projects.csv, plans.csv and claims.csv into a folder. \
            Files are written to a temporary name and renamed, so a failed export never leaves half a file.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

        @OptionGroup var global: GlobalOptions

        @Option(help: "json or csv.")
        var format: Format = .json

        @Option(help: ArgumentHelp("CSV table: sources, projects, plans or claims.", valueName: "table"))
        var table: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Output file (or folder for all CSV tables); default standard output.", valueName: "path"))
        var output: String?

        @Flag(help: "Include the audit chain head (seq and hash) so a published copy can be checked against the database.")
        var withAuditHead = false

        mutating func run() throws {
            try CLI.guarded {
                let store = try global.openStore(create: false)
                switch format {
                case .json:
                    let data = try store.dataset()
                    if table != nil { throw CLIError.usage("--table applies to --format csv only") }
                    var extra: [(String, JSONValue)] = []
                    if withAuditHead, let head = try store.verifyAudit().head {
                        extra.append(("auditHead", .object([("seq", .number(String(head.seq))), ("hash", .string(head.hash))])))
                    }
                    try CLI.output(DatasetJSON.encode(data, extra: extra), to: output)
                case .csv:
                    if let table {
                        guard let t = CSVTable(rawValue: table) else {
                            throw CLIError.usage("--table \"\(table)\" is not a table; expected sources, projects, plans or claims")
                        }
                        try Export.write(t, from: store, to: output)
                    } else {
                        let data = try store.dataset()
                        guard let dir = output else {
                            throw CLIError.usage("CSV export needs --table TABLE, or -o DIR to write every table into a folder")
                        }
                        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                            throw CLIError.cannotCreate("cannot create folder \(dir): \(error.localizedDescription)")
                        }
                        for t in CSVTable.allCases {
                            try CLI.output(DatasetCSV.encode(t, of: data), to: dir + "/" + t.rawValue + ".csv")
                        }
                    }
                }
            }
        }

        /// Writes one CSV table to `path` (standard output when nil). The claims table of a SQLite tracker is
        /// streamed from the stored rows to the file without building `Claim` values (same bytes).
        static func write(_ table: CSVTable, from store: any TrackerStore, to path: String?) throws {
            if table == .claims, let sqlite = store as? SQLiteStore {
                try StreamedOutput.write(to: path) { sink in try sqlite.writeClaimsCSV(sink) }
            } else {
                try CLI.output(DatasetCSV.encode(table, of: try content(of: table, from: store)), to: path)
            }
        }

        /// What one CSV table needs from the store: only that table is read (the claims table of a
        /// million-claim tracker without its projects).
        static func content(of table: CSVTable, from store: any TrackerStore) throws -> Dataset {
            switch table {
            case .sources: Dataset(sources: try store.sources())
            case .projects: Dataset(projects: try store.projects())
            case .plans: Dataset(plans: try store.plans(project: nil))
            case .claims: Dataset(claims: try store.claims(project: nil))
            }
        }
    }
}

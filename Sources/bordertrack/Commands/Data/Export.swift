import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack export`: writes the whole tracker as JSON or CSV tables.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the tracker's data as a JSON dataset or CSV tables (re-importable, byte-identical round trip).",
            discussion: """
            JSON goes to standard output or -o FILE. CSV needs --table (to standard output or -o FILE), \
            or -o DIR to write sources.csv, projects.csv, plans.csv and claims.csv into a folder (written as a set \
            into a fresh folder and swapped in whole; an existing folder may hold only those four files). \
            Files are written to a temporary name and renamed, so a failed export never leaves half a file; an \
            existing file keeps its mode, a new one gets the database's. A device or FIFO is written through, a \
            symbolic link is followed, and the database or its side files are refused. On a terminal, control \
            characters in the data are shown as visible placeholders.
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
                // A terminal gets the data sanitised as the UI shows it (no escape sequence in a name can drive it);
                // files and pipes get the exact bytes.
                let toTerminal = OutputTarget.showsOnTerminal(output)
                switch format {
                case .json:
                    let data = try store.dataset()
                    if table != nil { throw CLIError.usage("--table applies to --format csv only") }
                    var extra: [(String, JSONValue)] = []
                    if withAuditHead, let head = try store.verifyAudit().head {
                        extra.append(("auditHead", .object([("seq", .number(String(head.seq))), ("hash", .string(head.hash))])))
                    }
                    let text = DatasetJSON.encode(data, extra: extra)
                    try CLI.output(toTerminal ? ReportFormat.terminalSafe(text) : text, to: output, database: store.location)
                case .csv:
                    if let table {
                        guard let t = CSVTable(rawValue: table) else {
                            throw CLIError.usage("--table \"\(TextEscaper.escapeForMessage(table))\" is not a table; expected sources, projects, plans or claims")
                        }
                        try TableExport.write(t, from: store, to: output, terminal: toTerminal)
                    } else {
                        guard let dir = output, dir != "-" else {
                            throw CLIError.usage("CSV export needs --table TABLE, or -o DIR to write every table into a folder")
                        }
                        try OutputTarget.refuseDatabase(dir, given: TerminalText.sanitize(dir), database: store.location)
                        let data = try store.dataset()
                        try CSVFolder.write(into: dir, database: store.location) { folder in
                            for t in CSVTable.allCases {
                                try CLI.output(DatasetCSV.encode(t, of: data), to: folder + "/" + t.rawValue + ".csv", database: store.location)
                            }
                        }
                    }
                }
            }
        }
    }
}

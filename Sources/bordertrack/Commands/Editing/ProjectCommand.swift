import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack project list|show`: projects for scripts.
    struct ProjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "project", abstract: "List, show, add and edit projects; show their history.",
            subcommands: [List.self, Show.self, Add.self, Edit.self, History.self])

        /// `bordertrack project list`.
        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "One line per project: id, kind, claims, latest claim date, name (written as read, in recording order).")
            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: OutputFormat = .text

            mutating func run() throws {
                try CLI.guarded {
                    let store = try global.openStore(create: false)
                    switch format {
                    case .json:
                        var items: [JSONValue] = []
                        try store.listProjects { p in
                            items.append(.object([("id", .string(p.id)), ("kind", .string(p.kind.rawValue)), ("name", .string(p.name)),
                                                  ("claims", .number(String(p.claims)))]))
                        }
                        print(JSONWriter.pretty(.array(items)), terminator: "")
                    case .text:
                        // Widths from what the columns can hold, so each line goes out as it is read.
                        let table = StreamedTable([
                            ("ID", try store.longestProjectID()), ("KIND", ProjectKind.allCases.map(\.rawValue.count).max() ?? 0),
                            ("CLAIMS", 6), ("LATEST", 11), ("NAME", 0),
                        ])
                        try StreamedLines.write { out in
                            try out(table.header)
                            try store.listProjects { p in
                                try out(table.row([p.id, p.kind.rawValue, "\(p.claims)", p.latest?.description ?? "-", p.name]))
                            }
                        }
                    }
                }
            }
        }

        /// `bordertrack project show ID`.
        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A project's names, details, deadline history and claims.")
            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: OutputFormat = .text
            @Argument(help: "Project id.") var id: String

            mutating func run() throws {
                try CLI.guarded {
                    let store = try global.openStore(create: false)
                    guard let p = try store.project(id: id) else {
                        throw CLIError.badData("no project with id \"\(TextEscaper.escapeForMessage(id))\"; see `bordertrack project list`")
                    }
                    let claims = try store.claims(project: id)
                    let plans = try store.plans(project: id)
                    let sources = try store.sources().filter { s in claims.contains { $0.source == s.id } || plans.contains { $0.source == s.id } }
                    let one = Dataset(sources: sources, projects: [p], plans: plans, claims: claims)
                    switch format {
                    case .json:
                        print(DatasetJSON.encode(one), terminator: "")
                    case .text:
                        print(ProjectText.render(project: p, claims: claims, plans: plans, sources: try store.sources()), terminator: "")
                    }
                }
            }
        }
    }

    /// `bordertrack sources`: the sources, their perspective and their track record.
    struct SourcesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sources", abstract: "List sources with tier, country, affiliation, perspective and track record (claims that lost in resolved discrepancies).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "text or json.") var format: OutputFormat = .text

        mutating func run() throws {
            try CLI.guarded {
                let store = try global.openStore(create: false)
                let records = try AnalysisLoader.load(store, asOf: nil).trackRecord()
                switch format {
                case .text:
                    let rows = records.map { r in
                        [r.source.id, r.source.name, r.source.tier.rawValue, r.source.country ?? "-", r.source.affiliation ?? "-", r.source.perspective.rawValue,
                         "\(r.claims)", "\(r.judged)", "\(r.lost)", r.lossRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"]
                    }
                    print(TextTable.render(header: ["ID", "NAME", "TIER", "COUNTRY", "AFFILIATION", "PERSPECTIVE", "CLAIMS", "JUDGED", "LOST", "LOSS RATE"], rows: rows), terminator: "")
                case .json:
                    print(JSONWriter.pretty(.array(records.map { r in
                        .object([("id", .string(r.source.id)), ("name", .string(r.source.name)), ("tier", .string(r.source.tier.rawValue)),
                                 ("country", r.source.country.map { .string($0) } ?? .null),
                                 ("affiliation", r.source.affiliation.map { .string($0) } ?? .null), ("perspective", .string(r.source.perspective.rawValue)),
                                 ("claims", .number("\(r.claims)")), ("judged", .number("\(r.judged)")), ("lost", .number("\(r.lost)")),
                                 ("upheld", .number("\(r.upheld)"))])
                    })), terminator: "")
                }
            }
        }
    }
}

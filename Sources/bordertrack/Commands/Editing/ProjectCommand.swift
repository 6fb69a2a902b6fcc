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
                        let lang = try global.catalogue(), w = ReportWords(lang)
                        // The listing carries the English name: another language reads every project's names once.
                        let names = lang == .en ? [:] : Dictionary(try store.projects().map { ($0.id, $0.names) }, uniquingKeysWith: { a, _ in a })
                        // Widths from what the columns can hold, so each line goes out as it is read.
                        let table = StreamedTable([
                            (lang["cli.col.id"], try store.longestProjectID()),
                            (lang["cli.col.kind"], ProjectKind.allCases.map { DisplayWidth.of(w.shortKind($0)) }.max() ?? 0),
                            (lang["cli.col.claims"], 6), (lang["cli.col.latest"], 11), (lang["cli.col.name"], 0),
                        ])
                        try StreamedLines.write { out in
                            try out(table.header)
                            try store.listProjects { p in
                                try out(table.row([p.id, w.shortKind(p.kind), "\(p.claims)", p.latest?.description ?? "-", names[p.id].map(lang.name) ?? p.name]))
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
                        print(ProjectText.render(project: p, claims: claims, plans: plans, sources: try store.sources(), lang: try global.catalogue()),
                              terminator: "")
                    }
                }
            }
        }
    }

    /// `bordertrack sources`: the sources, their perspective, their track record and their reliability grade.
    struct SourcesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sources",
            abstract: "List sources with tier, country, affiliation, reliability grade, perspective and track record (claims that lost in resolved discrepancies).",
            discussion: """
            GRADE is the source's reliability, A (completely reliable) to E (unreliable), or F (cannot be judged: \
            fewer than \(SourceReliability.minimumTested) tested claims), computed from editors' verdicts and from its claims \
            confirmed or contradicted by independent sources, or set by an editor (`bordertrack source grade`: then shown \
            as "E (set; computed F)"); with --why, a line per source under the table says why. \
            See Docs/assessment.md.
            """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "text or json.") var format: OutputFormat = .text
        @Flag(help: "In text, say under the table why each source has its grade (JSON always carries it as gradeWhy).") var why = false

        mutating func run() throws {
            try CLI.guarded {
                let store = try global.openStore(create: false)
                let analysis = try AnalysisLoader.load(store, asOf: nil)
                let records = analysis.trackRecord()
                let grades = SourceReliability.all(in: analysis, overrides: try AnalysisLoader.gradeOverrides(store, asOf: nil))
                func grade(_ id: String) -> SourceReliability {
                    grades[id] ?? SourceReliability(source: id, upheld: 0, rejected: 0, confirmed: 0, contradicted: 0)
                }
                switch format {
                case .text:
                    let lang = try global.catalogue(), w = ReportWords(lang)
                    let rows = records.map { r in
                        [r.source.id, r.source.name, w.tier(r.source.tier), r.source.country ?? "-", r.source.affiliation ?? "-",
                         Self.gradeCell(grade(r.source.id)), w.perspective(r.source.perspective),
                         "\(r.claims)", "\(r.judged)", "\(r.lost)", r.lossRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"]
                    }
                    var out = TextTable.render(header: [lang["cli.col.id"], lang["cli.col.name"], lang["cli.col.tier"], lang["cli.col.country"],
                                                        lang["cli.col.affiliation"], lang["cli.col.grade"], lang["cli.col.perspective"],
                                                        lang["cli.col.claims"], lang["cli.col.judged"], lang["cli.col.lost"], lang["cli.col.lossRate"]],
                                               rows: rows)
                    if why && !records.isEmpty {
                        out += "\n" + lang["cli.sources.grades"] + "\n"
                        for r in records { out += "\(r.source.id): \(w.gradeWhy(grade(r.source.id)))\n" }
                    }
                    print(out, terminator: "")
                case .json:
                    print(JSONWriter.pretty(.array(records.map { r in
                        let g = grade(r.source.id)
                        return .object([("id", .string(r.source.id)), ("name", .string(r.source.name)), ("tier", .string(r.source.tier.rawValue)),
                                 ("country", r.source.country.map { .string($0) } ?? .null),
                                 ("affiliation", r.source.affiliation.map { .string($0) } ?? .null), ("perspective", .string(r.source.perspective.rawValue)),
                                 ("claims", .number("\(r.claims)")), ("judged", .number("\(r.judged)")), ("lost", .number("\(r.lost)")),
                                 ("upheld", .number("\(r.upheld)")),
                                 ("grade", .string(g.grade.rawValue)), ("computedGrade", .string(g.computed.rawValue)),
                                 ("setGrade", g.setGrade.map { .string($0.grade.rawValue) } ?? .null),
                                 ("setBy", g.setGrade.map { .string($0.editor ?? "") } ?? .null),
                                 ("setReason", g.setGrade.map { .string($0.reason) } ?? .null),
                                 ("tested", .number("\(g.tested)")), ("confirmed", .number("\(g.confirmed)")),
                                 ("contradicted", .number("\(g.contradicted)")), ("gradeWhy", .string(g.why))])
                    })), terminator: "")
                }
            }
        }

        /// The GRADE cell: the grade in force, and beside an editor's grade the computed one (`E (set; computed F)`).
        static func gradeCell(_ g: SourceReliability) -> String {
            g.setGrade == nil ? g.grade.rawValue : "\(g.grade.rawValue) (set; computed \(g.computed.rawValue))"
        }
    }
}

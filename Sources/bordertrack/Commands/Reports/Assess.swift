import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore

extension BorderTrack {
    /// `bordertrack assess`: the analyst's answer per project — the assessed status, since when, graded, and why.
    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Assess each project's status on a date: the stage the evidence best supports, since when, graded (e.g. B2), with the claims that carry it and those discounted.",
            discussion: """
            Sources are graded A (completely reliable) to E (unreliable) from their track record — editors' verdicts \
            and claims contradicted or confirmed by independent sources — or F (cannot be judged) on too little \
            evidence; each claim's credibility is 1 (confirmed by independent sources) to 6 (cannot be judged). The \
            claims are weighed by their sources' grades, one voice counted once, and fitted to the lifecycle; a \
            resolved verdict decides the claims it covers. An assessment is an estimate, never a verdict. \
            See Docs/assessment.md.
            """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "text or json.") var format: OutputFormat = .text
        @Option(name: .customLong("as-of"), help: "Only claims published by DATE; the status assessed on DATE.") var asOf: String?
        @Option(help: "Only this project (repeatable); the text lists its supporting and discounted claims.") var project: [String] = []
        @Flag(help: "In text, list every project's supporting and discounted claims.") var why = false

        mutating func run() throws {
            try CLI.guarded {
                let day = try AnalysisLoader.parseAsOf(asOf)
                let store = try global.openStore(create: false)
                let analysis = try AnalysisLoader.load(store, asOf: day)
                for p in project where analysis.project(id: p) == nil {
                    throw CLIError.badData("--project \"\(TextEscaper.escapeForMessage(p))\": no such project; see `bordertrack project list`")
                }
                let assessor = try AnalysisLoader.assessor(store, analysis: analysis)
                let items: [Assessment]
                if project.isEmpty {
                    items = assessor.assessAll()
                } else {
                    var seen = Set<String>()
                    items = try project.filter { seen.insert($0).inserted }.map { id in
                        do { return try assessor.assess(project: id) } catch { throw CLIError.badData("--project: \(error)") }
                    }
                }
                switch format {
                case .text: print(Self.text(items, details: why || !project.isEmpty, lang: try global.catalogue()), terminator: "")
                case .json: print(JSONWriter.pretty(.array(items.map(Self.json))), terminator: "")
                }
            }
        }

        /// The table, and under it each project's supporting and discounted claims when `details`.
        static func text(_ items: [Assessment], details: Bool, lang: Catalogue = .en) -> String {
            guard !items.isEmpty else { return lang["cli.assess.none"] + "\n" }
            let w = ReportWords(lang)
            // Each project's row, then a row per section under it (`  § CN`).
            func row(_ a: Assessment, _ name: String) -> [String] {
                [name, a.status.map(w.statusWord) ?? "-", a.scope.map(w.scope) ?? "-", a.since?.description ?? "-", a.grade?.description ?? "-",
                 "\(a.supporting.count)", "\(a.discounted.count)"]
            }
            let rows = items.flatMap { a in [row(a, a.project)] + a.sections.map { row($0, "  § " + ($0.section ?? "?")) } }
            var out = TextTable.render(header: [lang["cli.col.project"], lang["cli.col.status"], lang["cli.col.scope"], lang["cli.col.since"],
                                                lang["cli.col.grade"], lang["cli.col.supporting"], lang["cli.col.discounted"]], rows: rows)
            guard details else { return out }
            for a in items {
                out += "\n" + lang("cli.assess.on", a.project, a.day, w.assessed(a)) + "\n"
                out += Self.details(a, indent: "  ", w)
                for s in a.sections {
                    out += "  § \(s.section ?? "?"): \(w.assessed(s))\n"
                    out += Self.details(s, indent: "    ", w)
                }
            }
            return out
        }

        /// An assessment's grade meaning, supporting and discounted claims, one per line.
        static func details(_ a: Assessment, indent: String, _ w: ReportWords) -> String {
            var out = ""
            if let g = a.grade { out += indent + w.lang("cli.assess.grade", g, w.meaning(g)) + "\n" }
            if !a.supporting.isEmpty { out += indent + w.lang("cli.assess.supporting", a.supporting.joined(separator: ", ")) + "\n" }
            for d in a.discounted { out += indent + w.lang("cli.assess.discounted", d.claim, w.reason(d)) + "\n" }
            return out
        }

        /// One JSON item: `project`, `day`, `status`, `scope`, `since`, `grade`, `supporting`, `discounted` (`claim`,
        /// `reason`), then `sections`: the same fields (`section` first, no `project` or `day`) for each section claims name.
        static func json(_ a: Assessment) -> JSONValue {
            .object([("project", .string(a.project)), ("day", .string(a.day.description))] + fields(a)
                    + [("sections", .array(a.sections.map { .object([("section", .string($0.section ?? ""))] + fields($0)) }))])
        }

        /// `status`, `scope`, `since`, `grade`, `supporting`, `discounted` of one assessment.
        static func fields(_ a: Assessment) -> [(String, JSONValue)] {
            [
                ("status", a.status.map { .string($0.rawValue) } ?? .null),
                ("scope", a.scope.map { .string($0.rawValue) } ?? .null),
                ("since", a.since.map { .string($0.description) } ?? .null),
                ("grade", a.grade.map { .string($0.description) } ?? .null),
                ("supporting", .array(a.supporting.map { .string($0) })),
                ("discounted", .array(a.discounted.map { .object([("claim", .string($0.claim)), ("reason", .string($0.reason))]) })),
            ]
        }
    }
}

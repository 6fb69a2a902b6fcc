import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack discrepancies`: where the sources disagree, and why.
    struct Discrepancies: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List discrepancies between official and local (and Russian and Chinese) accounts, with the claims behind them.",
            discussion: """
            A claim is evidence on its date: progress is not a conflict. Claims that no order of events reconciles \
            are one discrepancy per story, filed as status-conflict (official against local accounts), cross-border \
            (the two countries' sources), official-split (official sources of one side) or regression (local sources \
            of one side, or one source against itself); stale-official is official silence while local sources report \
            another stage; deadline-slip a target that keeps moving; manual a flag an editor raised. \
            By default resolved and obsolete ones are hidden; use --state to see them. Ids are stable across runs. \
            See Docs/discrepancies.md.
            """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "text or json.") var format: OutputFormat = .text
        @Option(name: .customLong("as-of"), help: "Only claims published by DATE; statuses in force on DATE.") var asOf: String?
        @Option(help: "Only this project (repeatable).") var project: [String] = []
        @Option(help: "Only this kind (repeatable).") var kind: [String] = []
        @Option(help: "Only this severity or worse... exactly: critical, major or minor (repeatable).") var severity: [String] = []
        @Option(help: "Only this state: open, acknowledged, resolved, obsolete, or all (repeatable; default open and acknowledged).") var state: [String] = []
        @Option(help: "Months local sources must report another stage, with no official word since, before stale-official.") var staleMonths: Int = 24

        mutating func run() throws {
            try CLI.guarded {
                let kinds = try kind.map { k -> DiscrepancyKind in
                    guard let v = DiscrepancyKind(rawValue: k) else { throw CLIError.usage("--kind \"\(k)\": expected one of \(DiscrepancyKind.allowed)") }
                    return v
                }
                let severities = try severity.map { s -> Severity in
                    guard let v = Severity(rawValue: s) else { throw CLIError.usage("--severity \"\(s)\": expected one of \(Severity.allowed)") }
                    return v
                }
                var states: [FlagState] = [.open, .acknowledged]
                if !state.isEmpty {
                    states = try state.flatMap { s -> [FlagState] in
                        if s == "all" { return FlagState.allCases }
                        guard let v = FlagState(rawValue: s) else { throw CLIError.usage("--state \"\(s)\": expected one of \(FlagState.allowed), all") }
                        return [v]
                    }
                }
                guard (1...1200).contains(staleMonths) else { throw CLIError.usage("--stale-months \(staleMonths): expected a number of months from 1 to 1200") }
                let day = try AnalysisLoader.parseAsOf(asOf)
                let lang = try global.catalogue()
                let store = try global.openStore(create: false)
                // The derived queue stores English explanations: another language analyses in memory to say them in it.
                if format == .text, lang == .en, day == nil, staleMonths == DiscrepancyDetector.Options().staleMonths,
                   states.allSatisfy({ $0 == .open || $0 == .acknowledged }), let derived = store as? any DerivedSummaries, Self.queueIsCurrent(derived) {
                    try Self.streamQueue(derived, projects: project, kinds: kinds, severities: severities, states: states)
                    return
                }
                var trace = PhaseTrace()
                let analysis = try AnalysisLoader.load(store, asOf: day, staleMonths: staleMonths)
                trace.mark("discrepancies: the whole tracker analysed in memory")
                for p in project where !analysis.projects.contains(where: { $0.id == p }) {
                    throw CLIError.badData("--project \"\(TextEscaper.escapeForMessage(p))\": no such project; see `bordertrack project list`")
                }
                let items = analysis.discrepancies.filter { d in
                    (project.isEmpty || project.contains(d.project)) && (kinds.isEmpty || kinds.contains(d.kind))
                        && (severities.isEmpty || severities.contains(d.severity)) && states.contains(d.flag.state)
                }
                switch format {
                case .text:
                    let table = DiscrepancyFormat.table(projectIDWidth: analysis.projects.longestID, lang: lang)
                    try StreamedLines.write { out in
                        try out(items.isEmpty ? DiscrepancyFormat.none(lang) : table.header)
                        for d in items { try out(table.row(DiscrepancyFormat.cells(d, lang: lang))) }
                    }
                case .json: print(DiscrepancyFormat.json(items), terminator: "")
                }
            }
        }

        /// Whether the store's derived queue answers for today: current, or brought up to date now. A read-only or
        /// busy tracker is not waited for (the whole analysis answers instead, as for `--as-of`, `--stale-months`,
        /// resolved or obsolete states and JSON).
        static func queueIsCurrent(_ store: any DerivedSummaries) -> Bool {
            // `BORDERTRACK_PAGED=0` analyses in memory, as it makes the UI do.
            if ProcessInfo.processInfo.environment["BORDERTRACK_PAGED"] == "0" { return false }
            let today = AnalysisLoader.today()
            if (try? store.derivedIsCurrent(today: today, options: .init())) == true { return true }
            guard !store.isReadOnly else { return false }
            return (try? store.bringDerivedUpToDate(today: today, progress: nil)) != nil
        }

        /// The open and acknowledged discrepancies as the text table, each row written as it is read from the queue.
        static func streamQueue(_ store: any DerivedSummaries, projects: [String], kinds: [DiscrepancyKind], severities: [Severity],
                                states: [FlagState]) throws {
            for p in projects where try store.project(id: p) == nil {
                throw CLIError.badData("--project \"\(TextEscaper.escapeForMessage(p))\": no such project; see `bordertrack project list`")
            }
            var trace = PhaseTrace()
            let table = DiscrepancyFormat.table(projectIDWidth: try store.longestProjectID())
            defer { trace.mark("discrepancies: streamed from the derived queue") }
            try StreamedLines.write { out in
                var rows = 0
                try store.listQueue(projects: projects, kinds: kinds, severities: severities, states: states) { d in
                    if rows == 0 { try out(table.header) }
                    rows += 1
                    try out(table.row(DiscrepancyFormat.cells(id: d.id, severity: d.severity, kind: d.kind, project: d.project, from: d.from,
                                                              to: d.to, ongoing: d.ongoing, state: d.state, explanation: d.explanation)))
                }
                if rows == 0 { try out(DiscrepancyFormat.none) }
            }
        }
    }
}

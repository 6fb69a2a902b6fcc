/// A status report as a value: what the sources say about a selection of projects on one day, and where they disagree.
///
/// Built from an `Analysis` by `make`; renderers (Markdown, HTML, CSV, JSON, GeoJSON) turn it into text.
/// Every status in it is a claim by a named source: each account carries the claim, its source and its dates.
/// Pure: the same analysis, selection, time and database label give the same report.
public struct StatusReport: Hashable, Sendable {
    /// Which projects a report covers; empty or `nil` fields select everything.
    public struct Selection: Hashable, Sendable, CustomStringConvertible {
        /// Project ids to keep (all when empty).
        public var projects: [String]
        /// Only projects of this kind.
        public var kind: ProjectKind?
        /// Only projects whose `countries` contain this ISO code (compared in upper case).
        public var country: String?
        /// Only projects with at least one open or acknowledged discrepancy.
        public var discrepanciesOnly: Bool

        public init(projects: [String] = [], kind: ProjectKind? = nil, country: String? = nil, discrepanciesOnly: Bool = false) {
            self.projects = projects; self.kind = kind; self.country = country.map { $0.uppercased() }
            self.discrepanciesOnly = discrepanciesOnly
        }

        /// Whether nothing is filtered out.
        public var isEverything: Bool { projects.isEmpty && kind == nil && country == nil && !discrepanciesOnly }

        /// The filters in words, e.g. `kind bridge; country CN; projects a, b; with open discrepancies only`.
        public var description: String {
            var parts: [String] = []
            if !projects.isEmpty { parts.append("projects " + projects.joined(separator: ", ")) }
            if let kind { parts.append("kind " + kind.rawValue) }
            if let country { parts.append("country " + country) }
            if discrepanciesOnly { parts.append("with open discrepancies only") }
            return parts.isEmpty ? "all projects" : parts.joined(separator: "; ")
        }

        /// Whether a project passes the filters, given its number of open discrepancies.
        public func includes(_ p: Project, openDiscrepancies: Int) -> Bool {
            (projects.isEmpty || projects.contains(p.id)) && (kind == nil || p.kind == kind)
                && (country == nil || p.countries.contains(country!)) && (!discrepanciesOnly || openDiscrepancies > 0)
        }
    }

    /// One perspective's status in force on the report day, with the claim and source behind it.
    public struct Account: Hashable, Sendable {
        public let perspective: Perspective
        public let status: Status
        public let scope: Scope?
        /// The first day this status has been in force in the perspective's lane.
        public let since: Day
        /// The claim in force.
        public let claim: Claim
        /// The claim's source name (its id when the source is unknown).
        public let sourceName: String
        /// The reliability grade in force for the claim's source (an editor's when set).
        public let sourceGrade: SourceGrade
    }

    /// One counted claim with what the report says about its source.
    public struct ClaimEntry: Hashable, Sendable {
        public let claim: Claim
        public let sourceName: String
        public let tier: SourceTier?
        /// The source's country (its side of the border), if known.
        public let country: String?
        /// The perspective the claim counts under.
        public let perspective: Perspective
        /// Whether this claim gives its perspective's status on the report day.
        public let inForce: Bool
        /// The name of the source the claim is known through (`Claim.via`), nil when read in its source.
        public let viaName: String?
        /// The reliability grade in force for the claim's source (an editor's when set).
        public let sourceGrade: SourceGrade
        /// The claim's credibility in the assessment (1–6); nil for a claim about a section only.
        public let credibility: Credibility?
    }

    /// One announced target in a project's deadline history.
    public struct DeadlineEntry: Hashable, Sendable {
        public let plan: Plan
        /// The announcing source's name, if the plan names a source.
        public let sourceName: String?
        /// Months the target moved from the previous announcement of the same milestone (`nil` for the first).
        public let change: Int?
    }

    /// How far one milestone's target has moved: first announced target to latest.
    public struct Slip: Hashable, Sendable {
        public let project: String
        /// The project's English name.
        public let name: String
        public let milestone: Milestone
        public let first: PartialDate
        public let latest: PartialDate
        /// Whole months from the first target's start to the latest's (negative when brought forward).
        public let months: Int
        /// How many announcements moved the target later than the one before.
        public let moves: Int
    }

    /// How many selected projects each perspective, and the assessment, puts in one status (`nil`: no claim in force).
    public struct StatusCount: Hashable, Sendable {
        public let status: Status?
        public let official: Int
        public let local: Int
        /// Projects whose assessed status (about the whole project) it is.
        public let assessed: Int
    }

    /// Open and acknowledged discrepancies of one severity.
    public struct SeverityCount: Hashable, Sendable {
        public let severity: Severity
        public let open: Int
        public let acknowledged: Int
        /// Open plus acknowledged.
        public var total: Int { open + acknowledged }
    }

    /// The report's first page: the selection at a glance.
    public struct Summary: Hashable, Sendable {
        /// Number of projects in the report.
        public let projects: Int
        /// One row per status in lifecycle order, then `nil` (no claim in force).
        public let byStatus: [StatusCount]
        /// One row per severity, most severe first.
        public let bySeverity: [SeverityCount]
        /// The largest deadline slips, most months first (at most `StatusReport.slipLimit`).
        public let largestSlips: [Slip]
        /// All open and acknowledged discrepancies in the report.
        public var openDiscrepancies: Int { bySeverity.reduce(0) { $0 + $1.total } }
    }

    /// Everything the report says about one project.
    public struct Section: Hashable, Sendable {
        public let project: Project
        public let official: Account?
        public let local: Account?
        /// Open and acknowledged discrepancies, in queue order (most severe first).
        public let discrepancies: [Discrepancy]
        public var worstSeverity: Severity? { discrepancies.map(\.severity).min() }
        /// Announced targets: by milestone (start, completion, opening), then in order of announcement.
        public let deadlines: [DeadlineEntry]
        /// Each milestone whose target was announced more than once, with how far it moved.
        public let slips: [Slip]
        /// Counted claims in order of their `asOf` (then publication, then recording order).
        public let claims: [ClaimEntry]
        /// The sources behind the counted claims and how many independent voices they are.
        public let voices: Voices
        /// The official perspective's lane up to the report day.
        public let officialLane: Lane
        /// The local perspective's lane up to the report day.
        public let localLane: Lane
        /// The assessed status on the report day (`Assessor`, the same as `bordertrack assess --as-of`): status, scope,
        /// since, grade, the claims that carry it and those discounted with why, and each section's assessment.
        public let assessment: Assessment
    }

    /// How many slips the summary lists.
    public static let slipLimit = 5

    /// The statement every rendering carries.
    public static let statement = "Every status in this report is a claim by a named source on a date, not an established fact; official and local accounts are shown side by side."

    /// With `--as-of`: only what was published by this day counts.
    public let asOf: Day?
    /// The day statuses are taken on (the as-of date, or the analysis day).
    public let day: Day
    public let generatedAt: Timestamp
    /// Where the data came from (a database path or connection label, without credentials).
    public let database: String
    public let selection: Selection
    public let summary: Summary
    public let sections: [Section]

    /// Builds the report for the projects of `analysis` that `selection` keeps (in the analysis's project order);
    /// `overrides` are editors' grades by source id (as for `Assessor`).
    public static func make(analysis: Analysis, selection: Selection = Selection(), generatedAt: Timestamp,
                            database: String, overrides: [String: GradeOverride] = [:]) -> StatusReport {
        make(analysis: analysis, selection: selection, generatedAt: generatedAt, database: database,
             assessor: Assessor(analysis: analysis, overrides: overrides))
    }

    /// Builds the report with the assessments and grades of `assessor` (made from the same analysis).
    public static func make(analysis: Analysis, selection: Selection = Selection(), generatedAt: Timestamp,
                            database: String, assessor: Assessor) -> StatusReport {
        var openBy: [String: [Discrepancy]] = [:]
        for d in analysis.discrepancies where d.flag.state == .open || d.flag.state == .acknowledged {
            openBy[d.project, default: []].append(d)
        }
        let selected = analysis.projects.filter { selection.includes($0, openDiscrepancies: openBy[$0.id]?.count ?? 0) }
        // Each section is built on its own (its project's fit is the work): over all cores, in listing order.
        let open = openBy
        let sections = Parallel.map(selected.count) { section(selected[$0], analysis: analysis, open: open[selected[$0].id] ?? [], assessor: assessor) }
        return StatusReport(asOf: analysis.knownBy, day: analysis.end, generatedAt: generatedAt, database: database,
                            selection: selection, summary: summarise(sections), sections: sections)
    }

    static func section(_ p: Project, analysis: Analysis, open: [Discrepancy], assessor: Assessor) -> Section {
        let sources = analysis.sources
        let (assessment, credibility) = assessor.assessed(p)
        func name(_ id: String) -> String { sources[id]?.name ?? id }
        let timeline = analysis.timelines[p.id]
            ?? ProjectTimeline(project: p, claims: [], sources: sources, until: analysis.end)
        func account(_ lane: Lane, _ perspective: Perspective) -> Account? {
            lane.current.map { s in
                Account(perspective: perspective, status: s.status, scope: s.scope, since: s.from, claim: s.claim,
                        sourceName: name(s.claim.source), sourceGrade: assessor.grade(of: s.claim.source))
            }
        }
        let official = account(timeline.official, .official), local = account(timeline.local, .local)
        let current = Set([official?.claim.id, local?.claim.id].compactMap { $0 })
        let claims = (analysis.claimsByProject[p.id] ?? []).enumerated().sorted { a, b in
            (a.element.asOf.start, a.element.asOf.end, a.element.knownFrom.start, a.offset)
                < (b.element.asOf.start, b.element.asOf.end, b.element.knownFrom.start, b.offset)
        }.map { c in
            let s = sources[c.element.source]
            return ClaimEntry(claim: c.element, sourceName: s?.name ?? c.element.source, tier: s?.tier, country: s?.country,
                              perspective: s?.perspective ?? .local, inForce: current.contains(c.element.id),
                              viaName: c.element.via.map(name), sourceGrade: assessor.grade(of: c.element.source),
                              credibility: credibility[c.element.id])
        }
        var deadlines: [DeadlineEntry] = []
        var slips: [Slip] = []
        let plans = analysis.plansByProject[p.id] ?? []
        for milestone in Milestone.allCases {
            // The detector's order: by announcement (unannounced first), then recording order.
            let chain = plans.enumerated().filter { $0.element.milestone == milestone }
                .sorted { ($0.element.announced?.start.ordinal ?? Int.min, $0.offset) < ($1.element.announced?.start.ordinal ?? Int.min, $1.offset) }
                .map(\.element)
            var moves = 0
            for (k, plan) in chain.enumerated() {
                let change = k > 0 ? chain[k - 1].target.start.months(to: plan.target.start) : nil
                if k > 0, plan.target.start > chain[k - 1].target.start { moves += 1 }
                deadlines.append(DeadlineEntry(plan: plan, sourceName: plan.source.map(name), change: change))
            }
            if chain.count >= 2 {
                slips.append(Slip(project: p.id, name: p.names.en, milestone: milestone, first: chain[0].target,
                                  latest: chain[chain.count - 1].target,
                                  months: chain[0].target.start.months(to: chain[chain.count - 1].target.start), moves: moves))
            }
        }
        return Section(project: p, official: official, local: local, discrepancies: open.sorted(by: Discrepancy.queueOrder),
                       deadlines: deadlines, slips: slips, claims: claims, voices: Voices(claims.map(\.claim), sources: sources),
                       officialLane: timeline.official, localLane: timeline.local, assessment: assessment)
    }

    static func summarise(_ sections: [Section]) -> Summary {
        let statuses: [Status?] = Status.allCases.map { $0 } + [nil]
        let byStatus = statuses.map { st in
            StatusCount(status: st, official: sections.filter { $0.official?.status == st }.count,
                        local: sections.filter { $0.local?.status == st }.count,
                        assessed: sections.filter { $0.assessment.status == st }.count)
        }
        let all = sections.flatMap(\.discrepancies)
        let bySeverity = Severity.allCases.map { sev in
            SeverityCount(severity: sev, open: all.filter { $0.severity == sev && $0.flag.state == .open }.count,
                          acknowledged: all.filter { $0.severity == sev && $0.flag.state == .acknowledged }.count)
        }
        let slips = sections.flatMap(\.slips).filter { $0.months > 0 }.sorted { a, b in
            if a.months != b.months { return a.months > b.months }
            if a.moves != b.moves { return a.moves > b.moves }
            return (a.project, a.milestone.rawValue) < (b.project, b.milestone.rawValue)
        }
        return Summary(projects: sections.count, byStatus: byStatus, bySeverity: bySeverity,
                       largestSlips: Array(slips.prefix(slipLimit)))
    }
}

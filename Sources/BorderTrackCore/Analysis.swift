/// One project's standing at a glance: what each perspective says, how much is disputed.
public struct ProjectSummary: Hashable, Sendable {
    public let project: Project
    public let official: Segment?
    public let local: Segment?
    /// Discrepancies still open or acknowledged.
    public let openDiscrepancies: Int
    public let worstSeverity: Severity?
    public let claimCount: Int
    /// The latest `asOf` among the project's counted claims.
    public let lastClaim: PartialDate?
    /// The latest announced opening (or completion) target and how often that milestone slipped.
    public let target: Plan?
    public let slips: Int
}

/// The whole tracker analysed as of one day: timelines, discrepancies with their workflow state, summaries.
public struct Analysis: Sendable {
    /// The day statuses are taken on.
    public let end: Day
    /// With `--as-of`: only claims, plans and flag events known by this day count.
    public let knownBy: Day?
    public let sources: [String: Source]
    public let projects: [Project]
    public let timelines: [String: ProjectTimeline]
    /// All discrepancies (detected, manual, obsolete), in queue order.
    public let discrepancies: [Discrepancy]
    public let summaries: [ProjectSummary]
    /// Counted claims by project (superseded and not-yet-known ones left out).
    public let claimsByProject: [String: [Claim]]
    public let plansByProject: [String: [Plan]]

    /// Analyses a dataset. `today` is the analysis day when no `asOf` is given.
    public init(dataset: Dataset, flags: [FlagEvent], today: Day, asOf: Day? = nil,
                options: DiscrepancyDetector.Options = .init()) {
        let end = asOf ?? today
        self.end = end
        knownBy = asOf
        let sources = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.sources = sources
        projects = dataset.projects
        var claimsBy: [String: [Claim]] = [:]
        for c in dataset.claims { claimsBy[c.project, default: []].append(c) }
        var plansBy: [String: [Plan]] = [:]
        for p in dataset.plans where asOf == nil || (p.announced?.start ?? p.target.start) <= end {
            plansBy[p.project, default: []].append(p)
        }
        let counted = claimsBy.mapValues { Timeline.effectiveClaims($0, knownBy: asOf) }
        claimsByProject = counted
        plansByProject = plansBy
        let events = flags.filter { asOf == nil || $0.at.day <= end }
        var eventsBy: [String: [FlagEvent]] = [:]
        for e in events { eventsBy[e.discrepancy, default: []].append(e) }

        let detector = DiscrepancyDetector(options: options)
        var timelines: [String: ProjectTimeline] = [:]
        var all: [Discrepancy] = []
        for p in dataset.projects {
            let cs = counted[p.id] ?? []
            let t = ProjectTimeline(project: p, claims: cs, sources: sources, until: end)
            timelines[p.id] = t
            all += detector.detect(project: p, claims: cs, plans: plansBy[p.id] ?? [], sources: sources, timeline: t, end: end)
        }
        for k in all.indices { all[k].flag = FlagStatus.fold(eventsBy[all[k].id] ?? []) }
        // Manual flags, and flags whose discrepancy the data no longer shows.
        let detected = Set(all.map(\.id))
        for (id, evs) in eventsBy where !detected.contains(id) {
            guard let first = evs.first, let t = timelines[first.project] else { continue }
            var status = FlagStatus.fold(evs)
            if status.withdrawn { continue }  // a manual flag raised in error and taken back
            let (o, l) = (Analysis.side(t.official, "official", on: first.at.day), Analysis.side(t.local, "local", on: first.at.day))
            if DiscrepancyKind.of(id: id) == .manual {
                all.append(Discrepancy(id: id, project: first.project, kind: .manual, severity: first.severity ?? .major,
                                       from: first.at.day, to: max(first.at.day, status.at?.day ?? first.at.day), ongoing: status.state != .resolved,
                                       sides: [], official: o, local: l, claims: [],
                                       explanation: "Raised by \(first.editor) on \(first.at.day): \(first.note)", flag: status))
            } else if status.state != .open {
                let was = status.state == .resolved ? "resolved\(status.verdict.map { " (verdict: \($0.rawValue))" } ?? "")" : "acknowledged"
                status.state = .obsolete
                all.append(Discrepancy(id: id, project: first.project, kind: DiscrepancyKind.of(id: id) ?? .manual,
                                       severity: .minor, from: first.at.day, to: status.at?.day ?? first.at.day, ongoing: false,
                                       sides: [], official: o, local: l, claims: [],
                                       explanation: "Was \(was) by \(status.editor ?? "?"); the data no longer shows this discrepancy.",
                                       flag: status))
            }
        }
        all.sort(by: Discrepancy.queueOrder)
        discrepancies = all
        self.timelines = timelines

        var openBy: [String: [Discrepancy]] = [:]
        for d in all where d.flag.state == .open || d.flag.state == .acknowledged { openBy[d.project, default: []].append(d) }
        summaries = dataset.projects.map { p in
            let t = timelines[p.id]!
            let cs = counted[p.id] ?? []
            let ps = plansBy[p.id] ?? []
            let milestone: Milestone = ps.contains { $0.milestone == .opening } ? .opening : .completion
            let chain = ps.filter { $0.milestone == milestone }
            var slips = 0
            for k in chain.indices.dropFirst() where chain[k].target.start > chain[k - 1].target.start { slips += 1 }
            let open = openBy[p.id] ?? []
            return ProjectSummary(project: p, official: t.official.current, local: t.local.current,
                                  openDiscrepancies: open.count, worstSeverity: open.map(\.severity).min(),
                                  claimCount: cs.count, lastClaim: cs.map(\.asOf).max(), target: chain.last, slips: slips)
        }
    }

    static func side(_ lane: Lane, _ label: String, on day: Day) -> DiscrepancySide {
        let s = lane.segment(on: day) ?? lane.segments.last
        return DiscrepancySide(label: label, status: s?.status, scope: s?.scope, claims: s.map { [$0.claim.id] } ?? [])
    }

    /// Discrepancies of one project.
    public func discrepancies(of project: String) -> [Discrepancy] { discrepancies.filter { $0.project == project } }
}

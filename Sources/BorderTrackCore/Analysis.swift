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
///
/// Everything is computed per project (`ProjectAnalysis`), so a full analysis groups the dataset by
/// project once and analyses each group, and `update(project:claims:plans:flags:)` recomputes one
/// project and splices its results in — the same function, so the incremental result equals a full
/// recompute (a property test checks it).
public struct Analysis: Sendable {
    /// The day statuses are taken on.
    public let end: Day
    /// With `--as-of`: only claims, plans and flag events known by this day count.
    public let knownBy: Day?
    public let sources: [String: Source]
    /// The detector's thresholds, kept for incremental updates.
    public let options: DiscrepancyDetector.Options
    public private(set) var projects: [Project]
    public private(set) var timelines: [String: ProjectTimeline]
    /// All discrepancies (detected, manual, obsolete), in queue order.
    public private(set) var queue: DiscrepancyQueue
    /// The open and acknowledged discrepancies, in queue order (the UI's queue), kept so screens need not filter.
    public private(set) var openDiscrepancies: DiscrepancyQueue
    /// Each project's discrepancies, as queue keys in queue order (to find and replace them).
    private var keysByProject: [String: [DiscrepancyQueue.Key]]
    public private(set) var summaries: [ProjectSummary]
    /// Counted claims by project (superseded and not-yet-known ones left out).
    public private(set) var claimsByProject: [String: [Claim]]
    public private(set) var plansByProject: [String: [Plan]]
    /// Position of each project in `projects` and `summaries`.
    private var position: [String: Int]

    /// Analyses a dataset. `today` is the analysis day when no `asOf` is given.
    public init(dataset: Dataset, flags: [FlagEvent], today: Day, asOf: Day? = nil,
                options: DiscrepancyDetector.Options = .init()) {
        let end = asOf ?? today
        self.end = end
        knownBy = asOf
        self.options = options
        sources = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        projects = dataset.projects
        // Group everything by project once.
        var claimsBy: [String: [Claim]] = [:]
        for c in dataset.claims { claimsBy[c.project, default: []].append(c) }
        var plansBy: [String: [Plan]] = [:]
        for p in dataset.plans { plansBy[p.project, default: []].append(p) }
        let eventsBy = ProjectAnalysis.eventsByProject(flags, knownBy: asOf)

        let context = ProjectAnalysis.Context(sources: sources, end: end, knownBy: asOf, detector: DiscrepancyDetector(options: options))
        var timelines: [String: ProjectTimeline] = [:]
        timelines.reserveCapacity(projects.count)
        var counted: [String: [Claim]] = [:]
        var plansCounted: [String: [Plan]] = [:]
        var all: [Discrepancy] = []
        var summaries: [ProjectSummary] = []
        summaries.reserveCapacity(projects.count)
        var position: [String: Int] = [:]
        position.reserveCapacity(projects.count)
        let parts = ProjectAnalysis.analyseAll(projects, claims: claimsBy, plans: plansBy, events: eventsBy, context: context)
        for (k, (p, part)) in zip(projects, parts).enumerated() {
            timelines[p.id] = part.timeline
            if claimsBy[p.id] != nil { counted[p.id] = part.claims }
            if !part.plans.isEmpty { plansCounted[p.id] = part.plans }
            all += part.discrepancies
            summaries.append(part.summary)
            if position[p.id] == nil { position[p.id] = k }
        }
        // Claims and plans of projects the dataset does not list still show in the per-project tables.
        for (id, cs) in claimsBy where counted[id] == nil && position[id] == nil {
            counted[id] = Timeline.effectiveClaims(cs, knownBy: asOf)
        }
        for (id, ps) in plansBy where plansCounted[id] == nil && position[id] == nil {
            let kept = ps.filter { ProjectAnalysis.planKnown($0, end: end, knownBy: asOf) }
            if !kept.isEmpty { plansCounted[id] = kept }
        }
        all = Analysis.queueSorted(all)
        queue = DiscrepancyQueue(sorted: all)
        openDiscrepancies = DiscrepancyQueue(sorted: all.lazy.filter(\.isOpen))
        var keys: [String: [DiscrepancyQueue.Key]] = [:]
        for d in all { keys[d.project, default: []].append(DiscrepancyQueue.Key(d)) }
        keysByProject = keys
        self.timelines = timelines
        self.summaries = summaries
        claimsByProject = counted
        plansByProject = plansCounted
        self.position = position
    }

    static func side(_ lane: Lane, _ label: String, on day: Day) -> DiscrepancySide {
        let s = lane.segment(on: day) ?? lane.segments.last
        return DiscrepancySide(label: label, status: s?.status, scope: s?.scope, claims: s.map { [$0.claim.id] } ?? [])
    }

    /// All discrepancies (detected, manual, obsolete), in queue order, as an array (built on each call;
    /// screens read `queue` or `openDiscrepancies` instead).
    public var discrepancies: [Discrepancy] { Array(queue) }

    /// Discrepancies of one project, in queue order, without a scan.
    public func discrepancies(of project: String) -> [Discrepancy] {
        (keysByProject[project] ?? []).compactMap { queue.element(for: $0) }
    }

    /// The project with this id, without a scan.
    public func project(id: String) -> Project? { position[id].map { projects[$0] } }

    /// The summary of the project with this id, without a scan.
    public func summary(of id: String) -> ProjectSummary? { position[id].map { summaries[$0] } }

    /// This analysis with one project recomputed from its current content (see `update`).
    public func updating(project: Project, claims: [Claim], plans: [Plan], flags: [FlagEvent]) -> Analysis {
        var copy = self
        copy.update(project: project, claims: claims, plans: plans, flags: flags)
        return copy
    }

    /// Recomputes one project — timeline, discrepancies with their flags, summary — from its current
    /// content and splices the result in; every other project is left as it is. The result equals a
    /// full analysis of the dataset with this project's content replaced.
    ///
    /// - Parameters:
    ///   - project: the project (new or changed; a new one is appended to `projects`).
    ///   - claims: all of the project's claims in recording order, superseded ones included.
    ///   - plans: all of the project's plan entries in recording order.
    ///   - flags: the flag events of the project's discrepancies, in seq order.
    public mutating func update(project: Project, claims: [Claim], plans: [Plan], flags: [FlagEvent]) {
        let id = project.id
        let context = ProjectAnalysis.Context(sources: sources, end: end, knownBy: knownBy, detector: DiscrepancyDetector(options: options))
        let events = ProjectAnalysis.eventsByProject(flags.filter { $0.project == id }, knownBy: knownBy)[id] ?? []
        let part = ProjectAnalysis(project: project, claims: claims, plans: plans, events: events, context: context)
        timelines[id] = part.timeline
        claimsByProject[id] = claims.isEmpty ? nil : part.claims
        plansByProject[id] = part.plans.isEmpty ? nil : part.plans
        if let k = position[id] {
            projects[k] = project
            summaries[k] = part.summary
        } else {
            position[id] = projects.count
            projects.append(project)
            summaries.append(part.summary)
        }
        for key in keysByProject[id] ?? [] {
            queue.remove(key)
            if key.open { openDiscrepancies.remove(key) }
        }
        let new = Analysis.queueSorted(part.discrepancies)
        for d in new {
            queue.insert(d)
            if d.isOpen { openDiscrepancies.insert(d) }
        }
        keysByProject[id] = new.isEmpty ? nil : new.map(DiscrepancyQueue.Key.init)
    }

    /// Sorts in queue order (stable) by sorting small keys and indices, then moving each element once:
    /// sorting the large values themselves copies and retains them at every step of the merge sort.
    static func queueSorted(_ list: [Discrepancy]) -> [Discrepancy] {
        // The id is copied into the key (ids are short, inline strings) so comparing ties stays in the key array.
        var keys = list.indices.map { (severity: list[$0].severity.order, from: list[$0].from.ordinal, id: list[$0].id, index: $0) }
        keys.sort { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.from != b.from { return a.from > b.from }
            return a.id != b.id ? a.id < b.id : a.index < b.index
        }
        return keys.map { list[$0.index] }
    }
}

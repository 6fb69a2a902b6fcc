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
    /// Each project's discrepancies, as queue keys in queue order (to find and replace them), by position in `projects`.
    private var keysByPosition: [[DiscrepancyQueue.Key]]
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
        var position: [String: Int] = [:]
        position.reserveCapacity(projects.count)
        for (k, p) in projects.enumerated() where position[p.id] == nil { position[p.id] = k }
        // Group everything by project once.
        let claimsBy = ProjectGroups(dataset.claims) { $0.project }
        let plansBy = ProjectGroups(dataset.plans) { $0.project }
        let eventsBy = ProjectAnalysis.eventsByProject(flags, knownBy: asOf)

        let context = ProjectAnalysis.Context(sources: sources, end: end, knownBy: asOf, detector: DiscrepancyDetector(options: options))
        let parts = ProjectAnalysis.analyseAll(projects, claims: claimsBy, plans: plansBy, events: eventsBy, context: context)
        var timelines: [String: ProjectTimeline] = [:]
        timelines.reserveCapacity(projects.count)
        var counted: [String: [Claim]] = [:]
        counted.reserveCapacity(claimsBy.ids.count)
        var plansCounted: [String: [Plan]] = [:]
        var summaries: [ProjectSummary] = []
        summaries.reserveCapacity(projects.count)
        var total = 0
        for k in parts.indices {
            let id = projects[k].id
            timelines[id] = parts[k].timeline
            if claimsBy.contains(id) { counted[id] = parts[k].claims }
            if !parts[k].plans.isEmpty { plansCounted[id] = parts[k].plans }
            summaries.append(parts[k].summary)
            total += parts[k].discrepancies.count
        }
        // Claims and plans of projects the dataset does not list still show in the per-project tables.
        for (g, id) in claimsBy.ids.enumerated() where position[id] == nil {
            counted[id] = Timeline.effectiveClaims(claimsBy.group(g), knownBy: asOf)
        }
        for (g, id) in plansBy.ids.enumerated() where plansCounted[id] == nil && position[id] == nil {
            let kept = plansBy.group(g).filter { ProjectAnalysis.planKnown($0, end: end, knownBy: asOf) }
            if !kept.isEmpty { plansCounted[id] = kept }
        }
        // Queue order over all projects: all discrepancies side by side (each project's list read once,
        // in order), small keys sorted, then each discrepancy moved once into its queue chunk.
        var all: [Discrepancy] = []
        all.reserveCapacity(total)
        for part in parts { all.append(contentsOf: part.discrepancies) }
        let order = Analysis.queueOrder(all)
        queue = DiscrepancyQueue(sorted: order.lazy.map { all[Int($0)] })
        // Usually nothing is flagged yet: then both queues share their storage.
        openDiscrepancies = all.allSatisfy(\.isOpen) ? queue : DiscrepancyQueue(sorted: queue.lazy.filter(\.isOpen))
        var keys = [[DiscrepancyQueue.Key]](repeating: [], count: projects.count)
        let unique = position.count == projects.count
        for (k, part) in parts.enumerated() where !part.keys.isEmpty {
            let at = unique ? k : position[projects[k].id]!
            // A project listed twice: its entries in queue order, the first listing's first among equals.
            keys[at] = keys[at].isEmpty ? part.keys : DiscrepancyQueue.Key.sorted(keys[at] + part.keys)
        }
        keysByPosition = keys
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
    public var discrepancies: [Discrepancy] {
        var all: [Discrepancy] = []
        all.reserveCapacity(queue.count)
        for d in queue { all.append(d) }  // walks the chunks
        return all
    }

    /// Discrepancies of one project, in queue order, without a scan.
    public func discrepancies(of project: String) -> [Discrepancy] {
        (position[project].map { keysByPosition[$0] } ?? []).compactMap { queue.element(for: $0) }
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
        let k: Int
        if let known = position[id] {
            k = known
            projects[k] = project
            summaries[k] = part.summary
        } else {
            k = projects.count
            position[id] = k
            projects.append(project)
            summaries.append(part.summary)
            keysByPosition.append([])
        }
        for key in keysByPosition[k] {
            queue.remove(key)
            if key.open { openDiscrepancies.remove(key) }
        }
        for d in part.discrepancies {
            queue.insert(d)
            if d.isOpen { openDiscrepancies.insert(d) }
        }
        keysByPosition[k] = part.keys
    }

    /// Positions of `list` in queue order (stable), found by sorting small keys: severity and start
    /// date packed into one integer, then the id — as two integers holding its bytes when every id is
    /// short ASCII (they compare as the strings do), else as the string — then the position.
    static func queueOrder(_ list: [Discrepancy]) -> [Int32] {
        var packed: [(rank: Int, hi: UInt64, lo: UInt64, at: Int32)] = []
        packed.reserveCapacity(list.count)
        for (k, d) in list.enumerated() {
            guard let (hi, lo) = idBytes(d.id) else { return queueOrderByString(list) }
            packed.append((rank(d), hi, lo, Int32(k)))
        }
        packed.sort { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.hi != b.hi { return a.hi < b.hi }
            return a.lo != b.lo ? a.lo < b.lo : a.at < b.at
        }
        return packed.map(\.at)
    }

    /// The queue order comparing ids as strings (ids that are long or not ASCII).
    static func queueOrderByString(_ list: [Discrepancy]) -> [Int32] {
        var keys = list.indices.map { (rank: rank(list[$0]), id: list[$0].id, at: Int32($0)) }
        keys.sort { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            return a.id != b.id ? a.id < b.id : a.at < b.at
        }
        return keys.map(\.at)
    }

    /// The id's bytes big-endian in two integers, zero-padded: ordered as the strings are, for ids of at
    /// most 16 ASCII characters with no NUL; nil for any other id.
    static func idBytes(_ id: String) -> (UInt64, UInt64)? {
        var hi: UInt64 = 0, lo: UInt64 = 0, n = 0
        for b in id.utf8 {
            guard b != 0, b < 0x80, n < 16 else { return nil }
            if n < 8 { hi |= UInt64(b) << UInt64(56 - 8 * n) } else { lo |= UInt64(b) << UInt64(56 - 8 * (n - 8)) }
            n += 1
        }
        return (hi, lo)
    }

    /// Severity (most severe first), then start date (newest first), as one integer.
    static func rank(_ d: Discrepancy) -> Int {
        (d.severity.order << 40) + ((1 << 39) - d.from.ordinal)
    }

    /// Sorts in queue order (stable).
    static func queueSorted(_ list: [Discrepancy]) -> [Discrepancy] {
        queueOrder(list).map { list[Int($0)] }
    }
}

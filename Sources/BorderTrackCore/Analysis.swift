import Dispatch

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
    /// The assessed status (`Assessment.headline`), where the assessment was made: the derived summaries and an
    /// analysis after `assess(overrides:)`; nil before, and for a project no claim about the whole project counts for.
    public var assessed: AssessedStatus? = nil
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
    /// The sources' grades in force after `assess(overrides:)` (empty before: every source F).
    public internal(set) var grades: [String: SourceGrade] = [:]
    /// Whether `assess(overrides:)` filled the summaries' assessed statuses (kept current by `update`).
    public internal(set) var isAssessed = false
    /// The editors' grades `assess(overrides:)` was given.
    public internal(set) var gradeOverrides: [String: GradeOverride] = [:]
    public private(set) var projects: [Project]
    /// Each project's timeline, by id (stored by position in `projects`).
    public var timelines: ProjectTable<ProjectTimeline> {
        ProjectTable(projects: projects, position: position, unique: unique, stored: timelineAt, extra: [:])
    }
    /// All discrepancies (detected, manual, obsolete), in queue order.
    public private(set) var queue: DiscrepancyQueue
    /// The open and acknowledged discrepancies, in queue order (the UI's queue), kept so screens need not filter.
    public private(set) var openDiscrepancies: DiscrepancyQueue
    /// Each project's discrepancies, as queue keys in queue order (to find and replace them), by position in `projects`.
    private var keysByPosition: [[DiscrepancyQueue.Key]]
    public internal(set) var summaries: [ProjectSummary]
    /// Counted claims by project (superseded and not-yet-known ones left out).
    public var claimsByProject: ProjectTable<[Claim]> {
        ProjectTable(projects: projects, position: position, unique: unique, stored: claimsAt, extra: extraClaims)
    }
    /// Claims a later claim corrects, known by the as-of day, by project: not counted, but listed (and marked)
    /// in the claims table (`Analysis+Superseded.swift`).
    public private(set) var supersededClaims: [String: [Claim]] = [:]
    public var plansByProject: ProjectTable<[Plan]> {
        ProjectTable(projects: projects, position: position, unique: unique, stored: plansAt, extra: extraPlans)
    }
    /// Position of each project's first listing in `projects` and `summaries`.
    private var position: [String: Int]
    /// Whether no project is listed twice (then `position[projects[k].id] == k` for every k).
    private var unique: Bool
    /// By position (the first listing of a project id holds its values): timeline, counted claims (nil:
    /// the project has no claims at all), plans (nil: none counted).
    private var timelineAt: [ProjectTimeline?]
    private var claimsAt: [[Claim]?]
    private var plansAt: [[Plan]?]
    /// Claims and plans of projects the dataset does not list.
    private var extraClaims: [String: [Claim]]
    private var extraPlans: [String: [Plan]]

    /// Analyses a dataset. `today` is the analysis day when no `asOf` is given.
    public init(dataset: Dataset, flags: [FlagEvent], today: Day, asOf: Day? = nil,
                options: DiscrepancyDetector.Options = .init()) {
        let end = asOf ?? today
        self.end = end
        knownBy = asOf
        supersededClaims = Analysis.superseded(dataset.claims, knownBy: asOf)
        self.options = options
        let sources = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.sources = sources
        let projects = dataset.projects
        self.projects = projects
        let n = projects.count
        // Group everything by project once.
        let claimsBy = ProjectGroups(dataset.claims) { $0.project }
        let plansBy = ProjectGroups(dataset.plans) { $0.project }
        let eventsBy = ProjectAnalysis.eventsByProject(flags, knownBy: asOf)
        let context = ProjectAnalysis.Context(sources: sources, end: end, knownBy: asOf, detector: DiscrepancyDetector(options: options))

        // Every project analysed on its own, in slices spread over the cores from a few thousand projects
        // on. Each result is written in place by position; each slice's discrepancies are sorted into
        // queue order there (ranks worked out and every value moved while the slice is in cache), so the
        // sequential part is a merge of the sorted slices that moves each discrepancy once.
        let slices = n >= 2000 ? 16 : 1
        let timelineP = UnsafeMutablePointer<ProjectTimeline?>.allocate(capacity: n)
        let claimsP = UnsafeMutablePointer<[Claim]?>.allocate(capacity: n)
        let plansP = UnsafeMutablePointer<[Plan]?>.allocate(capacity: n)
        let summaryP = UnsafeMutablePointer<ProjectSummary>.allocate(capacity: n)
        let keysP = UnsafeMutablePointer<[DiscrepancyQueue.Key]>.allocate(capacity: n)
        let runsP = UnsafeMutablePointer<SortedRun>.allocate(capacity: slices)
        let positionP = UnsafeMutablePointer<[String: Int]>.allocate(capacity: 1)
        // Per slice: how many listed projects have claims, and plans (to know whether any are unlisted).
        let foundP = UnsafeMutablePointer<(claims: Int, plans: Int)>.allocate(capacity: slices)
        nonisolated(unsafe) let out = (timelineP, claimsP, plansP, summaryP, keysP, runsP, positionP, foundP)
        @Sendable func slice(_ s: Int) {
            guard s < slices else {
                // The id index, built while the slices run.
                var index: [String: Int] = [:]
                index.reserveCapacity(n)
                for (k, p) in projects.enumerated() where index[p.id] == nil { index[p.id] = k }
                out.6.initialize(to: index)
                return
            }
            let range = (s * n / slices)..<((s + 1) * n / slices)
            var run = RunBuffer(capacity: range.count * 10)
            var ranks: [QueueKey.Packed] = []
            ranks.reserveCapacity(range.count * 10)
            var found = (claims: 0, plans: 0)
            for k in range {
                let p = projects[k]
                let start = run.count
                let claims = claimsBy.group(of: p.id, hint: k), plans = plansBy.group(of: p.id, hint: k)
                if claims != nil { found.claims += 1 }
                if plans != nil { found.plans += 1 }
                let parts = ProjectAnalysis.analyse(project: p, claims: claims ?? [], plans: plans ?? [],
                                                    events: eventsBy.isEmpty ? [] : eventsBy[p.id] ?? [], context: context, into: &run)
                for j in start..<run.count { ranks.append(QueueKey.Packed(run.base[j])) }
                (out.0 + k).initialize(to: parts.timeline)
                (out.1 + k).initialize(to: claims == nil ? nil : parts.claims)
                (out.2 + k).initialize(to: parts.plans.isEmpty ? nil : parts.plans)
                (out.3 + k).initialize(to: parts.summary)
                (out.4 + k).initialize(to: SortedRun.keys(of: run.base, ranks: ranks, start..<run.count))
            }
            (out.5 + s).initialize(to: SortedRun(sorting: run, ranks: ranks))
            (out.7 + s).initialize(to: found)
        }
        if slices == 1 {
            slice(0); slice(1)
        } else {
            DispatchQueue.concurrentPerform(iterations: slices + 1, execute: slice)
        }
        var timelineAt = [ProjectTimeline?](moving: timelineP, count: n)
        var claimsAt = [[Claim]?](moving: claimsP, count: n)
        var plansAt = [[Plan]?](moving: plansP, count: n)
        let summaries = [ProjectSummary](moving: summaryP, count: n)
        let parts = [[DiscrepancyQueue.Key]](moving: keysP, count: n)
        let runs = [SortedRun](moving: runsP, count: slices)
        let position = positionP.move()
        positionP.deallocate()
        let found = [(claims: Int, plans: Int)](moving: foundP, count: slices)
        let unique = position.count == n

        // Claims and plans of projects the dataset does not list still show in the per-project tables.
        var extraClaims: [String: [Claim]] = [:], extraPlans: [String: [Plan]] = [:]
        if !unique || found.reduce(0, { $0 + $1.claims }) != claimsBy.ids.count || found.reduce(0, { $0 + $1.plans }) != plansBy.ids.count {
            for (g, id) in claimsBy.ids.enumerated() where position[id] == nil {
                extraClaims[id] = Timeline.effectiveClaims(claimsBy.group(g), knownBy: asOf)
            }
            for (g, id) in plansBy.ids.enumerated() where position[id] == nil {
                let kept = plansBy.group(g).filter { ProjectAnalysis.planKnown($0, end: end, knownBy: asOf) }
                if !kept.isEmpty { extraPlans[id] = kept }
            }
        }
        // Queue order over all projects: the sorted slices merged (ties to the earlier slice, so the
        // order is that of a stable sort of all projects' discrepancies side by side).
        queue = DiscrepancyQueue(chunks: SortedRun.merge(runs))
        // Usually nothing is flagged yet: then both queues share their storage.
        let open = summaries.reduce(0) { $0 + $1.openDiscrepancies }
        openDiscrepancies = open == queue.count ? queue : DiscrepancyQueue(sorted: queue.lazy.filter(\.isOpen))
        var keys = parts
        if !unique {
            // A project listed twice: its values are the last listing's (as if each listing overwrote
            // them), its entries in queue order, the first listing's first among equals.
            keys = [[DiscrepancyQueue.Key]](repeating: [], count: n)
            for k in 0..<n {
                let at = position[projects[k].id]!
                if at != k {
                    timelineAt[at] = timelineAt[k]; timelineAt[k] = nil
                    claimsAt[at] = claimsAt[k]; claimsAt[k] = nil
                    plansAt[at] = plansAt[k]; plansAt[k] = nil
                }
                keys[at] = keys[at].isEmpty ? parts[k] : DiscrepancyQueue.Key.sorted(keys[at] + parts[k])
            }
        }
        keysByPosition = keys
        self.summaries = summaries
        self.timelineAt = timelineAt
        self.claimsAt = claimsAt
        self.plansAt = plansAt
        self.extraClaims = extraClaims
        self.extraPlans = extraPlans
        self.position = position
        self.unique = unique
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

    /// Each project id's first listing's position in `projects` and `summaries`.
    var positions: [String: Int] { position }

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
        var summary = part.summary
        if isAssessed { summary.assessed = part.assessment(sources: sources, end: end, grade: { self.grades[$0] ?? .f }).headline }
        supersededClaims[id] = Analysis.superseded(claims, knownBy: knownBy)[id]
        let k: Int
        if let known = position[id] {
            k = known
            projects[k] = project
            summaries[k] = summary
        } else {
            k = projects.count
            position[id] = k
            projects.append(project)
            summaries.append(summary)
            keysByPosition.append([])
            timelineAt.append(nil)
            claimsAt.append(nil)
            plansAt.append(nil)
            extraClaims[id] = nil
            extraPlans[id] = nil
        }
        timelineAt[k] = part.timeline
        claimsAt[k] = claims.isEmpty ? nil : part.claims
        plansAt[k] = part.plans.isEmpty ? nil : part.plans
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

    /// Sorts in queue order (stable).
    static func queueSorted(_ list: [Discrepancy]) -> [Discrepancy] {
        QueueKey.Packed.order(list.map(QueueKey.Packed.init)) { list[$0].id }.map { list[Int($0)] }
    }
}



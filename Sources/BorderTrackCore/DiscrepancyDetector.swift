/// Finds discrepancies in one project's claims and plans. Pure: same input, same output.
///
/// A claim is evidence about the project on its date, so progress is not a conflict: contradictions
/// are pairs of claims no order of events reconciles (see `Contradictions`), one discrepancy per
/// story. Official silence is a lag, flagged only while local sources report another stage. Deadline
/// slips are read from the announced targets.
public struct DiscrepancyDetector: Sendable {
    /// Tunable thresholds.
    public struct Options: Sendable, Equatable {
        /// Months the local account must have reported another stage, with no official word since,
        /// before `stale-official`.
        public var staleMonths = 24
        public init(staleMonths: Int = 24) {
            self.staleMonths = staleMonths
        }
    }

    /// The version of the detection rules, kept with stored results so they are recomputed when it changes.
    public static let rulesVersion = 2

    public let options: Options
    public init(options: Options = Options()) { self.options = options }

    /// Everything found for one project, analysed up to `end` (the as-of date or today). `timeline`
    /// is the timeline of `claims` (it is rebuilt when its segments refer to other claims).
    public func detect(project: Project, claims: [Claim], plans: [Plan], sources: [String: Source],
                       timeline: ProjectTimeline, end: Day) -> [Discrepancy] {
        let facts = ClaimFacts(claims: claims, sources: sources, until: end)
        let refersToClaims = timeline.lanes.allSatisfy { $0.segments.first.map { $0.claims == claims } ?? true }
        let t = refersToClaims ? timeline : ProjectTimeline(project: project, facts: facts, until: end)
        return detect(project: project, facts: facts, plans: plans, sources: sources, timeline: t, end: end)
    }

    /// Everything found for one project whose timeline was built from `facts` (its segments' claim
    /// positions are positions in `facts.claims`).
    func detect(project: Project, facts: ClaimFacts, plans: [Plan], sources: [String: Source],
                timeline: ProjectTimeline, end: Day) -> [Discrepancy] {
        var out: [Discrepancy] = []
        _ = detect(project: project, facts: facts, plans: plans, sources: sources, timeline: timeline, end: end, into: &out)
        return out
    }

    /// Appends what is found to `sink`, in detection order; returns the most severe severity found.
    func detect(project: Project, facts: ClaimFacts, plans: [Plan], sources: [String: Source],
                timeline: ProjectTimeline, end: Day, into sink: inout some DiscrepancySink) -> Severity? {
        let ctx = Context(project: project, sources: sources, timeline: timeline, facts: facts, end: end)
        var found = Findings()
        let fit = Contradictions(project: project, facts: facts, end: end)
        contradictions(fit, ctx: ctx, into: &found)
        lag(fit, ctx: ctx, into: &found)
        slips(plans: plans, ctx: ctx, into: &found)
        return found.emit(project: project.id, claims: facts.claims, plans: plans, sources: sources, into: &sink)
    }

    struct Context {
        let project: Project
        let sources: [String: Source]
        let timeline: ProjectTimeline
        let facts: ClaimFacts
        let end: Day

        /// Positions of the claims in force in the official and local lanes on a day (-1: none).
        func context(on day: Day) -> (official: Int32, local: Int32) {
            func inForce(_ lane: Lane) -> Int32 { lane.segmentIndex(on: day).map { Int32(lane.segments[$0].index) } ?? -1 }
            return (inForce(timeline.official), inForce(timeline.local))
        }
    }

    /// Discrepancies as they are found: what places each in the queue, and the records of their evidence.
    struct Findings {
        struct Head {
            let id: String
            let kind: DiscrepancyKind
            let severity: Severity
            let from: Day
            let to: Day
            let ongoing: Bool
        }

        var heads: [Head] = []
        var records: [DiscrepancyEvidence.Record] = []
        var pool: [Int32] = []

        init() {
            heads.reserveCapacity(8)
            records.reserveCapacity(8)
            pool.reserveCapacity(24)
        }

        mutating func add(_ head: Head, _ recipe: DiscrepancyEvidence.Recipe, context: (official: Int32, local: Int32)) {
            heads.append(head)
            records.append(.init(recipe: recipe, official: context.official, local: context.local))
        }

        /// Puts positions in the pool; returns their range.
        mutating func list(_ positions: some Sequence<Int>) -> Range<Int32> {
            let start = Int32(pool.count)
            for k in positions { pool.append(Int32(k)) }
            return start..<Int32(pool.count)
        }

        /// Appends the discrepancies, sharing one evidence object, to `sink`; returns the most severe severity.
        func emit(project: String, claims: [Claim], plans: [Plan], sources: [String: Source],
                  into sink: inout some DiscrepancySink) -> Severity? {
            guard !heads.isEmpty else { return nil }
            let evidence = DiscrepancyEvidence(claims: claims, plans: plans, sources: sources, records: records, pool: pool)
            var worst: Severity? = nil
            sink.reserve(heads.count)
            for (k, h) in heads.enumerated() {
                if worst.map({ h.severity < $0 }) ?? true { worst = h.severity }
                sink.add(Discrepancy(id: h.id, project: project, kind: h.kind, severity: h.severity, from: h.from, to: h.to,
                                     ongoing: h.ongoing, evidence: evidence, slot: Int32(k)))
            }
            return worst
        }
    }

    // MARK: - Claims that cannot all be true (status-conflict, cross-border, official-split, regression)

    /// One discrepancy per story of contradicting claims, filed under the widest disagreement it spans.
    func contradictions(_ fit: Contradictions, ctx: Context, into found: inout Findings) {
        for story in fit.stories(claims: ctx.facts.claims) {
            let kind = story.kind
            var h = StableHash()
            h.add(ctx.project.id); h.add("contradiction"); h.add(story.anchor.0); h.add(story.anchor.1)
            let a = found.list(story.contradicted), b = found.list(story.against)
            found.add(.init(id: h.id(prefix: kind.idPrefix, digits: 10), kind: kind, severity: story.severity,
                            from: story.from, to: story.to, ongoing: false),
                      .contradiction(a: a, b: b, spans: story.spans, reasons: story.reasons), context: (-1, -1))
        }
    }

    // MARK: - Official silence while local sources report another stage

    /// `stale-official`: the latest official claim about the whole project is followed only by local
    /// claims of another stage (ahead of it, an interruption it does not report, or a resumption after
    /// the interruption it reported), and the local
    /// account has said so for at least `staleMonths`. Never when the accounts agree; a local claim
    /// that later reports less is a contradiction, not a lag.
    func lag(_ fit: Contradictions, ctx: Context, into found: inout Findings) {
        guard options.staleMonths > 0 else { return }
        let facts = ctx.facts.facts, claims = ctx.facts.claims
        // The latest official claim about the whole project (points are in lane order).
        guard let o = fit.points.lastIndex(where: { facts[$0.k].perspective == .official && $0.section == 0 }) else { return }
        let last = fit.points[o]
        // Local claims about the whole project after it; the trailing run of those reporting another stage.
        var differing: [Int] = []
        for p in fit.points[(o + 1)...] where p.section == 0 && facts[p.k].perspective == .local && p.start > last.start {
            let ahead: Bool
            if p.interruption {
                ahead = !last.interruption || claims[p.k].status != claims[last.k].status
            } else {
                // After an official word of suspension, any local report of a stage says it resumed.
                ahead = last.interruption || p.lo > last.hi
            }
            if ahead { differing.append(p.k) } else { differing.removeAll() }
        }
        guard let first = differing.first, let current = differing.last else { return }
        let since = facts[first].start
        let staleFrom = since.adding(months: options.staleMonths)
        guard staleFrom <= ctx.end else { return }
        let lo = claims[last.k], lc = claims[current]
        let scoped = ctx.project.kind.takesScope
        let severity = Severity.of(lo.status, scoped ? lo.scope : nil, lc.status, scoped ? lc.scope : nil) ?? .minor
        var h = StableHash()
        h.add(ctx.project.id); h.add("stale-official"); h.add(lo.id)
        found.add(.init(id: h.id(prefix: DiscrepancyKind.staleOfficial.idPrefix, digits: 10), kind: .staleOfficial,
                        severity: severity, from: staleFrom, to: ctx.end, ongoing: true),
                  .stale(last: Int32(last.k), currentLocal: Int32(current), moves: found.list(differing),
                         months: Int32(facts[last.k].start.months(to: ctx.end))),
                  context: ctx.context(on: ctx.end))
    }

    // MARK: - Deadlines that keep moving

    func slips(plans: [Plan], ctx: Context, into found: inout Findings) {
        guard plans.count >= 2 else { return }
        for milestone in Milestone.allCases {
            let order = plans.indices.filter { plans[$0].milestone == milestone && (plans[$0].announced?.start ?? .init(ordinal: Int.min)) <= ctx.end }
                .sorted { (plans[$0].announced?.start.ordinal ?? Int.min, $0) < (plans[$1].announced?.start.ordinal ?? Int.min, $1) }
            let ps = order.map { plans[$0] }
            guard ps.count >= 2 else { continue }
            var moves = 0
            for k in ps.indices.dropFirst() where ps[k].target.start > ps[k - 1].target.start { moves += 1 }
            let first = ps[0].target, latest = ps.last!.target
            let total = first.start.months(to: latest.start)
            guard moves >= 2 || total >= 12 else { continue }
            let reached: Bool = {
                let best = [ctx.timeline.official.current, ctx.timeline.local.current].compactMap { $0?.status.rank }.max() ?? -1
                switch milestone {
                case .start: return best >= 2
                case .completion: return best >= 3
                case .opening: return best >= 4
                }
            }()
            let overdue = latest.end < ctx.end && !reached
            var severity: Severity = (total >= 36 || moves >= 3) ? .major : .minor
            if overdue { severity = severity == .minor ? .major : .critical }
            var h = StableHash()
            h.add(ctx.project.id); h.add("deadline-slip"); h.add(milestone.rawValue)
            let from = ps.first!.announced?.start ?? first.start
            let to = ps.last!.announced?.end ?? latest.start
            found.add(.init(id: h.id(prefix: DiscrepancyKind.deadlineSlip.idPrefix, digits: 10), kind: .deadlineSlip, severity: severity,
                            from: from, to: min(max(to, from), ctx.end), ongoing: overdue),
                      .slip(milestone, plans: found.list(order), moves: Int32(moves), total: Int32(total), overdue: overdue),
                      context: ctx.context(on: min(to, ctx.end)))
        }
    }
}

/// Finds discrepancies in one project's claims and plans. Pure: same input, same output.
public struct DiscrepancyDetector: Sendable {
    /// Tunable thresholds.
    public struct Options: Sendable, Equatable {
        /// Months without an official change, while local claims move, before `stale-official`.
        public var staleMonths = 24
        /// How long one official source's claim counts as its current word when comparing official sources.
        public var splitHorizonMonths = 12
        public init(staleMonths: Int = 24, splitHorizonMonths: Int = 12) {
            self.staleMonths = staleMonths; self.splitHorizonMonths = splitHorizonMonths
        }
    }

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
        compare(timeline.official, timeline.local, kind: .statusConflict, ctx: ctx, into: &found)
        for i in 0..<timeline.sides.count {
            for j in (i + 1)..<max(i + 1, timeline.sides.count) {
                compare(timeline.sides[i], timeline.sides[j], kind: .crossBorder, ctx: ctx, into: &found)
            }
        }
        officialSplits(ctx: ctx, into: &found)
        regressions(ctx: ctx, into: &found)
        stale(ctx: ctx, into: &found)
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
            heads.reserveCapacity(16)
            records.reserveCapacity(16)
            pool.reserveCapacity(48)
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

    // MARK: - Lane against lane (status-conflict, cross-border, official-split)

    /// A stretch where two lanes give different statuses, built from elementary intervals: segments
    /// `aFirst...aLast` of the first lane against `bFirst...bLast` of the second (consecutive, since
    /// the stretch has no gap).
    struct Period {
        var from: Day
        var to: Day
        var aFirst: Int, aLast: Int
        var bFirst: Int, bLast: Int
        var severity: Severity
        /// Whether the claim of the first segment of each lane opened the period (it is then an anchor of the id).
        var anchorA: Bool, anchorB: Bool
    }

    /// Intervals where both lanes have differing statuses, merged while the pair of statuses stays the same.
    func periods(_ la: [Segment], _ lb: [Segment]) -> [Period] {
        var out: [Period] = []
        var i = 0, j = 0
        while i < la.count && j < lb.count {
            let a = la[i], b = lb[j]
            let from = max(a.from, b.from), to = min(a.to, b.to)
            if from <= to, let sev = Severity.of(a.status, a.scope, b.status, b.scope) {
                if var last = out.last, last.to.adding(days: 1) == from,
                   la[last.aLast].status == a.status, la[last.aLast].scope == a.scope,
                   lb[last.bLast].status == b.status, lb[last.bLast].scope == b.scope {
                    last.to = to
                    last.aLast = i
                    last.bLast = j
                    out[out.count - 1] = last
                } else {
                    // The anchor is the claim whose segment starts the period (both when they start together).
                    out.append(Period(from: from, to: to, aFirst: i, aLast: i, bFirst: j, bLast: j, severity: sev,
                                      anchorA: a.from == from, anchorB: b.from == from))
                }
            }
            if a.to < b.to { i += 1 } else if b.to < a.to { j += 1 } else { i += 1; j += 1 }
        }
        return out
    }

    /// Mixes the ids of the claims that opened a period into an id hash, sorted.
    func addAnchors(_ p: Period, _ la: [Segment], _ lb: [Segment], to h: inout StableHash) {
        switch (p.anchorA, p.anchorB) {
        case (true, true):
            let x = la[p.aFirst].claim.id, y = lb[p.bFirst].claim.id
            if y < x { h.add(y); h.add(x) } else { h.add(x); h.add(y) }
        case (true, false): h.add(la[p.aFirst].claim.id)
        case (false, true): h.add(lb[p.bFirst].claim.id)
        case (false, false): break
        }
    }

    func compare(_ la: Lane, _ lb: Lane, kind: DiscrepancyKind, ctx: Context, into found: inout Findings) {
        let sa = la.segments, sb = lb.segments
        for p in periods(sa, sb) {
            let ongoing = p.to == ctx.end && (sa[p.aLast].ongoing && sb[p.bLast].ongoing)
            let a0 = sa[p.aFirst], b0 = sb[p.bFirst]
            var h = StableHash()
            h.add(ctx.project.id); h.add(kind.rawValue); h.add(la.key.description); h.add(lb.key.description)
            h.append(a0.status.rawValue); h.append("/"); h.append(a0.scope?.rawValue ?? ""); h.endPart()
            h.append(b0.status.rawValue); h.append("/"); h.append(b0.scope?.rawValue ?? ""); h.endPart()
            addAnchors(p, sa, sb, to: &h)
            let a = found.list(sa[p.aFirst...p.aLast].lazy.map(\.index))
            let b = found.list(sb[p.bFirst...p.bLast].lazy.map(\.index))
            found.add(.init(id: h.id(prefix: kind.idPrefix, digits: 10), kind: kind, severity: p.severity, from: p.from, to: p.to,
                            ongoing: ongoing),
                      .lanes(la.key, lb.key, a: a, b: b), context: ctx.context(on: p.from))
        }
    }

    // MARK: - Official sources against each other

    func officialSplits(ctx: Context, into found: inout Findings) {
        let facts = ctx.facts.facts, claims = ctx.facts.claims
        // The official sources of a known country, by country then source id.
        var cited: [(country: String, source: String)] = []
        for k in facts.indices where facts[k].perspective == .official {
            guard let country = facts[k].country else { continue }
            if !cited.contains(where: { $0.source == claims[k].source }) { cited.append((country, claims[k].source)) }
        }
        guard cited.count >= 2 else { return }
        cited.sort { $0.country != $1.country ? $0.country < $1.country : $0.source < $1.source }
        var start = 0
        while start < cited.count {
            var stop = start
            while stop < cited.count && cited[stop].country == cited[start].country { stop += 1 }
            if stop - start >= 2 { splits(among: cited[start..<stop].map(\.source), country: cited[start].country, ctx: ctx, into: &found) }
            start = stop
        }
    }

    /// Official splits among one country's sources (`ids`, sorted).
    func splits(among ids: [String], country: String, ctx: Context, into found: inout Findings) {
        let facts = ctx.facts.facts, claims = ctx.facts.claims
        // Each source's own word, counted for at most the horizon after it was given.
        let lanes = ids.map { id in
            var segments = Timeline.lane(.side(id), facts: ctx.facts, until: ctx.end) {
                facts[$0].perspective == .official && claims[$0].source == id
            }.segments
            for i in segments.indices {
                let limit = segments[i].from.adding(months: options.splitHorizonMonths).adding(days: -1)
                if limit < segments[i].to { segments[i] = segments[i].ending(on: limit) }
            }
            return segments
        }
        for x in 0..<ids.count {
            for y in (x + 1)..<ids.count {
                let la = lanes[x], lb = lanes[y]
                for p in periods(la, lb) {
                    var h = StableHash()
                    h.add(ctx.project.id); h.add("official-split"); h.add(ids[x]); h.add(ids[y])
                    h.add(la[p.aFirst].status.rawValue); h.add(lb[p.bFirst].status.rawValue)
                    addAnchors(p, la, lb, to: &h)
                    let a = found.list(la[p.aFirst...p.aLast].lazy.map(\.index))
                    let b = found.list(lb[p.bFirst...p.bLast].lazy.map(\.index))
                    found.add(.init(id: h.id(prefix: DiscrepancyKind.officialSplit.idPrefix, digits: 10), kind: .officialSplit,
                                    severity: p.severity, from: p.from, to: p.to, ongoing: p.to == ctx.end),
                              .split(country: country, sourceA: ids[x], sourceB: ids[y], a: a, b: b), context: ctx.context(on: p.from))
                }
            }
        }
    }

    // MARK: - Going back down the lifecycle

    /// A lane going back down the lifecycle. Lanes are per perspective *and side*: China's half of a
    /// bridge completed while Russia's is still being built is not a regression.
    func regressions(ctx: Context, into found: inout Findings) {
        let facts = ctx.facts.facts
        // Groups by "perspective/country" ("?" without a country), in the order of that key: as no
        // perspective's name is a prefix of another's, the order of (perspective name, country or "?").
        var groups: [(perspective: Perspective, country: String?)] = []
        for f in facts where !groups.contains(where: { $0.perspective == f.perspective && $0.country == f.country }) {
            groups.append((f.perspective, f.country))
        }
        groups.sort { a, b in
            a.perspective != b.perspective ? a.perspective.rawValue < b.perspective.rawValue : (a.country ?? "?") < (b.country ?? "?")
        }
        for g in groups {
            let perspective = g.perspective, country = g.country ?? "?"
            let segs = Timeline.lane(.perspective(perspective), facts: ctx.facts, until: ctx.end) {
                facts[$0].perspective == g.perspective && facts[$0].country == g.country
            }.segments
            for k in segs.indices.dropFirst() {
                let before = segs[k - 1], now = segs[k]
                guard let r0 = before.status.rank, let r1 = now.status.rank, r1 < r0 else { continue }
                var h = StableHash()
                h.add(ctx.project.id); h.add("regression"); h.add(perspective.rawValue); h.add(now.claim.id)
                found.add(.init(id: h.id(prefix: DiscrepancyKind.regression.idPrefix, digits: 10), kind: .regression,
                                severity: r0 - r1 >= 2 ? .major : .minor, from: now.from, to: now.to, ongoing: now.ongoing),
                          .regression(perspective: perspective.rawValue, country: country, before: Int32(before.index), now: Int32(now.index)),
                          context: ctx.context(on: now.from))
            }
        }
    }

    // MARK: - Official silence while local reports move

    func stale(ctx: Context, into found: inout Findings) {
        guard let lastOfficial = ctx.timeline.official.segments.last, options.staleMonths > 0 else { return }
        let since = ctx.facts.facts[lastOfficial.index].start
        let staleFrom = since.adding(months: options.staleMonths)
        guard staleFrom <= ctx.end else { return }
        let localSegs = ctx.timeline.local.segments
        var moves: [Int] = []
        for k in localSegs.indices where localSegs[k].from > since {
            let prev = k > 0 ? localSegs[k - 1] : nil
            if prev == nil || prev!.status != localSegs[k].status || prev!.scope != localSegs[k].scope { moves.append(localSegs[k].index) }
        }
        guard !moves.isEmpty else { return }
        let currentLocal = localSegs.last!
        let differs = Severity.of(lastOfficial.status, lastOfficial.scope, currentLocal.status, currentLocal.scope) != nil
        var h = StableHash()
        h.add(ctx.project.id); h.add("stale-official"); h.add(lastOfficial.claim.id)
        found.add(.init(id: h.id(prefix: DiscrepancyKind.staleOfficial.idPrefix, digits: 10), kind: .staleOfficial,
                        severity: differs ? .major : .minor, from: staleFrom, to: ctx.end, ongoing: true),
                  .stale(last: Int32(lastOfficial.index), currentLocal: Int32(currentLocal.index), moves: found.list(moves),
                         months: Int32(since.months(to: ctx.end))),
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

/// Plain-language phrases for explanations.
public enum Phrases {
    public static func status(_ s: Status, _ scope: Scope?) -> String {
        guard s == .operational else { return s.phrase }
        switch scope {
        case .cargo?: return "operating for cargo"
        case .passenger?: return "operating for passengers"
        case .full?: return "operating for passengers and cargo"
        case nil: return "operating"
        }
    }

    public static func country(_ code: String) -> String {
        switch code {
        case "RU": "Russian"
        case "CN": "Chinese"
        case "MN": "Mongolian"
        case "KP": "North Korean"
        case "KZ": "Kazakh"
        default: code
        }
    }

    public static func countrySources(_ code: String) -> String {
        let c = country(code)
        return c == code ? "Sources from \(code)" : "\(c) sources"
    }

    public static func period(_ from: Day, _ to: Day, ongoing: Bool) -> String {
        ongoing ? "since \(from)" : (from == to ? "on \(from)" : "from \(from) to \(to)")
    }
}


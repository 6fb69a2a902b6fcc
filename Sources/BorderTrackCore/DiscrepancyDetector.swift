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

    /// Everything found for one project, analysed up to `end` (the as-of date or today).
    public func detect(project: Project, claims: [Claim], plans: [Plan], sources: [String: Source],
                       timeline: ProjectTimeline, end: Day) -> [Discrepancy] {
        var out: [Discrepancy] = []
        let ctx = Context(project: project, sources: sources, timeline: timeline, end: end)
        out += compare(timeline.official, timeline.local, kind: .statusConflict, ctx: ctx)
        for i in 0..<timeline.sides.count {
            for j in (i + 1)..<max(i + 1, timeline.sides.count) {
                out += compare(timeline.sides[i], timeline.sides[j], kind: .crossBorder, ctx: ctx)
            }
        }
        out += officialSplits(claims: claims, ctx: ctx)
        out += regressions(claims: claims, ctx: ctx)
        if let s = stale(ctx: ctx) { out.append(s) }
        out += slips(plans: plans, ctx: ctx)
        return out
    }

    struct Context {
        let project: Project
        let sources: [String: Source]
        let timeline: ProjectTimeline
        let end: Day

        func sourceName(_ c: Claim) -> String { sources[c.source]?.name ?? c.source }

        /// Perspective statuses in force on a day, as sides.
        func context(on day: Day) -> (DiscrepancySide, DiscrepancySide) {
            func side(_ lane: Lane, _ label: String) -> DiscrepancySide {
                let s = lane.segment(on: day)
                return DiscrepancySide(label: label, status: s?.status, scope: s?.scope, claims: s.map { [$0.claim.id] } ?? [])
            }
            return (side(timeline.official, "official"), side(timeline.local, "local"))
        }
    }

    // MARK: - Lane against lane (status-conflict, cross-border, official-split)

    /// A stretch where two lanes give different statuses, built from elementary intervals.
    struct Period {
        var from: Day
        var to: Day
        var a: [Segment]
        var b: [Segment]
        var severity: Severity
        /// The claims that opened the period.
        var anchor: [String]
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
                   last.a.last!.status == a.status, last.a.last!.scope == a.scope,
                   last.b.last!.status == b.status, last.b.last!.scope == b.scope {
                    last.to = to
                    if last.a.last! != a { last.a.append(a) }
                    if last.b.last! != b { last.b.append(b) }
                    out[out.count - 1] = last
                } else {
                    // The anchor is the claim whose segment starts the period (both when they start together).
                    var anchor: [String] = []
                    if a.from == from { anchor.append(a.claim.id) }
                    if b.from == from { anchor.append(b.claim.id) }
                    out.append(Period(from: from, to: to, a: [a], b: [b], severity: sev, anchor: anchor.sorted()))
                }
            }
            if a.to < b.to { i += 1 } else if b.to < a.to { j += 1 } else { i += 1; j += 1 }
        }
        return out
    }

    func compare(_ la: Lane, _ lb: Lane, kind: DiscrepancyKind, ctx: Context) -> [Discrepancy] {
        periods(la.segments, lb.segments).map { p in
            let ongoing = p.to == ctx.end && (p.a.last!.ongoing && p.b.last!.ongoing)
            let sa = side(la.key.description, p.a), sb = side(lb.key.description, p.b)
            let id = kind.idPrefix + "-" + StableHash.of([ctx.project.id, kind.rawValue, la.key.description, lb.key.description,
                                                          "\(p.a[0].status)/\(p.a[0].scope?.rawValue ?? "")",
                                                          "\(p.b[0].status)/\(p.b[0].scope?.rawValue ?? "")"] + p.anchor, digits: 10)
            let (o, l) = ctx.context(on: p.from)
            let who: (LaneKey) -> String = { key in
                switch key {
                case .perspective(.official): "Official sources"
                case .perspective(.local): "local sources"
                case .side(let c): Phrases.countrySources(c)
                }
            }
            let first = who(la.key)
            let text = "\(first) (\(cite(p.a, ctx))) say \(Phrases.status(p.a[0].status, p.a[0].scope)); "
                + "\(who(lb.key)) (\(cite(p.b, ctx))) say \(Phrases.status(p.b[0].status, p.b[0].scope))"
                + " — \(Phrases.period(p.from, p.to, ongoing: ongoing))."
            return Discrepancy(id: id, project: ctx.project.id, kind: kind, severity: p.severity, from: p.from, to: p.to,
                               ongoing: ongoing, sides: [sa, sb], official: o, local: l,
                               claims: (sa.claims + sb.claims), explanation: text)
        }
    }

    func side(_ label: String, _ segs: [Segment]) -> DiscrepancySide {
        var ids: [String] = []
        for s in segs where !ids.contains(s.claim.id) { ids.append(s.claim.id) }
        return DiscrepancySide(label: label, status: segs[0].status, scope: segs[0].scope, claims: ids)
    }

    /// "Rossiyskaya Gazeta, 2021-10-07; Amur Life, 2021-10" — at most three sources named.
    func cite(_ segs: [Segment], _ ctx: Context) -> String {
        var parts: [String] = []
        for s in segs {
            let p = "\(ctx.sourceName(s.claim)), \(s.claim.asOf)"
            if !parts.contains(p) { parts.append(p) }
        }
        return parts.count > 3 ? parts.prefix(3).joined(separator: "; ") + "; and \(parts.count - 3) more" : parts.joined(separator: "; ")
    }

    // MARK: - Official sources against each other

    func officialSplits(claims: [Claim], ctx: Context) -> [Discrepancy] {
        var bySide: [String: [String: [Claim]]] = [:]
        for c in claims {
            guard let s = ctx.sources[c.source], s.perspective == .official, let country = s.country else { continue }
            bySide[country, default: [:]][s.id, default: []].append(c)
        }
        var out: [Discrepancy] = []
        for country in bySide.keys.sorted() {
            let bySource = bySide[country]!
            let ids = bySource.keys.sorted()
            guard ids.count >= 2 else { continue }
            // Each source's own word, counted for at most the horizon after it was given.
            var lanes: [String: [Segment]] = [:]
            for id in ids {
                lanes[id] = Timeline.lane(.side(id), claims: bySource[id]!, until: ctx.end).segments.map { s in
                    let limit = s.from.adding(months: options.splitHorizonMonths).adding(days: -1)
                    return limit < s.to ? Segment(status: s.status, scope: s.scope, from: s.from, to: limit, ongoing: false, claim: s.claim) : s
                }
            }
            for x in 0..<ids.count {
                for y in (x + 1)..<ids.count {
                    for p in periods(lanes[ids[x]]!, lanes[ids[y]]!) {
                        let nameA = ctx.sources[ids[x]]!.name, nameB = ctx.sources[ids[y]]!.name
                        let sa = side(ids[x], p.a), sb = side(ids[y], p.b)
                        let id = DiscrepancyKind.officialSplit.idPrefix + "-" + StableHash.of(
                            [ctx.project.id, "official-split", ids[x], ids[y], p.a[0].status.rawValue, p.b[0].status.rawValue] + p.anchor, digits: 10)
                        let (o, l) = ctx.context(on: p.from)
                        let ongoing = p.to == ctx.end
                        let text = "Official sources on the \(Phrases.country(country)) side disagree: \(nameA) (\(p.a.map { $0.claim.asOf.description }.joined(separator: ", "))) says \(Phrases.status(p.a[0].status, p.a[0].scope)); \(nameB) (\(p.b.map { $0.claim.asOf.description }.joined(separator: ", "))) says \(Phrases.status(p.b[0].status, p.b[0].scope)) — \(Phrases.period(p.from, p.to, ongoing: ongoing))."
                        out.append(Discrepancy(id: id, project: ctx.project.id, kind: .officialSplit, severity: p.severity,
                                               from: p.from, to: p.to, ongoing: ongoing, sides: [sa, sb], official: o, local: l,
                                               claims: sa.claims + sb.claims, explanation: text))
                    }
                }
            }
        }
        return out
    }

    // MARK: - Going back down the lifecycle

    /// A lane going back down the lifecycle. Lanes are per perspective *and side*: China's half of a
    /// bridge completed while Russia's is still being built is not a regression.
    func regressions(claims: [Claim], ctx: Context) -> [Discrepancy] {
        var out: [Discrepancy] = []
        var groups: [String: [Claim]] = [:]
        for c in claims {
            let s = ctx.sources[c.source]
            groups["\(s?.perspective.rawValue ?? "local")/\(s?.country ?? "?")", default: []].append(c)
        }
        for key in groups.keys.sorted() {
            let parts = key.split(separator: "/").map(String.init)
            let perspective = parts[0], country = parts[1]
            let segs = Timeline.lane(.perspective(Perspective(rawValue: perspective) ?? .local), claims: groups[key]!, until: ctx.end).segments
            for k in segs.indices.dropFirst() {
                let before = segs[k - 1], now = segs[k]
                guard let r0 = before.status.rank, let r1 = now.status.rank, r1 < r0 else { continue }
                let id = DiscrepancyKind.regression.idPrefix + "-" + StableHash.of([ctx.project.id, "regression", perspective, now.claim.id], digits: 10)
                let who = (perspective == "official" ? "Official" : "Local") + (country == "?" ? " sources" : " \(Phrases.country(country)) sources")
                let text = "\(who) went back from \(Phrases.status(before.status, before.scope)) (\(ctx.sourceName(before.claim)), \(before.claim.asOf)) to \(Phrases.status(now.status, now.scope)) (\(ctx.sourceName(now.claim)), \(now.claim.asOf)) with no suspension reported: an error in a source or a real setback."
                let (o, l) = ctx.context(on: now.from)
                let side = DiscrepancySide(label: perspective, status: now.status, scope: now.scope, claims: [before.claim.id, now.claim.id])
                out.append(Discrepancy(id: id, project: ctx.project.id, kind: .regression, severity: r0 - r1 >= 2 ? .major : .minor,
                                       from: now.from, to: now.to, ongoing: now.ongoing, sides: [side], official: o, local: l,
                                       claims: [before.claim.id, now.claim.id], explanation: text))
            }
        }
        return out
    }

    // MARK: - Official silence while local reports move

    func stale(ctx: Context) -> Discrepancy? {
        guard let lastOfficial = ctx.timeline.official.segments.last, options.staleMonths > 0 else { return nil }
        let since = lastOfficial.claim.asOf.start
        let staleFrom = since.adding(months: options.staleMonths)
        guard staleFrom <= ctx.end else { return nil }
        let localSegs = ctx.timeline.local.segments
        var moves: [Segment] = []
        for k in localSegs.indices where localSegs[k].from > since {
            let prev = k > 0 ? localSegs[k - 1] : nil
            if prev == nil || prev!.status != localSegs[k].status || prev!.scope != localSegs[k].scope { moves.append(localSegs[k]) }
        }
        guard !moves.isEmpty else { return nil }
        let currentLocal = localSegs.last!
        let differs = Severity.of(lastOfficial.status, lastOfficial.scope, currentLocal.status, currentLocal.scope) != nil
        let id = DiscrepancyKind.staleOfficial.idPrefix + "-" + StableHash.of([ctx.project.id, "stale-official", lastOfficial.claim.id], digits: 10)
        let months = since.months(to: ctx.end)
        let text = "No official source has changed its account since \(lastOfficial.claim.asOf) (\(ctx.sourceName(lastOfficial.claim)): \(Phrases.status(lastOfficial.status, lastOfficial.scope))), \(months) months, while local sources report \(moves.map { "\(Phrases.status($0.status, $0.scope)) (\(ctx.sourceName($0.claim)), \($0.claim.asOf))" }.joined(separator: ", then "))."
        let (o, l) = ctx.context(on: ctx.end)
        let sides = [DiscrepancySide(label: "official", status: lastOfficial.status, scope: lastOfficial.scope, claims: [lastOfficial.claim.id]),
                     DiscrepancySide(label: "local", status: currentLocal.status, scope: currentLocal.scope, claims: moves.map(\.claim.id))]
        return Discrepancy(id: id, project: ctx.project.id, kind: .staleOfficial, severity: differs ? .major : .minor,
                           from: staleFrom, to: ctx.end, ongoing: true, sides: sides, official: o, local: l,
                           claims: [lastOfficial.claim.id] + moves.map(\.claim.id), explanation: text)
    }

    // MARK: - Deadlines that keep moving

    func slips(plans: [Plan], ctx: Context) -> [Discrepancy] {
        var out: [Discrepancy] = []
        for milestone in Milestone.allCases {
            let ps = plans.enumerated().filter { $0.element.milestone == milestone && ($0.element.announced?.start ?? .init(ordinal: Int.min)) <= ctx.end }
                .sorted { ($0.element.announced?.start.ordinal ?? Int.min, $0.offset) < ($1.element.announced?.start.ordinal ?? Int.min, $1.offset) }
                .map(\.element)
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
            let chain = ps.map { p in p.target.description + (p.announced.map { " (announced \($0))" } ?? "") }
            var text = "The \(milestone.rawValue) target moved \(moves) time\(moves == 1 ? "" : "s"), \(total) months in all: \(chain.joined(separator: " → "))"
            if overdue { text += "; the latest target has passed with no source reporting the \(milestone.rawValue)" }
            text += "."
            let id = DiscrepancyKind.deadlineSlip.idPrefix + "-" + StableHash.of([ctx.project.id, "deadline-slip", milestone.rawValue], digits: 10)
            let from = ps.first!.announced?.start ?? first.start
            let to = ps.last!.announced?.end ?? latest.start
            let (o, l) = ctx.context(on: min(to, ctx.end))
            out.append(Discrepancy(id: id, project: ctx.project.id, kind: .deadlineSlip, severity: severity,
                                   from: from, to: min(max(to, from), ctx.end), ongoing: overdue,
                                   sides: [DiscrepancySide(label: milestone.rawValue, status: nil, scope: nil, claims: [])],
                                   official: o, local: l, claims: [], plans: ps.map(\.id),
                                   explanation: text))
        }
        return out
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


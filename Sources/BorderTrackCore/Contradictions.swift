/// The claims of one project that cannot all be true, found on the rule that a claim is evidence
/// about the project on its date, not a standing statement.
///
/// **Model.** A claim says: on some day inside the interval its `asOf` covers (cut at its publication
/// and at the analysis day: nobody reports on a day that has not come), the project — or the one
/// section the claim names — was at its stage. Stages only go up between interruptions:
/// `proposed 0 < agreed 1 < construction 2 < completed 3 < operational`; for the kinds that carry
/// traffic, `operational` for `cargo` or `passenger` (4) is below `full` (5), cargo and passenger are
/// not comparable, and an operational claim without scope may be either (4…5). `suspended` and
/// `cancelled` are off the axis: they open a new episode.
///
/// **Pairs.** Two claims contradict when no order of events makes both true: the one reporting more
/// cannot be placed on a day strictly after the one reporting less (its latest possible day is not
/// after the other's earliest), and no suspension or cancellation can be placed between them. A claim
/// about the whole project says every section reached its stage, so it contradicts a section claim
/// that later reports less; a section claim says nothing about another section, and a section ahead
/// of the whole is the normal case of a bridge built in halves. Cargo-only and passengers-only
/// contradict within one episode. A suspension contradicts a claim of progress only on the same day.
///
/// **Stories.** Claims joined by contradicting pairs form one story (a connected component): the
/// same disagreement is one discrepancy, whichever perspectives and sides it spans. Within a story the
/// largest set of claims that can all be true is kept (fewest claims dropped; on a tie the later
/// claims are kept); the dropped claims are the *contradicted* side, the kept claims that contradict
/// them the other side.
struct Contradictions {
    /// One claim as a point in an interval.
    struct Point {
        /// Position of the claim in the project's claims.
        let k: Int
        /// Lowest and highest stage level the claim allows; interruptions are -1.
        let lo: Int8, hi: Int8
        /// For exact level 4: 1 cargo, 2 passenger (not comparable); 0 otherwise.
        let tag: Int8
        /// The first and last day the claim can be about (ordinals).
        let start: Int, end: Int
        /// The section it is about: 0 for the whole project, else 1 + its place among the sections claims
        /// name (a number, so a point is plain data: copying one retains nothing).
        let section: Int8
        /// The claim's status and the scope that counts (none on kinds that take no scope), for severities.
        let status: Status
        let scope: Scope?
        var interruption: Bool { lo < 0 }
    }

    /// Two claims that cannot both be true.
    struct Edge {
        /// Positions in `points`: `more` reports the higher stage (or the interruption); `less` the other.
        let more: Int, less: Int
        let severity: Severity
        /// What the pair spans (`Span` bits).
        let spans: UInt8
        /// Why they are incompatible.
        let reason: Reason
    }

    enum Reason: UInt8 {
        /// The later (or same-day) claim reports less, and no interruption fits between.
        case laterLess = 0
        /// On the same day, different stages.
        case sameDay = 1
        /// Cargo only and passengers only in one episode.
        case scopes = 2
        /// The whole project was said to have reached a stage a section later had not.
        case wholeAhead = 3
    }

    /// What a disagreement spans, as bits.
    enum Span {
        static let officialLocal: UInt8 = 1
        static let crossBorder: UInt8 = 2
        static let withinOfficial: UInt8 = 4
        static let withinLocal: UInt8 = 8
        static let withinSource: UInt8 = 16

        /// The names of the bits set, in a fixed order.
        static func names(_ bits: UInt8) -> [String] {
            var out: [String] = []
            if bits & officialLocal != 0 { out.append("official-local") }
            if bits & crossBorder != 0 { out.append("cross-border") }
            if bits & withinOfficial != 0 { out.append("within-official") }
            if bits & withinLocal != 0 { out.append("within-local") }
            if bits & withinSource != 0 { out.append("within-source") }
            return out
        }

        /// The kind a story is filed under: the widest disagreement it spans.
        static func kind(_ bits: UInt8) -> DiscrepancyKind {
            if bits & officialLocal != 0 { return .statusConflict }
            if bits & crossBorder != 0 { return .crossBorder }
            if bits & withinOfficial != 0 { return .officialSplit }
            return .regression
        }
    }

    /// One story: its claims split into the contradicted ones and those that contradict them.
    struct Story {
        /// Claim positions (in the project's claims), each list in lane order.
        var contradicted: [Int]
        var against: [Int]
        var severity: Severity
        var spans: UInt8
        /// Reasons present (bits of `1 << Reason.rawValue`).
        var reasons: UInt8
        /// The days the story's claims cover: the first day of its earliest claim, the last day of its
        /// latest (cut at publication and the analysis day).
        var from: Day, to: Day
        /// The claim ids of the earliest pair, sorted: what anchors the story's id.
        var anchor: (String, String)
        var kind: DiscrepancyKind { Span.kind(spans) }
    }

    let points: [Point]
    let edges: [Edge]

    /// The points and contradicting pairs of a project's counted claims.
    init(project: Project, facts: ClaimFacts, end: Day) {
        let scoped = project.kind.takesScope
        var points: [Point] = []
        points.reserveCapacity(facts.order.count)
        var interruptions: [Int] = []
        var sections: [String] = []
        facts.claims.withUnsafeBufferPointer { claims in
            for k in facts.order {
                var section: Int8 = 0
                if let name = claims[k].section {
                    if let at = sections.firstIndex(of: name) { section = Int8(truncatingIfNeeded: at + 1) } else {
                        sections.append(name)
                        section = Int8(truncatingIfNeeded: sections.count)
                    }
                }
                let f = facts.facts[k]
                let asOf = claims[k].asOf, status = claims[k].status, scope = scoped ? claims[k].scope : nil
                var last = asOf.end
                if let p = claims[k].published, p.end < last { last = p.end }
                if end < last { last = end }
                if last < f.start { last = f.start }
                let (lo, hi, tag) = Contradictions.levels(status, scope, scoped: scoped)
                if lo < 0 { interruptions.append(points.count) }
                points.append(Point(k: k, lo: lo, hi: hi, tag: tag, start: f.start.ordinal, end: last.ordinal, section: section,
                                    status: status, scope: scope))
            }
        }
        self.points = points
        var edges: [Edge] = []
        let n = points.count
        if n >= 2 {
            for i in 0..<n {
                for j in (i + 1)..<n {
                    guard let e = Contradictions.edge(i, j, points: points, interruptions: interruptions) else { continue }
                    let a = points[e.more], b = points[e.less]
                    let fa = facts.facts[a.k], fb = facts.facts[b.k]
                    edges.append(Edge(more: e.more, less: e.less, severity: Severity.of(a.status, a.scope, b.status, b.scope) ?? .minor,
                                      spans: Contradictions.spans(fa, fb, sameSource: fa.source == fb.source), reason: e.reason))
                }
            }
        }
        self.edges = edges
    }

    /// Stage levels of a status: (lowest, highest, tag).
    static func levels(_ s: Status, _ scope: Scope?, scoped: Bool) -> (Int8, Int8, Int8) {
        switch s {
        case .proposed: return (0, 0, 0)
        case .agreed: return (1, 1, 0)
        case .construction: return (2, 2, 0)
        case .completed: return (3, 3, 0)
        case .operational:
            guard scoped else { return (4, 4, 0) }
            switch scope {
            case .cargo?: return (4, 4, 1)
            case .passenger?: return (4, 4, 2)
            case .full?: return (5, 5, 0)
            case nil: return (4, 5, 0)
            }
        case .suspended, .cancelled: return (-1, -1, 0)
        }
    }

    /// The spans of one contradicting pair.
    static func spans(_ a: ClaimFacts.Fact, _ b: ClaimFacts.Fact, sameSource: Bool) -> UInt8 {
        var bits: UInt8 = 0
        if a.perspective != b.perspective { bits |= Span.officialLocal }
        if let x = a.country, let y = b.country, x != y { bits |= Span.crossBorder }
        if bits == 0 {
            if sameSource { bits |= Span.withinSource } else { bits |= a.perspective == .official ? Span.withinOfficial : Span.withinLocal }
        }
        return bits
    }

    /// Whether `p` cannot be placed on a day strictly after `q`.
    @inline(__always)
    static func notAfter(_ p: Point, _ q: Point) -> Bool { p.end <= q.start }

    /// Whether an interruption that applies to the pair can fall strictly between `first` and `second`
    /// (`first` on some day of its interval, the interruption after it, `second` after that).
    static func interrupted(between first: Point, and second: Point, points: [Point], interruptions: [Int]) -> Bool {
        for i in interruptions {
            let x = points[i]
            // An interruption of one section says nothing of another.
            if x.section != 0 && second.section != 0 && x.section != second.section { continue }
            let t = max(x.start, first.start + 1)
            if t <= x.end && max(second.start, t + 1) <= second.end { return true }
        }
        return false
    }

    /// The contradicting pair `(i, j)` makes, if any: which reports more, and why.
    static func edge(_ i: Int, _ j: Int, points: [Point], interruptions: [Int]) -> (more: Int, less: Int, reason: Reason)? {
        let p = points[i], q = points[j]
        // Claims about different sections say nothing of each other.
        if p.section != 0 && q.section != 0 && p.section != q.section { return nil }
        if p.interruption || q.interruption {
            // Suspended against progress: only when both must be the same day (and it is not the same report).
            guard !(p.interruption && q.interruption), p.start == p.end, q.start == q.end, p.start == q.start else { return nil }
            return p.interruption ? (i, j, .sameDay) : (j, i, .sameDay)
        }
        let sameLane = p.section == q.section
        // Which way round can be a contradiction: the one reporting more must come strictly later.
        func check(_ a: Int, _ b: Int) -> (more: Int, less: Int, reason: Reason)? {
            let x = points[a], y = points[b]
            guard x.lo > y.hi, notAfter(x, y) else { return nil }
            // A section ahead of the whole is normal; the whole ahead of a section that later reports less is not.
            if !sameLane && x.section != 0 { return nil }
            if interrupted(between: x, and: y, points: points, interruptions: interruptions) { return nil }
            let reason: Reason = !sameLane ? .wholeAhead : (x.start == x.end && x.start == y.start && y.start == y.end ? .sameDay : .laterLess)
            return (a, b, reason)
        }
        if let e = check(i, j) ?? check(j, i) { return e }
        if sameLane, p.tag != 0, q.tag != 0, p.tag != q.tag {
            let (first, second) = p.start <= q.start ? (p, q) : (q, p)
            if interrupted(between: first, and: second, points: points, interruptions: interruptions) { return nil }
            return p.start <= q.start ? (i, j, .scopes) : (j, i, .scopes)
        }
        return nil
    }

    /// The stories, each with its contradicted claims chosen, in order of their first contradiction.
    func stories(claims: [Claim]) -> [Story] {
        guard !edges.isEmpty else { return [] }
        // Connected components over the contradicting pairs.
        let n = points.count
        var parent = Array(0..<n)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for e in edges {
            let a = root(e.more), b = root(e.less)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        // Roots in order of their first pair; each point's root.
        var roots: [Int] = []
        var rootOf = [Int](repeating: -1, count: n)
        for x in 0..<n { rootOf[x] = root(x) }
        var listed = [Bool](repeating: false, count: n)
        for e in edges where !listed[rootOf[e.more]] { listed[rootOf[e.more]] = true; roots.append(rootOf[e.more]) }
        var out: [Story] = []
        out.reserveCapacity(roots.count)
        for r in roots {
            var group: [Int] = []  // in lane order (points are); a point without pairs is its own root
            for x in 0..<n where rootOf[x] == r { group.append(x) }
            var storyEdges: [Edge] = []
            for e in edges where rootOf[e.more] == r { storyEdges.append(e) }
            let dropped = Contradictions.dropped(group, storyEdges, points: n)
            var severity = Severity.minor, spans: UInt8 = 0, reasons: UInt8 = 0
            var first = storyEdges[0], firstKey = (Int.max, Int.max)
            for e in storyEdges {
                if e.severity < severity { severity = e.severity }
                spans |= e.spans
                reasons |= 1 << e.reason.rawValue
                let a = points[e.more].start, b = points[e.less].start
                let key = (max(a, b), min(a, b))
                if key < firstKey { firstKey = key; first = e }
            }
            let ia = claims[points[first.more].k].id, ib = claims[points[first.less].k].id
            var from = Int.max, to = Int.min
            var contradicted: [Int] = [], against: [Int] = []
            for x in group {
                from = min(from, points[x].start); to = max(to, points[x].end)
                if dropped[x] { contradicted.append(points[x].k) } else { against.append(points[x].k) }
            }
            out.append(Story(contradicted: contradicted, against: against, severity: severity, spans: spans, reasons: reasons,
                             from: Day(ordinal: from), to: Day(ordinal: to), anchor: ia < ib ? (ia, ib) : (ib, ia)))
        }
        return out
    }

    /// The claims of one story to drop so the rest can all be true: a minimum vertex cover of its
    /// contradicting pairs, fewest claims first and, on a tie, the earlier ones (exact up to 32 claims
    /// in a story, by branch and bound, whose work grows exponentially with the story; greedy beyond, so
    /// a project with hundreds of contradicting claims cannot stall the analysis). Returns a flag per point.
    static func dropped(_ group: [Int], _ edges: [Edge], points n: Int) -> [Bool] {
        let m = group.count
        var at = [Int](repeating: -1, count: n)
        for (x, p) in group.enumerated() { at[p] = x }
        var out = [Bool](repeating: false, count: n)
        // A claim weighs more than all tie-breaks together, and a later claim (higher position) weighs more.
        let unit = m * m + 1
        let pairs = edges.map { (at[$0.more], at[$0.less]) }
        for x in WeightedCover.lightest(count: m, edges: pairs, costs: (0..<m).map { unit + $0 }, exactUpTo: 32) {
            out[group[x]] = true
        }
        return out
    }
}

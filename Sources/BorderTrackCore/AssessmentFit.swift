/// One project's claims weighed into the assessed stage path: which claims are kept, which discounted and why,
/// each claim's credibility, and the runs of the path (a stage and the claims that carry it).
///
/// **Method.** Claims are points in intervals, as for contradictions (`Contradictions`). Two claims *conflict*
/// when no order of events makes both true, or when one reporting more than a later one could be true only in
/// the last quarter of its period (`improbableShare`): "operational in 2021" beside "not open" on 14 October is
/// a claim about the whole year, not about its last weeks. Claims an editor's verdict rejects are out; claims
/// it upholds are kept. The rest is a weighted fit: the lightest set of claims whose removal leaves no conflict,
/// each claim weighing its source's grade (`SourceGrade.weight`), divided among the claims of one voice making
/// the same statement in the same dispute (one ministry relayed by three outlets weighs as one); on a tie the
/// later claims are kept. The kept claims give the path: each placed on the first day its interval allows after
/// the lower stages of its episode (a suspension or cancellation starts a new one), read in that order.
struct AssessmentFit {
    /// A run of the path: one state and the claims that carry it.
    struct Run {
        var status: Status
        var scope: Scope?
        var lo: Int8, hi: Int8, tag: Int8
        /// Point positions, in the order they came in; the first is the run's start.
        var members: [Int]
        /// The day the run starts on the path (its first member's placement), as an ordinal.
        var start: Int = 0
        var interruption: Bool { lo < 0 }
    }

    /// The share of a claim's period that must be left for it to be true beside a later claim of less.
    static let improbableShare = 0.25

    let claims: [Claim]
    let points: [Contradictions.Point]
    /// Conflicts by point; `strict[i]` the subset no order of events reconciles.
    private(set) var adjacent: [[Int]]
    private(set) var strict: [Set<Int>]
    /// Whether each point is kept.
    private(set) var kept: [Bool]
    /// Why each discounted point is discounted.
    private(set) var reasons: [Int: DiscountReason] = [:]
    private(set) var credibility: [Credibility]
    private(set) var runs: [Run] = []
    /// The run each point is in, if any.
    private(set) var runOf: [Int?]
    /// The claims' voices (`Voices`), worked out once.
    private let voiceIndex: VoiceIndex

    /// Fits the counted claims of one project as of `end`: those about the whole project, or with `section` that
    /// section's claims and the claims about the whole project (which say every section reached their stage; a
    /// section ahead of the whole is no conflict, the whole ahead of a section that later reports less is).
    init(project: Project, claims all: [Claim], sources: [String: Source], end: Day, grade: (String) -> SourceGrade,
         judgments: [String: ClaimJudgment], section: String? = nil) {
        let whole = all.filter { $0.section == nil || ($0.section == section && section != nil) }
        let facts = ClaimFacts(claims: whole, sources: sources, until: end)
        let fit = Contradictions(project: project, facts: facts, end: end)
        claims = whole
        voiceIndex = VoiceIndex(whole, sources: sources)
        let pts = fit.points
        points = pts
        let n = pts.count
        var adjacent = [[Int]](repeating: [], count: n)
        var strict = [Set<Int>](repeating: [], count: n)
        for e in fit.edges {
            adjacent[e.more].append(e.less); adjacent[e.less].append(e.more)
            strict[e.more].insert(e.less); strict[e.less].insert(e.more)
        }
        // Improbable pairs: the higher claim starts first and little of its period is left after the lower one's start.
        let interruptions = pts.indices.filter { pts[$0].interruption }
        for i in 0..<n where !pts[i].interruption {
            for j in 0..<n where j != i && !pts[j].interruption && !strict[i].contains(j) {
                let x = pts[i], y = pts[j]
                guard x.lo > y.hi, x.start < y.start else { continue }
                // A section ahead of the whole is normal (only in a section's fit do both kinds of claim meet).
                if x.section != 0 && y.section != x.section { continue }
                let room = x.end - y.start, length = x.end - x.start + 1
                guard room > 0, Double(room) < AssessmentFit.improbableShare * Double(length) else { continue }
                if Contradictions.interrupted(between: x, and: y, points: pts, interruptions: interruptions) { continue }
                adjacent[i].append(j); adjacent[j].append(i)
            }
        }
        self.adjacent = adjacent
        self.strict = strict

        // Verdicts first: a rejected claim is out, an upheld one weighs a hundred times more.
        var removed = [Bool](repeating: false, count: n)
        var weight = [Double](repeating: 0, count: n)
        var reasons: [Int: DiscountReason] = [:]
        for i in 0..<n {
            let c = whole[pts[i].k]
            weight[i] = grade(c.source).weight
            if let j = judgments[c.id] {
                if j.upheld { weight[i] *= 100 } else { removed[i] = true; reasons[i] = j.reason }
            }
        }
        // Components of the conflicts among what is left; in each, the lightest cover is discounted.
        var component = [Int](repeating: -1, count: n)
        var covered = [Bool](repeating: false, count: n)
        for s in 0..<n where component[s] < 0 && !removed[s] && adjacent[s].contains(where: { !removed[$0] }) {
            var members: [Int] = [], stack = [s]
            component[s] = s
            while let x = stack.popLast() {
                members.append(x)
                for y in adjacent[x] where !removed[y] && component[y] < 0 { component[y] = s; stack.append(y) }
            }
            members.sort()
            // One voice saying one thing in one dispute weighs once.
            let roots = AssessmentFit.voices(members.map { whole[pts[$0].k] }, sources: sources)
            var repeats: [String: Int] = [:]
            func key(_ m: Int, _ x: Int) -> String { roots[m] + "|" + whole[pts[x].k].status.rawValue + "|" + (whole[pts[x].k].scope?.rawValue ?? "") }
            for (m, x) in members.enumerated() { repeats[key(m, x), default: 0] += 1 }
            var costs: [Int] = []
            let tie = members.count * (members.count + 1) / 2 + 1
            for (m, x) in members.enumerated() {
                let w = weight[x] / Double(repeats[key(m, x)]!)
                costs.append(Int((w * 1_000_000).rounded()) * tie + m + 1)
            }
            var local = [Int](repeating: -1, count: n)
            for (m, x) in members.enumerated() { local[x] = m }
            var edges: [(Int, Int)] = []
            for (m, x) in members.enumerated() { for y in adjacent[x] where local[y] > m { edges.append((m, local[y])) } }
            for m in WeightedCover.lightest(count: members.count, edges: edges, costs: costs) { covered[members[m]] = true }
        }
        var kept = [Bool](repeating: true, count: n)
        for i in 0..<n where removed[i] || covered[i] { kept[i] = false }
        self.kept = kept
        credibility = [Credibility](repeating: .unjudged, count: n)
        runOf = [Int?](repeating: nil, count: n)
        for i in 0..<n where covered[i] {
            reasons[i] = why(i, facts: facts, sources: sources)
        }
        self.reasons = reasons
        walk(end: end, scoped: project.kind.takesScope)
        rate(sources: sources, judgments: judgments, grade: grade)
    }

    /// Whether two points report compatible states: overlapping stage ranges of compatible scope, or the same interruption.
    static func agree(_ p: Contradictions.Point, _ q: Contradictions.Point) -> Bool {
        if p.interruption || q.interruption { return p.interruption && q.interruption && p.status == q.status }
        if p.lo > q.hi || q.lo > p.hi { return false }
        return p.tag == 0 || q.tag == 0 || p.tag == q.tag
    }

    /// Each claim's voice: the smallest origin of the group of claims linked by shared origins (`Voices`).
    static func voices(_ claims: [Claim], sources: [String: Source]) -> [String] {
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            return r
        }
        let origins = claims.map { Voices.origins(of: $0, in: sources) }
        for os in origins {
            for o in os where parent[o] == nil { parent[o] = o }
            let first = find(os[0])
            for o in os.dropFirst() {
                let r = find(o)
                if r != first { if r < first { parent[first] = r } else { parent[r] = first } }
            }
        }
        return origins.map { find($0[0]) }
    }

    /// Why a discounted point is: who contradicts it, when, from which perspective, how independently.
    private func why(_ i: Int, facts: ClaimFacts, sources: [String: Source]) -> DiscountReason {
        let against = adjacent[i].filter { kept[$0] }.sorted()
        let claim = claims[points[i].k]
        guard !against.isEmpty else { return .inconsistent }
        let p = points[i]
        let later: Bool? = against.allSatisfy { points[$0].start > p.start } ? true
            : against.allSatisfy({ points[$0].start < p.start }) ? false : nil
        let perspectives = Set(against.map { facts.facts[points[$0].k].perspective })
        let others = against.map { points[$0].k }
        let accounts = voiceIndex.voices(others)
        let independent = others.filter { voiceIndex.independent(points[i].k, $0) }
        let voices = independent.isEmpty ? 0 : voiceIndex.voices(independent).independent
        // Only improbable, not impossible: say how little of its period it would have.
        var window: DiscountReason.Window?
        if against.allSatisfy({ !strict[i].contains($0) }) {
            window = .init(room: against.map { p.end - points[$0].start }.max()!, days: p.end - p.start + 1, date: claim.asOf)
        }
        return .contradicted(.init(sources: accounts.sources, later: later, side: perspectives.count == 1 ? perspectives.first! : nil,
                                   independent: voices, allIndependent: independent.count == others.count, window: window))
    }

    /// Places the kept points and reads the path's runs off them up to `end`.
    private mutating func walk(end: Day, scoped: Bool) {
        let kept = points.indices.filter { self.kept[$0] }
        // Episodes: an interruption starts a new one.
        var episode = [Int](repeating: 0, count: points.count)
        var e = 0
        for i in kept { if points[i].interruption { e += 1 }; episode[i] = e }
        // Placement: the first day the interval allows after every lower stage of the episode (and its interruption).
        var placed = [Int](repeating: 0, count: points.count)
        var byEpisode: [Int: [Int]] = [:]
        for i in kept { byEpisode[episode[i], default: []].append(i) }
        for (_, members) in byEpisode {
            let opening = members.first { points[$0].interruption }
            for i in members where points[i].interruption { placed[i] = points[i].start }
            let progress = members.filter { !points[$0].interruption }.sorted { (points[$0].lo, $0) < (points[$1].lo, $1) }
            var done: [Int] = []
            for i in progress {
                var day = points[i].start
                if let o = opening { day = max(day, placed[o] + 1) }
                for q in done where points[q].hi < points[i].lo { day = max(day, placed[q] + 1) }
                placed[i] = min(day, max(points[i].end, points[i].start))
                done.append(i)
            }
        }
        func state(_ i: Int) -> Run {
            let p = points[i]
            return Run(status: p.status, scope: AssessmentFit.scope(lo: p.lo, hi: p.hi, tag: p.tag, scoped: scoped),
                       lo: p.lo, hi: p.hi, tag: p.tag, members: [i])
        }
        func start(_ i: Int) {
            var r = state(i)
            r.start = placed[i]
            runs.append(r); runOf[i] = runs.count - 1
        }
        func join(_ i: Int) { runs[runs.count - 1].members.append(i); runOf[i] = runs.count - 1 }
        let order = kept.filter { placed[$0] <= end.ordinal }.sorted { (placed[$0], $0) < (placed[$1], $1) }
        for i in order {
            let p = points[i]
            guard var run = runs.last else { start(i); continue }
            if p.interruption || run.interruption {
                if p.interruption && run.interruption && p.status == run.status { join(i) } else { start(i) }
                continue
            }
            if p.lo > run.hi { start(i); continue }
            if p.hi < run.lo { continue }  // an earlier stage reported late: history, not the current run
            if p.tag != 0 && run.tag != 0 && p.tag != run.tag { continue }
            run.lo = max(run.lo, p.lo); run.hi = min(run.hi, p.hi)
            if run.tag == 0 { run.tag = p.tag }
            run.scope = AssessmentFit.scope(lo: run.lo, hi: run.hi, tag: run.tag, scoped: scoped)
            run.members.append(i)
            runs[runs.count - 1] = run
            runOf[i] = runs.count - 1
        }
    }

    /// The scope a stage range names: cargo or passenger by tag, full at level 5; none when open or unscoped.
    static func scope(lo: Int8, hi: Int8, tag: Int8, scoped: Bool) -> Scope? {
        guard scoped, lo >= 4 else { return nil }
        if tag == 1 { return .cargo }
        if tag == 2 { return .passenger }
        return lo == 5 ? .full : nil
    }

    /// Each point's credibility: upheld 1, rejected 5; discounted 5 against two or more independent voices,
    /// else 4; kept: confirmed by two or more independent voices in its run 1 (2 when disputed), by one 2, by
    /// none by its source's grade (A, B 2; C, F 3; D, E 4), 6 for the lone claim of a source that cannot be judged.
    private mutating func rate(sources: [String: Source], judgments: [String: ClaimJudgment], grade: (String) -> SourceGrade) {
        for i in points.indices {
            let c = claims[points[i].k]
            if let j = judgments[c.id] { credibility[i] = j.upheld ? .confirmed : .improbable; continue }
            if !kept[i] {
                let k = points[i].k
                let against = adjacent[i].filter { kept[$0] }.map { points[$0].k }.filter { voiceIndex.independent(k, $0) }
                credibility[i] = !against.isEmpty && voiceIndex.voices(against).independent >= 2 ? .improbable : .doubtful
                continue
            }
            var corroborating = 0
            if let r = runOf[i] {
                let k = points[i].k
                let others = runs[r].members.filter { $0 != i }.map { points[$0].k }.filter { voiceIndex.independent(k, $0) }
                if !others.isEmpty { corroborating = voiceIndex.voices(others).independent }
            }
            let disputed = !adjacent[i].isEmpty
            if corroborating >= 2 { credibility[i] = disputed ? .probable : .confirmed; continue }
            if corroborating == 1 { credibility[i] = .probable; continue }
            switch grade(c.source) {
            case .a, .b: credibility[i] = .probable
            case .c: credibility[i] = .possible
            case .d, .e: credibility[i] = .doubtful
            case .f: credibility[i] = points.count == 1 ? .unjudged : .possible
            }
        }
    }

    /// The assessment on `day` (the fit's end).
    func assessment(project: String, day: Day, grade: (String) -> SourceGrade, section: String? = nil) -> Assessment {
        let discounted = points.indices.filter { !kept[$0] }.map {
            Assessment.Discounted(claim: claims[points[$0].k].id, why: reasons[$0] ?? .discounted)
        }
        guard let run = runs.last else {
            return Assessment(project: project, day: day, status: nil, scope: nil, since: nil, grade: nil, supporting: [], discounted: discounted,
                              section: section)
        }
        let members = run.members
        let status: Status = runStatus(run)
        let best = members.map { grade(claims[points[$0].k].source) }.min()!
        var credible = members.map { credibility[$0] }.min()!
        // Disputed: a discounted claim contradicts the run; the best it can be is probably true.
        if credible == .confirmed && members.contains(where: { m in adjacent[m].contains { !kept[$0] } }) { credible = .probable }
        return Assessment(project: project, day: day, status: status, scope: run.scope, since: claims[points[members[0]].k].asOf,
                          grade: AssessmentGrade(best, credible), supporting: members.map { claims[points[$0].k].id },
                          discounted: discounted, path: path(), section: section)
    }

    /// The status a run reads as: the interruption, operational from level 4, else its first claim's stage.
    private func runStatus(_ run: Run) -> Status {
        run.interruption ? run.status : (run.lo >= 4 ? .operational : claims[points[run.members[0]].k].status)
    }

    /// The path's runs as steps, from the first; a run that repeats the one before it (an earlier stage reported
    /// late never starts one) is merged into it.
    private func path() -> [Assessment.Step] {
        var steps: [Assessment.Step] = []
        for run in runs {
            let status = runStatus(run)
            if let last = steps.last, last.status == status, last.scope == run.scope { continue }
            steps.append(Assessment.Step(status: status, scope: run.scope, from: Day(ordinal: run.start)))
        }
        return steps
    }
}

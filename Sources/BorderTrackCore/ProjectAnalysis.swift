/// One project analysed on its own: its counted claims and plans, timeline, discrepancies (with the
/// editors' flags folded in, manual and obsolete flags included) and summary.
///
/// `Analysis` is the union of these over all projects; computing a project alone is what makes an
/// incremental update after one new claim cost one project's work instead of a full rescan.
public struct ProjectAnalysis: Sendable {
    /// What every project's analysis shares.
    public struct Context: Sendable {
        public let sources: [String: Source]
        public let end: Day
        public let knownBy: Day?
        public let detector: DiscrepancyDetector
        /// The sources' grades in force (`SourceReliability.grade`, a source missing here is F): given, each project is
        /// assessed too (`sourceTallies`, `summary.assessed`), as the derived summaries keep it; nil, it is not.
        public let grades: [String: SourceGrade]?
        /// The editors' grades among `grades` (by source id): they stay whatever the track records say.
        public let setGrades: [String: SourceGrade]
        public init(sources: [String: Source], end: Day, knownBy: Day?, detector: DiscrepancyDetector, grades: [String: SourceGrade]? = nil,
                    setGrades: [String: SourceGrade] = [:]) {
            self.sources = sources; self.end = end; self.knownBy = knownBy; self.detector = detector; self.grades = grades
            self.setGrades = setGrades
        }

        /// The same context with other grades (the editors' kept).
        public func grading(_ grades: [String: SourceGrade]?) -> Context {
            Context(sources: sources, end: end, knownBy: knownBy, detector: detector, grades: grades, setGrades: setGrades)
        }

        /// The grades in force given the sources' summed track records: the editors' where set, else computed.
        public func grades(records: [String: SourceTally]) -> [String: SourceGrade] {
            var out: [String: SourceGrade] = [:]
            for id in sources.keys { out[id] = setGrades[id] ?? (records[id] ?? SourceTally()).reliability(of: id).computed }
            return out
        }
    }

    public let timeline: ProjectTimeline
    /// Counted claims: not superseded, known by the as-of day.
    public let claims: [Claim]
    /// Plans announced by the analysis day.
    public let plans: [Plan]
    /// The project's discrepancies in queue order.
    public let discrepancies: [Discrepancy]
    /// Their queue keys, in the same order.
    let keys: [DiscrepancyQueue.Key]
    public private(set) var summary: ProjectSummary
    /// What a search looks through (`ProjectSearchText`).
    public let searchText: String
    /// What its claims add to their sources' track records, by source id, once assessed (`assess`); empty before.
    public private(set) var sourceTallies: [String: SourceTally] = [:]
    /// Its assessment once assessed (`assess`), with the path and the reasons; nil before.
    public private(set) var assessment: Assessment? = nil

    /// Analyses one project from all its claims (recording order, superseded ones included), plans,
    /// and the flag events of its discrepancies grouped by discrepancy (each group in seq order).
    public init(project p: Project, claims all: [Claim], plans allPlans: [Plan], events: [(String, [FlagEvent])], context: Context) {
        var found: [Discrepancy] = []
        let parts = ProjectAnalysis.analyse(project: p, claims: all, plans: allPlans, events: events, context: context, into: &found)
        timeline = parts.timeline
        claims = parts.claims
        plans = parts.plans
        discrepancies = Analysis.queueSorted(found)
        keys = discrepancies.map(DiscrepancyQueue.Key.init)
        summary = parts.summary
        searchText = ProjectSearchText.of(p, claims: parts.claims, sources: context.sources)
        if let grades = context.grades { assess(sources: context.sources, end: context.end, grades: grades) }
    }

    /// Computes the project's track-record tallies and its assessed status with the sources' `grades` (a source
    /// missing there is F).
    public mutating func assess(sources: [String: Source], end: Day, grades: [String: SourceGrade], tallies known: [String: SourceTally]? = nil) {
        // The verdicts of its resolved discrepancies feed both: worked out once.
        let verdicts = judgments(sources: sources)
        sourceTallies = known ?? tallies(sources: sources, end: end, judgments: verdicts)
        let a = assessment(sources: sources, end: end, grade: { grades[$0] ?? .f }, judgments: verdicts)
        assessment = a
        summary.assessed = a.headline
    }

    /// What `init` computes, with the discrepancies (flags folded, manual and obsolete ones added)
    /// appended to `sink` in detection order rather than sorted into an array of their own — the full
    /// analysis puts each slice of projects' discrepancies side by side this way.
    static func analyse(project p: Project, claims all: [Claim], plans allPlans: [Plan], events: [(String, [FlagEvent])],
                        context: Context, into sink: inout some DiscrepancySink)
        -> (timeline: ProjectTimeline, claims: [Claim], plans: [Plan], summary: ProjectSummary) {
        let end = context.end
        let cs = Timeline.effectiveClaims(all, knownBy: context.knownBy)
        let ps = context.knownBy == nil ? allPlans : allPlans.filter { ProjectAnalysis.planKnown($0, end: end, knownBy: context.knownBy) }
        let facts = ClaimFacts(claims: cs, sources: context.sources, until: end)
        let t = ProjectTimeline(project: p, facts: facts, until: end)
        var open = 0, worst: Severity? = nil
        if events.isEmpty {
            // Nothing flagged: everything found is open.
            let before = sink.count
            worst = context.detector.detect(project: p, facts: facts, plans: ps, sources: context.sources, timeline: t, end: end, into: &sink)
            open = sink.count - before
        } else {
            var found: [Discrepancy] = []
            _ = context.detector.detect(project: p, facts: facts, plans: ps, sources: context.sources, timeline: t, end: end, into: &found)
            ProjectAnalysis.fold(events, into: &found, timeline: t)
            sink.reserve(found.count)
            for d in found {
                if d.isOpen {
                    open += 1
                    if worst.map({ d.severity < $0 }) ?? true { worst = d.severity }
                }
                sink.add(d)
            }
        }
        let milestone: Milestone = ps.contains { $0.milestone == .opening } ? .opening : .completion
        var slips = 0, target: Plan? = nil
        for plan in ps where plan.milestone == milestone {
            if let previous = target, plan.target.start > previous.target.start { slips += 1 }
            target = plan
        }
        var lastClaim: PartialDate? = nil
        for c in cs where lastClaim.map({ c.asOf > $0 }) ?? true { lastClaim = c.asOf }
        let summary = ProjectSummary(project: p, official: t.official.current, local: t.local.current,
                                     openDiscrepancies: open, worstSeverity: worst,
                                     claimCount: cs.count, lastClaim: lastClaim, target: target, slips: slips)
        return (t, cs, ps, summary)
    }

    /// Folds the editors' flag events into the detected discrepancies, and adds manual flags and
    /// flags whose discrepancy the data no longer shows.
    static func fold(_ events: [(String, [FlagEvent])], into found: inout [Discrepancy], timeline t: ProjectTimeline) {
        var byID: [String: [FlagEvent]] = [:]
        for (id, evs) in events { byID[id] = evs }
        for k in found.indices {
            if let evs = byID[found[k].id] { found[k].flag = FlagStatus.fold(evs) }
        }
        let detected = Set(found.map(\.id))
        for (id, evs) in events where !detected.contains(id) {
            guard let first = evs.first else { continue }
            var status = FlagStatus.fold(evs)
            if status.withdrawn { continue }  // a manual flag raised in error and taken back
            let (o, l) = (Analysis.side(t.official, "official", on: first.at.day), Analysis.side(t.local, "local", on: first.at.day))
            if DiscrepancyKind.of(id: id) == .manual {
                let note = FlagNote.raised(editor: first.editor, day: first.at.day, note: first.note)
                found.append(Discrepancy(id: id, project: first.project, kind: .manual, severity: first.severity ?? .major,
                                         from: first.at.day, to: max(first.at.day, status.at?.day ?? first.at.day), ongoing: status.state != .resolved,
                                         sides: [], official: o, local: l, claims: [],
                                         explanation: note.text(in: .en), flag: status, note: note))
            } else if status.state != .open {
                let note = FlagNote.obsolete(was: status.state == .resolved ? .resolved : .acknowledged, verdict: status.verdict?.choice,
                                             editor: status.editor)
                status.state = .obsolete
                found.append(Discrepancy(id: id, project: first.project, kind: DiscrepancyKind.of(id: id) ?? .manual,
                                         severity: .minor, from: first.at.day, to: status.at?.day ?? first.at.day, ongoing: false,
                                         sides: [], official: o, local: l, claims: [],
                                         explanation: note.text(in: .en), flag: status, note: note))
            }
        }
    }

    /// Whether a plan counts: announced (or, without an announcement date, targeted) by the as-of day.
    static func planKnown(_ p: Plan, end: Day, knownBy: Day?) -> Bool {
        knownBy == nil || (p.announced?.start ?? p.target.start) <= end
    }

    /// Flag events known by the as-of day, grouped by discrepancy (in order of first event) and then
    /// by the project of each discrepancy's first event.
    static func eventsByProject(_ flags: [FlagEvent], knownBy: Day?) -> [String: [(String, [FlagEvent])]] {
        var byDiscrepancy: [String: [FlagEvent]] = [:]
        var order: [String] = []
        for e in flags where knownBy.map({ e.at.day <= $0 }) ?? true {
            if byDiscrepancy[e.discrepancy] == nil { order.append(e.discrepancy) }
            byDiscrepancy[e.discrepancy, default: []].append(e)
        }
        var out: [String: [(String, [FlagEvent])]] = [:]
        for id in order {
            let evs = byDiscrepancy[id]!
            out[evs[0].project, default: []].append((id, evs))
        }
        return out
    }
}

extension Discrepancy {
    /// Whether it is still open or acknowledged (in the queue).
    public var isOpen: Bool { flag.state == .open || flag.state == .acknowledged }
}

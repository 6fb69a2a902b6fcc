import Dispatch

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
        public init(sources: [String: Source], end: Day, knownBy: Day?, detector: DiscrepancyDetector) {
            self.sources = sources; self.end = end; self.knownBy = knownBy; self.detector = detector
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
    public let summary: ProjectSummary

    /// Analyses one project from all its claims (recording order, superseded ones included), plans,
    /// and the flag events of its discrepancies grouped by discrepancy (each group in seq order).
    public init(project p: Project, claims all: [Claim], plans allPlans: [Plan], events: [(String, [FlagEvent])], context: Context) {
        let end = context.end
        let cs = Timeline.effectiveClaims(all, knownBy: context.knownBy)
        let ps = context.knownBy == nil ? allPlans : allPlans.filter { ProjectAnalysis.planKnown($0, end: end, knownBy: context.knownBy) }
        let facts = ClaimFacts(claims: cs, sources: context.sources, until: end)
        let t = ProjectTimeline(project: p, facts: facts, until: end)
        var found = context.detector.detect(project: p, facts: facts, plans: ps, sources: context.sources, timeline: t, end: end)
        if !events.isEmpty { ProjectAnalysis.fold(events, into: &found, timeline: t) }
        let milestone: Milestone = ps.contains { $0.milestone == .opening } ? .opening : .completion
        var slips = 0, target: Plan? = nil
        for plan in ps where plan.milestone == milestone {
            if let previous = target, plan.target.start > previous.target.start { slips += 1 }
            target = plan
        }
        var open = 0, worst: Severity? = nil
        for d in found where d.isOpen {
            open += 1
            if worst.map({ d.severity < $0 }) ?? true { worst = d.severity }
        }
        var lastClaim: PartialDate? = nil
        for c in cs where lastClaim.map({ c.asOf > $0 }) ?? true { lastClaim = c.asOf }
        timeline = t
        claims = cs
        plans = ps
        discrepancies = Analysis.queueSorted(found)
        keys = discrepancies.map(DiscrepancyQueue.Key.init)
        summary = ProjectSummary(project: p, official: t.official.current, local: t.local.current,
                                 openDiscrepancies: open, worstSeverity: worst,
                                 claimCount: cs.count, lastClaim: lastClaim, target: target, slips: slips)
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
                found.append(Discrepancy(id: id, project: first.project, kind: .manual, severity: first.severity ?? .major,
                                         from: first.at.day, to: max(first.at.day, status.at?.day ?? first.at.day), ongoing: status.state != .resolved,
                                         sides: [], official: o, local: l, claims: [],
                                         explanation: "Raised by \(first.editor) on \(first.at.day): \(first.note)", flag: status))
            } else if status.state != .open {
                let was = status.state == .resolved ? "resolved\(status.verdict.map { " (verdict: \($0.rawValue))" } ?? "")" : "acknowledged"
                status.state = .obsolete
                found.append(Discrepancy(id: id, project: first.project, kind: DiscrepancyKind.of(id: id) ?? .manual,
                                         severity: .minor, from: first.at.day, to: status.at?.day ?? first.at.day, ongoing: false,
                                         sides: [], official: o, local: l, claims: [],
                                         explanation: "Was \(was) by \(status.editor ?? "?"); the data no longer shows this discrepancy.",
                                         flag: status))
            }
        }
    }

    /// Analyses many projects; from a few thousand on, in slices spread over the processor's cores
    /// (each project is independent). The result is in the order of `projects` either way.
    static func analyseAll(_ projects: [Project], claims: ProjectGroups<Claim>, plans: ProjectGroups<Plan>,
                           events: [String: [(String, [FlagEvent])]], context: Context) -> [ProjectAnalysis] {
        @Sendable func one(_ k: Int) -> ProjectAnalysis {
            let p = projects[k]
            return ProjectAnalysis(project: p, claims: claims.items(of: p.id, hint: k), plans: plans.items(of: p.id, hint: k),
                                   events: events.isEmpty ? [] : events[p.id] ?? [], context: context)
        }
        let n = projects.count
        guard n >= 2000 else { return projects.indices.map(one) }
        let slices = 16
        var out = [ProjectAnalysis?](repeating: nil, count: n)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                for i in (s * n / slices)..<((s + 1) * n / slices) { results[i] = one(i) }
            }
        }
        return out.map { $0! }
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

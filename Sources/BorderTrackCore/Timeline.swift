/// Which account a lane follows: a perspective (official, local) or a side of the border (a country).
public enum LaneKey: Hashable, Sendable, CustomStringConvertible {
    case perspective(Perspective)
    case side(String)
    /// The claims about one section of a project built in parts (a country code).
    case section(String)

    public var description: String {
        switch self {
        case .perspective(let p): p.rawValue
        case .side(let c): c
        case .section(let c): "section \(c)"
        }
    }
}

/// A stretch of days over which one claim's status is in force in a lane.
///
/// The claim is not copied into the segment: the segment refers to it in the claims array its lane
/// was built from (shared by all of a project's segments), so a segment is a few words.
public struct Segment: Hashable, Sendable {
    public let status: Status
    public let scope: Scope?
    /// First day in force.
    public let from: Day
    /// Last day in force (inclusive); the analysis date for the segment still in force.
    public let to: Day
    /// Whether the segment is still in force on the analysis date.
    public let ongoing: Bool
    /// The claims the lane was built from; `claims[index]` is the claim in force.
    let claims: [Claim]
    /// Position of the claim in force in `claims`.
    let index: Int

    init(status: Status, scope: Scope?, from: Day, to: Day, ongoing: Bool, claims: [Claim], index: Int) {
        self.status = status; self.scope = scope; self.from = from; self.to = to; self.ongoing = ongoing
        self.claims = claims; self.index = index
    }

    /// The claim in force.
    public var claim: Claim { claims[index] }

    /// Whether the segment covers `day`.
    public func covers(_ day: Day) -> Bool { from <= day && day <= to }

    public static func == (a: Segment, b: Segment) -> Bool {
        a.status == b.status && a.scope == b.scope && a.from == b.from && a.to == b.to && a.ongoing == b.ongoing && a.claim == b.claim
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(status); hasher.combine(scope); hasher.combine(from); hasher.combine(to); hasher.combine(ongoing)
        hasher.combine(claims[index].id)
    }
}

/// One lane: the status in force over time according to one perspective or side.
public struct Lane: Hashable, Sendable {
    public let key: LaneKey
    public let segments: [Segment]

    /// Index of the segment in force on `day`, if any.
    func segmentIndex(on day: Day) -> Int? {
        var lo = 0, hi = segments.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = segments[mid]
            if day < s.from { hi = mid - 1 } else if day > s.to { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// The segment in force on `day`, if any.
    public func segment(on day: Day) -> Segment? { segmentIndex(on: day).map { segments[$0] } }

    /// The status in force on the analysis date.
    public var current: Segment? { segments.last.flatMap { $0.ongoing ? $0 : nil } }
}

/// Building lanes from claims.
///
/// **Rule** (the spec's "status in force"): in a lane, the status on a day is that of the claim
/// with the latest `asOf` on or before the day; ties go to the later `published`, then to the
/// later recorded. **Partial dates:** a claim takes effect on the *first* day its `asOf` covers
/// (`2021` from 2021-01-01, `2021-10` from 2021-10-01; a qualifier `?`/`~`/`%` does not move it),
/// so a year-only claim counts from the start of its year, and an exact-day claim later in that
/// year replaces it from its own day. Superseded claims and claims whose `asOf` starts after the
/// analysis date are left out; with an as-of date, so are claims published after it.
public enum Timeline {
    /// A lane from the claims that belong to it, given in recording order.
    public static func lane(_ key: LaneKey, claims: [Claim], until end: Day) -> Lane {
        lane(key, facts: ClaimFacts(claims: claims, sources: [:], until: end), until: end) { _ in true }
    }

    /// A lane from the claims at the positions `include` accepts. The segments refer to `facts.claims`,
    /// so the evidence of discrepancies can name claims by position.
    static func lane(_ key: LaneKey, facts: ClaimFacts, until end: Day, where include: (Int) -> Bool) -> Lane {
        var segments: [Segment] = []
        var previous: Int? = nil
        // Walk the claims in lane order; a claim's segment ends the day before the next one starts.
        func close(next: Day?) {
            guard let k = previous else { return }
            let from = facts.facts[k].start
            if let next, next <= from { return }  // replaced on the same day by a later-published claim
            let c = facts.claims[k]
            segments.append(Segment(status: c.status, scope: c.scope, from: from, to: next.map { $0.adding(days: -1) } ?? end,
                                    ongoing: next == nil, claims: facts.claims, index: k))
        }
        for k in facts.order where include(k) {
            close(next: facts.facts[k].start)
            previous = k
        }
        close(next: nil)
        return Lane(key: key, segments: segments)
    }

    /// The claims that count for an analysis: not superseded, not published after `knownBy`.
    public static func effectiveClaims(_ claims: [Claim], knownBy: Day?) -> [Claim] {
        // Nothing corrected and no as-of day: all of them, without a copy.
        if knownBy == nil && !claims.contains(where: { $0.supersedes != nil }) { return claims }
        let superseded = Set(claims.compactMap(\.supersedes))
        return claims.filter { c in
            !superseded.contains(c.id) && (knownBy.map { c.knownFrom.start <= $0 } ?? true)
        }
    }
}

/// A project's lanes: one per perspective and one per side of the border that has claims about the whole
/// project, and one per section that claims name (a bridge built in halves: each country's part), so a
/// section far behind the other is seen.
public struct ProjectTimeline: Hashable, Sendable {
    public let project: String
    public let official: Lane
    public let local: Lane
    /// Lanes by source country, in the order of the project's `countries`, then others alphabetically.
    public let sides: [Lane]
    /// Lanes of the claims about one section, in the order of the project's `countries`; empty when no
    /// claim names a section.
    public let sections: [Lane]

    public init(project: Project, claims: [Claim], sources: [String: Source], until end: Day) {
        self.init(project: project, facts: ClaimFacts(claims: claims, sources: sources, until: end), until: end)
    }

    /// The timeline of a project's claims, their facts worked out once.
    init(project: Project, facts: ClaimFacts, until end: Day) {
        self.project = project.id
        let all = facts.facts, claims = facts.claims
        // Perspectives and sides speak of the whole project; a claim about one section is in that section's lane.
        func whole(_ k: Int) -> Bool { claims[k].section == nil }
        official = Timeline.lane(.perspective(.official), facts: facts, until: end) { all[$0].perspective == .official && whole($0) }
        local = Timeline.lane(.perspective(.local), facts: facts, until: end) { all[$0].perspective == .local && whole($0) }
        var countries = project.countries
        for f in all { if let k = f.country, !countries.contains(k) { countries.append(k) } }
        var sides: [Lane] = []
        for country in countries where all.indices.contains(where: { all[$0].country == country && whole($0) }) {
            sides.append(Timeline.lane(.side(country), facts: facts, until: end) { all[$0].country == country && whole($0) })
        }
        self.sides = sides
        var sections: [Lane] = []
        if claims.contains(where: { $0.section != nil }) {
            var named = project.countries
            for c in claims { if let s = c.section, !named.contains(s) { named.append(s) } }
            // A section's lane: its own claims, and the claims about the whole project that take it further
            // (the whole reached a stage, so every section did) or interrupt it; a whole "under construction"
            // while one part is finished says nothing of the finished part.
            for s in named where claims.contains(where: { $0.section == s }) {
                var level = -1
                sections.append(Timeline.lane(.section(s), facts: facts, until: end) { k in
                    let c = claims[k]
                    if c.section == s { level = c.status.rank ?? -1; return true }
                    guard c.section == nil else { return false }
                    guard let r = c.status.rank else { level = -1; return true }
                    if r > level { level = r; return true }
                    return false
                })
            }
        }
        self.sections = sections
    }

    /// All lanes: official, local, sides, then sections.
    public var lanes: [Lane] { [official, local] + sides + sections }
}

/// Which account a lane follows: a perspective (official, local) or a side of the border (a country).
public enum LaneKey: Hashable, Sendable, CustomStringConvertible {
    case perspective(Perspective)
    case side(String)

    public var description: String {
        switch self {
        case .perspective(let p): p.rawValue
        case .side(let c): c
        }
    }
}

/// A stretch of days over which one claim's status is in force in a lane.
public struct Segment: Hashable, Sendable {
    public let status: Status
    public let scope: Scope?
    /// First day in force.
    public let from: Day
    /// Last day in force (inclusive); the analysis date for the segment still in force.
    public let to: Day
    /// Whether the segment is still in force on the analysis date.
    public let ongoing: Bool
    /// The claim in force.
    public let claim: Claim

    /// Whether the segment covers `day`.
    public func covers(_ day: Day) -> Bool { from <= day && day <= to }
}

/// One lane: the status in force over time according to one perspective or side.
public struct Lane: Hashable, Sendable {
    public let key: LaneKey
    public let segments: [Segment]

    /// The segment in force on `day`, if any.
    public func segment(on day: Day) -> Segment? {
        var lo = 0, hi = segments.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = segments[mid]
            if day < s.from { hi = mid - 1 } else if day > s.to { lo = mid + 1 } else { return s }
        }
        return nil
    }

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
    /// Sort key of a claim within a lane: effective day, then publication, then recording order.
    static func order(_ a: (Claim, Int), _ b: (Claim, Int)) -> Bool {
        let ka = (a.0.asOf.start, a.0.knownFrom.start, a.1), kb = (b.0.asOf.start, b.0.knownFrom.start, b.1)
        return ka < kb
    }

    /// A lane from the claims that belong to it, given in recording order.
    public static func lane(_ key: LaneKey, claims: [Claim], until end: Day) -> Lane {
        let sorted = claims.enumerated().map { ($0.element, $0.offset) }.filter { $0.0.asOf.start <= end }.sorted(by: order)
        var segments: [Segment] = []
        for (i, (c, _)) in sorted.enumerated() {
            let from = c.asOf.start
            let nextFrom = i + 1 < sorted.count ? sorted[i + 1].0.asOf.start : nil
            if let nextFrom, nextFrom <= from { continue }  // replaced on the same day by a later-published claim
            let to = nextFrom.map { $0.adding(days: -1) } ?? end
            segments.append(Segment(status: c.status, scope: c.scope, from: from, to: to, ongoing: nextFrom == nil, claim: c))
        }
        return Lane(key: key, segments: segments)
    }

    /// The claims that count for an analysis: not superseded, not published after `knownBy`.
    public static func effectiveClaims(_ claims: [Claim], knownBy: Day?) -> [Claim] {
        let superseded = Set(claims.compactMap(\.supersedes))
        return claims.filter { c in
            !superseded.contains(c.id) && (knownBy.map { c.knownFrom.start <= $0 } ?? true)
        }
    }
}

/// A project's lanes: one per perspective and one per side of the border that has claims.
public struct ProjectTimeline: Hashable, Sendable {
    public let project: String
    public let official: Lane
    public let local: Lane
    /// Lanes by source country, in the order of the project's `countries`, then others alphabetically.
    public let sides: [Lane]

    public init(project: Project, claims: [Claim], sources: [String: Source], until end: Day) {
        self.project = project.id
        func perspective(_ c: Claim) -> Perspective { sources[c.source]?.perspective ?? .local }
        official = Timeline.lane(.perspective(.official), claims: claims.filter { perspective($0) == .official }, until: end)
        local = Timeline.lane(.perspective(.local), claims: claims.filter { perspective($0) == .local }, until: end)
        var countries = project.countries
        for c in claims { if let k = sources[c.source]?.country, !countries.contains(k) { countries.append(k) } }
        sides = countries.compactMap { country in
            let cs = claims.filter { sources[$0.source]?.country == country }
            return cs.isEmpty ? nil : Timeline.lane(.side(country), claims: cs, until: end)
        }
    }

    /// All lanes: official, local, then sides.
    public var lanes: [Lane] { [official, local] + sides }
}

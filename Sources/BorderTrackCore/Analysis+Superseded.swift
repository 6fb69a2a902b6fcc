extension Analysis {
    /// The claims another claim supersedes, known by `knownBy` (any day when nil), by project: what
    /// `Timeline.effectiveClaims` leaves out as corrected.
    static func superseded(_ claims: [Claim], knownBy: Day?) -> [String: [Claim]] {
        guard claims.contains(where: { $0.supersedes != nil }) else { return [:] }
        let corrected = Set(claims.compactMap(\.supersedes))
        var out: [String: [Claim]] = [:]
        for c in claims where corrected.contains(c.id) && (knownBy.map { c.knownFrom.start <= $0 } ?? true) {
            out[c.project, default: []].append(c)
        }
        return out
    }
}

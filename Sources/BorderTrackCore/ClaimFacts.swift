/// What the analysis asks of each of a project's counted claims, worked out once per project: the
/// days its dates start on, its source's perspective and country (one source lookup per source, not
/// one per claim, lane and check), and the order claims take effect in.
struct ClaimFacts: Sendable {
    /// One claim's facts.
    struct Fact: Sendable {
        /// `asOf.start`, the day the claim takes effect.
        let start: Day
        /// `knownFrom.start`, the day it became knowable.
        let known: Day
        /// The source's perspective (local when the source is unknown).
        let perspective: Perspective
        /// The source's country, if the source is known and names one.
        let country: String?
        /// The source's position among the project's sources (same source, same number).
        let source: Int32
    }

    /// The claims, in recording order: lanes and evidence refer to them by index.
    let claims: [Claim]
    let facts: [Fact]
    /// Positions of the claims in effect by `end`, in lane order: effective day, then publication,
    /// then recording order.
    let order: [Int]

    init(claims: [Claim], sources: [String: Source], until end: Day) {
        self.claims = claims
        var facts: [Fact] = []
        facts.reserveCapacity(claims.count)
        // A project cites few sources: remember each one's lookup.
        var seen: [(id: String, perspective: Perspective, country: String?)] = []
        for c in claims {
            let s: (id: String, perspective: Perspective, country: String?)
            let index: Int
            if let known = seen.firstIndex(where: { $0.id == c.source }) {
                s = seen[known]
                index = known
            } else {
                let source = sources[c.source]
                s = (c.source, source?.perspective ?? .local, source?.country)
                index = seen.count
                seen.append(s)
            }
            facts.append(Fact(start: c.asOf.start, known: c.knownFrom.start, perspective: s.perspective, country: s.country,
                              source: Int32(index)))
        }
        var order: [Int] = []
        order.reserveCapacity(claims.count)
        for k in facts.indices where facts[k].start <= end { order.append(k) }
        order.sort { a, b in
            let fa = facts[a], fb = facts[b]
            if fa.start != fb.start { return fa.start < fb.start }
            if fa.known != fb.known { return fa.known < fb.known }
            return a < b
        }
        self.facts = facts
        self.order = order
    }

    var count: Int { claims.count }
}

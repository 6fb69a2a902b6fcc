/// What one project's discrepancies cite, kept compactly: the project's claims and plans (shared with
/// the analysis, not copied) and, per discrepancy, a small record naming them by position.
///
/// Sides, cited claim ids, plan ids and the explanation sentence are built from a record when they
/// are read, not when the discrepancy is found: a full scan finds 850,000 discrepancies, and most
/// are never displayed. What is built is exactly what the detector used to build eagerly (tests
/// compare the two on the sample data and on synthetic trackers).
final class DiscrepancyEvidence: Sendable {
    /// How to rebuild one discrepancy's sides and explanation. Claim and plan lists are ranges of `pool`.
    enum Recipe: Sendable {
        /// Two lanes give different statuses (status-conflict, cross-border); `a` and `b` cite each lane's claims.
        case lanes(LaneKey, LaneKey, a: Range<Int32>, b: Range<Int32>)
        /// Two official sources of one country disagree (official-split).
        case split(country: String, sourceA: String, sourceB: String, a: Range<Int32>, b: Range<Int32>)
        /// A lane went back down the lifecycle (regression), from claim `before` to claim `now`.
        case regression(perspective: String, country: String, before: Int32, now: Int32)
        /// Official silence (stale-official): the last official claim, the current local one, the local moves.
        case stale(last: Int32, currentLocal: Int32, moves: Range<Int32>, months: Int32)
        /// A target that keeps moving (deadline-slip): the plans in announcement order.
        case slip(Milestone, plans: Range<Int32>, moves: Int32, total: Int32, overdue: Bool)
        /// Everything given as values (manual and obsolete flags, discrepancies made by hand).
        case given(Given)
    }

    /// Sides, citations and explanation given as values.
    final class Given: Sendable {
        let sides: [DiscrepancySide]
        let official: DiscrepancySide
        let local: DiscrepancySide
        let claims: [String]
        let plans: [String]
        let explanation: String

        init(sides: [DiscrepancySide], official: DiscrepancySide, local: DiscrepancySide, claims: [String], plans: [String], explanation: String) {
            self.sides = sides; self.official = official; self.local = local; self.claims = claims; self.plans = plans
            self.explanation = explanation
        }
    }

    /// One discrepancy's record: its recipe and the claims in force in the official and local lanes
    /// on the day it is set in context (-1: none).
    struct Record: Sendable {
        let recipe: Recipe
        let official: Int32
        let local: Int32
    }

    let claims: [Claim]
    let plans: [Plan]
    let sources: [String: Source]
    let records: [Record]
    /// Claim and plan positions the records' ranges point into.
    let pool: [Int32]

    init(claims: [Claim], plans: [Plan], sources: [String: Source], records: [Record], pool: [Int32]) {
        self.claims = claims; self.plans = plans; self.sources = sources; self.records = records; self.pool = pool
    }

    /// Evidence of one discrepancy given as values.
    convenience init(given: Given) {
        self.init(claims: [], plans: [], sources: [:], records: [Record(recipe: .given(given), official: -1, local: -1)], pool: [])
    }

    // MARK: - Reading a record

    private func claim(_ k: Int32) -> Claim { claims[Int(k)] }
    private func claims(_ r: Range<Int32>) -> [Claim] { pool[Int(r.lowerBound)..<Int(r.upperBound)].map { claims[Int($0)] } }
    private func ids(_ r: Range<Int32>) -> [String] { pool[Int(r.lowerBound)..<Int(r.upperBound)].map { claims[Int($0)].id } }
    private func sourceName(_ c: Claim) -> String { sources[c.source]?.name ?? c.source }

    func sides(_ slot: Int32) -> [DiscrepancySide] {
        switch records[Int(slot)].recipe {
        case let .lanes(ka, kb, a, b):
            return [side(ka.description, a), side(kb.description, b)]
        case let .split(_, sa, sb, a, b):
            return [side(sa, a), side(sb, b)]
        case let .regression(perspective, _, before, now):
            let n = claim(now)
            return [DiscrepancySide(label: perspective, status: n.status, scope: n.scope, claims: [claim(before).id, n.id])]
        case let .stale(last, currentLocal, moves, _):
            let o = claim(last), l = claim(currentLocal)
            return [DiscrepancySide(label: "official", status: o.status, scope: o.scope, claims: [o.id]),
                    DiscrepancySide(label: "local", status: l.status, scope: l.scope, claims: ids(moves))]
        case let .slip(milestone, _, _, _, _):
            return [DiscrepancySide(label: milestone.rawValue, status: nil, scope: nil, claims: [])]
        case let .given(g):
            return g.sides
        }
    }

    private func side(_ label: String, _ r: Range<Int32>) -> DiscrepancySide {
        let first = claim(pool[Int(r.lowerBound)])
        return DiscrepancySide(label: label, status: first.status, scope: first.scope, claims: ids(r))
    }

    func official(_ slot: Int32) -> DiscrepancySide {
        let r = records[Int(slot)]
        if case let .given(g) = r.recipe { return g.official }
        return context("official", r.official)
    }

    func local(_ slot: Int32) -> DiscrepancySide {
        let r = records[Int(slot)]
        if case let .given(g) = r.recipe { return g.local }
        return context("local", r.local)
    }

    private func context(_ label: String, _ k: Int32) -> DiscrepancySide {
        guard k >= 0 else { return DiscrepancySide(label: label, status: nil, scope: nil, claims: []) }
        let c = claim(k)
        return DiscrepancySide(label: label, status: c.status, scope: c.scope, claims: [c.id])
    }

    func claimIDs(_ slot: Int32) -> [String] {
        switch records[Int(slot)].recipe {
        case let .lanes(_, _, a, b), let .split(_, _, _, a, b):
            return ids(a) + ids(b)
        case let .regression(_, _, before, now):
            return [claim(before).id, claim(now).id]
        case let .stale(last, _, moves, _):
            return [claim(last).id] + ids(moves)
        case .slip:
            return []
        case let .given(g):
            return g.claims
        }
    }

    func planIDs(_ slot: Int32) -> [String] {
        switch records[Int(slot)].recipe {
        case let .slip(_, r, _, _, _):
            return pool[Int(r.lowerBound)..<Int(r.upperBound)].map { plans[Int($0)].id }
        case let .given(g):
            return g.plans
        default:
            return []
        }
    }

    // MARK: - The explanation sentence

    func explanation(_ slot: Int32, from: Day, to: Day, ongoing: Bool) -> String {
        switch records[Int(slot)].recipe {
        case let .lanes(ka, kb, a, b):
            let ca = claims(a), cb = claims(b)
            return "\(who(ka)) (\(cite(ca))) say \(Phrases.status(ca[0].status, ca[0].scope)); "
                + "\(who(kb)) (\(cite(cb))) say \(Phrases.status(cb[0].status, cb[0].scope))"
                + " — \(Phrases.period(from, to, ongoing: ongoing))."
        case let .split(country, sa, sb, a, b):
            let ca = claims(a), cb = claims(b)
            let nameA = sources[sa]!.name, nameB = sources[sb]!.name
            return "Official sources on the \(Phrases.country(country)) side disagree: \(nameA) (\(ca.map { $0.asOf.description }.joined(separator: ", "))) says \(Phrases.status(ca[0].status, ca[0].scope)); \(nameB) (\(cb.map { $0.asOf.description }.joined(separator: ", "))) says \(Phrases.status(cb[0].status, cb[0].scope)) — \(Phrases.period(from, to, ongoing: ongoing))."
        case let .regression(perspective, country, b, n):
            let before = claim(b), now = claim(n)
            let who = (perspective == "official" ? "Official" : "Local") + (country == "?" ? " sources" : " \(Phrases.country(country)) sources")
            return "\(who) went back from \(Phrases.status(before.status, before.scope)) (\(sourceName(before)), \(before.asOf)) to \(Phrases.status(now.status, now.scope)) (\(sourceName(now)), \(now.asOf)) with no suspension reported: an error in a source or a real setback."
        case let .stale(l, _, moves, months):
            let last = claim(l)
            return "No official source has changed its account since \(last.asOf) (\(sourceName(last)): \(Phrases.status(last.status, last.scope))), \(months) months, while local sources report \(claims(moves).map { "\(Phrases.status($0.status, $0.scope)) (\(sourceName($0)), \($0.asOf))" }.joined(separator: ", then "))."
        case let .slip(milestone, r, moves, total, overdue):
            let chain = pool[Int(r.lowerBound)..<Int(r.upperBound)].map { k in
                let p = plans[Int(k)]
                return p.target.description + (p.announced.map { " (announced \($0))" } ?? "")
            }
            var text = "The \(milestone.rawValue) target moved \(moves) time\(moves == 1 ? "" : "s"), \(total) months in all: \(chain.joined(separator: " → "))"
            if overdue { text += "; the latest target has passed with no source reporting the \(milestone.rawValue)" }
            return text + "."
        case let .given(g):
            return g.explanation
        }
    }

    private func who(_ key: LaneKey) -> String {
        switch key {
        case .perspective(.official): "Official sources"
        case .perspective(.local): "local sources"
        case .side(let c): Phrases.countrySources(c)
        }
    }

    /// "Rossiyskaya Gazeta, 2021-10-07; Amur Life, 2021-10" — at most three sources named.
    private func cite(_ cited: [Claim]) -> String {
        var parts: [String] = []
        for c in cited {
            let p = "\(sourceName(c)), \(c.asOf)"
            if !parts.contains(p) { parts.append(p) }
        }
        return parts.count > 3 ? parts.prefix(3).joined(separator: "; ") + "; and \(parts.count - 3) more" : parts.joined(separator: "; ")
    }
}

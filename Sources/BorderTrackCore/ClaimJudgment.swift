/// What an editor's verdict on a resolved discrepancy said of one claim it cites: upheld or rejected.
public struct ClaimJudgment: Hashable, Sendable {
    public let claim: String
    /// Whether the verdict found the claim's party right.
    public let upheld: Bool
    public let discrepancy: String
    public let verdict: Verdict

    /// "rejected by the editors' verdict (local) on sc-1234567890".
    public var phrase: String { reason.text(in: .en) }

    /// The judgment as a reason the assessment gives (`DiscountReason.verdict`), to be said in any language.
    public var reason: DiscountReason { .verdict(upheld: upheld, choice: verdict.choice, discrepancy: discrepancy) }
}

extension Verdict {
    /// Whether the verdict rejects a claim of `source` in a discrepancy whose cited sources have `perspectives`:
    /// `nil` when it does not judge it (an `official`/`local` verdict on claims of one perspective, a country
    /// verdict on a source of no country). The rule of `Analysis.trackRecord()`.
    func rejects(_ source: Source, perspectives: Set<Perspective>) -> Bool? {
        switch self {
        case .official, .local:
            guard perspectives.count >= 2 else { return nil }
            return self == .official ? source.perspective == .local : source.perspective == .official
        case .neither: return true
        case .both: return false
        case .country(let c): return source.country.map { $0 != c }
        case .source(let sid): return source.id != sid
        }
    }
}

extension Analysis {
    /// The judgments of resolved discrepancies by claim id (a claim some verdict rejects is rejected, whatever
    /// another upheld): a verdict decides what it covers.
    public func claimJudgments() -> [String: ClaimJudgment] {
        var resolved: [Discrepancy] = []
        for d in queue where d.flag.state == .resolved && d.flag.verdict != nil { resolved.append(d) }
        guard !resolved.isEmpty else { return [:] }
        var claimSource: [String: String] = [:]
        for (_, cs) in claimsByProject { for c in cs { claimSource[c.id] = c.source } }
        return ClaimJudgment.judgments(resolved, claimSource: claimSource, sources: sources)
    }
}

extension ClaimJudgment {
    /// The judgments of one project's resolved discrepancies (`Analysis.claimJudgments` for one project).
    public static func judgments(of discrepancies: [Discrepancy], claims: [Claim], sources: [String: Source]) -> [String: ClaimJudgment] {
        let resolved = discrepancies.filter { $0.flag.state == .resolved && $0.flag.verdict != nil }
        guard !resolved.isEmpty else { return [:] }
        var claimSource: [String: String] = [:]
        for c in claims { claimSource[c.id] = c.source }
        return judgments(resolved, claimSource: claimSource, sources: sources)
    }

    /// What resolved discrepancies' verdicts say of the claims they cite (source ids by claim id).
    static func judgments(_ resolved: [Discrepancy], claimSource: [String: String], sources: [String: Source]) -> [String: ClaimJudgment] {
        var out: [String: ClaimJudgment] = [:]
        for d in resolved {
            guard let verdict = d.flag.verdict else { continue }
            let cited = d.claims.compactMap { id in claimSource[id].flatMap { sid in sources[sid].map { (id, $0) } } }
            let perspectives = Set(cited.map(\.1.perspective))
            for (id, s) in cited {
                guard let rejected = verdict.rejects(s, perspectives: perspectives) else { continue }
                if let known = out[id], !known.upheld { continue }
                out[id] = ClaimJudgment(claim: id, upheld: !rejected, discrepancy: d.id, verdict: verdict)
            }
        }
        return out
    }
}

/// How a source's claims fared when editors resolved discrepancies: a sense of whose word holds.
public struct SourceRecord: Hashable, Sendable {
    public let source: Source
    /// Claims counted in the analysis.
    public let claims: Int
    /// Claims cited in resolved discrepancies.
    public let judged: Int
    /// Of those, claims on the side the verdict found wrong.
    public let lost: Int
    /// Of those, claims on the side the verdict found right.
    public let upheld: Int

    /// Share of judged claims that lost, nil when none were judged.
    public var lossRate: Double? { judged == 0 ? nil : Double(lost) / Double(judged) }
}

extension Analysis {
    /// Every source's track record: of the claims a resolved discrepancy cites, those of the party the
    /// verdict rejects lose and those of the party it upholds are upheld. `official`/`local` judge by
    /// perspective (and judge nothing when every cited claim has one perspective), a country by the
    /// source's country (sources of no country are not judged), a source by identity; `both` upholds
    /// every cited claim, `neither` rejects them all.
    public func trackRecord() -> [SourceRecord] {
        var claims: [String: Int] = [:]
        var claimSource: [String: String] = [:]
        for (_, cs) in claimsByProject {
            for c in cs { claims[c.source, default: 0] += 1; claimSource[c.id] = c.source }
        }
        var judged: [String: Set<String>] = [:], lost: [String: Set<String>] = [:], upheld: [String: Set<String>] = [:]
        for d in discrepancies where d.flag.state == .resolved {
            guard let verdict = d.flag.verdict else { continue }
            let cited = d.claims.compactMap { id in claimSource[id].flatMap { sid in sources[sid].map { (id, $0) } } }
            if verdict == .official || verdict == .local, Set(cited.map(\.1.perspective)).count < 2 { continue }
            for (id, s) in cited {
                let loses: Bool
                switch verdict {
                case .official: loses = s.perspective == .local
                case .local: loses = s.perspective == .official
                case .neither: loses = true
                case .both: loses = false
                case .country(let c):
                    guard let k = s.country else { continue }
                    loses = k != c
                case .source(let sid): loses = s.id != sid
                }
                judged[s.id, default: []].insert(id)
                if loses { lost[s.id, default: []].insert(id) } else { upheld[s.id, default: []].insert(id) }
            }
        }
        return sources.values.sorted { $0.id < $1.id }.map { s in
            SourceRecord(source: s, claims: claims[s.id] ?? 0, judged: judged[s.id]?.count ?? 0,
                         lost: lost[s.id]?.count ?? 0, upheld: upheld[s.id]?.count ?? 0)
        }
    }
}

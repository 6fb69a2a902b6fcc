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
    /// Every source's track record. A verdict `official` makes the local claims cited lose, `local`
    /// the official ones, `neither` all of them, `both` none.
    public func trackRecord() -> [SourceRecord] {
        var claims: [String: Int] = [:]
        var claimSource: [String: String] = [:]
        for (_, cs) in claimsByProject {
            for c in cs { claims[c.source, default: 0] += 1; claimSource[c.id] = c.source }
        }
        var judged: [String: Set<String>] = [:], lost: [String: Set<String>] = [:], upheld: [String: Set<String>] = [:]
        for d in discrepancies where d.flag.state == .resolved {
            guard let verdict = d.flag.verdict else { continue }
            for id in d.claims {
                guard let sid = claimSource[id], let s = sources[sid] else { continue }
                judged[sid, default: []].insert(id)
                let loses: Bool
                switch verdict {
                case .official: loses = s.perspective == .local
                case .local: loses = s.perspective == .official
                case .neither: loses = true
                case .both: loses = false
                }
                if loses { lost[sid, default: []].insert(id) } else { upheld[sid, default: []].insert(id) }
            }
        }
        return sources.values.sorted { $0.id < $1.id }.map { s in
            SourceRecord(source: s, claims: claims[s.id] ?? 0, judged: judged[s.id]?.count ?? 0,
                         lost: lost[s.id]?.count ?? 0, upheld: upheld[s.id]?.count ?? 0)
        }
    }
}

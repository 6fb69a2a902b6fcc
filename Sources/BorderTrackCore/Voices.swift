/// How independent the sources behind a set of claims are: whose words, through whom.
///
/// A source's **origin** is the end of its affiliation chain (the source that controls it, the one that
/// controls that, …; a source without `affiliation` is its own origin). A claim speaks with the origins of its
/// source and, when it is known through a secondary account, of its `via`. Two claims are independent when
/// they share no origin; claims linked by shared origins, directly or through others, are one voice.
public struct Voices: Sendable, Hashable {
    /// Distinct accounts behind the claims: a source, or a source as known through a `via` (the same ministry
    /// relayed by two outlets is two accounts, one voice).
    public let sources: Int
    /// Independent voices among them: groups of claims that share no origin with one another.
    public let independent: Int

    public init(sources: Int, independent: Int) {
        self.sources = sources
        self.independent = independent
    }

    /// The voices behind `claims`, with affiliations looked up in `sources` (an unknown id is its own origin).
    public init(_ claims: [Claim], sources: [String: Source]) {
        self = VoiceIndex(claims, sources: sources).voices(Array(claims.indices))
    }

    /// The origin of a source: the last source on its affiliation chain. An affiliation naming an unknown source
    /// ends the chain at that id; a chain that comes back on itself ends at the smallest id of its cycle, so
    /// every source on the cycle has the same origin.
    public static func origin(of id: String, in sources: [String: Source]) -> String {
        var path = [id]
        var seen: [String: Int] = [id: 0]
        while let next = sources[path[path.count - 1]]?.affiliation {
            if let start = seen[next] { return path[start...].min()! }
            seen[next] = path.count
            path.append(next)
        }
        return path[path.count - 1]
    }

    /// The origins a claim speaks with: its source's and, when known through a secondary account, its `via`'s.
    public static func origins(of claim: Claim, in sources: [String: Source]) -> [String] {
        let own = origin(of: claim.source, in: sources)
        guard let via = claim.via else { return [own] }
        let through = origin(of: via, in: sources)
        return through == own ? [own] : [own, through]
    }

    /// Whether two claims are independent: neither their sources nor their `via` accounts share an origin.
    public static func independent(_ a: Claim, _ b: Claim, sources: [String: Source]) -> Bool {
        Set(origins(of: a, in: sources)).isDisjoint(with: origins(of: b, in: sources))
    }

    /// "3 sources, 2 independent"; "1 source" (`phrase(in: .en)`).
    public var phrase: String { phrase(in: .en) }

    /// The count in `lang`: "3 sources, 2 independent"; "3 источника, из них 2 независимых"; "3个来源，其中2个相互独立".
    public func phrase(in lang: Catalogue) -> String {
        let counted = lang.count("explain.voices.sources", sources)
        return sources == 1 ? counted : lang("explain.voices", counted, lang.count("explain.voices.independent", independent))
    }
}

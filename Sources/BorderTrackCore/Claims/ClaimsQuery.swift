/// Which claims the claims table shows and in what order: filters on each column, search words and a sort.
///
/// Empty lists select any value; a list holding "" selects claims without a value (`via=none`). The same
/// query is applied in memory (`matches`, `sorted`) and in SQL (`ClaimsSQL`), with the same results.
public struct ClaimsQuery: Hashable, Sendable {
    public var projects: [String] = []
    public var sources: [String] = []
    public var tiers: [SourceTier] = []
    public var statuses: [Status] = []
    public var editors: [String] = []
    public var vias: [String] = []
    public var langs: [String] = []
    public var states: [ClaimState] = []
    public var asOf: ClaimDateRange?
    public var published: ClaimDateRange?
    public var recorded: ClaimDateRange?
    /// Lower-cased words, each of which must occur in the claim's `searchText`.
    public var words: [String] = []
    public var sort: ClaimColumn = .recorded
    public var descending = true

    public init() {}

    /// Whether any filter or search word narrows the table.
    public var isFiltered: Bool {
        var plain = ClaimsQuery()
        plain.sort = sort; plain.descending = descending
        return self != plain
    }

    /// The query without its filters and search (same sort).
    public var unfiltered: ClaimsQuery {
        var q = ClaimsQuery(); q.sort = sort; q.descending = descending
        return q
    }

    /// Whether a row passes every filter and contains every search word.
    public func matches(_ r: ClaimRow) -> Bool {
        func ok(_ list: [String], _ v: String) -> Bool { list.isEmpty || list.contains(v) }
        guard ok(projects, r.claim.project), ok(sources, r.claim.source), ok(editors, r.value(.editor)),
              ok(vias, r.value(.via)), ok(langs, r.value(.lang)),
              tiers.isEmpty || r.tier.map(tiers.contains) == true,
              statuses.isEmpty || statuses.contains(r.claim.status),
              states.isEmpty || states.contains(r.state) else { return false }
        if let asOf, !asOf.contains(r.value(.asOf)) { return false }
        if let published, r.claim.published == nil || !published.contains(r.value(.published)) { return false }
        if let recorded, r.claim.recorded == nil || !recorded.contains(r.value(.recorded)) { return false }
        if !words.isEmpty {
            let text = r.searchText
            if !words.allSatisfy(text.contains) { return false }
        }
        return true
    }

    /// Whether `a` comes before `b` in the query's order: the sort column's text in byte order, then the claim id.
    public func precedes(_ a: ClaimRow, _ b: ClaimRow) -> Bool {
        let ka = a.value(sort), kb = b.value(sort)
        let x = ka == kb ? a.claim.id : ka, y = ka == kb ? b.claim.id : kb
        return descending ? y.utf8.lexicographicallyPrecedes(x.utf8) : x.utf8.lexicographicallyPrecedes(y.utf8)
    }

    /// The rows the query selects, in its order (each row's sort text worked out once, not per comparison).
    public func apply(_ rows: [ClaimRow]) -> [ClaimRow] {
        let keyed = rows.filter(matches).map { (key: $0.value(sort), row: $0) }
        return keyed.sorted { a, b in
            let (x, y) = a.key == b.key ? (a.row.claim.id, b.row.claim.id) : (a.key, b.key)
            return descending ? y.utf8.lexicographicallyPrecedes(x.utf8) : x.utf8.lexicographicallyPrecedes(y.utf8)
        }.map(\.row)
    }

    /// How many selected rows hold each value of a column, most frequent first (ties by value).
    public func frequency(of column: ClaimColumn, in rows: [ClaimRow]) -> [ClaimFrequency] {
        var counts: [String: Int] = [:]
        for r in rows where matches(r) { counts[r.frequencyValue(column), default: 0] += 1 }
        return ClaimFrequency.ordered(counts.map { ClaimFrequency(value: $0.key, count: $0.value) })
    }

    /// The query with a column's filter set to one value (what Enter in a frequency table does).
    public func narrowed(_ column: ClaimColumn, to value: String) -> ClaimsQuery {
        var q = self
        func day(_ v: String) -> ClaimDateRange? {
            guard let d = try? PartialDate(parsing: String(v.prefix(10))) else { return nil }
            return ClaimDateRange(from: d.start, to: d.end)
        }
        switch column {
        case .project: q.projects = [value]
        case .source: q.sources = [value]
        case .tier: q.tiers = SourceTier(rawValue: value).map { [$0] } ?? []
        case .status: q.statuses = Status(rawValue: value).map { [$0] } ?? []
        case .editor: q.editors = [value]
        case .lang: q.langs = [value]
        case .via: q.vias = [value]
        case .state: q.states = ClaimState(rawValue: value).map { [$0] } ?? []
        case .asOf: q.asOf = day(value)
        case .published: q.published = day(value)
        case .recorded: q.recorded = day(value)
        }
        return q
    }
}

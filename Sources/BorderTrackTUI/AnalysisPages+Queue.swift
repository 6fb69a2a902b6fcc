import BorderTrackCore

extension AnalysisPages {
    /// Every discrepancy of the analysis the query selects, in its order.
    func queueRows(_ q: QueueQuery) -> [QueueRow] {
        queueCache.rows(q) {
            var rows: [QueueRow] = []
            let source = q.filter.states.isSubset(of: QueueFilter.workStates) ? Array(analysis.openDiscrepancies) : analysis.discrepancies
            for d in source {
                let r = QueueRow(d)
                if q.filter.matches(r) { rows.append(r) }
            }
            return q.isDefault ? rows : q.sorted(rows)
        }
    }

    public func queueCount(_ q: QueueQuery) -> Int {
        q.isDefault ? queueCount : queueRows(q).count
    }

    public func queueItem(_ q: QueueQuery, at index: Int) -> Discrepancy? {
        if q.isDefault { return queueItem(at: index) }
        let rows = queueRows(q)
        guard rows.indices.contains(index) else { return nil }
        let r = rows[index]
        return analysis.discrepancies(of: r.project).first { $0.id == r.id }
    }

    public func queuePosition(_ q: QueueQuery, of id: String, project: String) -> Int? {
        if q.isDefault { return queuePosition(of: id, project: project) }
        return queueCache.position(q, id: id, project: project) { queueRows(q) }
    }

    public func queueStateCounts(_ q: QueueQuery) -> [FlagState: Int] {
        var counts: [FlagState: Int] = [:]
        for r in queueRows(q) { if let s = FlagState(rawValue: r.state) { counts[s, default: 0] += 1 } }
        return counts
    }

    public func queueMatches(_ q: QueueQuery, search: SearchQuery) -> [Int] {
        guard !search.isEmpty else { return [] }
        return queueCache.matches(q, search) {
            var texts: [String: String] = [:]
            func text(_ p: String) -> String {
                if let t = texts[p] { return t }
                let t = searchText(of: p)
                texts[p] = t
                return t
            }
            return queueRows(q).enumerated().compactMap { i, r in r.matches(search) { text(r.project).contains($0) } ? i : nil }
        }
    }

    public func listMatches(_ q: ListQuery, search: SearchQuery) -> [Int] {
        guard !search.isEmpty else { return [] }
        var out: [Int] = []
        for i in 0..<listCount(q) {
            guard let s = listRow(q, at: i) else { break }
            // The names and id first: most searches are decided there without building the rest.
            if search.matches(s.project.searchKey) || search.matches(searchText(of: s.project.id)) { out.append(i) }
        }
        return out
    }

    /// A project's search text (`ProjectSearchText`), as the derived `summary.search_text` holds it.
    public func searchText(of project: String) -> String {
        guard let p = analysis.summary(of: project)?.project else { return "" }
        return ProjectSearchText.of(p, claims: analysis.claims(of: project), sources: analysis.sources)
    }
}

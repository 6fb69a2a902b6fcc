import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI

/// The queue with a filter and sort, and multi-word search, read from the derived tables (`QueuePages`).
///
/// The plain queue (open and acknowledged, queue order) stays paged through `queue_bucket`. Another filter or
/// sort reads the entries it selects once (`listQueue`: the derived queue narrowed in SQL by project, kind,
/// severity and state) and keeps their keys until the store changes; resolved and obsolete discrepancies are
/// not queued, so they come from the analyses of the projects editors flagged (few: flags are people's work).
extension StorePages {
    /// The query's entries, in its order.
    func queueRows(_ q: QueueQuery) -> [QueueRow] {
        queueCache.rows(q) {
            var rows: [QueueRow] = []
            let f = q.filter
            let working = FlagState.allCases.filter { QueueFilter.workStates.contains($0) && f.states.contains($0) }
            if !working.isEmpty {
                attempt(()) {
                    try store.listQueue(projects: f.projects.sorted(), kinds: DiscrepancyKind.allCases.filter(f.kinds.contains),
                                        severities: Severity.allCases.filter(f.severities.contains),
                                        states: working.count == QueueFilter.workStates.count ? [] : working) { e in
                        let r = QueueRow(key: QueueKey(severity: e.severity, from: e.from, id: e.id), project: e.project, kind: e.kind,
                                         state: e.state, to: e.to)
                        if f.matches(r) { rows.append(r) }
                    }
                }
            }
            let closed = f.states.subtracting(QueueFilter.workStates)
            if !closed.isEmpty {
                for p in flaggedProjects() where f.projects.isEmpty || f.projects.contains(p) {
                    for d in analysis(of: p)?.discrepancies ?? [] where closed.contains(d.flag.state) {
                        let r = QueueRow(d)
                        if f.matches(r) { rows.append(r) }
                    }
                }
            }
            return q.isDefault ? rows : q.sorted(rows)
        }
    }

    /// The projects with flag events, sorted: the only ones that can have acknowledged, resolved or obsolete discrepancies.
    func flaggedProjects() -> [String] {
        Set(attempt([]) { try store.flagEvents() }.map(\.project)).sorted()
    }

    package func queueCount(_ q: QueueQuery) -> Int {
        q.isDefault ? queueCount : queueRows(q).count
    }

    package func queueItem(_ q: QueueQuery, at index: Int) -> Discrepancy? {
        if q.isDefault { return queueItem(at: index) }
        let rows = queueRows(q)
        guard rows.indices.contains(index) else { return nil }
        let r = rows[index]
        return analysis(of: r.project)?.discrepancies.first { $0.id == r.id }
    }

    package func queuePosition(_ q: QueueQuery, of id: String, project: String) -> Int? {
        if q.isDefault { return queuePosition(of: id, project: project) }
        return queueCache.position(q, id: id, project: project) { queueRows(q) }
    }

    /// The plain queue's acknowledged ones are counted in the flagged projects' analyses (the rest are open);
    /// another query's are counted in its entries.
    package func queueStateCounts(_ q: QueueQuery) -> [FlagState: Int] {
        if q.isDefault {
            return queueCache.defaultStateCounts {
                var acknowledged = 0
                for p in flaggedProjects() {
                    acknowledged += analysis(of: p)?.discrepancies.filter { $0.flag.state == .acknowledged }.count ?? 0
                }
                return [.open: max(0, queueCount - acknowledged), .acknowledged: acknowledged]
            }
        }
        var counts: [FlagState: Int] = [:]
        for r in queueRows(q) { if let s = FlagState(rawValue: r.state) { counts[s, default: 0] += 1 } }
        return counts
    }

    package func queueMatches(_ q: QueueQuery, search: SearchQuery) -> [Int] {
        guard !search.isEmpty else { return [] }
        return queueCache.matches(q, search) {
            guard let texts = projectSearchTexts() else { return [] }
            let holding = search.utf8Words.map { texts.keys.holding(texts.keys.needle($0)) }
            var out: [Int] = []
            var lastProject = "", k: Int? = nil
            for (i, r) in queueRows(q).enumerated() {
                if r.project != lastProject { lastProject = r.project; k = texts.index[r.project] }
                if r.matches(search, projectHas: { w in
                    guard let k, let n = search.words.firstIndex(of: w) else { return false }
                    return holding[n][k]
                }) { out.append(i) }
            }
            return out
        }
    }

    /// Every project's search text (the list's search keys when the list is not filtered: any order will do).
    @discardableResult
    func projectSearchTexts() -> (keys: KeyBuffer, index: [String: Int])? {
        projectTexts.texts {
            if let k = lock.withLock({ search }), k.query.filter.isEmpty { return k.keys }
            return attempt(nil) { KeyBuffer(try store.summarySearchKeys(SummaryQuery(order: .name, descending: false))) }
        }
    }

    package func listMatches(_ q: ListQuery, search: SearchQuery) -> [Int] {
        guard !search.isEmpty, let keys = searchKeys(q) else { return [] }
        // Typed one more character (every earlier word is inside a word now): only the earlier matches can match.
        let earlier = lock.withLock { lastListMatches }.flatMap { last -> [Int]? in
            guard last.query == q, last.search.narrows(to: search) else { return nil }
            return last.positions
        }
        let positions = keys.matching(search.utf8Words, among: earlier)
        lock.withLock { lastListMatches = (q, search, positions) }
        return positions
    }
}

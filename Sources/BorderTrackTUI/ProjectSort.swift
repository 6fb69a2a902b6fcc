import BorderTrackCore

/// The project list's sort columns, in the order `s` cycles through them.
public enum SortColumn: String, CaseIterable, Sendable {
    case name, kind, official, local, assessed, discrepancies, updated, target

    /// Orders two summaries ascending by this column; ties by English name, then id.
    public func ascending(_ a: ProjectSummary, _ b: ProjectSummary) -> Bool {
        func tie() -> Bool {
            let x = a.project.names.en.lowercased(), y = b.project.names.en.lowercased()
            return x != y ? x < y : a.project.id < b.project.id
        }
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Bool { x != y ? x < y : tie() }
        switch self {
        case .name: return tie()
        case .kind: return cmp(a.project.kind.label, b.project.kind.label)
        case .official: return cmp(a.official?.status.sortKey ?? -1, b.official?.status.sortKey ?? -1)
        case .local: return cmp(a.local?.status.sortKey ?? -1, b.local?.status.sortKey ?? -1)
        case .assessed: return cmp(a.assessedRank, b.assessedRank)
        case .discrepancies:
            // Worst first counts as "largest": critical > major > minor > none, then the count.
            let ka = (3 - (a.worstSeverity.map { Severity.allCases.firstIndex(of: $0)! } ?? 3), a.openDiscrepancies)
            let kb = (3 - (b.worstSeverity.map { Severity.allCases.firstIndex(of: $0)! } ?? 3), b.openDiscrepancies)
            return ka != kb ? ka < kb : tie()
        case .updated: return cmp(a.lastClaim?.start.ordinal ?? Int.min, b.lastClaim?.start.ordinal ?? Int.min)
        case .target: return cmp(a.target?.target.start.ordinal ?? Int.max, b.target?.target.start.ordinal ?? Int.max)
        }
    }

    /// Sorts summaries by this column (descending reverses the whole order, ties included), the same
    /// order as `ascending` gives but with each row's keys computed once instead of per comparison.
    public func sorted(_ rows: [ProjectSummary], descending: Bool) -> [ProjectSummary] {
        var keyed = rows.map { (key: sortKey($0), row: $0) }
        keyed.sort { descending ? $1.key < $0.key : $0.key < $1.key }
        return keyed.map(\.row)
    }

    /// Where a summary goes in rows already sorted by this column (after any equal row).
    public func insertionIndex(of row: ProjectSummary, in rows: [ProjectSummary], descending: Bool) -> Int {
        let key = sortKey(row)
        var lo = 0, hi = rows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let other = sortKey(rows[mid])
            if descending ? other < key : key < other { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// A summary's position under this column: the column's value, then the lower-cased English name, then the id.
    public struct SortKey: Comparable, Sendable {
        let number: Int
        let count: Int
        let text: String
        let name: String
        let id: String
        public static func < (a: SortKey, b: SortKey) -> Bool {
            if a.number != b.number { return a.number < b.number }
            if a.count != b.count { return a.count < b.count }
            if a.text != b.text { return a.text < b.text }
            if a.name != b.name { return a.name < b.name }
            return a.id < b.id
        }
    }

    /// The key `ascending` compares, computed once.
    public func sortKey(_ s: ProjectSummary) -> SortKey {
        let name = s.nameKey, id = s.project.id
        switch self {
        case .name: return SortKey(number: 0, count: 0, text: "", name: name, id: id)
        case .kind: return SortKey(number: 0, count: 0, text: s.project.kind.label, name: name, id: id)
        case .official: return SortKey(number: s.officialRank, count: 0, text: "", name: name, id: id)
        case .local: return SortKey(number: s.localRank, count: 0, text: "", name: name, id: id)
        case .assessed: return SortKey(number: s.assessedRank, count: 0, text: "", name: name, id: id)
        case .discrepancies: return SortKey(number: s.severityRank, count: s.openDiscrepancies, text: "", name: name, id: id)
        case .updated: return SortKey(number: s.updatedRank, count: 0, text: "", name: name, id: id)
        case .target: return SortKey(number: s.targetRank, count: 0, text: "", name: name, id: id)
        }
    }

    /// The next column in the cycle.
    public var next: SortColumn {
        let all = SortColumn.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

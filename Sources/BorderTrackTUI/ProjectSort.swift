import BorderTrackCore

/// The project list's sort columns, in the order `s` cycles through them.
public enum SortColumn: String, CaseIterable, Sendable {
    case name, kind, official, local, discrepancies, updated, target

    /// Orders two summaries ascending by this column; ties by English name, then id.
    public func ascending(_ a: ProjectSummary, _ b: ProjectSummary) -> Bool {
        func tie() -> Bool {
            let x = a.project.names.en.lowercased(), y = b.project.names.en.lowercased()
            return x != y ? x < y : a.project.id < b.project.id
        }
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Bool { x != y ? x < y : tie() }
        switch self {
        case .name: return tie()
        case .kind: return cmp(a.project.kind.rawValue, b.project.kind.rawValue)
        case .official: return cmp(a.official?.status.sortKey ?? -1, b.official?.status.sortKey ?? -1)
        case .local: return cmp(a.local?.status.sortKey ?? -1, b.local?.status.sortKey ?? -1)
        case .discrepancies:
            // Worst first counts as "largest": critical > major > minor > none, then the count.
            let ka = (3 - (a.worstSeverity.map { Severity.allCases.firstIndex(of: $0)! } ?? 3), a.openDiscrepancies)
            let kb = (3 - (b.worstSeverity.map { Severity.allCases.firstIndex(of: $0)! } ?? 3), b.openDiscrepancies)
            return ka != kb ? ka < kb : tie()
        case .updated: return cmp(a.lastClaim?.start.ordinal ?? Int.min, b.lastClaim?.start.ordinal ?? Int.min)
        case .target: return cmp(a.target?.target.start.ordinal ?? Int.max, b.target?.target.start.ordinal ?? Int.max)
        }
    }

    /// The next column in the cycle.
    public var next: SortColumn {
        let all = SortColumn.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

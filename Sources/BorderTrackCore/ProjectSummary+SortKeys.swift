/// The numbers the project list sorts by, in one place for the in-memory list and the store's indexes.
extension ProjectSummary {
    /// The official status's lifecycle position, -1 without one.
    public var officialRank: Int { official?.status.sortKey ?? -1 }
    /// The local status's lifecycle position, -1 without one.
    public var localRank: Int { local?.status.sortKey ?? -1 }
    /// The assessed status's lifecycle position, -1 without one.
    public var assessedRank: Int { assessed?.status.sortKey ?? -1 }
    /// Worst open severity as a number that grows with severity: critical 3, major 2, minor 1, none 0.
    public var severityRank: Int { worstSeverity.map { 3 - Severity.allCases.firstIndex(of: $0)! } ?? 0 }
    /// The latest claim's first day as an ordinal; `Int.min` without claims (sorts first ascending).
    public var updatedRank: Int { lastClaim?.start.ordinal ?? Int.min }
    /// The target's first day as an ordinal; `Int.max` without one (sorts last ascending).
    public var targetRank: Int { target?.target.start.ordinal ?? Int.max }
    /// The English name lower-cased: the tie-break of every column (then the id).
    public var nameKey: String { project.names.en.lowercased() }
}


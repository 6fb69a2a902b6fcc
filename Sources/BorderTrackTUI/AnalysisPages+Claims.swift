import BorderTrackCore

/// The claims table of a tracker analysed whole: every counted claim of the analysis and the superseded ones it
/// keeps aside (withdrawn ones are in neither),
/// filtered and sorted in memory; a query's rows are kept until the query or the data changes.
extension AnalysisPages: ClaimPages {
    /// Every claim as a table row: its source's tier, and whether another claim supersedes it.
    func allClaimRows() -> [ClaimRow] {
        let sources = analysis.sources
        var rows = analysis.claimsByProject.values.flatMap { $0 }.map { ClaimRow(claim: $0, tier: sources[$0.source]?.tier, state: .current) }
        for c in analysis.supersededClaims.values.joined() {
            rows.append(ClaimRow(claim: c, tier: sources[c.source]?.tier, state: .superseded))
        }
        return rows
    }

    public func claimsCount(_ q: ClaimsQuery) -> Int {
        claimsCache.selection(q, build: allClaimRows).count
    }

    public func claimRow(_ q: ClaimsQuery, at index: Int) -> ClaimRow? {
        let rows = claimsCache.selection(q, build: allClaimRows)
        return rows.indices.contains(index) ? rows[index] : nil
    }

    public func claimsFrequency(_ q: ClaimsQuery, column: ClaimColumn) -> [ClaimFrequency] {
        q.frequency(of: column, in: claimsCache.allRows(allClaimRows))
    }
}

import BorderTrackCore

/// The claims table of a tracker analysed whole: every claim of the analysis (withdrawn ones are not in it),
/// filtered and sorted in memory; a query's rows are kept until the query or the data changes.
extension AnalysisPages: ClaimPages {
    /// Every claim as a table row: its source's tier, and whether another claim supersedes it.
    func allClaimRows() -> [ClaimRow] {
        let claims = analysis.claimsByProject.values.flatMap { $0 }
        let superseded = Set(claims.compactMap(\.supersedes))
        let sources = analysis.sources
        return claims.map { ClaimRow(claim: $0, tier: sources[$0.source]?.tier, state: superseded.contains($0.id) ? .superseded : .current) }
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

import BorderTrackCore

/// The claims table of a tracker, read as screens need it: in memory from a whole analysis
/// (`AnalysisPages`) or page by page from a store (`StorePages`), with the same rows in the same order.
public protocol ClaimPages: AnyObject {
    /// How many claims the query selects.
    func claimsCount(_ q: ClaimsQuery) -> Int
    /// The row at a position of the query's order.
    func claimRow(_ q: ClaimsQuery, at index: Int) -> ClaimRow?
    /// How many selected claims hold each value of a column, most frequent first.
    func claimsFrequency(_ q: ClaimsQuery, column: ClaimColumn) -> [ClaimFrequency]
}

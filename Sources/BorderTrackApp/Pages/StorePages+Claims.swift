import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI

/// The claims table of a large tracker, read from the store (`ClaimsTable`) in blocks of 128 rows through the
/// index of the sort, counted once per filter and counted by value with `GROUP BY`: nothing loads every claim.
extension StorePages: ClaimPages {
    /// The store's claims table (every engine the app opens has one).
    private var claimsTable: (any ClaimsTable)? { store as? any ClaimsTable }

    package func claimsCount(_ q: ClaimsQuery) -> Int {
        guard let t = claimsTable else { return 0 }
        return claimsCache.count(q) { attempt(0) { try t.claimsCount(q) } }
    }

    package func claimRow(_ q: ClaimsQuery, at index: Int) -> ClaimRow? {
        guard let t = claimsTable else { return nil }
        return claimsCache.row(q, at: index) { offset, limit in attempt([]) { try t.claimsPage(q, offset: offset, limit: limit) } }
    }

    package func claimsFrequency(_ q: ClaimsQuery, column: ClaimColumn) -> [ClaimFrequency] {
        guard let t = claimsTable else { return [] }
        return attempt([]) { try t.claimsFrequency(q, column: column) }
    }
}

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
        let count = claimsCount(q)
        guard index < count else { return nil }
        return claimsCache.row(q, at: index) { r in
            attempt([]) {
                // Next to a block already read: by key from its row (one index range, however deep).
                if let p = r.previousRow { return try t.claimsPage(q, from: p, before: false, limit: r.limit) }
                let limit = min(r.limit, count - r.offset)
                if let n = r.nextRow { return try t.claimsPage(q, from: n, before: true, limit: limit) }
                // In the second half (the end, after G): from the end in the reversed order, so the skip stays short.
                if r.offset > count / 2 {
                    var reversed = q
                    reversed.descending.toggle()
                    return try t.claimsPage(reversed, offset: count - r.offset - limit, limit: limit).reversed()
                }
                return try t.claimsPage(q, offset: r.offset, limit: r.limit)
            }
        }
    }

    package func claimsFrequency(_ q: ClaimsQuery, column: ClaimColumn) -> [ClaimFrequency] {
        guard let t = claimsTable else { return [] }
        return attempt([]) { try t.claimsFrequency(q, column: column) }
    }
}

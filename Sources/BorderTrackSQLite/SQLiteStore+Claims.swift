import BorderTrackCore
import BorderTrackStore
import GRDB

/// The claims table of a large tracker, read page by page (`ClaimsTable`): each page one statement through
/// the index of its sort (`v10: claims table indexes`), each frequency table one `GROUP BY`.
extension SQLiteStore: ClaimsTable {
    public func claimsCount(_ q: ClaimsQuery) throws -> Int {
        try read { db in
            // Unfiltered: the table's count less the withdrawn claims (two index counts, no anti-join per row).
            if !q.isFiltered {
                return try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM claim) - (SELECT count(*) FROM withdrawal WHERE kind = 'claim')") ?? 0
            }
            let c = ClaimsSQL(q, .sqlite).conditions
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM claim c WHERE \(c.sql)", arguments: StatementArguments(c.args)) ?? 0
        }
    }

    public func claimsPage(_ q: ClaimsQuery, offset: Int, limit: Int) throws -> [ClaimRow] {
        try read { db in
            let s = ClaimsSQL(q, .sqlite), c = s.conditions
            return try claimRows(db, where: c.sql, orderBy: s.orderBy,
                                 arguments: c.args.map { $0 as DatabaseValueConvertible } + [max(0, limit), max(0, offset)])
        }
    }

    public func claimsPage(_ q: ClaimsQuery, from row: ClaimRow, before: Bool, limit: Int) throws -> [ClaimRow] {
        try read { db in
            var rq = q
            if before { rq.descending.toggle() }
            let s = ClaimsSQL(rq, .sqlite), c = s.conditions
            let page = try claimRows(db, where: "\(c.sql) AND \(s.beyond(before: false))", orderBy: s.orderBy,
                                     arguments: (c.args + s.key(of: row)).map { $0 as DatabaseValueConvertible } + [max(0, limit), 0])
            return before ? page.reversed() : page
        }
    }

    /// Claim rows of `SELECT … WHERE … ORDER BY … LIMIT ? OFFSET ?` (the last two arguments).
    private func claimRows(_ db: Database, where conditions: String, orderBy: String, arguments: [DatabaseValueConvertible]) throws -> [ClaimRow] {
        // `c.*` first, in table order, so the claim reader finds its columns by position; then tier and state.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.*, (SELECT tier FROM source WHERE id = c.source) AS bt_tier, \(ClaimsSQL.superseded) AS bt_superseded
            FROM claim c WHERE \(conditions) ORDER BY \(orderBy) LIMIT ? OFFSET ?
            """, arguments: StatementArguments(arguments))
        var out: [ClaimRow] = []
        while let r = try rows.next() {
            out.append(ClaimRow(claim: try claim(from: r), tier: (r["bt_tier"] as String?).flatMap(SourceTier.init(rawValue:)),
                                state: r["bt_superseded"] as Bool ? .superseded : .current))
        }
        return out
    }

    public func claimsFrequency(_ q: ClaimsQuery, column: ClaimColumn) throws -> [ClaimFrequency] {
        try read { db in
            let s = ClaimsSQL(q, .sqlite), c = s.conditions
            // A tier is counted through its sources: a few hundred groups instead of a lookup per claim.
            let expr = column == .tier ? "c.source" : s.frequencyValue(column)
            var counts: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT \(expr) AS v, count(*) AS n FROM claim c WHERE \(c.sql) GROUP BY v",
                                           arguments: StatementArguments(c.args))
            var tiers: [String: String] = [:]
            if column == .tier {
                for r in try Row.fetchAll(db, sql: "SELECT id, tier FROM source") { tiers[r["id"]] = r["tier"] }
            }
            while let r = try rows.next() {
                let v: String = r["v"] ?? ""
                counts[column == .tier ? tiers[v] ?? "" : v, default: 0] += r["n"] as Int
            }
            return ClaimFrequency.ordered(counts.map { ClaimFrequency(value: $0.key, count: $0.value) })
        }
    }
}

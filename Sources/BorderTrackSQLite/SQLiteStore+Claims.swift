import BorderTrackCore
import BorderTrackStore
import GRDB

/// The claims table of a large tracker, read page by page (`ClaimsTable`): each page one statement through
/// the index of its sort (`v10: claims table indexes`), each frequency table one `GROUP BY`.
extension SQLiteStore: ClaimsTable {
    public func claimsCount(_ q: ClaimsQuery) throws -> Int {
        try read { db in
            let c = ClaimsSQL(q, .sqlite).conditions
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM claim c WHERE \(c.sql)", arguments: StatementArguments(c.args)) ?? 0
        }
    }

    public func claimsPage(_ q: ClaimsQuery, offset: Int, limit: Int) throws -> [ClaimRow] {
        try read { db in
            let s = ClaimsSQL(q, .sqlite), c = s.conditions
            // `c.*` first, in table order, so the claim reader finds its columns by position; then tier and state.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.*, (SELECT tier FROM source WHERE id = c.source) AS bt_tier, \(ClaimsSQL.superseded) AS bt_superseded
                FROM claim c WHERE \(c.sql) ORDER BY \(s.orderBy) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(c.args.map { $0 as DatabaseValueConvertible } + [max(0, limit), max(0, offset)]))
            var out: [ClaimRow] = []
            while let r = try rows.next() {
                out.append(ClaimRow(claim: try claim(from: r), tier: (r["bt_tier"] as String?).flatMap(SourceTier.init(rawValue:)),
                                    state: r["bt_superseded"] as Bool ? .superseded : .current))
            }
            return out
        }
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

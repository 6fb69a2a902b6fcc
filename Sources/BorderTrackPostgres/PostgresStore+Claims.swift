#if Postgres
import BorderTrackCore
import BorderTrackStore
import Foundation
import PostgresNIO

/// The claims table of a large tracker, read page by page (`ClaimsTable`): each page one statement through
/// the index of its sort (`v10: claims table indexes`), each frequency table one `GROUP BY`. Same answers as
/// `SQLiteStore`'s (text compared in the "C" collation).
extension PostgresStore: ClaimsTable {
    /// The query in SQL, its search folded in the session's collation (`ClaimsSQL.fold`).
    func claimsSQL(_ q: ClaimsQuery, _ link: PostgresLink) -> ClaimsSQL {
        var s = ClaimsSQL(q, .postgres)
        s.fold = session.fold { try (link.int("SELECT count(*) FROM pg_collation WHERE collname = 'und-x-icu'") ?? 0) > 0 }
        return s
    }

    /// The query's conditions with their arguments bound as `$n` after those already in `binds`.
    static func claimConditions(_ s: ClaimsSQL, _ binds: inout PostgresBindings) -> String {
        numbered(s.conditions, &binds)
    }

    public func claimsCount(_ q: ClaimsQuery) throws -> Int {
        try run("read the claims") { link in
            // Unfiltered: the table's count less the withdrawn claims (no anti-join per row).
            if !q.isFiltered {
                return try link.int("SELECT (SELECT count(*) FROM claim) - (SELECT count(*) FROM withdrawal WHERE kind = 'claim')") ?? 0
            }
            var binds = PostgresBindings()
            let cond = Self.claimConditions(claimsSQL(q, link), &binds)
            return try link.int(PostgresQuery(unsafeSQL: "SELECT count(*) FROM claim c WHERE \(cond)", binds: binds)) ?? 0
        }
    }

    public func claimsPage(_ q: ClaimsQuery, offset: Int, limit: Int) throws -> [ClaimRow] {
        try run("read the claims") { link in
            let s = claimsSQL(q, link)
            var binds = PostgresBindings()
            let cond = Self.claimConditions(s, &binds)
            return try claimRows(link, s, cond, &binds, limit: limit, offset: offset)
        }
    }

    public func claimsPage(_ q: ClaimsQuery, from row: ClaimRow, before: Bool, limit: Int) throws -> [ClaimRow] {
        try run("read the claims") { link in
            var rq = q
            if before { rq.descending.toggle() }
            let s = claimsSQL(rq, link)
            var binds = PostgresBindings()
            var cond = Self.claimConditions(s, &binds)
            let key = s.key(of: row)
            binds.append(key[0]); binds.append(key[1])
            cond += " AND " + s.beyond(before: false).replacingOccurrences(of: "(?, ?)", with: "($\(binds.count - 1), $\(binds.count))")
            let page = try claimRows(link, s, cond, &binds, limit: limit, offset: 0)
            return before ? page.reversed() : page
        }
    }

    /// Claim rows of the conditions in the query's order, `limit` from `offset`.
    private func claimRows(_ link: PostgresLink, _ s: ClaimsSQL, _ cond: String, _ binds: inout PostgresBindings,
                           limit: Int, offset: Int) throws -> [ClaimRow] {
        binds.append(max(0, limit)); binds.append(max(0, offset))
        let rows = try link.query(PostgresQuery(unsafeSQL: """
            SELECT c.*, (SELECT tier FROM source WHERE id = c.source) AS bt_tier, \(ClaimsSQL.superseded) AS bt_superseded
            FROM claim c WHERE \(cond) ORDER BY \(s.orderBy) LIMIT $\(binds.count - 1) OFFSET $\(binds.count)
            """, binds: binds))
        let claims = try claimRows(rows)
        return try zip(rows, claims).map { r, c in
            ClaimRow(claim: c.value, tier: try r.optionalText("bt_tier").flatMap(SourceTier.init(rawValue:)),
                     state: try r["bt_superseded"].decode(Bool.self) ? .superseded : .current)
        }
    }

    public func claimsFrequency(_ q: ClaimsQuery, column: ClaimColumn) throws -> [ClaimFrequency] {
        try run("count the claims") { link in
            let s = claimsSQL(q, link)
            var binds = PostgresBindings()
            let cond = Self.claimConditions(s, &binds)
            // A tier is counted through its sources: a few hundred groups instead of a lookup per claim.
            let expr = column == .tier ? "c.source" : s.frequencyValue(column)
            let rows = try link.query(PostgresQuery(unsafeSQL: "SELECT \(expr) AS v, count(*) AS n FROM claim c WHERE \(cond) GROUP BY 1",
                                                    binds: binds))
            var tiers: [String: String] = [:]
            if column == .tier {
                for r in try link.query("SELECT id, tier FROM source") { tiers[try r.text("id")] = try r.text("tier") }
            }
            var counts: [String: Int] = [:]
            for r in rows {
                let v = try r.optionalText("v") ?? ""
                counts[column == .tier ? tiers[v] ?? "" : v, default: 0] += try r.int("n")
            }
            return ClaimFrequency.ordered(counts.map { ClaimFrequency(value: $0.key, count: $0.value) })
        }
    }
}
#endif

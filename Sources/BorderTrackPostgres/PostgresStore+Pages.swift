#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

/// Pages of the derived tables for a large tracker's screens — list rows in any sort and filter, their count, a
/// row's position, search keys, the discrepancy queue — each one statement on an index, never a load of the
/// tracker. Same answers as `SQLiteStore`'s (the "C" collation orders text as SQLite's BINARY does).
extension PostgresStore {
    /// The query's conditions with their arguments bound as `$n` after those already in `binds`.
    static func conditions(_ q: SummaryQuery, _ binds: inout PostgresBindings) -> String {
        numbered(q.conditions(.postgres), &binds)
    }

    /// SQL written with `?` placeholders (the dialect-neutral conditions of `SummaryQuery` and `ClaimsSQL`), its
    /// arguments bound as `$n` after those already in `binds`.
    static func numbered(_ c: (sql: String, args: [String]), _ binds: inout PostgresBindings) -> String {
        var sql = "", next = 0
        for ch in c.sql {
            guard ch == "?" else { sql.append(ch); continue }
            binds.append(c.args[next])
            next += 1
            sql += "$\(binds.count)"
        }
        return sql
    }

    /// The row-value comparison selecting rows after (or, `before`, ahead of) the row of the project bound last.
    static func beyond(_ q: SummaryQuery, before: Bool, _ binds: inout PostgresBindings, project: String) -> String {
        binds.append(project)
        return q.beyond(before: before, key: "(SELECT \(q.order.columns.joined(separator: ", ")) FROM summary WHERE project = $\(binds.count))")
    }

    /// Summaries from the rows of a `SELECT DerivedRows.summarySelect FROM summary …` statement.
    func summaries(_ link: PostgresLink, _ sql: String, _ binds: PostgresBindings) throws -> [ProjectSummary] {
        try link.query(PostgresQuery(unsafeSQL: sql, binds: binds)).map { try DerivedRows.summary(from: SummaryCells(row: $0)) }
    }

    /// How many projects the query selects.
    public func summaryCount(_ q: SummaryQuery) throws -> Int {
        try run("read the derived summaries") { link in
            if !q.isFiltered, let st = try derivedState(link) { return st.projects }
            var binds = PostgresBindings()
            let cond = Self.conditions(q, &binds)
            return try link.int(PostgresQuery(unsafeSQL: "SELECT count(*) FROM summary WHERE \(cond)", binds: binds)) ?? 0
        }
    }

    /// Rows `offset ..< offset + limit` of the query, in its order.
    public func summaryPage(_ q: SummaryQuery, offset: Int, limit: Int) throws -> [ProjectSummary] {
        try run("read the derived summaries") { link in
            var binds = PostgresBindings()
            let cond = Self.conditions(q, &binds)
            binds.append(max(0, limit)); binds.append(max(0, offset))
            return try summaries(link, "SELECT \(DerivedRows.summarySelect) FROM summary WHERE \(cond) ORDER BY \(q.orderBy()) LIMIT $\(binds.count - 1) OFFSET $\(binds.count)", binds)
        }
    }

    /// Up to `limit` rows right after (or, `before`, right ahead of) the row of `project`, in the query's order.
    public func summaryPage(_ q: SummaryQuery, from project: String, before: Bool, limit: Int) throws -> [ProjectSummary] {
        try run("read the derived summaries") { link in
            var binds = PostgresBindings()
            let cond = Self.conditions(q, &binds)
            let beyond = Self.beyond(q, before: before, &binds, project: project)
            binds.append(max(0, limit))
            let page = try summaries(link, """
                SELECT \(DerivedRows.summarySelect) FROM summary WHERE \(cond) AND \(beyond) ORDER BY \(q.orderBy(reversed: before)) LIMIT $\(binds.count)
                """, binds)
            return before ? page.reversed() : page
        }
    }

    /// The position of a project's row in the query's order; nil when the query does not select it.
    public func summaryPosition(_ q: SummaryQuery, of project: String) throws -> Int? {
        try run("read the derived summaries") { link in
            var binds = PostgresBindings()
            binds.append(project)
            let selected = Self.conditions(q, &binds)
            let cond = Self.conditions(q, &binds)
            let beyond = Self.beyond(q, before: true, &binds, project: project)
            return try link.int(PostgresQuery(unsafeSQL: """
                SELECT CASE WHEN EXISTS (SELECT 1 FROM summary WHERE project = $1 AND \(selected))
                       THEN (SELECT count(*) FROM summary WHERE \(cond) AND \(beyond)) END
                """, binds: binds))
        }
    }

    /// Every project id the query selects, in its order.
    public func summaryIDs(_ q: SummaryQuery) throws -> [String] {
        try run("read the derived summaries") { link in
            var binds = PostgresBindings()
            let cond = Self.conditions(q, &binds)
            return try link.query(PostgresQuery(unsafeSQL: "SELECT project FROM summary WHERE \(cond) ORDER BY \(q.orderBy())", binds: binds))
                .map { try $0.text("project") }
        }
    }

    /// One project's summary row.
    public func summaryRow(of project: String) throws -> ProjectSummary? {
        try run("read the derived summaries") { link in
            var binds = PostgresBindings()
            binds.append(project)
            return try summaries(link, "SELECT \(DerivedRows.summarySelect) FROM summary WHERE project = $1", binds).first
        }
    }

    /// Every selected project's id and search key, in the query's order: the keys as one UTF-8 buffer, each
    /// followed by a 0 byte; `ends[i]` is where key `i` ends.
    public func summarySearchKeys(_ q: SummaryQuery) throws -> (ids: [String], keys: [UInt8], ends: [Int]) {
        try readAside { link in try Self.keys(link, q, column: "search_text") }
    }

    public func summaryNameKeys() throws -> (ids: [String], keys: [UInt8], ends: [Int]) {
        try readAside { link in try Self.keys(link, SummaryQuery(order: .name, descending: false), column: "search") }
    }

    /// A text column of the query's summaries as one buffer, on a connection of its own (`readAside`: one snapshot,
    /// and the UI's own connection stays free for its pages while a hundred thousand texts are read).
    ///
    /// In pieces of `searchPiece` rows, each after the last one's project by its sort key: a piece's rows are copied
    /// into the buffer and released before the next is read. One statement for every row held them all at once,
    /// twice over (the driver's rows, then their random-access copies): a 100,000-project tracker's UI grew to
    /// 350 MB, which the allocator then kept. The buffer is sized first, so it is allocated once rather than
    /// doubled (and copied) as it grows.
    static func keys(_ link: PostgresLink, _ q: SummaryQuery, column: String) throws -> (ids: [String], keys: [UInt8], ends: [Int]) {
        var ids: [String] = [], keys: [UInt8] = [], ends: [Int] = []
        var sizing = PostgresBindings()
        let selected = conditions(q, &sizing)
        if let size = try link.query(PostgresQuery(unsafeSQL: """
            SELECT count(*)::bigint, coalesce(sum(octet_length(\(column)) + 1), 0)::bigint FROM summary WHERE \(selected)
            """, binds: sizing)).first {
            let rows = try size[0].decode(Int.self)
            ids.reserveCapacity(rows); ends.reserveCapacity(rows); keys.reserveCapacity(try size[1].decode(Int.self))
        }
        while true {
            var binds = PostgresBindings()
            var cond = conditions(q, &binds)
            if let last = ids.last { cond += " AND " + beyond(q, before: false, &binds, project: last) }
            binds.append(searchPiece)
            let rows = try link.query(PostgresQuery(unsafeSQL: """
                SELECT project, \(column) FROM summary WHERE \(cond) ORDER BY \(q.orderBy()) LIMIT $\(binds.count)
                """, binds: binds))
            for r in rows {
                ids.append(try r[0].decode(String.self))
                keys.append(contentsOf: try r[1].decode(String.self).utf8)
                ends.append(keys.count)
                keys.append(0)
            }
            if rows.count < searchPiece { return (ids, keys, ends) }
        }
    }

    /// How many summaries' search texts one statement of `summarySearchKeys` reads.
    static let searchPiece = 10_000

    /// Queue entries `offset ..< offset + limit` (open and acknowledged discrepancies in queue order): the bucket
    /// holding `offset` is found by a running sum over `queue_bucket`, and only entries inside it are skipped.
    public func queuePage(offset: Int, limit: Int) throws -> [QueueRef] {
        try run("read the discrepancy queue") { link in
            let skip = max(0, offset)
            guard let b = try link.query("""
                SELECT severity, minus_from, ahead FROM (
                    SELECT severity, minus_from, n, (sum(n) OVER (ORDER BY severity, minus_from) - n)::bigint AS ahead FROM queue_bucket) b
                WHERE ahead + n > \(skip) ORDER BY severity, minus_from LIMIT 1
                """).first else { return [] }
            let inside = skip - (try b.int("ahead"))
            return try link.query("""
                SELECT id, project FROM queue_entry WHERE (severity, minus_from) >= (\(try b.int("severity")), \(try b.int("minus_from")))
                ORDER BY severity, minus_from, id LIMIT \(max(0, limit)) OFFSET \(inside)
                """).map { QueueRef(id: try $0.text("id"), project: try $0.text("project")) }
        }
    }

    /// How many open and acknowledged discrepancies there are.
    public func queueCount() throws -> Int {
        try run("read the discrepancy queue") { link in
            if let st = try derivedState(link) { return st.queue }
            return try link.int("SELECT count(*) FROM queue_entry") ?? 0
        }
    }

    /// The queue position of a discrepancy (the buckets ahead of its own, and the entries ahead of it inside it);
    /// nil when it is not in the queue. With its `project` the entry is found through `queue_by_project`.
    public func queuePosition(of id: String, project: String? = nil) throws -> Int? {
        try run("read the discrepancy queue") { link in
            var binds = PostgresBindings()
            binds.append(id)
            var which = "e.id = $1"
            if let project { binds.append(project); which += " AND e.project = $2" }
            return try link.int(PostgresQuery(unsafeSQL: """
                SELECT ((SELECT coalesce(sum(n), 0) FROM queue_bucket b WHERE (b.severity, b.minus_from) < (e.severity, e.minus_from))
                     + (SELECT count(*) FROM queue_entry i WHERE i.severity = e.severity AND i.minus_from = e.minus_from AND i.id < e.id))::bigint
                FROM queue_entry e WHERE \(which) LIMIT 1
                """, binds: binds))
        }
    }

    /// The project of a queued discrepancy; nil when it is not in the queue.
    public func queueProject(of id: String) throws -> String? {
        try run("read the discrepancy queue") { link in
            try link.query("SELECT project FROM queue_entry WHERE id = \(id) LIMIT 1").first.map { try $0.text("project") }
        }
    }

    /// About how many projects the tracker has (the last project row's number; no scan).
    public func projectCountEstimate() throws -> Int {
        try run("read projects") { link in try link.int("SELECT coalesce(max(seq), 0) FROM project") ?? 0 }
    }

    /// The open and acknowledged discrepancies of the derived queue in queue order, narrowed to the given projects,
    /// kinds, severities and states (each: any when empty). Only meaningful while the derived tables are current.
    public func listQueue(projects: [String], kinds: [DiscrepancyKind], severities: [Severity], states: [FlagState],
                          _ each: (QueuedDiscrepancy) throws -> Void) throws {
        var binds = PostgresBindings()
        var conditions: [String] = []
        if !projects.isEmpty { binds.append(projects); conditions.append("e.project = ANY($\(binds.count))") }
        if !kinds.isEmpty { binds.append(kinds.map(\.rawValue)); conditions.append("t.kind = ANY($\(binds.count))") }
        if !severities.isEmpty { binds.append(severities.map(\.queueRank)); conditions.append("e.severity = ANY($\(binds.count))") }
        if !states.isEmpty { binds.append(states.map(\.rawValue)); conditions.append("t.state = ANY($\(binds.count))") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try read { link in
            try link.query(PostgresQuery(unsafeSQL: """
                SELECT e.severity, e.minus_from, e.id, e.project, t.kind, t.state, t.to_day, t.ongoing, t.explanation
                FROM queue_entry AS e LEFT JOIN queue_text AS t ON t.project = e.project AND t.id = e.id\(filter)
                ORDER BY e.severity, e.minus_from, e.id
                """, binds: binds))
        }
        for r in rows {
            let id = try r[2].decode(String.self)
            guard let key = QueueKey(severity: try r[0].decode(Int.self), minusFrom: try r[1].decode(Int.self), id: id),
                  let kind = try r[4].decode(String?.self), let state = try r[5].decode(String?.self), let to = try r[6].decode(Int?.self),
                  let ongoing = try r[7].decode(Int?.self).map({ $0 != 0 }), let explanation = try r[8].decode(String?.self) else {
                throw StoreError.corrupt("queue entry \"\(id)\" is incomplete; `bordertrack audit repair` rebuilds it")
            }
            try each(QueuedDiscrepancy(id: key.id, severity: key.severity, kind: kind, project: try r[3].decode(String.self), from: key.from,
                                       to: Day(ordinal: to), ongoing: ongoing, state: state, explanation: explanation))
        }
    }

    /// A `summary` row read by position (`DerivedRows.summarySelect`: the table's columns are in `DerivedRows.summaryColumns` order).
    struct SummaryCells: SummaryRowReader {
        let row: PostgresRandomAccessRow
        func text(_ at: Int) throws -> String? { try row[at].decode(String?.self) }
        func int(_ at: Int) throws -> Int? { try row[at].decode(Int?.self) }
        func double(_ at: Int) throws -> Double? { try row[at].decode(Double?.self) }
    }
}
#endif

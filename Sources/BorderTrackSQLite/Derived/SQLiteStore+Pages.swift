import BorderTrackCore
import BorderTrackStore
import GRDB

/// Pages of the derived tables for a large tracker's screens: list rows in any sort and filter, their
/// count, a row's position, search, and the discrepancy queue — each an index range scan, not a load.
extension SQLiteStore {
    /// One entry of the discrepancy queue: which discrepancy of which project.
    public typealias QueueRef = BorderTrackStore.QueueRef

    /// How many projects the query selects.
    public func summaryCount(_ q: SummaryQuery) throws -> Int {
        try read { db in
            if !q.isFiltered, let st = try SQLiteStore.derivedState(db) { return st.projects }
            let c = q.conditions
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM summary WHERE \(c.sql)", arguments: StatementArguments(c.args)) ?? 0
        }
    }

    /// Rows `offset ..< offset + limit` of the query, in its order.
    public func summaryPage(_ q: SummaryQuery, offset: Int, limit: Int) throws -> [ProjectSummary] {
        try read { db in
            let c = q.conditions
            return try summaries(db, sql: "SELECT \(DerivedRows.summarySelect) FROM summary WHERE \(c.sql) ORDER BY \(q.orderBy()) LIMIT ? OFFSET ?",
                                 arguments: StatementArguments(c.args.map { $0 as DatabaseValueConvertible } + [max(0, limit), max(0, offset)]))
        }
    }

    /// Up to `limit` rows right after (or, `before`, right ahead of) the row of `project`, in the query's order.
    public func summaryPage(_ q: SummaryQuery, from project: String, before: Bool, limit: Int) throws -> [ProjectSummary] {
        try read { db in
            guard let key = try sortKey(db, q, project) else { return [] }
            let c = q.conditions
            let page = try summaries(db, sql: """
                SELECT \(DerivedRows.summarySelect) FROM summary WHERE \(c.sql) AND \(q.beyond(before: before)) ORDER BY \(q.orderBy(reversed: before)) LIMIT ?
                """, arguments: StatementArguments(c.args.map { $0 as DatabaseValueConvertible } + key + [max(0, limit)]))
            return before ? page.reversed() : page
        }
    }

    /// The position of a project's row in the query's order; nil when the query does not select it.
    public func summaryPosition(_ q: SummaryQuery, of project: String) throws -> Int? {
        try read { db in
            let c = q.conditions
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM summary WHERE project = ? AND \(c.sql))",
                                    arguments: StatementArguments([project] + c.args)) == true,
                  let key = try sortKey(db, q, project) else { return nil }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM summary WHERE \(c.sql) AND \(q.beyond(before: true))",
                                    arguments: StatementArguments(c.args.map { $0 as DatabaseValueConvertible } + key))
        }
    }

    /// Queue entries `offset ..< offset + limit` (open and acknowledged discrepancies in queue order).
    ///
    /// The bucket holding `offset` is found by adding up bucket sizes in key order (`queue_bucket`: a few
    /// thousand rows), and only entries inside it are skipped, so a page deep in the queue costs about what
    /// the first one does.
    public func queuePage(offset: Int, limit: Int) throws -> [QueueRef] {
        try read { db in
            var skip = max(0, offset)
            var start: (Int, Int)? = nil
            let buckets = try Row.fetchCursor(db, sql: "SELECT severity, minus_from, n FROM queue_bucket ORDER BY severity, minus_from")
            while let b = try buckets.next() {
                let n: Int = b["n"]
                if skip < n { start = (b["severity"], b["minus_from"]); break }
                skip -= n
            }
            guard let (severity, minusFrom) = start else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT id, project FROM queue_entry WHERE (severity, minus_from) >= (?, ?)
                ORDER BY severity, minus_from, id LIMIT ? OFFSET ?
                """, arguments: [severity, minusFrom, max(0, limit), skip]).map { QueueRef(id: $0["id"], project: $0["project"]) }
        }
    }

    /// How many open and acknowledged discrepancies there are.
    public func queueCount() throws -> Int {
        try read { db in
            if let st = try SQLiteStore.derivedState(db) { return st.queue }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_entry") ?? 0
        }
    }

    /// The queue position of a discrepancy; nil when it is not in the queue.
    ///
    /// With the discrepancy's `project` the entry is found through `queue_by_project` (microseconds); without,
    /// by a scan of the queue (tens of milliseconds at 850,000 entries). The entries ahead of it are the
    /// buckets before its own (`queue_bucket`) and those ahead of it inside its bucket.
    public func queuePosition(of id: String, project: String? = nil) throws -> Int? {
        try read { db in
            let found = project == nil
                ? try Row.fetchOne(db, sql: "SELECT severity, minus_from FROM queue_entry WHERE id = ? LIMIT 1", arguments: [id])
                : try Row.fetchOne(db, sql: "SELECT severity, minus_from FROM queue_entry WHERE project = ? AND id = ? LIMIT 1",
                                   arguments: [project, id])
            guard let r = found else { return nil }
            let (severity, minusFrom): (Int, Int) = (r["severity"], r["minus_from"])
            let before = try Int.fetchOne(db, sql: "SELECT coalesce(sum(n), 0) FROM queue_bucket WHERE (severity, minus_from) < (?, ?)",
                                          arguments: [severity, minusFrom]) ?? 0
            let inside = try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_entry WHERE severity = ? AND minus_from = ? AND id < ?",
                                          arguments: [severity, minusFrom, id]) ?? 0
            return before + inside
        }
    }

    // MARK: - Reading rows back into summaries

    /// A project's sort-key values for the query's order.
    func sortKey(_ db: Database, _ q: SummaryQuery, _ project: String) throws -> [DatabaseValueConvertible]? {
        try Row.fetchOne(db, sql: "SELECT \(q.order.columns.joined(separator: ", ")) FROM summary WHERE project = ?", arguments: [project])
            .map { r in (0..<r.count).map { r[$0] as DatabaseValue } }
    }

    /// Summaries from `summary` rows (`SELECT *`), with their projects, current claims and target plans read by id.
    ///
    /// Columns by position, in table order: project 0, name_key, kind, search, countries, regions 5,
    /// off_status 6 … off_claim 11, loc_status 12 … loc_claim 17, off_key, loc_key, open_count 20, worst 21,
    /// disc_num, claim_count 23, last_claim 24, upd_key, target_plan 26, tgt_key, slips 28.
    func summaries(_ db: Database, _ rows: [Row]) throws -> [ProjectSummary] {
        try rows.map { try summary(from: $0) }
    }

    /// Summaries from the rows a `SELECT DerivedRows.summarySelect FROM summary …` statement yields, read through a cursor (rows are
    /// not copied).
    func summaries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ProjectSummary] {
        var out: [ProjectSummary] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let r = try cursor.next() { out.append(try summary(from: r)) }
        return out
    }

    /// A summary from its `summary` row alone (`DerivedRows.summary(from:)`: the table's columns are in
    /// `DerivedRows.summaryColumns` order).
    func summary(from r: Row) throws -> ProjectSummary {
        try DerivedRows.summary(from: RowReader(row: r))
    }

    /// A GRDB row read by position as `DerivedRows.summary(from:)` reads it.
    struct RowReader: SummaryRowReader {
        let row: Row
        func text(_ at: Int) -> String? { row[at] }
        func int(_ at: Int) -> Int? { row[at] }
        func double(_ at: Int) -> Double? { row[at] }
    }
}

extension SQLiteStore {
    /// Every project id the query selects, in its order.
    public func summaryIDs(_ q: SummaryQuery) throws -> [String] {
        try read { db in
            let c = q.conditions
            return try String.fetchAll(db, sql: "SELECT project FROM summary WHERE \(c.sql) ORDER BY \(q.orderBy())", arguments: StatementArguments(c.args))
        }
    }

    /// One project's summary row.
    public func summaryRow(of project: String) throws -> ProjectSummary? {
        try read { db in try summaries(db, try Row.fetchAll(db, sql: "SELECT \(DerivedRows.summarySelect) FROM summary WHERE project = ?", arguments: [project])).first }
    }

    /// The project of a queued discrepancy; nil when it is not in the queue.
    public func queueProject(of id: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT project FROM queue_entry WHERE id = ? LIMIT 1", arguments: [id]) }
    }

}

extension SQLiteStore {
    /// Every selected project's id and search key, in the query's order: what a search steps through
    /// (the keys as one UTF-8 buffer, each followed by a 0 byte; `ends[i]` is where key `i` ends).
    public func summarySearchKeys(_ q: SummaryQuery) throws -> (ids: [String], keys: [UInt8], ends: [Int]) {
        try read { db in try Self.keys(db, q, column: "search_text") }
    }

    public func summaryNameKeys() throws -> (ids: [String], keys: [UInt8], ends: [Int]) {
        try read { db in try Self.keys(db, SummaryQuery(order: .name, descending: false), column: "search") }
    }

    /// A text column of the query's summaries as one buffer, sized first (allocated once, not doubled as it grows).
    static func keys(_ db: Database, _ q: SummaryQuery, column: String) throws -> (ids: [String], keys: [UInt8], ends: [Int]) {
        let c = q.conditions
        var ids: [String] = [], keys: [UInt8] = [], ends: [Int] = []
        if let size = try Row.fetchOne(db, sql: "SELECT count(*), total(length(CAST(\(column) AS BLOB)) + 1) FROM summary WHERE \(c.sql)",
                                       arguments: StatementArguments(c.args)) {
            let rows: Int = size[0], bytes: Double = size[1]
            ids.reserveCapacity(rows); ends.reserveCapacity(rows); keys.reserveCapacity(Int(bytes))
        }
        let cursor = try Row.fetchCursor(db, sql: "SELECT project, \(column) FROM summary WHERE \(c.sql) ORDER BY \(q.orderBy())",
                                         arguments: StatementArguments(c.args))
        while let r = try cursor.next() {
            ids.append(r[0])
            let key: String = r[1]
            keys.append(contentsOf: key.utf8)
            ends.append(keys.count)
            keys.append(0)
        }
        return (ids, keys, ends)
    }
}

import BorderTrackCore
import GRDB

/// Pages of the derived tables for a large tracker's screens: list rows in any sort and filter, their
/// count, a row's position, search, and the discrepancy queue — each an index range scan, not a load.
extension SQLiteStore {
    /// One entry of the discrepancy queue: which discrepancy of which project.
    public struct QueueRef: Hashable, Sendable {
        public let id: String
        public let project: String
    }

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
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM summary WHERE \(c.sql) ORDER BY \(q.orderBy()) LIMIT ? OFFSET ?",
                                        arguments: StatementArguments(c.args + [String(max(0, limit)), String(max(0, offset))]))
            return try summaries(db, rows)
        }
    }

    /// Up to `limit` rows right after (or, `before`, right ahead of) the row of `project`, in the query's order.
    public func summaryPage(_ q: SummaryQuery, from project: String, before: Bool, limit: Int) throws -> [ProjectSummary] {
        try read { db in
            guard let key = try sortKey(db, q, project) else { return [] }
            let c = q.conditions
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM summary WHERE \(c.sql) AND \(q.beyond(before: before)) ORDER BY \(q.orderBy(reversed: before)) LIMIT ?
                """, arguments: StatementArguments(c.args.map { $0 as DatabaseValueConvertible } + key + [max(0, limit)]))
            let page = try summaries(db, rows)
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

    /// The first project at or after (`forward`) or at or before the row of `project` (nil: from the start
    /// or the end) whose search key contains `text` (already lower-cased); nil when none does.
    public func summarySearch(_ q: SummaryQuery, text: String, from project: String?, forward: Bool) throws -> String? {
        try read { db in
            let c = q.conditions
            var sql = "SELECT project FROM summary WHERE \(c.sql) AND instr(search, ?) > 0"
            var args: [DatabaseValueConvertible] = c.args + [text]
            if let project {
                guard let key = try sortKey(db, q, project) else { return nil }
                sql += " AND " + q.beyond(before: !forward, inclusive: true)
                args += key
            }
            sql += " ORDER BY \(q.orderBy(reversed: !forward)) LIMIT 1"
            return try String.fetchOne(db, sql: sql, arguments: StatementArguments(args))
        }
    }

    /// Queue entries `offset ..< offset + limit` (open and acknowledged discrepancies in queue order).
    public func queuePage(offset: Int, limit: Int) throws -> [QueueRef] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, project FROM queue_entry ORDER BY severity, minus_from, id LIMIT ? OFFSET ?",
                             arguments: [max(0, limit), max(0, offset)]).map { QueueRef(id: $0["id"], project: $0["project"]) }
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
    public func queuePosition(of id: String) throws -> Int? {
        try read { db in
            guard let r = try Row.fetchOne(db, sql: "SELECT severity, minus_from FROM queue_entry WHERE id = ? LIMIT 1", arguments: [id]) else {
                return nil
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_entry WHERE (severity, minus_from, id) < (?, ?, ?)",
                                    arguments: [r["severity"] as Int, r["minus_from"] as Int, id])
        }
    }

    // MARK: - Reading rows back into summaries

    /// A project's sort-key values for the query's order.
    func sortKey(_ db: Database, _ q: SummaryQuery, _ project: String) throws -> [DatabaseValueConvertible]? {
        try Row.fetchOne(db, sql: "SELECT \(q.order.columns.joined(separator: ", ")) FROM summary WHERE project = ?", arguments: [project])
            .map { r in (0..<r.count).map { r[$0] as DatabaseValue } }
    }

    /// Summaries from `summary` rows, with their projects, current claims and target plans read by id.
    func summaries(_ db: Database, _ rows: [Row]) throws -> [ProjectSummary] {
        guard !rows.isEmpty else { return [] }
        func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ",") }
        let ids: [String] = rows.map { $0["project"] }
        let projects = try fetchProjects(db, ids: ids)
        let claimIDs = rows.flatMap { [$0["off_claim"] as String?, $0["loc_claim"] as String?] }.compactMap { $0 }
        var claims: [String: Claim] = [:]
        if !claimIDs.isEmpty {
            for r in try Row.fetchAll(db, sql: "SELECT * FROM claim WHERE id IN (\(marks(claimIDs.count)))", arguments: StatementArguments(claimIDs)) {
                let c = try claim(from: r)
                claims[c.id] = c
            }
        }
        let planIDs = rows.compactMap { $0["target_plan"] as String? }
        var plans: [String: Plan] = [:]
        if !planIDs.isEmpty {
            for p in try fetchPlans(db, ids: planIDs) { plans[p.id] = p }
        }
        return try rows.map { r in
            guard let p = projects[r["project"]] else { throw StoreError.corrupt("summary row for unknown project \"\(r["project"] as String)\"") }
            func segment(_ prefix: String) throws -> Segment? {
                guard let status = (r[prefix + "_status"] as String?).flatMap(Status.init(rawValue:)) else { return nil }
                guard let claimID = r[prefix + "_claim"] as String?, let c = claims[claimID] else {
                    throw StoreError.corrupt("summary row for \"\(p.id)\" names a claim that is not stored")
                }
                return Segment.stored(status: status, scope: (r[prefix + "_scope"] as String?).flatMap(Scope.init(rawValue:)),
                                      from: Day(ordinal: r[prefix + "_from"]), to: Day(ordinal: r[prefix + "_to"]),
                                      ongoing: (r[prefix + "_ongoing"] as Int) != 0, claim: c)
            }
            let last: PartialDate? = try (r["last_claim"] as String?).map { try PartialDate(parsing: $0) }
            return ProjectSummary.stored(project: p, official: try segment("off"), local: try segment("loc"),
                                         openDiscrepancies: r["open_count"], worstSeverity: (r["worst"] as String?).flatMap(Severity.init(rawValue:)),
                                         claimCount: r["claim_count"], lastClaim: last,
                                         target: (r["target_plan"] as String?).flatMap { plans[$0] }, slips: r["slips"])
        }
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

    /// The project of a queued discrepancy; nil when it is not in the queue.
    public func queueProject(of id: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT project FROM queue_entry WHERE id = ? LIMIT 1", arguments: [id]) }
    }

    /// One project's flag events in seq order (the `flag_by_project` index).
    public func flagEvents(project: String) throws -> [FlagEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM flag_event WHERE project = ? ORDER BY seq", arguments: [project]).map(SQLiteStore.flagEvent)
        }
    }
}

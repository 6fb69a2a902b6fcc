import BorderTrackCore
import BorderTrackStore
import GRDB

/// Listings streamed straight from the tables: `project list` from the projects and their claims' index, the
/// default `discrepancies` from the derived queue in its key order. Each row is handed on as it is read.
extension SQLiteStore {
    public func listProjects(_ each: (ProjectListing) throws -> Void) throws {
        try read { db in
            // Projects in recording order (the rowid), each one's claims through claim_by_project: no sort, no
            // grouping of a million rows before the first line.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT p.id, p.kind, p.name_en, c.as_of FROM project AS p
                LEFT JOIN claim AS c ON c.project = p.id AND c.id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim')
                ORDER BY p.seq, c.seq
                """)
            var current: (id: String, kind: ProjectKind, name: String, claims: Int, latest: PartialDate?)? = nil
            func flush() throws {
                guard let c = current else { return }
                try each(ProjectListing(id: c.id, kind: c.kind, name: c.name, claims: c.claims, latest: c.latest))
            }
            while let r = try rows.next() {
                let id: String = r[0]
                if current?.id != id {
                    try flush()
                    guard let kind = ProjectKind(rawValue: r[1]) else { throw StoreError.corrupt("project \"\(id)\" has an unknown kind") }
                    current = (id, kind, r[2], 0, nil)
                }
                guard let text: String = r[3] else { continue }
                guard let day = try? PartialDate(parsing: text) else {
                    throw StoreError.corrupt("a claim of project \"\(id)\" has an unreadable as_of date")
                }
                current!.claims += 1
                if current!.latest.map({ day > $0 }) ?? true { current!.latest = day }
            }
            try flush()
        }
    }

    public func longestProjectID() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT max(length(id)) FROM project") ?? 0 }
    }

    /// The open and acknowledged discrepancies of the derived queue in queue order (`QueueKey`: severity, latest start, id),
    /// narrowed to the given projects, kinds, severities and states (each: any when empty), handed to `each` as they
    /// are read. Only meaningful while the derived tables are current (`derivedIsCurrent`): the caller checks.
    public func listQueue(projects: [String], kinds: [DiscrepancyKind], severities: [Severity], states: [FlagState],
                          _ each: (QueuedDiscrepancy) throws -> Void) throws {
        var conditions: [String] = [], arguments: [any DatabaseValueConvertible] = []
        func any<T>(_ column: String, _ values: [T], _ value: (T) -> any DatabaseValueConvertible) {
            guard !values.isEmpty else { return }
            conditions.append("\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ",")))")
            arguments += values.map(value)
        }
        any("e.project", projects) { $0 }
        any("t.kind", kinds) { $0.rawValue }
        any("e.severity", severities) { $0.queueRank }
        any("t.state", states) { $0.rawValue }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.severity, e.minus_from, e.id, e.project, t.kind, t.state, t.to_day, t.ongoing, t.explanation
                FROM queue_entry AS e LEFT JOIN queue_text AS t ON t.project = e.project AND t.id = e.id\(filter)
                ORDER BY e.severity, e.minus_from, e.id
                """, arguments: StatementArguments(arguments.map { $0.databaseValue }))
            while let r = try rows.next() {
                // The key columns read back as a `QueueKey` (their ascending order is its order).
                guard let key = QueueKey(severity: r[0], minusFrom: r[1], id: r[2]), let to: Int = r[6], let ongoing: Bool = r[7],
                      let kind: String = r[4], let state: String = r[5], let explanation: String = r[8] else {
                    throw StoreError.corrupt("queue entry \"\(r[2] as String)\" is incomplete; `bordertrack audit repair` rebuilds it")
                }
                try each(QueuedDiscrepancy(id: key.id, severity: key.severity, kind: kind, project: r[3], from: key.from,
                                           to: Day(ordinal: to), ongoing: ongoing, state: state, explanation: explanation))
            }
        }
    }
}

#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

/// Checking the derived tables against a fresh analysis (`DerivedCheck`, compared by `DerivedComparison` as on
/// SQLite), and rewriting what differs.
extension PostgresStore {
    /// The `summary` columns stored as integers and as floating-point numbers (the rest are text).
    static let summaryIntColumns: Set<String> = ["off_from", "off_to", "off_ongoing", "loc_from", "loc_to", "loc_ongoing", "off_key", "loc_key",
                                                 "open_count", "disc_num", "claim_count", "upd_key", "tgt_key", "slips", "as_key"]
    static let summaryDoubleColumns: Set<String> = ["p_lat", "p_lon"]

    /// A value as compared: NULL is NULL whatever the column's type.
    static func comparable(_ v: PostgresBulkInsert.Value) -> PostgresBulkInsert.Value {
        switch v {
        case .text(nil), .int(nil), .double(nil): return .text(nil)
        default: return v
        }
    }

    /// A value for a message.
    static func describe(_ v: PostgresBulkInsert.Value) -> String {
        switch v {
        case .text(let s?): return "\"\(DerivedComparison.clip(s))\""
        case .int(let n?): return "\(n)"
        case .double(let d?): return "\(d)"
        default: return "none"
        }
    }

    /// Projects compared per batch: a quarter of a rebuild's, since the check runs beside an open UI and what a
    /// batch reads and analyses is held until it is compared (4,096 at a time took the UI from 110 to 238 MB).
    static let checkBatch = 1024

    /// Compares every summary row and queue entry with what the stored claims, plans and flag events give for the
    /// day and options the tables were built for (read only, one snapshot, on a connection of its own: the UI runs it in
    /// the background while its screens read pages).
    public func checkDerived() throws -> DerivedCheck {
        try readAside { link in
            let st = try derivedState(link)
            let start = DerivedComparison.start(st, head: try auditHead(link))
            guard case .compare(var comparison, let options) = start, let st else {
                if case .done(let check) = start { return check }
                return DerivedCheck(status: .absent)
            }
            let context = try analysisContext(link, end: st.day, options: options)
            let plans = Dictionary(grouping: try planRows(link, project: nil, withdrawn: false).map(\.value), by: \.project)
            let events = ProjectAnalysis.flagEventsByProject(try flagRows(link).map(\.value))
            let columns = DerivedRows.summaryColumns
            let ids = try link.query(#"SELECT id FROM project ORDER BY id COLLATE "C""#).map { try $0.text("id") }
            var begin = 0
            while begin < ids.count {
                let batch = Array(ids[begin..<min(ids.count, begin + Self.checkBatch)])
                begin += batch.count
                let (projects, claims) = try rebuildInput(link, batch)
                let (parts, queues) = DerivedRows.analyse(projects, claims: claims, plans: plans, events: events, context: context)
                var expected = PostgresBulkInsert(table: "summary", columns: DerivedRows.summaryColumns, streams: false)
                for part in parts { try DerivedRows.addSummary(part, to: &expected) }
                var stored: [String: [PostgresBulkInsert.Value]] = [:]
                for r in try link.query(PostgresQuery(unsafeSQL: "SELECT \(columns.joined(separator: ", ")) FROM summary WHERE project = ANY($1)",
                                                      binds: { var b = PostgresBindings(); b.append(batch); return b }())) {
                    stored[try r[0].decode(String.self)] = try columns.indices.map { k in
                        if Self.summaryIntColumns.contains(columns[k]) { return Self.comparable(.int(try r[k].decode(Int?.self))) }
                        if Self.summaryDoubleColumns.contains(columns[k]) { return Self.comparable(.double(try r[k].decode(Double?.self))) }
                        return Self.comparable(.text(try r[k].decode(String?.self)))
                    }
                }
                // Stored entries by project; nil for one whose severity is no severity (never what the claims give).
                var storedQueue: [String: [DerivedQueueRow?]] = [:]
                for r in try link.query("""
                    SELECT e.severity, e.minus_from, e.id, e.project, t.kind, t.state, t.to_day, t.ongoing, t.explanation
                    FROM queue_entry AS e LEFT JOIN queue_text AS t ON t.project = e.project AND t.id = e.id WHERE e.project = ANY(\(batch))
                    """) {
                    let project = try r[3].decode(String.self)
                    storedQueue[project, default: []].append(DerivedQueueRow(
                        severity: try r[0].decode(Int.self), minusFrom: try r[1].decode(Int.self), id: try r[2].decode(String.self), project: project,
                        kind: try r[4].decode(String?.self) ?? "", state: try r[5].decode(String?.self) ?? "", to: try r[6].decode(Int?.self) ?? 0,
                        ongoing: (try r[7].decode(Int?.self) ?? 0) != 0, explanation: try r[8].decode(String?.self) ?? ""))
                }
                for ((part, want), queued) in zip(zip(parts, expected.rows), queues) {
                    let id = part.summary.project.id
                    comparison.compare(part, want: want.map(Self.comparable), stored: stored[id], queue: queued, storedQueue: storedQueue[id] ?? [],
                                       describe: Self.describe)
                }
            }
            // Derived rows of no project (added behind the tool's back).
            for r in try link.query("""
                SELECT project FROM summary WHERE project NOT IN (SELECT id FROM project)
                UNION SELECT project FROM queue_entry WHERE project NOT IN (SELECT id FROM project)
                UNION SELECT project FROM queue_text WHERE project NOT IN (SELECT id FROM project)
                """) {
                let id = try r.text("project")
                comparison.differ(id, "derived rows for \"\(DerivedComparison.clip(id))\", which is not a project")
            }
            let counts = try link.query("""
                SELECT (SELECT count(*) FROM summary) AS summaries, (SELECT count(*) FROM queue_entry) AS queue,
                       (SELECT count(*) FROM queue_text t WHERE NOT EXISTS (SELECT 1 FROM queue_entry e WHERE e.project = t.project AND e.id = t.id)) AS stray,
                       (WITH counted AS (SELECT severity, minus_from, count(*) AS n FROM queue_entry GROUP BY severity, minus_from)
                        SELECT count(*) FROM (
                           SELECT severity, minus_from FROM (SELECT * FROM counted EXCEPT SELECT severity, minus_from, n FROM queue_bucket) a
                           UNION SELECT severity, minus_from FROM (SELECT severity, minus_from, n FROM queue_bucket EXCEPT SELECT * FROM counted) b) d) AS buckets
                """)[0]
            return comparison.finished(st, storedSummaries: try counts.int("summaries"), storedQueue: try counts.int("queue"),
                                       strayTexts: try counts.int("stray"), badBuckets: try counts.int("buckets"))
        }
    }

    /// Rewrites what a check found differing — the differing projects' rows, the queue position counts and the
    /// state row — in one write transaction, from the claims as stored now; everything when many projects differ or
    /// the state row itself was changed. Returns how many projects were recomputed.
    @discardableResult
    public func repairDerived(_ check: DerivedCheck) throws -> Int {
        guard check.status == .checked, !check.intact else { return 0 }
        return try write("rebuild the derived summaries", derived: false) { link in
            guard let st = try derivedState(link), let options = DerivedState.detectorOptions(st.options) else { return 0 }
            let head = try auditHead(link)
            let context = try analysisContext(link, end: st.day, options: options)
            if st.auditSeq > head || check.differing.count > 2_000 {
                let n = try rebuildDerived(link, context: context, progress: nil)
                try saveDerivedState(link, DerivedState(auditSeq: head, day: st.day, options: st.options, projects: n.projects, queue: n.queue))
                return n.projects
            }
            for id in check.differing { _ = try deriveProject(link, id: id, context: context) }
            try link.execute("DELETE FROM queue_text t WHERE NOT EXISTS (SELECT 1 FROM queue_entry e WHERE e.project = t.project AND e.id = t.id)")
            try link.execute("DELETE FROM queue_bucket")
            try link.execute("""
                INSERT INTO queue_bucket (severity, minus_from, n) SELECT severity, minus_from, count(*) FROM queue_entry GROUP BY severity, minus_from
                """)
            let counts = try link.query("SELECT (SELECT count(*) FROM summary) AS s, (SELECT count(*) FROM queue_entry) AS q")[0]
            try saveDerivedState(link, DerivedState(auditSeq: st.auditSeq, day: st.day, options: st.options,
                                                    projects: try counts.int("s"), queue: try counts.int("q")))
            return check.differing.count
        }
    }
}
#endif

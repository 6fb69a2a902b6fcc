import BorderTrackCore
import BorderTrackStore
import GRDB

/// Checking the derived tables against a fresh analysis (`DerivedCheck`), and rewriting what differs.
extension SQLiteStore {
    /// Compares every summary row and queue entry with what the stored claims, plans and flag events give
    /// for the day and options the tables were built for (read only, one snapshot).
    public func checkDerived() throws -> DerivedCheck {
        try read { db in try checkDerived(db) }
    }


    func checkDerived(_ db: Database) throws -> DerivedCheck {
        let st = try SQLiteStore.derivedState(db)
        let head = try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
        let start = DerivedComparison.start(st, head: head)
        guard case .compare(var comparison, let options) = start, let st else {
            if case .done(let check) = start { return check }
            return DerivedCheck(status: .absent)
        }
        let context = try analysisContext(db, end: st.day, options: options)
        let plans = Dictionary(grouping: try fetchPlans(db, project: nil, withdrawn: false), by: \.project)
        let events = ProjectAnalysis.flagEventsByProject(try fetchFlags(db))
        let select = "SELECT \(DerivedRows.summaryColumns.joined(separator: ", ")) FROM summary WHERE project BETWEEN ? AND ?"
        try readRebuildBatches(db, batchSize: 4096) { batch in
            guard let first = batch.projects.first?.id, let last = batch.projects.last?.id else { return true }
            let (parts, queues) = DerivedRows.analyse(batch.projects, claims: batch.claims, plans: plans, events: events, context: context)
            var expected = SummaryRowValues()
            for part in parts { try DerivedRows.addSummary(part, to: &expected) }
            var stored: [String: [DatabaseValue]] = [:]
            let rows = try Row.fetchCursor(db, sql: select, arguments: [first, last])
            while let r = try rows.next() { stored[r[0]] = Array(r.databaseValues) }
            // Stored rows by project; nil for a row whose severity is no severity (never what the claims give).
            var storedQueue: [String: [DerivedQueueRow?]] = [:]
            let entries = try Row.fetchCursor(db, sql: """
                SELECT e.severity, e.minus_from, e.id, e.project, t.kind, t.state, t.to_day, t.ongoing, t.explanation
                FROM queue_entry AS e LEFT JOIN queue_text AS t ON t.project = e.project AND t.id = e.id
                WHERE e.project BETWEEN ? AND ?
                """, arguments: [first, last])
            while let r = try entries.next() {
                storedQueue[r[3], default: []].append(DerivedQueueRow(severity: r[0], minusFrom: r[1], id: r[2], project: r[3], kind: r[4] ?? "",
                                                               state: r[5] ?? "", to: r[6] ?? 0, ongoing: r[7] ?? false, explanation: r[8] ?? ""))
            }
            for ((part, want), queued) in zip(zip(parts, expected.rows), queues) {
                let id = part.summary.project.id
                comparison.compare(part, want: want, stored: stored[id], queue: queued, storedQueue: storedQueue[id] ?? [],
                                   describe: SQLiteStore.describe)
            }
            return true
        }
        // Derived rows of no project (summaries or queue entries added behind the tool's back).
        for id in try String.fetchAll(db, sql: """
            SELECT project FROM summary WHERE project NOT IN (SELECT id FROM project)
            UNION SELECT project FROM queue_entry WHERE project NOT IN (SELECT id FROM project)
            UNION SELECT project FROM queue_text WHERE project NOT IN (SELECT id FROM project)
            """) {
            comparison.differ(id, "derived rows for \"\(DerivedComparison.clip(id))\", which is not a project")
        }
        let buckets = try Int.fetchOne(db, sql: """
            WITH counted AS (SELECT severity, minus_from, count(*) AS n FROM queue_entry GROUP BY severity, minus_from)
            SELECT count(*) FROM (
                SELECT severity, minus_from FROM (SELECT * FROM counted EXCEPT SELECT severity, minus_from, n FROM queue_bucket)
                UNION SELECT severity, minus_from FROM (SELECT severity, minus_from, n FROM queue_bucket EXCEPT SELECT * FROM counted))
            """) ?? 0
        // Texts of no queue entry (an entry's own missing text shows as a difference of its project).
        let strayTexts = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM queue_text AS t WHERE NOT EXISTS (SELECT 1 FROM queue_entry AS e WHERE e.project = t.project AND e.id = t.id)
            """) ?? 0
        return comparison.finished(st, storedSummaries: try Int.fetchOne(db, sql: "SELECT count(*) FROM summary") ?? 0,
                                   storedQueue: try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_entry") ?? 0,
                                   strayTexts: strayTexts, badBuckets: buckets)
    }

    /// Rewrites what a check found differing — the differing projects' summary rows and queue entries, the queue
    /// position counts and the state row — in one write transaction, from the claims as stored now; everything
    /// when many projects differ or the state row itself was changed. Returns how many projects were recomputed.
    @discardableResult
    public func repairDerived(_ check: DerivedCheck) throws -> Int {
        guard check.status == .checked, !check.intact else { return 0 }
        return try write { db in
            guard let st = try SQLiteStore.derivedState(db), let options = DerivedState.detectorOptions(st.options) else { return 0 }
            let head = try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
            let context = try analysisContext(db, end: st.day, options: options)
            if st.auditSeq > head || check.differing.count > 2_000 {
                let n = try rebuildDerived(db, context: context, progress: nil)
                try SQLiteStore.saveDerivedState(db, auditSeq: head, day: st.day, options: st.options, projects: n.projects, queue: n.queue)
                return n.projects
            }
            for id in check.differing { _ = try deriveProject(db, id: id, context: context) }
            try db.execute(sql: """
                DELETE FROM queue_text WHERE NOT EXISTS (SELECT 1 FROM queue_entry AS e WHERE e.project = queue_text.project AND e.id = queue_text.id);
                DELETE FROM queue_bucket;
                INSERT INTO queue_bucket (severity, minus_from, n) SELECT severity, minus_from, count(*) FROM queue_entry GROUP BY severity, minus_from;
                """)
            try SQLiteStore.saveDerivedState(db, auditSeq: st.auditSeq, day: st.day, options: st.options,
                                             projects: try Int.fetchOne(db, sql: "SELECT count(*) FROM summary") ?? 0,
                                             queue: try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_entry") ?? 0)
            return check.differing.count
        }
    }

    /// A stored or expected value for a message: quoted and shortened text, a number, or "empty".
    static func describe(_ v: DatabaseValue) -> String {
        switch v.storage {
        case .null: return "none"
        case .int64(let n): return "\(n)"
        case .double(let d): return "\(d)"
        case .string(let s): return "\"\(DerivedComparison.clip(s))\""
        case .blob(let b): return "a \(b.count)-byte blob"
        }
    }
}

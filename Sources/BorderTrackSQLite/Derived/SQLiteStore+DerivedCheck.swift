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

    /// The detector options a `DerivedState.options` text describes; nil when it was written under other rules.
    static func detectorOptions(_ described: String) -> DiscrepancyDetector.Options? {
        var fields: [Substring: Int] = [:]
        for part in described.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let n = Int(kv[1]) else { return nil }
            fields[kv[0]] = n
        }
        guard fields["rules"] == DiscrepancyDetector.rulesVersion, let stale = fields["stale"], (1...1200).contains(stale) else { return nil }
        let options = DiscrepancyDetector.Options(staleMonths: stale)
        return DerivedState.describe(options) == described ? options : nil
    }

    func checkDerived(_ db: Database) throws -> DerivedCheck {
        guard let st = try SQLiteStore.derivedState(db) else { return DerivedCheck(status: .absent) }
        let head = try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
        guard let options = SQLiteStore.detectorOptions(st.options) else {
            return DerivedCheck(status: .stale(reason: "built under other detection rules (\(st.options))"))
        }
        if st.auditSeq < head {
            let n = head - st.auditSeq
            return DerivedCheck(status: .stale(reason: "\(n) audit entr\(n == 1 ? "y" : "ies") behind"))
        }
        var check = DerivedCheck(status: .checked)
        var differing = Set<String>()
        func differ(_ project: String, _ example: @autoclosure () -> String) {
            guard differing.insert(project).inserted, check.examples.count < 3 else { return }
            check.examples.append(example())
        }
        if st.auditSeq > head {
            check.bookkeeping.append("the state row says it reflects audit entry \(st.auditSeq), but the chain ends at \(head)")
        }
        let context = try analysisContext(db, end: st.day, options: options)
        let plans = Dictionary(grouping: try fetchPlans(db, project: nil, withdrawn: false), by: \.project)
        let events = ProjectAnalysis.flagEventsByProject(try fetchFlags(db))
        let columns = SQLiteStore.summaryColumns
        let select = "SELECT \(columns.joined(separator: ", ")) FROM summary WHERE project BETWEEN ? AND ?"
        var projects = 0, queue = 0
        try readRebuildBatches(db, batchSize: 4096) { batch in
            guard let first = batch.projects.first?.id, let last = batch.projects.last?.id else { return true }
            let (parts, queues) = SQLiteStore.analyse(batch.projects, claims: batch.claims, plans: plans, events: events, context: context)
            var expected = SummaryRowValues()
            for part in parts { try SQLiteStore.addSummary(part, to: &expected) }
            var stored: [String: [DatabaseValue]] = [:]
            let rows = try Row.fetchCursor(db, sql: select, arguments: [first, last])
            while let r = try rows.next() { stored[r[0]] = Array(r.databaseValues) }
            // Stored rows by project; nil for a row whose severity is no severity (never what the claims give).
            var storedQueue: [String: [QueueRow?]] = [:]
            let entries = try Row.fetchCursor(db, sql: """
                SELECT e.severity, e.minus_from, e.id, e.project, t.kind, t.state, t.to_day, t.ongoing, t.explanation
                FROM queue_entry AS e LEFT JOIN queue_text AS t ON t.project = e.project AND t.id = e.id
                WHERE e.project BETWEEN ? AND ?
                """, arguments: [first, last])
            while let r = try entries.next() {
                storedQueue[r[3], default: []].append(QueueRow(severity: r[0], minusFrom: r[1], id: r[2], project: r[3], kind: r[4] ?? "",
                                                               state: r[5] ?? "", to: r[6] ?? 0, ongoing: r[7] ?? false, explanation: r[8] ?? ""))
            }
            for ((part, want), queued) in zip(zip(parts, expected.rows), queues) {
                let id = part.summary.project.id
                projects += 1
                if let row = stored[id] {
                    if let k = row.indices.first(where: { row[$0] != want[$0] }) {
                        differ(id, "project \"\(SQLiteStore.clip(id))\": \(columns[k]) is \(SQLiteStore.describe(row[k])), its claims give \(SQLiteStore.describe(want[k]))")
                    }
                } else {
                    differ(id, "project \"\(SQLiteStore.clip(id))\" has no summary row")
                }
                var mine = queued
                queue += mine.count
                let storedRows = storedQueue[id] ?? []
                var theirs = storedRows.compactMap { $0 }
                SQLiteStore.sortQueue(&mine)
                SQLiteStore.sortQueue(&theirs)
                if mine != theirs || theirs.count != storedRows.count {
                    differ(id, "project \"\(SQLiteStore.clip(id))\": \(storedRows.count) queue entr\(storedRows.count == 1 ? "y" : "ies") stored, its claims give \(mine.count)"
                        + (storedRows.count == mine.count ? " that differ" : ""))
                }
            }
            return true
        }
        // Derived rows of no project (summaries or queue entries added behind the tool's back).
        for id in try String.fetchAll(db, sql: """
            SELECT project FROM summary WHERE project NOT IN (SELECT id FROM project)
            UNION SELECT project FROM queue_entry WHERE project NOT IN (SELECT id FROM project)
            UNION SELECT project FROM queue_text WHERE project NOT IN (SELECT id FROM project)
            """) {
            differ(id, "derived rows for \"\(SQLiteStore.clip(id))\", which is not a project")
        }
        let storedSummaries = try Int.fetchOne(db, sql: "SELECT count(*) FROM summary") ?? 0
        let storedQueue = try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_entry") ?? 0
        if st.projects != projects || st.queue != queue {
            check.bookkeeping.append("the state row counts \(st.projects) projects and \(st.queue) queue entries, a fresh analysis \(projects) and \(queue)")
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
        if strayTexts > 0 { check.bookkeeping.append("\(strayTexts) queue text\(strayTexts == 1 ? " belongs" : "s belong") to no queue entry") }
        if buckets > 0 { check.bookkeeping.append("\(buckets) queue position count\(buckets == 1 ? " disagrees" : "s disagree") with the queue") }
        check.projects = storedSummaries
        check.queue = storedQueue
        check.differing = differing.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return check
    }

    /// Rewrites what a check found differing — the differing projects' summary rows and queue entries, the queue
    /// position counts and the state row — in one write transaction, from the claims as stored now; everything
    /// when many projects differ or the state row itself was changed. Returns how many projects were recomputed.
    @discardableResult
    public func repairDerived(_ check: DerivedCheck) throws -> Int {
        guard check.status == .checked, !check.intact else { return 0 }
        return try write { db in
            guard let st = try SQLiteStore.derivedState(db), let options = SQLiteStore.detectorOptions(st.options) else { return 0 }
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
        case .string(let s): return "\"\(clip(s))\""
        case .blob(let b): return "a \(b.count)-byte blob"
        }
    }

    static func clip(_ s: String) -> String { s.count > 40 ? String(s.prefix(39)) + "…" : s }
}

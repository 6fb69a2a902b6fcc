#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    public func exportAll() throws -> TrackerSnapshot {
        try read { link in
            TrackerSnapshot(sources: try sourceRows(link), projects: try projectRows(link, id: nil),
                            plans: try planRows(link, project: nil, withdrawn: true), claims: try claimRows(link, project: nil, withdrawn: true),
                            flagEvents: try flagRows(link), withdrawals: try withdrawalRows(link),
                            audit: try link.query("SELECT * FROM audit ORDER BY seq").map(entry), grades: try gradeRows(link))
        }
    }

    public func importSnapshot(_ snapshot: TrackerSnapshot) throws {
        try write("copy a whole tracker into this database (that needs bordertrack_admin)") { link in
            let held = try link.query(PostgresQuery(unsafeSQL: "SELECT " + TrackerSnapshot.tables
                .map { "(SELECT count(*) FROM \($0)) AS \($0)" }.joined(separator: ", ")))[0]
            let counts = try TrackerSnapshot.tables.map { t in (table: t, rows: try held.int(t)) }
            if counts.contains(where: { $0.rows > 0 }) { throw TrackerSnapshot.targetNotEmpty(location, counts: counts) }
            var sources = Self.sourceInsert(withSeq: true), projects = Self.projectInsert(withSeq: true)
            var plans = Self.planInsert(withSeq: true), claims = Self.claimInsert(withSeq: true), flags = Self.flagInsert()
            var withdrawals = Self.withdrawalInsert(withSeq: true), grades = Self.gradeInsert(withSeq: true)
            var audit = PostgresBulkInsert(table: "audit", columns: [
                "seq", "at", "editor", "action", "entity", "entity_id", "project", "before", "after", "prev_hash", "hash"])
            for r in snapshot.sources { sources.add([.int(r.seq), .int(r.version)] + Self.sourceValues(r.value, auditSeq: r.auditSeq)) }
            for r in snapshot.projects { projects.add([.int(r.seq), .int(r.version)] + Self.projectValues(r.value, auditSeq: r.auditSeq)) }
            for r in snapshot.plans { plans.add([.int(r.seq)] + Self.planValues(r.value, auditSeq: r.auditSeq)) }
            for r in snapshot.claims { claims.add([.int(r.seq)] + Self.claimValues(r.value, auditSeq: r.auditSeq)) }
            for r in snapshot.flagEvents { flags.add(Self.flagValues(r.value, seq: r.seq, auditSeq: r.auditSeq)) }
            for r in snapshot.withdrawals { withdrawals.add(Self.withdrawalValues(r.value, seq: r.seq, auditSeq: r.auditSeq)) }
            for r in snapshot.grades { grades.add(Self.gradeValues(r.value, seq: r.seq, auditSeq: r.auditSeq)) }
            for e in snapshot.audit {
                audit.add([.int(e.seq), .text(e.at.description), .text(e.editor), .text(e.action), .text(e.entity), .text(e.entityID),
                           .text(e.project), .text(e.before), .text(e.after), .text(e.prevHash), .text(e.hash)])
            }
            // The entries are copied verbatim, not chained again: the batch's own chain stays empty
            // and only carries the notification of the copied head.
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(link))
            for table in [sources, projects, plans, claims, flags, withdrawals, grades, audit] { writes.insert(table) }
            try writes.run(link, channel: changeChannel, head: snapshot.audit.last?.seq ?? 0)
            // Rows came with their seqs: move each serial past them, so later writes continue the order.
            for table in ["source", "project", "plan", "claim", "flag_event", "withdrawal", "source_grade"] {
                try link.execute("SELECT setval(pg_get_serial_sequence('\(table)', 'seq'), max(seq)) FROM \(table) HAVING count(*) > 0")
            }
        }
    }
}
#endif

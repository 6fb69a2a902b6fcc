import BorderTrackCore
import BorderTrackStore
import GRDB

extension SQLiteStore {
    public func auditEntries(filter: AuditFilter) throws -> [AuditEntry] {
        try read { db in
            var sql = "SELECT * FROM audit WHERE 1"
            var args: [(any DatabaseValueConvertible)?] = []
            if let p = filter.project { sql += " AND project = ?"; args.append(p) }
            if let e = filter.editor { sql += " AND editor = ?"; args.append(e) }
            if let s = filter.since { sql += " AND at >= ?"; args.append(s.description) }
            sql += " ORDER BY seq"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(entry)
        }
    }

    func entry(_ r: Row) throws -> AuditEntry {
        guard let at = Timestamp(parsing: r["at"]) else { throw StoreError.corrupt("audit entry \(r["seq"] as Int) has an unreadable time") }
        return AuditEntry(seq: r["seq"], at: at, editor: r["editor"], action: r["action"], entity: r["entity"],
                          entityID: r["entity_id"], project: r["project"], before: r["before"], after: r["after"],
                          prevHash: r["prev_hash"], hash: r["hash"])
    }

    /// Walks the chain (each hash recomputed from its entry and the previous hash, seqs contiguous)
    /// and checks every stored row against the entry that recorded it (`AuditCheck`, streamed from a cursor).
    public func verifyAudit() throws -> AuditVerification {
        try read { db in
            var check = AuditCheck()
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY seq")
            while let r = try cursor.next(), check.entry(try entry(r)) {}
            guard !check.failed else { return check.result }
            for s in try fetchSources(db) where !check.source(s) { return check.result }
            for p in try fetchProjects(db, where: nil) where !check.project(p) { return check.result }
            let sourceCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM source") ?? 0
            let projectCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM project") ?? 0
            guard check.recordCounts(sources: sourceCount, projects: projectCount) else { return check.result }
            // Append-only rows, each with the audit entry that created it, in row order.
            let planRows = try Row.fetchAll(db, sql: "SELECT audit_seq FROM plan ORDER BY seq").map { $0["audit_seq"] as Int }
            for (p, a) in zip(try fetchPlans(db, project: nil, withdrawn: true), planRows) { check.row(auditSeq: a, CanonicalRow.plan(p)) }
            let claimRows = try Row.fetchAll(db, sql: "SELECT audit_seq FROM claim ORDER BY seq").map { $0["audit_seq"] as Int }
            for (c, a) in zip(try fetchClaims(db, project: nil, withdrawn: true), claimRows) { check.row(auditSeq: a, CanonicalRow.claim(c)) }
            let flagRows = try Row.fetchAll(db, sql: "SELECT audit_seq FROM flag_event ORDER BY seq").map { $0["audit_seq"] as Int }
            for (f, a) in zip(try fetchFlags(db), flagRows) { check.row(auditSeq: a, CanonicalRow.flag(f)) }
            for (w, a) in try fetchWithdrawals(db) { check.row(auditSeq: a, CanonicalRow.withdrawal(w)) }
            for (g, a) in try fetchGradeEvents(db) { check.row(auditSeq: a, CanonicalRow.grade(g)) }
            return check.finish()
        }
    }
}

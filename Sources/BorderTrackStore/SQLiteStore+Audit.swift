import BorderTrackCore
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
    /// and checks every stored row against the entry that recorded it.
    public func verifyAudit() throws -> AuditVerification {
        try read { db in
            var v = AuditVerification(entries: 0, rows: 0, head: nil, problem: nil)
            var prev = AuditEntry.genesis
            var expectedSeq = 1
            var latestAfter: [String: (seq: Int, after: String?)] = [:]  // "entity/id" -> latest entry
            var importDigests: [Int: String] = [:]
            var singleRows: [Int: String?] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY seq")
            while let r = try cursor.next() {
                let e = try entry(r)
                if e.seq != expectedSeq {
                    v.problem = e.seq > expectedSeq
                        ? "audit entry \(expectedSeq) is missing (next found is \(e.seq)): entries were deleted"
                        : "audit entry \(e.seq) is out of order: entries were reordered"
                    return v
                }
                if e.prevHash != prev {
                    v.problem = "audit entry \(e.seq): its prev_hash does not match entry \(e.seq - 1)'s hash: the chain was rewritten"
                    return v
                }
                if e.recomputedHash(prev: prev) != e.hash {
                    v.problem = "audit entry \(e.seq) (\(e.action) \(e.entityID) by \(e.editor) at \(e.at)) was changed: its hash does not match its content"
                    return v
                }
                prev = e.hash
                expectedSeq += 1
                v.entries += 1
                v.head = (e.seq, e.hash)
                switch e.entity {
                case "source", "project": latestAfter["\(e.entity)/\(e.entityID)"] = (e.seq, e.after)
                case "import":
                    if let after = e.after, let r = after.range(of: "\"digest\":\"") {
                        importDigests[e.seq] = String(after[r.upperBound...].prefix(64))
                    }
                default: singleRows[e.seq] = e.after
                }
            }
            // Mutable records: each row must equal the after-state of the latest entry about it.
            for s in try fetchSources(db) {
                v.rows += 1
                guard let last = latestAfter["source/\(s.id)"], last.after == CanonicalRow.source(s) else {
                    v.problem = "source \"\(s.id)\" differs from what the audit chain recorded: it was changed behind the tool's back"
                    return v
                }
            }
            for p in try fetchProjects(db, where: nil) {
                v.rows += 1
                guard let last = latestAfter["project/\(p.id)"], last.after == CanonicalRow.project(p) else {
                    v.problem = "project \"\(p.id)\" differs from what the audit chain recorded: it was changed behind the tool's back"
                    return v
                }
            }
            let sourceCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM source") ?? 0
            let projectCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM project") ?? 0
            // A record whose latest entry has no after-state was removed (undo of its addition).
            func live(_ prefix: String) -> Int { latestAfter.filter { $0.key.hasPrefix(prefix) && $0.value.after != nil }.count }
            if live("source/") != sourceCount || live("project/") != projectCount {
                v.problem = "a source or project recorded in the audit chain is missing from the database: rows were deleted"
                return v
            }
            // Append-only rows: grouped by the entry that created them, digested in seq order.
            var digests: [Int: RowDigest] = [:]
            var lines: [Int: [String]] = [:]
            func take(_ auditSeq: Int, _ line: String) {
                if importDigests[auditSeq] != nil { digests[auditSeq, default: RowDigest()].add(line) }
                else { lines[auditSeq, default: []].append(line) }
            }
            let planRows = try Row.fetchAll(db, sql: "SELECT audit_seq FROM plan ORDER BY seq").map { $0["audit_seq"] as Int }
            for (p, a) in zip(try fetchPlans(db, project: nil, withdrawn: true), planRows) { take(a, CanonicalRow.plan(p)); v.rows += 1 }
            let claimRows = try Row.fetchAll(db, sql: "SELECT audit_seq FROM claim ORDER BY seq").map { $0["audit_seq"] as Int }
            for (c, a) in zip(try fetchClaims(db, project: nil, withdrawn: true), claimRows) { take(a, CanonicalRow.claim(c)); v.rows += 1 }
            let flagRows = try Row.fetchAll(db, sql: "SELECT audit_seq FROM flag_event ORDER BY seq").map { $0["audit_seq"] as Int }
            for (f, a) in zip(try fetchFlags(db), flagRows) { take(a, CanonicalRow.flag(f)); v.rows += 1 }
            for (w, a) in try fetchWithdrawals(db) { take(a, CanonicalRow.withdrawal(w)); v.rows += 1 }
            for (seq, expected) in importDigests where (digests[seq]?.hex() ?? RowDigest().hex()) != expected {
                v.problem = "the rows recorded by audit entry \(seq) (import) were changed, added or deleted behind the tool's back"
                return v
            }
            for (seq, rows) in lines {
                guard rows.count == 1, let after = singleRows[seq], after == rows[0] else {
                    v.problem = "the row recorded by audit entry \(seq) was changed behind the tool's back (or has no audit entry)"
                    return v
                }
            }
            for (seq, after) in singleRows where lines[seq] == nil && after != nil {
                v.problem = "the row recorded by audit entry \(seq) is missing: it was deleted behind the tool's back"
                return v
            }
            return v
        }
    }
}

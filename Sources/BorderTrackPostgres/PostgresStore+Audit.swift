#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    public func auditEntries(filter: AuditFilter) throws -> [AuditEntry] {
        try run("read the audit chain") { link in
            var sql = "SELECT * FROM audit WHERE true"
            var binds = PostgresBindings()
            if let p = filter.project { binds.append(p); sql += " AND project = $\(binds.count)" }
            if let e = filter.editor { binds.append(e); sql += " AND editor = $\(binds.count)" }
            if let s = filter.since { binds.append(s.description); sql += " AND at >= $\(binds.count)" }
            return try link.query(PostgresQuery(unsafeSQL: sql + " ORDER BY seq", binds: binds)).map(entry)
        }
    }

    func entry(_ r: PostgresRandomAccessRow) throws -> AuditEntry {
        let seq = try r.int("seq")
        guard let at = Timestamp(parsing: try r.text("at")) else { throw StoreError.corrupt("audit entry \(seq) has an unreadable time") }
        return AuditEntry(seq: seq, at: at, editor: try r.text("editor"), action: try r.text("action"), entity: try r.text("entity"),
                          entityID: try r.text("entity_id"), project: try r.optionalText("project"), before: try r.optionalText("before"),
                          after: try r.optionalText("after"), prevHash: try r.text("prev_hash"), hash: try r.text("hash"))
    }

    /// Walks the chain (each hash recomputed, seqs contiguous) and checks every stored row against
    /// the entry that recorded it, all read in one snapshot; same checks and messages as SQLite.
    public func verifyAudit() throws -> AuditVerification {
        AuditVerifier.verify(try exportAll())
    }
}
#endif

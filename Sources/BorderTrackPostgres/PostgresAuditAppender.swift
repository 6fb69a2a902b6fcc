#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

/// Extends the audit chain inside a write transaction: the head is read once (under the write
/// lock), new entries are chained in memory and written with the transaction's other rows.
struct PostgresAuditAppender {
    /// The last entry's seq and hash (0 and the genesis hash for an empty chain).
    private(set) var seq: Int
    private(set) var hash: String
    /// The entries appended so far, as rows for the audit table.
    private(set) var pending = PostgresBulkInsert(table: "audit", columns: [
        "seq", "at", "editor", "action", "entity", "entity_id", "project", "before", "after", "prev_hash", "hash"])

    /// A join adding `head_seq` and `head_hash` to a query, so the head comes with other reads.
    static let headJoin = "LEFT JOIN LATERAL (SELECT seq AS head_seq, hash AS head_hash FROM audit ORDER BY seq DESC LIMIT 1) head ON true"

    /// The head from a row of a query that used `headJoin`; the caller must hold the write lock.
    init(head row: PostgresRandomAccessRow) throws {
        if let s = try row["head_seq"].decode(Int?.self), let h = try row["head_hash"].decode(String?.self) {
            seq = s; hash = h
        } else {
            seq = 0; hash = AuditEntry.genesis
        }
    }

    /// Reads the head on its own; the caller must hold the write lock.
    init(_ link: PostgresLink) throws {
        guard let row = try link.query("SELECT head.* FROM (SELECT 1) one \(unescaped: Self.headJoin)").first else {
            throw StoreError.engine("the audit head could not be read")
        }
        try self.init(head: row)
    }

    /// Forgets the pending entries once they were written (the chain's head stays).
    mutating func sent() {
        pending = PostgresBulkInsert(table: pending.table, columns: pending.columns)
    }

    /// The seq the next appended entry gets.
    var nextSeq: Int { seq + 1 }

    /// Chains one entry and returns its seq.
    @discardableResult
    mutating func append(at: Timestamp, editor: String, action: String, entity: String, entityID: String,
                         project: String?, before: String?, after: String?) -> Int {
        append(at: at.description, editor: editor, action: action, entity: entity, entityID: entityID, project: project,
               before: before, after: after, canonical: AuditEntry.canonicalBytes(
                   seq: seq + 1, at: at, editor: editor, action: action, entity: entity, entityID: entityID,
                   project: project, before: before, after: after))
    }

    /// Chains one entry whose canonical bytes (for seq `nextSeq`) were built already, and returns its seq.
    @discardableResult
    mutating func append(at: String, editor: String, action: String, entity: String, entityID: String,
                         project: String?, before: String?, after: String?, canonical: [UInt8]) -> Int {
        let next = seq + 1
        let newHash = AuditEntry.chainHash(prev: hash, canonical: canonical)
        pending.add([.int(next), .text(at), .text(editor), .text(action), .text(entity), .text(entityID),
                     .text(project), .text(before), .text(after), .text(hash), .text(newHash)])
        seq = next
        hash = newHash
        return next
    }

    /// Chains one `project.add` entry per project (their canonical bytes built on all cores) and returns the
    /// first entry's seq; the projects' entries follow it in order.
    mutating func appendProjectAdds(_ projects: [Project], at: Timestamp, editor: String) -> Int {
        let first = nextSeq, time = at.description
        var start = 0
        while start < projects.count {
            let end = min(projects.count, start + 4096)
            let prepared = AuditEntry.projectAdds(projects[start..<end], firstSeq: nextSeq, at: time, editor: editor)
            for (p, entry) in zip(projects[start..<end], prepared) {
                append(at: time, editor: editor, action: "project.add", entity: "project", entityID: p.id, project: p.id,
                       before: nil, after: entry.after, canonical: entry.canonical)
            }
            start = end
        }
        return first
    }
}
#endif

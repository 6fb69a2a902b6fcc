import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import GRDB

/// Appends entries to the audit chain inside one write transaction, keeping the chain's head in memory:
/// the same rows and hashes as `SQLiteStore.appendAudit`, without reading the last entry back for each one
/// (an import of 100,000 projects writes 100,000 entries). Only valid while nothing else appends to the
/// chain in the same transaction.
struct AuditChainWriter {
    /// The seq of the last entry (0 when the chain is empty) and its hash.
    private(set) var seq: Int
    private(set) var hash: String

    /// Reads the chain's head; call inside the write transaction.
    init(_ db: Database) throws {
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        seq = last.map { $0["seq"] as Int } ?? 0
        hash = last.map { $0["hash"] as String } ?? AuditEntry.genesis
    }

    /// The seq the next entry will get.
    var nextSeq: Int { seq + 1 }

    /// Appends one chained entry and returns its seq.
    @discardableResult
    mutating func append(_ db: Database, at: Timestamp, editor: String, action: String, entity: String, entityID: String,
                         project: String?, before: String?, after: String?) throws -> Int {
        let atText = at.description
        let canonical = AuditEntry.canonicalBytes(seq: seq + 1, at: atText, editor: editor, action: action, entity: entity,
                                                        entityID: entityID, project: project, before: before, after: after)
        return try append(db, canonical: canonical, at: atText, editor: editor, action: action, entity: entity, entityID: entityID,
                          project: project, before: before, after: after)
    }

    /// Appends one entry whose canonical bytes were computed beforehand (for seq `nextSeq`), so they can be
    /// built in parallel; only the hash chaining and the insert happen here.
    @discardableResult
    mutating func append(_ db: Database, canonical: [UInt8], at: String, editor: String, action: String, entity: String,
                         entityID: String, project: String?, before: String?, after: String?) throws -> Int {
        let link = advance(canonical: canonical)
        var row = try AuditChainWriter.bulkInsert(db, rowsPerStatement: 1)
        try AuditChainWriter.addRow(link, at: at, editor: editor, action: action, entity: entity, entityID: entityID,
                                    project: project, before: before, after: after, to: &row)
        try row.finish()
        return link.seq
    }

    /// Adds an entry's row (made with `advance`) to an insert from `bulkInsert`.
    static func addRow(_ link: (seq: Int, prevHash: String, hash: String), at: String, editor: String, action: String, entity: String,
                       entityID: String, project: String?, before: String?, after: String?, to row: inout RawInsert) throws {
        row.int(link.seq); row.text(at); row.text(editor); row.text(action); row.text(entity); row.text(entityID)
        row.text(project); row.text(before); row.text(after); row.text(link.prevHash); row.text(link.hash)
        try row.endRow()
    }

    /// Moves the head past one entry with these canonical bytes (for seq `nextSeq`) and returns what its row
    /// holds; the caller inserts the row (`AuditChainWriter.bulkInsert`) before the transaction ends.
    mutating func advance(canonical: [UInt8]) -> (seq: Int, prevHash: String, hash: String) {
        let link = (seq: seq + 1, prevHash: hash, hash: AuditEntry.chainHash(prev: hash, canonical: canonical))
        seq = link.seq
        hash = link.hash
        return link
    }

    /// An insert into `audit` for entries made with `advance`, `rowsPerStatement` rows at a time.
    static func bulkInsert(_ db: Database, rowsPerStatement: Int = 64) throws -> RawInsert {
        try RawInsert(db, "INSERT OR FAIL INTO audit (seq, at, editor, action, entity, entity_id, project, before, after, prev_hash, hash)",
                      columns: 11, rowsPerStatement: rowsPerStatement)
    }
}

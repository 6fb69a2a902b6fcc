import BorderTrackCore
import BorderTrackStore
import GRDB
import GRDBSQLite

/// Inserts many claims, 64 to a statement (`RawInsert`), each field bound straight from the claim's text;
/// `SQLiteStore.insertClaim` writes its one row through it too. `OR FAIL`: a refused row ends the statement
/// without undoing the rows before it, so SQLite keeps no statement journal (a copy of every page each
/// statement changes) — the caller's transaction rolls back as a whole on any error.
struct BulkClaimInserter {
    private var insert: RawInsert
    private let recorded: String?
    private let editor: String?
    private let auditSeq: Int64

    /// `recorded` and `editor` fill in what a claim lacks (`Claim.recording(at:by:)`); nil leaves the claim's own.
    init(_ db: Database, recorded: String?, editor: String?, auditSeq: Int, rowsPerStatement: Int = 64) throws {
        insert = try RawInsert(db, "INSERT OR FAIL INTO claim (id, project, status, scope, as_of, published, source, url, quote, supersedes, recorded, editor, audit_seq, section, quote_lang, translation, note, via)",
                               columns: 18, rowsPerStatement: rowsPerStatement)
        self.recorded = recorded; self.editor = editor; self.auditSeq = Int64(auditSeq)
    }

    /// Adds one claim as recorded now by the import's editor (unless it carries its own).
    mutating func insert(_ c: Claim) throws {
        insert.text(c.id)
        insert.text(c.project)
        insert.text(c.status.rawValue)
        insert.text(c.scope?.rawValue)
        insert.date(c.asOf)
        insert.date(c.published)
        insert.text(c.source)
        insert.text(c.url)
        insert.text(c.quote)
        insert.text(c.supersedes)
        insert.text(c.recorded?.description ?? recorded)
        insert.text(c.editor ?? editor)
        insert.int64(auditSeq)
        insert.text(c.section)
        insert.text(c.quoteLang)
        insert.text(c.translation)
        insert.text(c.note)
        insert.text(c.via)
        try insert.endRow()
    }

    /// Writes the claims not yet written.
    mutating func finish() throws { try insert.finish() }
}

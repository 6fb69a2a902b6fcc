import BorderTrackCore
import GRDB
import GRDBSQLite

/// Inserts many claims through one prepared statement, binding each field straight from the claim's
/// text with the SQLite C API (no `StatementArguments` array per row). Same SQL and values as
/// `SQLiteStore.insertClaim`.
struct BulkClaimInserter {
    private let statement: Statement
    private let connection: SQLiteConnection
    private let recorded: String
    private let editor: String?
    private let auditSeq: Int64

    /// `recorded` and `editor` fill in what a claim lacks (`Claim.recording(at:by:)`).
    init(_ db: Database, recorded: String, editor: String?, auditSeq: Int) throws {
        statement = try db.makeStatement(sql: """
            INSERT INTO claim (id, project, status, scope, as_of, published, source, url, quote, supersedes, recorded, editor, audit_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        connection = db.sqliteConnection!
        self.recorded = recorded; self.editor = editor; self.auditSeq = Int64(auditSeq)
    }

    /// SQLite copies bound text (`SQLITE_TRANSIENT`), so the Swift strings need only live for the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func bind(_ index: Int32, _ text: String?) {
        let stmt = statement.sqliteStatement
        guard var text else { sqlite3_bind_null(stmt, index); return }
        text.withUTF8 { utf8 in
            if let base = utf8.baseAddress {
                _ = base.withMemoryRebound(to: CChar.self, capacity: max(1, utf8.count)) {
                    sqlite3_bind_text(stmt, index, $0, Int32(utf8.count), BulkClaimInserter.transient)
                }
            } else {
                sqlite3_bind_text(stmt, index, "", 0, BulkClaimInserter.transient)
            }
        }
    }

    private func bind(_ index: Int32, _ date: PartialDate?, scratch: inout [UInt8]) {
        guard let date else { sqlite3_bind_null(statement.sqliteStatement, index); return }
        scratch.removeAll(keepingCapacity: true)
        DateBytes.append(date, to: &scratch)
        scratch.withUnsafeBufferPointer { b in
            _ = b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                sqlite3_bind_text(statement.sqliteStatement, index, $0, Int32(b.count), BulkClaimInserter.transient)
            }
        }
    }

    /// Inserts one claim as recorded now by the import's editor (unless it carries its own).
    func insert(_ c: Claim, scratch: inout [UInt8]) throws {
        let stmt = statement.sqliteStatement
        sqlite3_reset(stmt)
        bind(1, c.id)
        bind(2, c.project)
        bind(3, c.status.rawValue)
        bind(4, c.scope?.rawValue)
        bind(5, c.asOf, scratch: &scratch)
        bind(6, c.published, scratch: &scratch)
        bind(7, c.source)
        bind(8, c.url)
        bind(9, c.quote)
        bind(10, c.supersedes)
        bind(11, c.recorded?.description ?? recorded)
        bind(12, c.editor ?? editor)
        sqlite3_bind_int64(stmt, 13, auditSeq)
        let rc = sqlite3_step(stmt)
        guard rc == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(stmt)
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message)
        }
    }
}

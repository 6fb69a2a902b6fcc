import BorderTrackCore
import GRDB
import GRDBSQLite

/// Inserts many claims through one prepared statement with the SQLite C API: each row's texts are laid
/// end to end in one reused buffer and bound in place (`SQLITE_STATIC`, valid until the step), so a row
/// costs no `StatementArguments` array and no copy per field. Same SQL and values as `SQLiteStore.insertClaim`.
struct BulkClaimInserter {
    private let statement: Statement
    private let connection: SQLiteConnection
    private let recorded: String
    private let editor: String?
    private let auditSeq: Int64
    /// The current row's bytes, and where each bound field starts and ends in them (nil: NULL).
    private var row: [UInt8] = []
    private var spans = [(Int, Int)?](repeating: nil, count: 12)

    /// `recorded` and `editor` fill in what a claim lacks (`Claim.recording(at:by:)`).
    init(_ db: Database, recorded: String, editor: String?, auditSeq: Int) throws {
        statement = try db.makeStatement(sql: """
            INSERT INTO claim (id, project, status, scope, as_of, published, source, url, quote, supersedes, recorded, editor, audit_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        connection = db.sqliteConnection!
        self.recorded = recorded; self.editor = editor; self.auditSeq = Int64(auditSeq)
        row.reserveCapacity(4096)
    }

    private mutating func add(_ k: Int, _ text: String?) {
        guard let text else { spans[k] = nil; return }
        let start = row.count
        row.append(contentsOf: text.utf8)
        spans[k] = (start, row.count)
    }

    private mutating func add(_ k: Int, _ date: PartialDate?) {
        guard let date else { spans[k] = nil; return }
        let start = row.count
        DateBytes.append(date, to: &row)
        spans[k] = (start, row.count)
    }

    /// Inserts one claim as recorded now by the import's editor (unless it carries its own).
    mutating func insert(_ c: Claim) throws {
        row.removeAll(keepingCapacity: true)
        add(0, c.id)
        add(1, c.project)
        add(2, c.status.rawValue)
        add(3, c.scope?.rawValue)
        add(4, c.asOf)
        add(5, c.published)
        add(6, c.source)
        add(7, c.url)
        add(8, c.quote)
        add(9, c.supersedes)
        add(10, c.recorded?.description ?? recorded)
        add(11, c.editor ?? editor)
        let stmt = statement.sqliteStatement
        let rc: Int32 = row.withUnsafeBufferPointer { bytes in
            sqlite3_reset(stmt)
            // A zero-length text needs a non-null pointer, or SQLite binds NULL.
            let base = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            for k in 0..<12 {
                if let (start, end) = spans[k] {
                    sqlite3_bind_text(stmt, Int32(k + 1), (base + start).assumingMemoryBound(to: CChar.self), Int32(end - start), nil)
                } else {
                    sqlite3_bind_null(stmt, Int32(k + 1))
                }
            }
            sqlite3_bind_int64(stmt, 13, auditSeq)
            return sqlite3_step(stmt)
        }
        guard rc == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(stmt)
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message)
        }
    }

    /// Leaves the statement without bindings into the row buffer.
    func finish() {
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }
}

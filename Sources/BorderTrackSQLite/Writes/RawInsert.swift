import BorderTrackCore
import BorderTrackStore
import GRDB
import GRDBSQLite

/// Rows bound straight to prepared `INSERT … VALUES (…), (…), …` statements through the SQLite C API, many
/// rows per statement: texts are laid end to end in one reused buffer and bound in place, with no
/// `StatementArguments` of existentials per row.
///
/// One statement execution per row costs SQLite a cursor opened on the table and on each index, and — for an
/// `AUTOINCREMENT` table — a read and a rewrite of `sqlite_sequence`; with `rowsPerStatement` rows that is paid
/// once per group (the claims of a 1,000,000-claim import insert in less than half the time). Values go in
/// row by row (`text`, `int`, …, then `endRow`); `finish` writes what is left.
struct RawInsert {
    private enum Value { case null, int(Int64), double(Double), text(Int, Int) }
    private let head: String
    private let columns: Int
    private let rowsPerStatement: Int
    private let statement: Statement
    private let db: Database
    private var bytes: [UInt8] = []
    private var values: [Value] = []
    private var rows = 0

    /// `head` is the statement up to `VALUES` ("INSERT INTO t (a, b)"); each row has `columns` values.
    init(_ db: Database, _ head: String, columns: Int, rowsPerStatement: Int = 1) throws {
        self.db = db
        self.head = head
        self.columns = columns
        // SQLite allows 32,766 parameters per statement.
        self.rowsPerStatement = max(1, min(rowsPerStatement, 32_766 / columns))
        statement = try db.cachedStatement(sql: RawInsert.sql(head, columns: columns, rows: self.rowsPerStatement))
        bytes.reserveCapacity(2048 * self.rowsPerStatement)
        values.reserveCapacity(columns * self.rowsPerStatement)
    }

    private static func sql(_ head: String, columns: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        return head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ",")
    }

    mutating func text(_ s: String?) {
        guard let s else { values.append(.null); return }
        let start = bytes.count
        bytes.append(contentsOf: s.utf8)
        values.append(.text(start, bytes.count))
    }

    /// A date's text (`PartialDate.description`) written without building a `String`.
    mutating func date(_ d: PartialDate?) {
        guard let d else { values.append(.null); return }
        let start = bytes.count
        DateBytes.append(d, to: &bytes)
        values.append(.text(start, bytes.count))
    }

    mutating func int(_ i: Int?) { values.append(i.map { .int(Int64($0)) } ?? .null) }
    mutating func int64(_ i: Int64) { values.append(.int(i)) }
    mutating func double(_ d: Double?) { values.append(d.map(Value.double) ?? .null) }
    mutating func null(_ n: Int) { values.append(contentsOf: repeatElement(.null, count: n)) }

    /// Ends the current row; runs the statement when a group is full.
    mutating func endRow() throws {
        rows += 1
        precondition(values.count == rows * columns, "RawInsert: a row of \(values.count - (rows - 1) * columns) values for \(columns) columns")
        if rows == rowsPerStatement { try flush(statement) }
    }

    /// Writes the rows not yet written (a last, smaller group).
    mutating func finish() throws {
        guard rows > 0 else { return }
        try flush(try db.cachedStatement(sql: RawInsert.sql(head, columns: columns, rows: rows)))
    }

    private mutating func flush(_ statement: Statement) throws {
        let stmt = statement.sqliteStatement
        let rc: Int32 = bytes.withUnsafeBufferPointer { buffer in
            sqlite3_reset(stmt)
            // A zero-length text needs a non-null pointer, or SQLite binds NULL.
            let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            for (k, v) in values.enumerated() {
                let i = Int32(k + 1)
                switch v {
                case .null: sqlite3_bind_null(stmt, i)
                case .int(let n): sqlite3_bind_int64(stmt, i, n)
                case .double(let d): sqlite3_bind_double(stmt, i, d)
                case .text(let s, let e): sqlite3_bind_text(stmt, i, (base + s).assumingMemoryBound(to: CChar.self), Int32(e - s), nil)
                }
            }
            let rc = sqlite3_step(stmt)
            // No binding may outlive the buffer.
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
            return rc
        }
        bytes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        rows = 0
        guard rc == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

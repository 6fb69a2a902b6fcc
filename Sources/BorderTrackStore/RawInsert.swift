import GRDB
import GRDBSQLite

/// One row of values bound straight to a cached prepared statement through the SQLite C API: texts laid end
/// to end in one reused buffer and bound in place, no `StatementArguments` of existentials per row (the
/// derived tables write a 71-column row per project).
struct RawInsert {
    private enum Value { case null, int(Int64), double(Double), text(Int, Int) }
    private let statement: Statement
    private let connection: SQLiteConnection
    private var bytes: [UInt8] = []
    private var values: [Value] = []

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        connection = db.sqliteConnection!
        bytes.reserveCapacity(2048)
        values.reserveCapacity(80)
    }

    mutating func text(_ s: String?) {
        guard let s else { values.append(.null); return }
        let start = bytes.count
        bytes.append(contentsOf: s.utf8)
        values.append(.text(start, bytes.count))
    }

    mutating func int(_ i: Int?) { values.append(i.map { .int(Int64($0)) } ?? .null) }
    mutating func double(_ d: Double?) { values.append(d.map(Value.double) ?? .null) }
    mutating func null(_ n: Int) { values.append(contentsOf: repeatElement(.null, count: n)) }

    /// Binds the values added since the last step, runs the statement and starts a new row.
    mutating func step() throws {
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
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
            return rc
        }
        bytes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        guard rc == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)))
        }
    }
}

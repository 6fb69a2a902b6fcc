#if Postgres
import BorderTrackStore
import PostgresNIO

/// Rows for one table, to be written by a `PostgresWriteBatch` (values bound as parameters, never spliced into SQL).
struct PostgresBulkInsert {
    /// One bound value; nil is SQL NULL (its type is taken from the column).
    enum Value: Equatable {
        case text(String?)
        case int(Int?)
        case double(Double?)
    }

    let table: String
    let columns: [String]
    private(set) var rows: [[Value]] = []
    /// The row a `SummaryRowSink` writer is adding.
    private var current: [Value] = []

    init(table: String, columns: [String]) {
        self.table = table; self.columns = columns
    }

    mutating func add(_ row: [Value]) {
        precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }

    /// Forgets the rows added (after they were written).
    mutating func removeAll() { rows.removeAll(keepingCapacity: true) }

    /// `INSERT INTO table (…) VALUES (…), (…)` for `rows`, appending their values to `binds`.
    func statement(_ rows: ArraySlice<[Value]>, binds: inout PostgresBindings) -> String {
        var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        for (n, row) in rows.enumerated() {
            sql += n == 0 ? "(" : ", ("
            for (m, value) in row.enumerated() {
                switch value {
                case .text(let v): binds.append(v)
                case .int(let v): binds.append(v)
                case .double(let v): binds.append(v)
                }
                sql += (m == 0 ? "$" : ", $") + String(binds.count)
            }
            sql += ")"
        }
        return sql
    }
}

/// A summary row's values (`DerivedRows.addSummary`) become a row to insert, or the values a check compares.
extension PostgresBulkInsert: SummaryRowSink {
    mutating func text(_ s: String?) { current.append(.text(s)) }
    mutating func int(_ i: Int?) { current.append(.int(i)) }
    mutating func double(_ d: Double?) { current.append(.double(d)) }
    mutating func null(_ n: Int) { current.append(contentsOf: repeatElement(Value.text(nil), count: n)) }
    mutating func endRow() throws {
        add(current)
        current.removeAll(keepingCapacity: true)
    }
}
#endif

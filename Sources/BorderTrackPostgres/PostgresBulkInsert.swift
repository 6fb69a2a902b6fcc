#if Postgres
import BorderTrackStore
import PostgresNIO

/// Rows for one table, to be written by a `PostgresWriteBatch` (values bound as parameters or streamed by `COPY`,
/// never spliced into SQL).
///
/// A few rows are kept as values for one `INSERT … VALUES` statement; past `copyThreshold` rows (an import, a
/// rebuild) they are encoded as they come into `COPY … FROM STDIN` text — about the size of the data, not a
/// value array of it — and streamed to the server in one `COPY` (`PostgresLink.copy`).
struct PostgresBulkInsert {
    /// One bound value; nil is SQL NULL (its type is taken from the column).
    enum Value: Equatable, Sendable {
        case text(String?)
        case int(Int?)
        case double(Double?)
    }

    /// Above this many rows they go through `COPY`.
    static let copyThreshold = 512

    let table: String
    let columns: [String]
    /// Whether many rows are encoded for `COPY` (false: always kept as values, for a check to compare).
    let streams: Bool
    private(set) var rows: [[Value]] = []
    /// The rows as `COPY` text (tab-separated, `\N` for NULL, backslash escapes), once there are many.
    private(set) var copyText: [UInt8]?
    /// Rows added.
    private(set) var count = 0
    /// The row a `SummaryRowSink` writer is adding.
    private var current: [Value] = []

    init(table: String, columns: [String], streams: Bool = true) {
        self.table = table; self.columns = columns; self.streams = streams
    }

    var isEmpty: Bool { count == 0 }

    mutating func add(_ row: [Value]) {
        precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
        count += 1
        if copyText != nil {
            Self.encode(row, into: &copyText!)
            return
        }
        rows.append(row)
        if streams && rows.count > Self.copyThreshold {
            var text: [UInt8] = []
            for r in rows { Self.encode(r, into: &text) }
            copyText = text
            rows = []
        }
    }

    /// One row as a line of `COPY` text format.
    static func encode(_ row: [Value], into out: inout [UInt8]) {
        for (i, value) in row.enumerated() {
            if i > 0 { out.append(9) }
            switch value {
            case .text(let s): PostgresCopyText.append(s, into: &out)
            case .int(let n): PostgresCopyText.append(n, into: &out)
            case .double(nil): PostgresCopyText.null(into: &out)
            case .double(let d?): out.append(contentsOf: d.description.utf8)
            }
        }
        out.append(10)
    }

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

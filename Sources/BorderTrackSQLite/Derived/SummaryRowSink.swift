import BorderTrackStore
import GRDB

/// Where one summary row's values go, in `SQLiteStore.summaryColumns` order: an insert (`RawInsert`) or the
/// values a check compares with what is stored (`SummaryRowValues`). One writer of the row for both, so the
/// check cannot drift from what a rebuild writes.
protocol SummaryRowSink {
    mutating func text(_ s: String?)
    mutating func int(_ i: Int?)
    mutating func double(_ d: Double?)
    mutating func null(_ n: Int)
    mutating func endRow() throws
}

extension RawInsert: SummaryRowSink {}

/// Summary rows collected as database values instead of written.
struct SummaryRowValues: SummaryRowSink {
    private(set) var rows: [[DatabaseValue]] = []
    private var current: [DatabaseValue] = []

    mutating func text(_ s: String?) { current.append(s.map { $0.databaseValue } ?? .null) }
    mutating func int(_ i: Int?) { current.append(i.map { Int64($0).databaseValue } ?? .null) }
    mutating func double(_ d: Double?) { current.append(d.map { $0.databaseValue } ?? .null) }
    mutating func null(_ n: Int) { current.append(contentsOf: repeatElement(DatabaseValue.null, count: n)) }
    mutating func endRow() throws {
        rows.append(current)
        current = []
    }
}

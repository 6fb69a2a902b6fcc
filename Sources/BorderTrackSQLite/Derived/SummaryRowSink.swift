import BorderTrackStore
import GRDB

/// An insert into `summary` is where `DerivedRows.addSummary` writes a rebuilt row.
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

/// Where one summary row's values go, in `DerivedRows.summaryColumns` order: an engine's insert, or the values a
/// check compares with what is stored. One writer of the row (`DerivedRows.addSummary`) for every engine and for
/// the checks, so neither can drift from what a rebuild writes.
public protocol SummaryRowSink {
    mutating func text(_ s: String?)
    mutating func int(_ i: Int?)
    mutating func double(_ d: Double?)
    /// `n` NULL values.
    mutating func null(_ n: Int)
    mutating func endRow() throws
}

/// One stored summary row read by position, in `DerivedRows.summaryColumns` order (each engine's `summary` table
/// has its columns in that order), for `DerivedRows.summary(from:)`.
public protocol SummaryRowReader {
    /// A text column (nil: NULL).
    func text(_ at: Int) throws -> String?
    /// An integer column (nil: NULL).
    func int(_ at: Int) throws -> Int?
    /// A floating-point column (nil: NULL).
    func double(_ at: Int) throws -> Double?
}

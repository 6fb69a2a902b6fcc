/// One value of a column and how many claims hold it (a row of the frequency table).
public struct ClaimFrequency: Hashable, Sendable {
    /// The value ("" when the claims have none).
    public let value: String
    public let count: Int

    public init(value: String, count: Int) { self.value = value; self.count = count }

    /// Most frequent first; equal counts by value in byte order.
    public static func ordered(_ rows: [ClaimFrequency]) -> [ClaimFrequency] {
        rows.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value.utf8.lexicographicallyPrecedes($1.value.utf8) }
    }
}

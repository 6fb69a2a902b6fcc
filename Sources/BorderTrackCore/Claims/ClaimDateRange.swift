/// A range of days a claim's date must start within (either end open), compared as stored text.
///
/// Dates are kept as EDTF text (`2021`, `2021-03`, `2021-03-05~`) and times as `2021-03-05T10:00:00Z`. Without
/// its qualifier (`?`, `~`, `%`: they would sort between digits and dashes), a text's start day lies in
/// `from...to` exactly when the text sorts at or after `from` written without trailing `-01`s and at or before
/// `to` followed by DEL (above the `T` of a time). The store compares the same texts in SQL (`rtrim`), so both
/// page sources select the same claims; a recording time has no qualifier, so its index serves the range.
public struct ClaimDateRange: Hashable, Sendable, CustomStringConvertible {
    public let from: Day?
    public let to: Day?

    public init(from: Day?, to: Day?) { self.from = from; self.to = to }

    /// The lowest text selected (nil: no lower bound).
    public var lowerText: String? {
        guard let from else { return nil }
        let c = from.components
        if c.month == 1 && c.day == 1 { return String(from.description.prefix(4)) }
        if c.day == 1 { return String(from.description.prefix(7)) }
        return from.description
    }

    /// The highest text selected (nil: no upper bound).
    public var upperText: String? { to.map { $0.description + "\u{7f}" } }

    /// The characters that qualify a date (uncertain, approximate, both), stripped before comparing.
    public static let qualifiers = "?~%"

    /// Whether a stored date or time text starts within the range.
    public func contains(_ stored: String) -> Bool {
        var text = Substring(stored)
        while let last = text.last, Self.qualifiers.contains(last) { text = text.dropLast() }
        if let lo = lowerText, text.utf8.lexicographicallyPrecedes(lo.utf8) { return false }
        if let hi = upperText, hi.utf8.lexicographicallyPrecedes(text.utf8) { return false }
        return true
    }

    /// The range as a filter value: `2021-03-01..2021-06-30`, `2021-03-01..`, `..2021-06-30`, or one day.
    public var description: String {
        if let from, let to, from == to { return from.description }
        return (from?.description ?? "") + ".." + (to?.description ?? "")
    }
}

/// A date of year, month or day precision with an optional EDTF qualifier.
///
/// The accepted forms are the EDTF subset of `bordertrack/1`: `YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`, each optionally followed by one qualifier: `?` uncertain, `~` approximate,
/// `%` both. A partial date stands for the interval of days it covers: `2019` is
/// 2019-01-01 … 2019-12-31. Ordering and overlap work on that interval.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// The EDTF level-1 qualifier.
    public enum Qualifier: Character, Sendable {
        case uncertain = "?"
        case approximate = "~"
        case uncertainApproximate = "%"
    }

    public let year: Int
    public let month: Int?
    public let day: Int?
    public let qualifier: Qualifier?

    /// The precision given by the fields present.
    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// Creates a validated partial date.
    public init(year: Int, month: Int? = nil, day: Int? = nil, qualifier: Qualifier? = nil) throws(PartialDateError) {
        // The text for an error message is formatted only when there is an error.
        var text: String { PartialDate.format(year: year, month: month, day: day, qualifier: qualifier) }
        guard (0...9999).contains(year) else { throw .outOfRange(text, "year must be 0000–9999") }
        if day != nil && month == nil { throw .malformed(text) }
        if let month, !(1...12).contains(month) { throw .outOfRange(text, "month must be 01–12") }
        if let month, let day {
            let last = Day.daysIn(month: month, year: year)
            guard (1...last).contains(day) else {
                throw .outOfRange(text, "day must be 01–\(last) in \(pad(year, 4))-\(pad(month, 2))")
            }
        }
        self.year = year; self.month = month; self.day = day; self.qualifier = qualifier
    }

    /// Parses the EDTF subset; anything else is an error, never a guess.
    public init(parsing text: String) throws(PartialDateError) {
        var bytes = Array(text.utf8)
        var qualifier: Qualifier? = nil
        if let last = bytes.last, let q = Qualifier(rawValue: Character(Unicode.Scalar(last))) {
            qualifier = q
            bytes.removeLast()
        }
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            var n = 0
            for b in slice {
                guard b >= 48 && b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        let dash = UInt8(ascii: "-")
        switch bytes.count {
        case 4:
            guard let y = number(bytes[0..<4]) else { throw .malformed(text) }
            try self.init(year: y, qualifier: qualifier)
        case 7:
            guard bytes[4] == dash, let y = number(bytes[0..<4]), let m = number(bytes[5..<7]) else { throw .malformed(text) }
            do { try self.init(year: y, month: m, qualifier: qualifier) } catch { throw error.retexted(text) }
        case 10:
            guard bytes[4] == dash, bytes[7] == dash, let y = number(bytes[0..<4]),
                  let m = number(bytes[5..<7]), let d = number(bytes[8..<10]) else { throw .malformed(text) }
            do { try self.init(year: y, month: m, day: d, qualifier: qualifier) } catch { throw error.retexted(text) }
        default:
            throw .malformed(text)
        }
    }

    /// The first day the date covers.
    public var start: Day { Day(year: year, month: month ?? 1, day: day ?? 1)! }

    /// The last day the date covers.
    public var end: Day {
        let m = month ?? 12
        return Day(year: year, month: m, day: day ?? Day.daysIn(month: m, year: year))!
    }

    /// The days this date covers.
    public var interval: ClosedRange<Day> { start...end }

    /// Whether the two dates cover at least one common day.
    public func overlaps(_ other: PartialDate) -> Bool { interval.overlaps(other.interval) }

    /// Whether the date is known exactly (no qualifier).
    public var isCertain: Bool { qualifier == nil }

    /// The exact-day date of a `Day`.
    public init(_ day: Day) {
        let c = day.components
        // A Day derived from valid components is always valid.
        self = try! PartialDate(year: min(max(c.year, 0), 9999), month: c.month, day: c.day)
    }

    /// Orders by the interval's start, then its end (a year sorts before its own months'
    /// exact days that start later), then qualifier for a total order.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return (a.qualifier?.rawValue ?? " ") < (b.qualifier?.rawValue ?? " ")
    }

    /// The EDTF text form.
    public var description: String {
        PartialDate.format(year: year, month: month, day: day, qualifier: qualifier)
    }

    /// A human reading of the date, e.g. `2021-10 (approximate)`.
    public var humanDescription: String {
        let base = PartialDate.format(year: year, month: month, day: day, qualifier: nil)
        switch qualifier {
        case nil: return base
        case .uncertain?: return base + " (uncertain)"
        case .approximate?: return base + " (approx.)"
        case .uncertainApproximate?: return base + " (approx., uncertain)"
        }
    }

    static func format(year: Int, month: Int?, day: Int?, qualifier: Qualifier?) -> String {
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let day { s += "-" + pad(day, 2) }
        if let qualifier { s.append(qualifier.rawValue) }
        return s
    }
}

/// A moment in UTC, to the second, written `YYYY-MM-DDTHH:MM:SSZ`.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ`; `nil` for anything else.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        guard b.count == 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b[19] == 90 else { return nil }
        func n(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard b[i] >= 48 && b[i] <= 57 else { return nil }; v = v * 10 + Int(b[i] - 48) }
            return v
        }
        guard let y = n(0..<4), let mo = n(5..<7), let d = n(8..<10), let h = n(11..<13), let mi = n(14..<16),
              let s = n(17..<19), h < 24, mi < 60, s < 60, let day = Day(year: y, month: mo, day: d) else { return nil }
        seconds = day.ordinal * 86_400 + h * 3600 + mi * 60 + s
    }

    /// The calendar day (UTC) of this moment.
    public var day: Day { Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400) }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    public var description: String {
        let d = day
        let rest = seconds - d.ordinal * 86_400
        return d.description + "T" + pad(rest / 3600, 2) + ":" + pad(rest / 60 % 60, 2) + ":" + pad(rest % 60, 2) + "Z"
    }
}

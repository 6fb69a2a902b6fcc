import BorderTrackCore

/// The text of dates and times as UTF-8 bytes, written without `String` arithmetic: the same bytes as
/// `PartialDate.description` (`YYYY`, `-MM`, `-DD`, then the qualifier) — years are 0000–9999, so widths are fixed.
package enum DateBytes {
    /// Appends `d.description`'s bytes.
    package static func append(_ d: PartialDate, to out: inout [UInt8]) {
        func digits(_ n: Int, _ width: Int) {
            var div = 1
            for _ in 1..<width { div *= 10 }
            var n = n
            while div > 0 {
                out.append(48 + UInt8(n / div))
                n %= div
                div /= 10
            }
        }
        digits(d.year, 4)
        if let m = d.month { out.append(45); digits(m, 2) }
        if let day = d.day { out.append(45); digits(day, 2) }
        if let q = d.qualifier { out.append(q.rawValue.asciiValue!) }
    }
}

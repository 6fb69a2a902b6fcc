/// Terminal columns taken by text, per grapheme, from a built-in table (no locale, no `wcwidth`): the one
/// measure of text width, for the TUI's grid and the CLI's tables (`TextTable`, `StreamedTable`) alike.
///
/// Rules for one grapheme (an extended grapheme cluster, Swift's `Character`):
/// - 0 for a control, or a cluster of only combining marks (Mn, Me) and invisible format characters;
/// - 2 for an emoji shown as a picture: Emoji_Presentation, a VS16 (U+FE0F) sequence, a flag, a keycap, ZWJ sequences;
/// - 2 for East Asian Wide and Fullwidth (CJK ideographs, Hangul, Kana, fullwidth forms) — the table below;
/// - 1 for everything else (Latin, Cyrillic, Greek, East Asian Ambiguous such as `—`, box drawing).
///
/// The wide ranges are Unicode's EastAsianWidth W and F (with the unassigned code points of the CJK blocks
/// and planes 2 and 3, which Unicode gives W by default, and the Yijing hexagrams, W since Unicode 16).
/// Single code points agree with glibc's `wcwidth` in C.UTF-8 except the Ambiguous U+3248–U+324F (1 here).
/// A string of printable ASCII only is measured by its length, without walking its graphemes.
public enum DisplayWidth {
    /// Columns one grapheme takes: 0, 1 or 2.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        if v < 0x7F && scalars.count == 1 { return 1 } // ASCII fast path
        if isZeroWidth(first) {
            // A cluster of marks on no base: as wide as its first spacing scalar, if any.
            for s in scalars.dropFirst() where !isZeroWidth(s) { return of(Character(s)) }
            return 0
        }
        if scalars.count > 1 {
            if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
            if scalars.contains(where: { $0.value == 0xFE0E }) && !isWide(v) { return 1 }
            if (0x1F1E6...0x1F1FF).contains(v) { return 2 } // regional-indicator flag
            if first.properties.isEmoji && scalars.contains(where: { $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) }) {
                return 2 // ZWJ sequence or skin-tone modifier
            }
        }
        if (0x1F1E6...0x1F1FF).contains(v) { return 1 } // a lone regional indicator is a letter
        if isWide(v) || first.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int { of(text[...]) }

    /// Columns a substring takes.
    public static func of(_ text: Substring) -> Int {
        // Printable ASCII (ids, dates, most names): one column a byte, no grapheme walk.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var w = 0
        for c in text { w += of(c) }
        return w
    }

    /// Columns any other text takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int { of(Substring(text)) }

    /// The longest prefix of whole graphemes that fits `width` columns, ending in `ellipsis` when anything was cut.
    ///
    /// Never exceeds `width` (the result may be one column narrower when a wide character would straddle the cut).
    /// When even the ellipsis does not fit, the ellipsis itself is cut.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ew = of(ellipsis)
        if ew >= width { return prefix(ellipsis, width: width) }
        return prefix(text, width: width - ew) + ellipsis
    }

    /// Whole graphemes from the start of `text` that fit `width` columns.
    public static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for i in text.indices {
            let w = of(text[i])
            if used + w > width { break }
            used += w
            end = text.index(after: i)
        }
        return String(text[..<end])
    }

    /// How `pad` places text in a wider field.
    public enum Alignment: Sendable, Hashable { case left, right, center }

    /// The text padded with spaces to `width` columns (unchanged when already as wide or wider).
    public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let gap = width - of(text)
        guard gap > 0 else { return text }
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// Exactly `width` columns: truncated with the ellipsis if longer, padded if shorter.
    public static func fit(_ text: String, toWidth width: Int, ellipsis: String = "…", alignment: Alignment = .left) -> String {
        pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
    }

    /// Combining marks and invisible format characters (which take no column of their own).
    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        switch v {
        case 0x00AD: return false // soft hyphen: shown as a hyphen by terminals
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD: return false // prepended marks
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true // Hangul jamo vowels and finals join the syllable
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF, 0xE0000...0xE0FFF: return true
        default: break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Whether a scalar is East Asian Wide or Fullwidth, by binary search of `wideRanges`.
    static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) code points, sorted; adjacent ranges joined across unassigned gaps.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x3247, 0x3250...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18D08, 0x1AFF0...0x1B2FB,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F320, 0x1F32D...0x1F335,
        0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAF6, 0x20000...0x3FFFD,
    ]
}

/// Columns one grapheme takes in a terminal (see `DisplayWidth`).
public func displayWidth(of c: Character) -> Int { DisplayWidth.of(c) }

extension StringProtocol {
    /// Columns the text takes in a terminal (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension String {
    /// Columns the text takes in a terminal (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension String {
    /// The text cut to `width` columns at a grapheme boundary, ending in `ellipsis` when cut.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        DisplayWidth.truncate(self, toWidth: width, ellipsis: ellipsis)
    }

    /// The text padded with spaces to `width` columns.
    public func padded(toWidth width: Int, alignment: DisplayWidth.Alignment = .left) -> String {
        DisplayWidth.pad(self, toWidth: width, alignment: alignment)
    }
}

extension DisplayWidth {
    /// `text` cut to `width` columns so that it still reads apart from `others` shown with it.
    ///
    /// When the plain cut (`truncate`) would show little or nothing past the prefix `text` shares with one of
    /// `others` — the three "Heilongjiang Pilot Free Trade Zone – …" areas, the "Blagoveshchensk–Heihe …"
    /// projects in a narrow column — the middle goes instead: the start, the ellipsis, then the part from the
    /// word where they differ ("Heilongjiang Pilot Free…Harbin Area"), itself cut at its end when it is long
    /// ("Blago…pontoon b…"). Words are whole in Latin and Cyrillic; CJK may be cut between any two characters.
    /// Never wider than `width`; text that fits, or shares nothing, is `truncate`'s.
    public static func distinguishing(_ text: String, among others: [String], toWidth width: Int,
                                      ellipsis: String = "…") -> String {
        let plain = truncate(text, toWidth: width, ellipsis: ellipsis)
        guard plain != text, width >= 8 else { return plain }
        let chars = Array(text)
        var shared = 0
        for other in others where other != text {
            var n = 0
            for c in other {
                guard n < chars.count, chars[n] == c else { break }
                n += 1
            }
            shared = max(shared, n)
        }
        let ew = of(ellipsis)
        let shown = prefix(text, width: width - ew).count
        // Enough of the difference is already shown (or there is nothing in common to skip).
        guard shared > 0, shown < shared + 3 else { return plain }
        var start = min(shared, chars.count)
        while start > 0, start < chars.count, isWordCharacter(chars[start - 1]), isWordCharacter(chars[start]) { start -= 1 }
        while start < chars.count, chars[start].isWhitespace { start += 1 }
        guard start > 0, start < chars.count else { return plain }
        let head = String(chars[..<start]), tail = String(chars[start...])
        let tailW = of(tail)
        let minHead = max(4, width / 4)
        if width - ew - tailW >= minHead {
            return trimmedEnd(wordPrefix(head, width: width - ew - tailW, atLeast: minHead)) + ellipsis + tail
        }
        // The tail is long too: a short start (at most the first word), then as much of the tail as fits.
        let firstWord = head.prefix { isWordCharacter($0) }
        let headW = max(1, min(of(String(firstWord)).nonZero ?? width / 3, width / 3))
        let start2 = trimmedEnd(prefix(head, width: headW))
        return start2 + ellipsis + truncate(tail, toWidth: width - of(start2) - ew, ellipsis: ellipsis)
    }

    /// The prefix of `head` that fits `width`, back to the end of its last whole word when that leaves at least
    /// `atLeast` columns (a cut inside a Latin or Cyrillic word reads as a typo; CJK has no words to keep).
    private static func wordPrefix(_ head: String, width: Int, atLeast: Int) -> String {
        let cut = prefix(head, width: width)
        guard cut.count < head.count, let last = cut.last, isWordCharacter(last),
              isWordCharacter(head[head.index(head.startIndex, offsetBy: cut.count)]),
              let space = cut.lastIndex(where: { $0.isWhitespace }) else { return cut }
        let whole = String(cut[..<space])
        return of(trimmedEnd(whole)) >= atLeast ? whole : cut
    }

    /// A letter or digit that is part of a space-separated word (Latin, Cyrillic…), not a CJK ideograph.
    private static func isWordCharacter(_ c: Character) -> Bool {
        (c.isLetter || c.isNumber) && of(c) == 1
    }

    /// The text without the spaces and dashes it would end in before an ellipsis.
    private static func trimmedEnd(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.last, last.isWhitespace || "–—-,(/".contains(last) { s = s.dropLast() }
        return String(s)
    }
}

private extension Int {
    var nonZero: Int? { self == 0 ? nil : self }
}

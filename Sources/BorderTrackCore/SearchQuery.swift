/// A typed search: every word must occur (any order), case-insensitively in Latin, Cyrillic and CJK.
///
/// The words are lower-cased once (`String.lowercased()` folds Latin and Cyrillic; CJK has no case) and
/// looked for in a lower-cased search text (`Project.searchKey`, `ProjectSearchText`): a project matches when
/// each word is a substring of its text, wherever the words are and in whatever order.
public struct SearchQuery: Hashable, Sendable {
    /// The lower-cased words, in the order typed, without duplicates.
    public let words: [String]

    /// Splits typed text at white space; an empty or blank text has no words (and matches nothing).
    public init(_ text: String) {
        var seen = Set<String>(), out: [String] = []
        for w in text.lowercased().split(whereSeparator: { $0.isWhitespace || $0.isNewline }).map(String.init) where seen.insert(w).inserted {
            out.append(w)
        }
        words = out
    }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { words.isEmpty }

    /// Whether every word occurs in a lower-cased text.
    public func matches(_ lowered: String) -> Bool {
        !words.isEmpty && words.allSatisfy { lowered.contains($0) }
    }

    /// The words' UTF-8 bytes, for a byte scan of many search texts at once.
    public var utf8Words: [[UInt8]] { words.map { Array($0.utf8) } }

    /// Whether everything `longer` matches, this query matches too: each of these words is inside one of its
    /// words ("bridge 5" then "bridge 53"), so a search typed on can look only among this one's matches.
    public func narrows(to longer: SearchQuery) -> Bool {
        !words.isEmpty && words.allSatisfy { w in longer.words.contains { $0.contains(w) } }
    }

    /// Where the words occur in shown text, as grapheme offsets (`start..<end`, sorted, merged): what a row
    /// highlights. Each grapheme is compared lower-cased, so "Благовещенск" is found by "благ".
    public func highlights(in text: String) -> [Range<Int>] {
        guard !words.isEmpty else { return [] }
        let lowered = text.map { String($0).lowercased() }
        var ranges: [Range<Int>] = []
        for word in words {
            let needle = word.map(String.init)
            guard !needle.isEmpty, needle.count <= lowered.count else { continue }
            var i = 0
            while i + needle.count <= lowered.count {
                if lowered[i] == needle[0], Array(lowered[i..<(i + needle.count)]) == needle {
                    ranges.append(i..<(i + needle.count)); i += needle.count
                } else {
                    i += 1
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}

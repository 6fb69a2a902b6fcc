import BorderTrackCore

extension Grid {
    /// Marks where a search's words occur in text already put at `row`, `col` (at most `width` columns):
    /// underlined and bold, so the match shows without colour too (NO_COLOR), and in yellow where there is colour.
    mutating func highlight(_ text: String, matching q: SearchQuery?, row: Int, col: Int, width: Int) {
        guard let q, width > 0 else { return }
        let shown = TerminalText.singleLine(text)
        let ranges = q.highlights(in: shown)
        guard !ranges.isEmpty else { return }
        // Column of each grapheme, as `put` lays them out (a wide one takes two).
        var x = col, starts: [Int] = [], widths: [Int] = []
        for ch in shown {
            let w = DisplayWidth.of(ch)
            starts.append(x); widths.append(w)
            x += w
        }
        // The last column kept for text when `put` cut it with an ellipsis.
        let cut = DisplayWidth.of(shown) > width
        let limit = col + width - (cut ? 1 : 0)
        for r in ranges {
            for k in r where k < starts.count && widths[k] > 0 && starts[k] + widths[k] <= limit {
                restyle(Rect(row: row, col: starts[k], height: 1, width: widths[k])) {
                    $0.attributes.formUnion([.underline, .bold])
                    if !$0.attributes.contains(.reverse) { $0.foreground = .yellow }
                }
            }
        }
    }
}

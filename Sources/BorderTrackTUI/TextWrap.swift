import BorderTrackCore
/// Word wrapping by display width (CJK wraps anywhere; other text at spaces, long words split).
public enum TextWrap {
    /// The lines of `text` (made single-line per paragraph) fitting `width` columns; at most `maxLines` (last one ellipsised).
    public static func wrap(_ text: String, width: Int, maxLines: Int = Int.max) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            var word = "", wordWidth = 0
            func flushWord() {
                if wordWidth == 0 { return }
                if lineWidth > 0 && lineWidth + wordWidth > width {
                    lines.append(line); line = ""; lineWidth = 0
                }
                if wordWidth > width {
                    for ch in word {
                        let w = DisplayWidth.of(ch)
                        if lineWidth + w > width { lines.append(line); line = ""; lineWidth = 0 }
                        line.append(ch); lineWidth += w
                    }
                } else {
                    line += word; lineWidth += wordWidth
                }
                word = ""; wordWidth = 0
            }
            for ch in paragraph {
                let w = DisplayWidth.of(ch)
                if ch == " " || ch == "\t" {
                    flushWord()
                    if lineWidth > 0 && lineWidth < width { line.append(" "); lineWidth += 1 }
                } else if w == 2 {
                    flushWord()
                    if lineWidth + 2 > width { lines.append(line); line = ""; lineWidth = 0 }
                    line.append(ch); lineWidth += 2
                } else {
                    word.append(ch); wordWidth += w
                }
            }
            flushWord()
            lines.append(String(line.reversed().drop(while: { $0 == " " }).reversed()))
        }
        if lines.count > maxLines {
            var kept = Array(lines.prefix(maxLines))
            kept[maxLines - 1] = DisplayWidth.truncate(kept[maxLines - 1] + " …", toWidth: width)
            return kept
        }
        return lines
    }
}

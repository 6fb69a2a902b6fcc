import BorderTrackCore
/// Word wrapping by display width (CJK wraps anywhere; other text at spaces, long words split).
///
/// CJK text keeps its punctuation where a reader expects it (the basic rule of Chinese and Japanese line
/// breaking, kinsoku): a line never starts with a closing mark (`，。、）」》！？` …) or ends with an opening one
/// (`（「《` …) — the character before a closing mark goes down with it, an opening mark goes down with what follows.
public enum TextWrap {
    /// Marks a line must not start with.
    static let noLineStart: Set<Character> = ["，", "。", "、", "．", "！", "？", "：", "；", "）", "」", "』", "】", "》", "〉", "〕", "］", "｝",
                                              "…", "‥", "・", "ー", "々", "〜", ",", ".", ":", ";", "!", "?", ")", "]", "}", "»", "”", "’"]
    /// Marks a line must not end with.
    static let noLineEnd: Set<Character> = ["（", "「", "『", "【", "《", "〈", "〔", "［", "｛", "(", "[", "{", "«", "“", "‘"]

    /// A finished line without the spaces a break left at its end.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        String(line.reversed().drop(while: { $0 == " " }).reversed())
    }

    /// The lines of `text` (made single-line per paragraph) fitting `width` columns; at most `maxLines` (last one ellipsised).
    public static func wrap(_ text: String, width: Int, maxLines: Int = Int.max) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            var word = "", wordWidth = 0
            /// Ends the line before `next`, which does not fit: a closing mark takes the line's last character down
            /// with it, and an opening mark at the line's end goes down (unless that would leave the line empty).
            /// `nextWidth` is what must fit after what is carried down; nothing is carried when it would not.
            func breakLine(before next: Character, nextWidth: Int) {
                var carried = ""
                if let last = line.last, line.count > 1,
                   noLineEnd.contains(last) || (noLineStart.contains(next) && DisplayWidth.of(last) == 2) {
                    carried = String(last)
                    // An opening mark just before the carried character goes down too.
                    let rest = line.dropLast()
                    if let before = rest.last, rest.count > 1, noLineEnd.contains(before) { carried = String(before) + carried }
                    if DisplayWidth.of(carried) + nextWidth > width { carried = "" }
                }
                if !carried.isEmpty { line.removeLast(carried.count) }
                lines.append(trimmingTrailingSpaces(line))
                line = carried; lineWidth = DisplayWidth.of(carried)
            }
            func flushWord() {
                if wordWidth == 0 { return }
                if lineWidth > 0 && lineWidth + wordWidth > width {
                    breakLine(before: word.first!, nextWidth: min(wordWidth, width))
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
                    if lineWidth + 2 > width { breakLine(before: ch, nextWidth: 2) }
                    line.append(ch); lineWidth += 2
                } else {
                    word.append(ch); wordWidth += w
                }
            }
            flushWord()
            lines.append(trimmingTrailingSpaces(line))
        }
        if lines.count > maxLines {
            var kept = Array(lines.prefix(maxLines))
            kept[maxLines - 1] = DisplayWidth.truncate(kept[maxLines - 1] + " …", toWidth: width)
            return kept
        }
        return lines
    }
}

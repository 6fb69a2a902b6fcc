import BorderTrackCore
/// A project's history: every change, newest first, with editor, time, action and before → after per field.
enum HistoryView {
    static func lines(_ s: AppState, width: Int, theme: Theme) -> [DetailView.Line] {
        var out: [DetailView.Line] = []
        let arrow = theme.ascii ? "->" : "→"
        for e in s.historyEntries {
            out.append([(e.at.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: ""), .plain),
                        ("  " + e.editor.padded(toWidth: 10), Style(attributes: [.bold])),
                        ("  " + e.action.padded(toWidth: 16), .fg(e.action == "undo" || e.action.hasSuffix("withdraw") ? .yellow : .cyan)),
                        ("  " + e.entityID, Theme.dim)])
            // The change in words (as `bordertrack project history` says it), then field by field.
            for w in TextWrap.wrap(e.summary, width: max(10, width - 6), maxLines: 3) where !e.summary.isEmpty {
                out.append([("    " + w, .plain)])
            }
            for c in e.changes {
                let before = c.before ?? "–", after = c.after ?? "–"
                out.append([("      " + c.field.padded(toWidth: 12) + " ", Theme.dim), (before, c.before == nil ? Theme.dim : .plain),
                            (" \(arrow) ", Theme.dim), (after, .plain)])
            }
        }
        if out.isEmpty { out.append([(theme.lang["ui.history.none"], Theme.dim)]) }
        return out
    }

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1 else { return }
        let lang = theme.lang
        let of = s.historyClaim.map { lang("ui.history.claim", $0, s.historyProject ?? "?") } ?? (s.historyProject ?? "?")
        let head = lang.count("ui.history.title", s.historyEntries.count, of)
        _ = g.put(head, row: rect.row, col: rect.col + 1, width: rect.width - 1, style: Theme.header, ellipsis: theme.glyphs.ellipsis)
        let all = lines(s, width: rect.width, theme: theme)
        // historyTop counts entries; scroll to the first line of that entry.
        var start = 0, seen = 0
        for (i, l) in all.enumerated() where !(l.first?.0.hasPrefix("    ") ?? true) {
            if seen == s.historyTop { start = i; break }
            seen += 1
        }
        for (i, line) in all.dropFirst(start).prefix(max(0, rect.height - 1)).enumerated() {
            DetailView.put(line, &g, rect.row + 1 + i, rect)
        }
    }
}

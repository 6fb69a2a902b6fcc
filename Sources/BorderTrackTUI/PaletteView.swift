import BorderTrackCore

/// Draws the command palette over the body: a frame, the typed filter, then the matching entries with their
/// keys and help; the selected one reversed and marked (so it shows without colour).
enum PaletteView {
    static func render(_ s: AppState, palette p: Palette, keys: KeyMap, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 3, rect.width >= 8 else { return }
        let entries = s.paletteEntries(keys: keys)
        let lang = theme.lang
        g.fill(rect)
        g.frame(rect, title: lang("ui.palette.title", entries.count), glyphs: theme.glyphs)
        let inner = Rect(row: rect.row + 1, col: rect.col + 1, height: rect.height - 2, width: rect.width - 2)
        let end = g.put((theme.ascii ? "> " : "› ") + p.query, row: inner.row, col: inner.col, width: inner.width - 1, style: Style(attributes: [.bold]))
        _ = g.put(theme.ascii ? "_" : "▏", row: inner.row, col: end)
        let height = inner.height - 1
        guard height >= 1 else { return }
        if entries.isEmpty {
            _ = g.put(lang("ui.palette.none", p.query), row: inner.row + 1, col: inner.col + 1, width: inner.width - 1, style: Theme.dim,
                      ellipsis: theme.glyphs.ellipsis)
            return
        }
        let top = p.selection < height ? 0 : p.selection - height + 1
        let keyW = min(16, max(6, inner.width / 4))
        for (i, e) in entries.enumerated().dropFirst(top).prefix(height) {
            let y = inner.row + 1 + (i - top)
            let selected = i == p.selection
            let base: Style = selected ? Theme.selected : .plain
            if selected { g.fill(Rect(row: y, col: inner.col, height: 1, width: inner.width), style: base) }
            _ = g.put(selected ? (theme.ascii ? ">" : "▶") : " ", row: y, col: inner.col, style: base)
            var keyStyle = base; keyStyle.attributes.insert(.bold)
            _ = g.put(e.key, row: y, col: inner.col + 2, width: keyW, style: keyStyle, ellipsis: theme.glyphs.ellipsis)
            let text: String
            switch e.target {
            case .action: text = e.help
            case .command: text = e.name.isEmpty ? e.help : e.name + "  " + e.help
            }
            _ = g.put(text, row: y, col: inner.col + 3 + keyW, width: max(0, inner.width - keyW - 3), style: base, ellipsis: theme.glyphs.ellipsis)
        }
    }
}

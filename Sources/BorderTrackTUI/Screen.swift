import BorderTrackCore

/// Renders the whole application state into a grid: title, the current view, status bar, prompt line.
///
/// Pure: the same state, keys, size and theme always give the same grid.
public enum Screen {
    public static func render(_ state: AppState, keys: KeyMap, theme: Theme) -> Grid {
        var theme = theme
        theme.lang = state.lang
        var g = Grid(rows: state.rows, cols: state.cols)
        guard state.rows >= 1, state.cols >= 1 else { return g }
        let body = Rect(row: 1, col: 0, height: max(0, state.rows - 3), width: state.cols)
        switch state.view {
        case .list: ListView.render(state, into: &g, rect: body, theme: theme)
        case .detail: DetailView.render(state, into: &g, rect: body, theme: theme)
        case .queue: QueueView.render(state, into: &g, rect: body, theme: theme)
        case .help: HelpView.render(state, keys: keys, into: &g, rect: body, theme: theme)
        case .history: HistoryView.render(state, into: &g, rect: body, theme: theme)
        case .claims: ClaimsView.render(state, into: &g, rect: body, theme: theme)
        case .frequency: FrequencyView.render(state, into: &g, rect: body, theme: theme)
        case .claim: ClaimView.render(state, keys: keys, into: &g, rect: body, theme: theme)
        case .map: MapView.render(state, into: &g, rect: body, theme: theme)
        }
        if let form = state.form { FormView.render(state, form: form, into: &g, rect: body, theme: theme) }
        if let p = state.palette { PaletteView.render(state, palette: p, keys: keys, into: &g, rect: body, theme: theme) }
        titleBar(state, keys: keys, into: &g, theme: theme)
        statusBar(state, into: &g, theme: theme)
        completionBar(state, into: &g, theme: theme)
        promptLine(state, keys: keys, into: &g, theme: theme)
        return g
    }

    static func titleBar(_ s: AppState, keys: KeyMap, into g: inout Grid, theme: Theme) {
        g.fill(Rect(row: 0, col: 0, height: 1, width: g.cols), style: Theme.title)
        // `--ascii`: no middle dot in the program's name either.
        let brand = theme.ascii ? "BorderTrack - " : "BorderTrack · "
        var title: String
        switch s.view {
        case .list: title = brand + "Projects (\(s.listCount)\(s.listCount != s.data.projectCount ? " of \(s.data.projectCount)" : ""))"
        case .detail: title = brand + (s.detailProject.flatMap(s.data.project(id:))?.names.en ?? "Project")
        case .queue: title = brand + QueueView.title(s)
        case .help: title = brand + "Help"
        case .history: title = brand + "History"
        case .claims: title = brand + ClaimsView.title(s)
        case .frequency: title = brand + FrequencyView.title(s)
        case .claim: title = brand + ClaimView.title(s)
        case .map: title = brand + MapView.title(s)
        }
        let hint = hintText(s, keys: keys, ascii: theme.ascii)
        let hintWidth = DisplayWidth.of(hint)
        var room = g.cols - hintWidth - 2
        if s.view == .queue, DisplayWidth.of(title) - brand.count > room - 1 {
            title = brand + QueueView.title(s, short: true)
            // A filter the hint would hide takes the hint's place (the keys are in help).
            if !s.queueQuery.filter.isEmpty, DisplayWidth.of(title) - brand.count > room - 1 { room = 0 }
        }
        // On a narrow screen the view's own title matters more than the program's name.
        if DisplayWidth.of(title) > (room >= 12 ? room - 1 : g.cols - 1) {
            title = String(title.dropFirst(brand.count))
        }
        if room >= 12 {
            _ = g.put(title, row: 0, col: 1, width: room - 1, style: Theme.title, ellipsis: theme.glyphs.ellipsis)
            _ = g.put(hint, row: 0, col: g.cols - hintWidth - 1, style: Theme.title)
        } else {
            _ = g.put(title, row: 0, col: 1, width: g.cols - 1, style: Theme.title, ellipsis: theme.glyphs.ellipsis)
        }
    }

    static func key(_ keys: KeyMap, _ a: Action) -> String { keys.keys(for: a.rawValue).first.map(KeySpec.format) ?? "?" }

    static func hintText(_ s: AppState, keys: KeyMap, ascii: Bool = false) -> String {
        if s.palette != nil { return "enter run  esc close" }
        return switch s.view {
        // `q quit` gave way to `m map` (quit is in help and every user's first key), so the hint keeps its width and an
        // 80-column screen its "BorderTrack ·" title.
        case .list: "\(key(keys, .addClaim)) add claim  \(key(keys, .queue)) discrepancies  \(key(keys, .map)) map  \(key(keys, .help)) help"
        case .queue: "\(key(keys, .acknowledge)) ack  \(key(keys, .resolve)) resolve  \(key(keys, .open)) open  \(key(keys, .back)) back  \(key(keys, .help)) help"
        case .detail where s.cursorClaim != nil:
            "\(key(keys, .open)) claim  \(key(keys, .openURL)) open URL  \(key(keys, .copyURL)) copy URL  \(key(keys, .help)) help"
        case .detail: "\(ascii ? "v" : "↓") claims  \(ascii ? "</>" : "←/→") timeline  \(key(keys, .addClaim)) add claim  \(key(keys, .back)) back  \(key(keys, .help)) help"
        case .claim: "\(key(keys, .openURL)) open URL  \(key(keys, .copyURL)) copy URL  \(key(keys, .back)) back  \(key(keys, .help)) help"
        case .help: "\(key(keys, .back)) back"
        case .history: "\(key(keys, .undo)) undo  \(key(keys, .back)) back  \(key(keys, .help)) help"
        case .claims: "\(key(keys, .frequency)) freq  \(key(keys, .filter)) filter  \(key(keys, .open)) open  \(key(keys, .back)) back  \(key(keys, .help)) help"
        case .frequency: "\(key(keys, .open)) filter  \(key(keys, .back)) back  \(key(keys, .help)) help"
        case .map: "\(ascii ? "arrows" : "←↑↓→") move  \(key(keys, .open)) open  \(key(keys, .zoomIn))/\(key(keys, .zoomOut)) zoom  \(key(keys, .panLeft))\(key(keys, .panDown))\(key(keys, .panUp))\(key(keys, .panRight)) pan  \(key(keys, .back)) back"
        }
    }

    static func statusBar(_ s: AppState, into g: inout Grid, theme: Theme) {
        let row = g.rows - 2
        guard row >= 1 else { return }
        g.fill(Rect(row: row, col: 0, height: 1, width: g.cols), style: Style(attributes: [.reverse]))
        var parts = [s.session.database, "\(s.data.projectCount) projects", s.queueStates(QueueQuery(), short: true)]
        parts.append(s.data.knownBy.map { "as of \($0)" } ?? "as of today \(s.data.end)")
        parts.append("editor \(s.session.editor)\(s.session.readOnly ? " (read-only)" : "")")
        if s.view == .list {
            parts.append("sort \(s.sort.rawValue)\(s.sortDescending ? (theme.ascii ? "v" : "↓") : (theme.ascii ? "^" : "↑"))")
            if !s.filter.isEmpty { parts.append("filter \(s.filter.description)") }
        }
        if s.view == .queue { parts += QueueView.statusParts(s, theme: theme) }
        if s.view == .claims { parts += ClaimsView.statusParts(s, theme: theme) }
        // Keep the as-of date visible on narrow screens: drop the database path first, then the sort,
        // the project count, the open count, the filter and the editor, until the rest fits.
        let bar = theme.ascii ? " | " : " │ "
        var text = parts.joined(separator: bar)
        let asOfIndex = 3
        for drop in [0, 5, 1, 2, 6, 4] where DisplayWidth.of(text) > g.cols - 2 && drop < parts.count && drop != asOfIndex {
            parts[drop] = ""
            text = parts.filter { !$0.isEmpty }.joined(separator: bar)
        }
        _ = g.put(text, row: row, col: 1, width: g.cols - 1, style: Style(attributes: [.reverse]), ellipsis: theme.glyphs.ellipsis)
    }

    /// The candidates of the last Tab, over the status bar while the `:` line is open; the one in the line is
    /// reversed and bracketed (so it shows without colour), scrolled into view.
    static func completionBar(_ s: AppState, into g: inout Grid, theme: Theme) {
        let row = g.rows - 2
        guard row >= 1, s.prompt?.kind == .command, let c = s.completion else { return }
        g.fill(Rect(row: row, col: 0, height: 1, width: g.cols))
        if let note = c.note { _ = g.put(note, row: row, col: 1, width: g.cols - 1, style: Theme.dim, ellipsis: theme.glyphs.ellipsis); return }
        guard !c.candidates.isEmpty else { return }
        let lead = "\(c.candidates.count): "
        var items = c.candidates.enumerated().map { i, t in i == c.index ? "[" + t + "]" : t }
        // Drop candidates from the front until the chosen one fits.
        var first = 0
        if let i = c.index {
            while first < i, DisplayWidth.of(lead) + DisplayWidth.of(items[first...i].joined(separator: "  ")) + 2 > g.cols - 1 { first += 1 }
        }
        if first > 0 { items[first] = theme.glyphs.ellipsis + items[first] }
        var x = g.put(lead, row: row, col: 1, style: Theme.dim)
        for (i, t) in items.enumerated().dropFirst(first) {
            guard x < g.cols - 1 else { break }
            let style = i == c.index ? Theme.selected : Style.plain
            x = g.put(t, row: row, col: x, width: g.cols - 1 - x, style: style, ellipsis: theme.glyphs.ellipsis)
            x = g.put("  ", row: row, col: x, width: max(0, g.cols - 1 - x))
        }
    }

    static func promptLine(_ s: AppState, keys: KeyMap, into g: inout Grid, theme: Theme) {
        let row = g.rows - 1
        guard row >= 1 else { return }
        if let c = s.confirm {
            // A long question is cut in its middle: the answer it asks for ("y/n") always shows.
            var q = c.question
            if DisplayWidth.of(q) > g.cols - 1, let answer = q.range(of: " y/n", options: [.backwards, .anchored]) {
                let tail = String(q[answer.lowerBound...])
                q = DisplayWidth.truncate(String(q[..<answer.lowerBound]), toWidth: max(1, g.cols - 1 - DisplayWidth.of(tail)),
                                          ellipsis: theme.glyphs.ellipsis) + tail
            }
            _ = g.put(q, row: row, col: 0, style: Style(attributes: [.bold]), ellipsis: theme.glyphs.ellipsis)
        } else if let p = s.prompt {
            let lead = p.kind == .command ? ":" : "/"
            let text = lead + p.text
            // Show the end of a long prompt.
            let visible = DisplayWidth.of(text) >= g.cols ? String(text.suffix(max(1, g.cols - 2))) : text
            let end = g.put(visible, row: row, col: 0)
            _ = g.put(theme.ascii ? "_" : "▏", row: row, col: end)
            if p.kind == .search, let count = s.searchCount, end + DisplayWidth.of(count) + 4 <= g.cols {
                _ = g.put(count, row: row, col: g.cols - DisplayWidth.of(count) - 1, style: Theme.dim)
            }
        } else if let m = s.message {
            _ = g.put(m.text, row: row, col: 0, style: m.isError ? Theme.error : .plain, ellipsis: theme.glyphs.ellipsis)
        }
    }
}

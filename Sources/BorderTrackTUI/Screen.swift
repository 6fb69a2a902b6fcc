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
        let lang = theme.lang
        var title: String
        switch s.view {
        case .list:
            title = brand + (s.listCount != s.data.projectCount ? lang("ui.chrome.title.list.of", s.listCount, s.data.projectCount)
                                                                 : lang("ui.chrome.title.list", s.listCount))
        case .detail: title = brand + (s.detailProject.flatMap(s.data.project(id:)).map { lang.name($0.names) } ?? lang["ui.chrome.title.project"])
        case .queue: title = brand + QueueView.title(s, lang: lang)
        case .help: title = brand + lang["ui.chrome.title.help"]
        case .history: title = brand + lang["ui.chrome.title.history"]
        case .claims: title = brand + ClaimsView.title(s, lang: lang)
        case .frequency: title = brand + FrequencyView.title(s, lang: lang)
        case .claim: title = brand + ClaimView.title(s, lang: lang)
        case .map: title = brand + MapView.title(s, lang: lang)
        }
        let hint = hintText(s, keys: keys, ascii: theme.ascii, lang: lang)
        let hintWidth = DisplayWidth.of(hint)
        var room = g.cols - hintWidth - 2
        if s.view == .queue, DisplayWidth.of(title) - brand.count > room - 1 {
            title = brand + QueueView.title(s, short: true, lang: lang)
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

    /// The title bar's key hints for the view, in the language (each key as the key map binds it).
    static func hintText(_ s: AppState, keys: KeyMap, ascii: Bool = false, lang: Catalogue = .en) -> String {
        let k = { (a: Action) in key(keys, a) }
        if s.palette != nil { return lang["ui.chrome.hint.palette"] }
        return switch s.view {
        // `q quit` gave way to `m map` (quit is in help and every user's first key), so the hint keeps its width and an
        // 80-column screen its "BorderTrack ·" title.
        case .list: lang("ui.chrome.hint.list", k(.addClaim), k(.queue), k(.map), k(.help))
        case .queue: lang("ui.chrome.hint.queue", k(.acknowledge), k(.resolve), k(.open), k(.back), k(.help))
        case .detail where s.cursorClaim != nil: lang("ui.chrome.hint.detail.claim", k(.open), k(.openURL), k(.copyURL), k(.help))
        case .detail: lang("ui.chrome.hint.detail", ascii ? "v" : "↓", ascii ? "</>" : "←/→", k(.addClaim), k(.back), k(.help))
        case .claim: lang("ui.chrome.hint.claim", k(.openURL), k(.copyURL), k(.back), k(.help))
        case .help: lang("ui.chrome.hint.help", k(.back))
        case .history: lang("ui.chrome.hint.history", k(.undo), k(.back), k(.help))
        case .claims: lang("ui.chrome.hint.claims", k(.frequency), k(.filter), k(.open), k(.back), k(.help))
        case .frequency: lang("ui.chrome.hint.frequency", k(.open), k(.back), k(.help))
        case .map: lang("ui.chrome.hint.map", ascii ? lang["ui.chrome.hint.arrows"] : "←↑↓→", k(.open), k(.zoomIn) + "/" + k(.zoomOut),
                        k(.panLeft) + k(.panDown) + k(.panUp) + k(.panRight), k(.back))
        }
    }

    static func statusBar(_ s: AppState, into g: inout Grid, theme: Theme) {
        let row = g.rows - 2
        guard row >= 1 else { return }
        g.fill(Rect(row: row, col: 0, height: 1, width: g.cols), style: Style(attributes: [.reverse]))
        let lang = theme.lang
        var parts = [s.session.database, lang.count("ui.chrome.projects", s.data.projectCount),
                     QueueView.states(s, QueueQuery(), short: true, lang: lang)]
        parts.append(s.data.knownBy.map { lang("ui.chrome.as-of", $0) } ?? lang("ui.chrome.as-of.today", s.data.end))
        parts.append(s.session.readOnly ? lang("ui.chrome.editor.read-only", s.session.editor) : lang("ui.chrome.editor", s.session.editor))
        if s.view == .list {
            let arrow = s.sortDescending ? (theme.ascii ? "v" : "↓") : (theme.ascii ? "^" : "↑")
            parts.append(lang("ui.chrome.sort", ListView.sortName(s.sort, lang: lang) + arrow))
            if !s.filter.isEmpty { parts.append(lang("ui.chrome.filter", s.filter.description)) }
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

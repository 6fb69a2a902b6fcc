import BorderTrackCore

/// The claims table: one row per claim of every project (project, source, tier, status, as-of, published,
/// recorded, editor, quote language, via, state), the current column marked in the header, superseded claims
/// dimmed and marked `~`.
enum ClaimsView {
    /// The mark of a superseded claim (ASCII in both glyph sets).
    static let supersededMark = "~"

    /// A column's width on a wide and on a narrow screen (the project column takes what is left).
    static func width(_ c: ClaimColumn, narrow: Bool) -> Int {
        switch c {
        case .project: narrow ? 10 : 14
        case .source: narrow ? 10 : 14
        case .tier: 12
        case .status: narrow ? 9 : 12
        case .asOf, .published: 11
        case .recorded: 10
        case .editor: 10
        case .lang: 5
        case .via: 12
        case .state: 10
        }
    }

    /// Which columns come first when the screen is too narrow for all.
    static let priority: [ClaimColumn] = [.project, .source, .status, .asOf, .tier, .recorded, .published, .editor, .via, .lang, .state]

    /// The columns that fit the width, in table order, with their widths: by priority until one does not fit,
    /// the current column always among them; the project column gets the rest.
    static func layout(width: Int, current: ClaimColumn) -> [(column: ClaimColumn, width: Int)] {
        let narrow = width < 60
        let room = max(1, width - 2)
        var chosen: [ClaimColumn] = []
        var used = 0
        func cost(_ c: ClaimColumn) -> Int { Self.width(c, narrow: narrow) + (chosen.isEmpty ? 0 : 1) }
        for c in priority {
            guard used + cost(c) <= room else { break }
            used += cost(c); chosen.append(c)
        }
        if !chosen.contains(current) {
            while chosen.count > 1, used + Self.width(current, narrow: narrow) + 1 > room {
                let last = chosen.removeLast()
                used -= Self.width(last, narrow: narrow) + 1
            }
            chosen.append(current); used += Self.width(current, narrow: narrow) + 1
        }
        let ordered = ClaimColumn.allCases.filter(chosen.contains)
        return ordered.map { c in
            (c, c == .project ? max(4, Self.width(c, narrow: narrow) + room - used) : Self.width(c, narrow: narrow))
        }
    }

    /// The text a cell shows: the stored value; a status, tier or state in the language's words (English shows the
    /// values `:claims` filters by).
    static func cell(_ r: ClaimRow, _ c: ClaimColumn, lang: Catalogue = .en) -> String {
        shown(c == .recorded ? r.frequencyValue(.recorded) : r.value(c), c, lang: lang)
    }

    /// A column's value as the table and the frequency view show it: statuses, tiers and states in the language.
    static func shown(_ value: String, _ c: ClaimColumn, lang: Catalogue) -> String {
        switch c {
        case .status: return Status(rawValue: value).map(lang.word) ?? value
        case .tier: return SourceTier(rawValue: value).map(lang.word) ?? value
        case .state:
            guard !lang.showsCodes else { return value }
            switch ClaimState(rawValue: value) {
            case .current: return lang["ui.claims.state.current"]
            case .superseded: return lang["ui.claims.state.superseded"]
            case nil: return value
            }
        default: return value
        }
    }

    /// A column's header in the language: "AS-OF", "НА ДАТУ", "截至日期".
    static func header(_ c: ClaimColumn, lang: Catalogue) -> String {
        switch c {
        case .project: lang["ui.claims.col.project"]
        case .source: lang["ui.claims.col.source"]
        case .tier: lang["ui.claims.col.tier"]
        case .status: lang["ui.claims.col.status"]
        case .asOf: lang["ui.claims.col.asof"]
        case .published: lang["ui.claims.col.published"]
        case .recorded: lang["ui.claims.col.recorded"]
        case .editor: lang["ui.claims.col.editor"]
        case .lang: lang["ui.claims.col.lang"]
        case .via: lang["ui.claims.col.via"]
        case .state: lang["ui.claims.col.state"]
        }
    }

    /// A column's name in running text (the status line, the frequency title): the `:sort` value in English, the
    /// header's word otherwise.
    static func columnName(_ c: ClaimColumn, lang: Catalogue) -> String {
        lang.showsCodes ? c.rawValue : header(c, lang: lang).lowercased()
    }

    /// The view's title: how many claims, of how many, and the filter and search.
    static func title(_ s: AppState, lang: Catalogue = .en) -> String {
        let q = s.claims.query
        var t = q.isFiltered ? lang("ui.claims.title.of", s.claims.count, s.claims.total) : lang("ui.claims.title", s.claims.count)
        let f = ClaimsFilter.describe(q)
        if !f.isEmpty { t += " " + f }
        if !q.words.isEmpty { t += " /" + q.words.joined(separator: " ") }
        return t
    }

    /// What the status bar adds in the table: the position, the sort and the current column.
    static func statusParts(_ s: AppState, theme: Theme) -> [String] {
        let q = s.claims.query, lang = theme.lang
        return ["\(s.claims.count == 0 ? 0 : s.claims.selection + 1)/\(s.claims.count)",
                lang("ui.chrome.sort", columnName(q.sort, lang: lang) + theme.glyphs.symbol(q.descending ? "down" : "up")),
                lang("ui.claims.column", columnName(s.claims.column, lang: lang))]
    }

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1 else { return }
        let cols = layout(width: rect.width, current: s.claims.column)
        let q = s.claims.query, lang = theme.lang
        var x = rect.col + 2
        for (c, w) in cols {
            var title = header(c, lang: lang)
            if c == q.sort { title += theme.glyphs.symbol(q.descending ? "down" : "up") }
            let style = c == s.claims.column ? Theme.header.with([.reverse]) : Theme.header
            _ = g.put(DisplayWidth.fit(title, toWidth: w, ellipsis: theme.glyphs.ellipsis), row: rect.row, col: x, width: w, style: style)
            x += w + 1
        }
        let bodyTop = rect.row + 1, height = rect.height - 1
        if s.claims.count == 0 {
            _ = g.put(q.isFiltered ? lang["ui.claims.empty.filter"] : lang["ui.claims.empty"],
                      row: bodyTop, col: rect.col + 2, width: rect.width - 2, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            return
        }
        // The project and source ids on screen, so that ids sharing a long start are cut where they differ.
        let onScreen = (0..<max(0, height)).compactMap { s.claimRow(s.claims.top + $0) }
        let shown: [ClaimColumn: [String]] = [.project: onScreen.map { cell($0, .project) }, .source: onScreen.map { cell($0, .source) }]
        for i in 0..<max(0, height) {
            let index = s.claims.top + i
            guard let r = s.claimRow(index) else { break }
            let y = bodyTop + i
            let selected = index == s.claims.selection
            if selected { _ = g.put(theme.glyphs.symbol("pointer"), row: y, col: rect.col, style: .plain) }
            let superseded = r.state == .superseded
            if superseded { _ = g.put(supersededMark, row: y, col: rect.col + 1, style: Theme.dim) }
            var x = rect.col + 2
            for (c, w) in cols {
                let text = shown[c].map { DisplayWidth.distinguishing(cell(r, c), among: $0, toWidth: w, ellipsis: theme.glyphs.ellipsis) } ?? cell(r, c, lang: lang)
                _ = g.put(DisplayWidth.fit(text, toWidth: w, ellipsis: theme.glyphs.ellipsis),
                          row: y, col: x, width: w, style: superseded ? Theme.dim : .plain)
                x += w + 1
            }
            if selected { g.restyle(Rect(row: y, col: rect.col, height: 1, width: rect.width)) { $0.attributes.insert(.reverse) } }
        }
    }
}

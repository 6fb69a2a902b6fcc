import BorderTrackCore

/// The frequency table of one claims column: each value with its count, its share and a bar, most frequent
/// first; Enter filters the claims table by the selected value.
enum FrequencyView {
    /// The title: which column, how many values and claims.
    static func title(_ s: AppState, lang: Catalogue = .en) -> String {
        let c = s.claims
        return lang("ui.claims.frequency.title", ClaimsView.columnName(c.frequencyColumn, lang: lang),
                    lang.count("ui.claims.frequency.values", c.frequency.count), lang.count("ui.claims.frequency.claims", c.frequencyTotal))
    }

    /// How a value reads: statuses, tiers and states in the language; an absent value as "(none)".
    static func label(_ value: String, _ column: ClaimColumn = .project, lang: Catalogue = .en) -> String {
        value.isEmpty ? lang["ui.claims.frequency.none"] : ClaimsView.shown(value, column, lang: lang)
    }

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1 else { return }
        let lang = theme.lang, column = s.claims.frequencyColumn
        func label(_ v: String) -> String { FrequencyView.label(v, column, lang: lang) }
        let rows = s.claims.frequency, total = max(1, s.claims.frequencyTotal)
        let maxCount = rows.first?.count ?? 0
        let countW = max(5, String(maxCount).count)
        let pctW = rect.width >= 50 ? 6 : 0
        let room = max(1, rect.width - 2)
        // The value column takes up to half of the screen (at least 8 columns); the bar the rest.
        let longest = rows.prefix(200).map { DisplayWidth.of(label($0.value)) }.max() ?? 5
        let valueW = max(8, min(longest, room / 2))
        let barW = max(0, room - valueW - 1 - countW - 1 - (pctW > 0 ? pctW + 1 : 0))
        var x = rect.col + 2
        _ = g.put(DisplayWidth.fit(ClaimsView.header(column, lang: lang), toWidth: valueW, ellipsis: theme.glyphs.ellipsis), row: rect.row, col: x, width: valueW, style: Theme.header)
        x += valueW + 1
        _ = g.put(DisplayWidth.pad(lang["ui.claims.frequency.count"], toWidth: countW, alignment: .right), row: rect.row, col: x, width: countW, style: Theme.header)
        x += countW + 1
        if pctW > 0 { _ = g.put(DisplayWidth.pad("%", toWidth: pctW, alignment: .right), row: rect.row, col: x, width: pctW, style: Theme.header) }
        let bodyTop = rect.row + 1, height = rect.height - 1
        if rows.isEmpty {
            _ = g.put(lang["ui.claims.frequency.empty"], row: bodyTop, col: rect.col + 2, width: rect.width - 2, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            return
        }
        let bar = theme.glyphs.symbol("full", fallback: "#")
        for i in 0..<max(0, height) {
            let index = s.claims.frequencyTop + i
            guard rows.indices.contains(index) else { break }
            let f = rows[index], y = bodyTop + i
            let selected = index == s.claims.frequencySelection
            if selected { _ = g.put(theme.glyphs.symbol("pointer"), row: y, col: rect.col, style: .plain) }
            var x = rect.col + 2
            _ = g.put(DisplayWidth.fit(label(f.value), toWidth: valueW, ellipsis: theme.glyphs.ellipsis), row: y, col: x, width: valueW,
                      style: f.value.isEmpty ? Theme.dim : .plain)
            x += valueW + 1
            _ = g.put(DisplayWidth.pad(String(f.count), toWidth: countW, alignment: .right), row: y, col: x, width: countW)
            x += countW + 1
            if pctW > 0 {
                let tenths = (f.count * 1000 + total / 2) / total
                _ = g.put(DisplayWidth.pad("\(tenths / 10).\(tenths % 10)%", toWidth: pctW, alignment: .right), row: y, col: x, width: pctW)
                x += pctW + 1
            }
            // At least one cell for any value counted, so a rare value is not shown as none.
            let n = maxCount == 0 ? 0 : max(f.count > 0 ? 1 : 0, f.count * barW / maxCount)
            _ = g.put(String(repeating: bar, count: min(n, barW)), row: y, col: x, width: barW, style: .fg(.cyan))
            if selected { g.restyle(Rect(row: y, col: rect.col, height: 1, width: rect.width)) { $0.attributes.insert(.reverse) } }
        }
    }
}

import BorderTrackCore

/// The home screen: one row per project, with both perspectives' status and the disputes at a glance.
enum ListView {
    /// A column of the list and its width.
    struct Column {
        /// Which column this is, whatever the language: `official`, `kind`…
        let id: String
        let title: String
        let width: Int
        let align: DisplayWidth.Alignment
        let value: (ProjectSummary) -> (String, Style)
    }

    /// Columns that fit the width, name taking the rest.
    static func columns(width: Int, theme: Theme) -> (name: Int, cols: [Column]) {
        let narrow = width < 70
        // Whole status words ("◑ construction") once the name keeps 30 columns; else 13 (cut by one or two).
        let fullStatusW = Status.allCases.map { DisplayWidth.of(theme.label($0, nil)) }.max() ?? 13
        let statusW = narrow ? 5 : (width >= 100 ? max(13, fullStatusW) : 13)
        func status(_ seg: Segment?) -> (String, Style) {
            guard let seg else { return ("–", Theme.dim) }
            return (narrow ? theme.shortLabel(seg.status) : theme.label(seg.status, seg.scope), .fg(theme.color(seg.status)))
        }
        let lang = theme.lang
        let official = Column(id: "official", title: narrow ? lang["ui.list.official.short"] : lang["ui.list.official"], width: statusW, align: .left) {
            status($0.official)
        }
        let local = Column(id: "local", title: narrow ? lang["ui.list.local.short"] : lang["ui.list.local"], width: statusW, align: .left) {
            status($0.local)
        }
        // The analyst's answer: the assessed stage and its grade ("◑ completed F2"), from 100 columns.
        let assessedW = statusW + 3
        let assessed = Column(id: "assessed", title: lang["ui.list.assessed"], width: assessedW, align: .left) { s in
            guard let a = s.assessed else { return ("–", Theme.dim) }
            let grade = " " + a.grade.description
            let label = DisplayWidth.fit(theme.label(a.status, a.scope), toWidth: assessedW - DisplayWidth.of(grade),
                                         ellipsis: theme.glyphs.ellipsis, alignment: .left)
            return (label + grade, .fg(theme.color(a.status)))
        }
        let disc = Column(id: "disp", title: lang["ui.list.disp"], width: 5, align: .left) { s in
            guard let sev = s.worstSeverity else { return ("", .plain) }
            return ("\(theme.symbol(sev))\(s.openDiscrepancies)", .fg(theme.color(sev), sev == .critical ? [.bold] : []))
        }
        let kind = Column(id: "kind", title: lang["ui.list.kind"], width: 8, align: .left) { (lang.kind($0.project.kind), .plain) }
        let target = Column(id: "target", title: lang["ui.list.target"], width: 10, align: .left) { s in
            guard let t = s.target else { return ("", .plain) }
            return (String(t.target.description.prefix(7)) + (s.slips > 0 ? " +\(s.slips)" : ""), s.slips >= 2 ? .fg(.yellow) : .plain)
        }
        let updated = Column(id: "updated", title: lang["ui.list.updated"], width: 10, align: .left) { s in (s.lastClaim?.description ?? "", Theme.dim) }
        // Wide screens give the regions more room (up to 56 columns) once the name has 44.
        let sidesW = max(16, min(56, width - 16 - 44 - 2 * (statusW + 1) - 6 - 9 - 10 - 10))
        let sides = Column(id: "sides", title: lang["ui.list.sides"], width: sidesW, align: .left) { s in
            ((s.project.countries.joined(separator: "–") + " " + s.project.regions.joined(separator: ", ")).trimmingWhitespace, .plain)
        }
        var chosen = [official, local, disc]
        var used = chosen.reduce(0) { $0 + $1.width + 1 }
        // From 100 columns ASSESSED comes first, and the name keeps 30 columns against the others.
        let minName = width >= 100 ? 30 : 24
        for extra in [assessed, kind, target, updated, sides] where width - used - (extra.width + 1) >= (extra.id == "assessed" ? 24 : minName)
            && (extra.id != "assessed" || width >= 100) {
            chosen.append(extra); used += extra.width + 1
        }
        // Display order: name, kind, sides, official, local, assessed, disputes, updated, target.
        let order = ["kind", "sides", "official", "local", "assessed", "disp", "updated", "target"]
        chosen.sort { order.firstIndex(of: $0.id)! < order.firstIndex(of: $1.id)! }
        return (max(4, width - used - 2), chosen)
    }

    /// The sort's name in the status line: the `:sort` value in English, the column's word otherwise.
    static func sortName(_ sort: SortColumn, lang: Catalogue) -> String {
        switch sort {
        case .name: lang["ui.list.sort.name"]
        case .kind: lang["ui.list.sort.kind"]
        case .official: lang["ui.list.sort.official"]
        case .local: lang["ui.list.sort.local"]
        case .assessed: lang["ui.list.sort.assessed"]
        case .discrepancies: lang["ui.list.sort.discrepancies"]
        case .updated: lang["ui.list.sort.updated"]
        case .target: lang["ui.list.sort.target"]
        }
    }

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1 else { return }
        let (nameW, cols) = columns(width: rect.width, theme: theme)
        // Header
        let lang = theme.lang
        let nameTitle = lang["ui.list.name"]
        var x = rect.col + 2
        _ = g.put(nameTitle, row: rect.row, col: x, width: nameW, style: Theme.header)
        x += nameW + 1
        var headerEnd = rect.col + 2 + DisplayWidth.of(nameTitle)
        for c in cols {
            _ = g.put(c.title, row: rect.row, col: x, width: c.width, style: Theme.header)
            headerEnd = x + min(c.width, DisplayWidth.of(c.title))
            x += c.width + 1
        }
        let bodyTop = rect.row + 1
        let height = rect.height - 1
        if s.listCount == 0 {
            _ = g.put(s.data.projectCount == 0 ? lang["ui.list.empty"] : lang["ui.list.empty.filter"],
                      row: bodyTop, col: rect.col + 2, style: Theme.dim)
            return
        }
        let marked = s.highlight(in: .list)
        // The names on screen, so that names sharing a long start are cut where they differ.
        let shown = (0..<max(0, height)).compactMap { s.listRow(s.listTop + $0).map { lang.name($0.project.names) } }
        for i in 0..<max(0, height) {
            let index = s.listTop + i
            guard let sum = s.listRow(index) else { break }
            let y = bodyTop + i
            let selected = index == s.listSelection
            if selected { _ = g.put(theme.glyphs.symbol("pointer"), row: y, col: rect.col, style: .plain) }
            var x = rect.col + 2
            let nameStyle: Style = sum.worstSeverity == .critical ? .fg(.default, [.bold]) : .plain
            let nameAt = x
            let name = DisplayWidth.distinguishing(lang.name(sum.project.names), among: shown, toWidth: nameW, ellipsis: theme.glyphs.ellipsis)
            _ = g.put(name, row: y, col: x, width: nameW, style: nameStyle, ellipsis: theme.glyphs.ellipsis)
            x += nameW + 1
            for c in cols {
                let (text, style) = c.value(sum)
                _ = g.put(DisplayWidth.fit(text, toWidth: c.width, ellipsis: theme.glyphs.ellipsis, alignment: c.align),
                          row: y, col: x, width: c.width, style: style)
                x += c.width + 1
            }
            if selected { g.restyle(Rect(row: y, col: rect.col, height: 1, width: rect.width)) { $0.attributes.insert(.reverse) } }
            g.highlight(name, matching: marked, row: y, col: nameAt, width: min(nameW, rect.right - nameAt))
        }
        // Scroll position when the list is longer than the screen: after the last column's title, else at the
        // end of the name column's, never over a title.
        if s.listCount > height, height >= 1 {
            let pos = "\(s.listSelection + 1)/\(s.listCount)"
            let w = DisplayWidth.of(pos)
            if rect.right - w - 1 >= headerEnd + 1 {
                _ = g.put(pos, row: rect.row, col: rect.right - w - 1, style: Theme.dim)
            } else if nameW >= DisplayWidth.of(nameTitle) + 1 + w {
                _ = g.put(pos, row: rect.row, col: rect.col + 2 + nameW - w, style: Theme.dim)
            }
        }
    }
}

import BorderTrackCore

/// Help for the view the user came from, generated from the key table that dispatches the keys.
enum HelpView {
    static func lines(for view: ViewID, keys: KeyMap, lang: Catalogue = .en) -> [(String, String)] {
        var out: [(String, String)] = []
        for id in keys.actions {
            guard let action = Action(rawValue: id), action.views.contains(view) else { continue }
            let k = keys.keys(for: id).map(KeySpec.format).joined(separator: " ")
            out.append((k.isEmpty ? lang["ui.help.unbound"] : k, action.help(in: lang)))
        }
        return out
    }

    /// The heading of a view's keys: "Keys in the list view".
    static func heading(_ view: ViewID, lang: Catalogue) -> String {
        switch view {
        case .list: lang["ui.help.keys.list"]
        case .detail: lang["ui.help.keys.detail"]
        case .queue: lang["ui.help.keys.queue"]
        case .help: lang["ui.help.keys.help"]
        case .history: lang["ui.help.keys.history"]
        case .claims: lang["ui.help.keys.claims"]
        case .frequency: lang["ui.help.keys.frequency"]
        case .claim: lang["ui.help.keys.claim"]
        case .map: lang["ui.help.keys.map"]
        }
    }

    /// The Commands section, generated from the command table (`Command.all`) the `:` line dispatches with.
    static func commandLines(_ lang: Catalogue = .en) -> [(String, String)] {
        Command.all.flatMap { c in
            c.usages.enumerated().map { (i, u) -> (String, String) in
                let also = i == 0 && !c.aliases.isEmpty ? lang("ui.command.also", c.aliases.map { ":" + $0 }.joined(separator: " ")) : ""
                let syntax = u.syntax(in: lang)
                return (":" + c.name + (syntax.isEmpty ? "" : " " + syntax), u.help(in: lang) + also)
            }
        }
    }

    static func render(_ s: AppState, keys: KeyMap, into g: inout Grid, rect: Rect, theme: Theme) {
        let lang = theme.lang
        var rows: [(String, String, Bool)] = [(heading(s.previous, lang: lang), "", true)]
        rows += lines(for: s.previous, keys: keys, lang: lang).map { ($0.0, $0.1, false) }
        rows.append(("", "", false))
        rows.append((lang["ui.help.commands"], "", true))
        rows += commandLines(lang).map { ($0.0, $0.1, false) }
        for (k, h) in [("Tab Shift-Tab", lang["ui.help.commands.tab"]), ("↑ ↓", lang["ui.help.commands.history"])] {
            rows.append((k, h, false))
        }
        rows.append(("", "", false))
        let paletteKey = keys.keys(for: Action.palette.rawValue).first.map(KeySpec.format) ?? lang["ui.help.palette.unbound"]
        rows.append((lang("ui.help.palette", paletteKey), "", true))
        for (k, h) in [(lang["ui.help.palette.typing"], lang["ui.help.palette.typing.help"]), ("↑ ↓ pgup pgdn", lang["ui.help.palette.select"]),
                       ("Enter", lang["ui.help.palette.enter"]), ("Esc", lang["ui.help.palette.esc"])] {
            rows.append((k, h, false))
        }
        rows.append(("", "", false))
        rows.append((lang["ui.help.form"], "", true))
        for (k, h) in [("Tab ↓ Enter", lang["ui.help.form.next"]), ("↑ Shift-Tab", lang["ui.help.form.previous"]),
                       (lang["ui.help.form.choose.keys"], lang["ui.help.form.choose"]),
                       (lang["ui.help.form.complete.keys"], lang["ui.help.form.complete"]),
                       (lang["ui.help.form.new-source.keys"], lang["ui.help.form.new-source"]),
                       ("Ctrl-S", lang["ui.help.form.save"]), ("Ctrl-U", lang["ui.help.form.clear"]),
                       ("Esc", lang["ui.help.form.cancel"]), ("Ctrl-C", lang["ui.help.form.quit"])] {
            rows.append((k, h, false))
        }
        rows.append(("", "", false))
        rows.append((lang["ui.help.config"], "", false))
        let keyW = min(24, max(8, rect.width / 3))
        for (i, r) in rows.dropFirst(min(s.helpTop, max(0, rows.count - rect.height))).prefix(rect.height).enumerated() {
            let y = rect.row + i
            if r.2 { _ = g.put(r.0, row: y, col: rect.col + 1, width: rect.width - 1, style: Theme.header); continue }
            if r.1.isEmpty { _ = g.put(r.0, row: y, col: rect.col + 1, width: rect.width - 1, style: Theme.dim, ellipsis: "…"); continue }
            _ = g.put(r.0, row: y, col: rect.col + 2, width: keyW, style: Style(attributes: [.bold]), ellipsis: "…")
            _ = g.put(r.1, row: y, col: rect.col + 3 + keyW, width: max(0, rect.width - keyW - 4), ellipsis: "…")
        }
    }
}

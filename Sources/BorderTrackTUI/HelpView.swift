import BorderTrackCore

/// Help for the view the user came from, generated from the key table that dispatches the keys.
enum HelpView {
    static func lines(for view: ViewID, keys: KeyMap) -> [(String, String)] {
        var out: [(String, String)] = []
        for id in keys.actions {
            guard let action = Action(rawValue: id), action.views.contains(view) else { continue }
            let k = keys.keys(for: id).map(KeySpec.format).joined(separator: " ")
            out.append((k.isEmpty ? "(unbound)" : k, keys.help(for: id)))
        }
        return out
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
        var rows: [(String, String, Bool)] = [("Keys in the \(s.previous.rawValue) view", "", true)]
        rows += lines(for: s.previous, keys: keys).map { ($0.0, $0.1, false) }
        rows.append(("", "", false))
        rows.append(("Commands (after :)", "", true))
        rows += commandLines(theme.lang).map { ($0.0, $0.1, false) }
        for (k, h) in [("Tab Shift-Tab", "complete the command, then its values: project ids and names, fields (kind=, status=, source=…) and their values; again: the next candidate"),
                       ("↑ ↓", "earlier commands (kept across runs in $XDG_STATE_HOME/bordertrack/history)")] {
            rows.append((k, h, false))
        }
        rows.append(("", "", false))
        rows.append(("Keys in the command palette (\(keys.keys(for: Action.palette.rawValue).first.map(KeySpec.format) ?? "unbound"))", "", true))
        for (k, h) in [("typing", "keep the entries holding every word typed (any order, case-insensitive)"), ("↑ ↓ pgup pgdn", "select"),
                       ("Enter", "run it (a command taking values opens the : line with its name)"), ("Esc", "close")] {
            rows.append((k, h, false))
        }
        rows.append(("", "", false))
        rows.append(("Keys in a form", "", true))
        for (k, h) in [("Tab ↓ Enter", "next field (in Quote and Note Enter starts a new line)"), ("↑ Shift-Tab", "previous field"),
                       ("← →, typing", "choose an option; typing selects the first one starting with what was typed"),
                       ("Tab (in Source)", "complete the typed source id (an empty field stays empty)"),
                       ("Ctrl-N (in Source)", "create a new source, then return"),
                       ("Ctrl-S", "save (a claim without a quote asks first)"), ("Ctrl-U", "clear the field"),
                       ("Esc", "cancel (asks before discarding typed text)"), ("Ctrl-C", "quit (asks before discarding typed text)")] {
            rows.append((k, h, false))
        }
        rows.append(("", "", false))
        rows.append(("Keys are configurable in $XDG_CONFIG_HOME/bordertrack/config.toml ([keys] action = \"key\").", "", false))
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

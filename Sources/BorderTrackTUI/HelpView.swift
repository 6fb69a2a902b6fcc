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

    static func render(_ s: AppState, keys: KeyMap, into g: inout Grid, rect: Rect, theme: Theme) {
        var rows: [(String, String, Bool)] = [("Keys in the \(s.previous.rawValue) view", "", true)]
        rows += lines(for: s.previous, keys: keys).map { ($0.0, $0.1, false) }
        rows.append(("", "", false))
        rows.append(("Commands (after :)", "", true))
        for (c, h) in [(":q", "quit"), (":goto ID", "open a project by id"), (":asof DATE", "the whole UI as known on DATE (YYYY, YYYY-MM, YYYY-MM-DD); :asof today"),
                       (":filter kind=K status=S country=CC region=R has-discrepancy", "filter the list; :filter clear"),
                       (":sort COLUMN [asc|desc]", "name, kind, official, local, discrepancies, updated, target"),
                       (":filter project=ID kind=K severity=S state=S|all date=D since=D until=D", "in the queue: filter it (state: open, acknowledged, resolved, obsolete); :filter clear"),
                       (":sort severity|date|kind|project|state [asc|desc]", "in the queue: sort it (severity is the queue order)"),
                       (":export FORMAT FILE", "write a status report (markdown, html, csv, json, geojson) of the listed projects, as of the UI's date"),
                       (":claims [FILTER]", "the claims table, filtered: source=S tier=T status=S project=P editor=E via=V|none lang=L|none state=current|superseded|all"),
                       ("  date filters", "asof=, published=, recorded=: a date (2021, 2021-03, 2021-03-05), FROM..TO, >=DATE or <=DATE"),
                       (":freq [COLUMN]", "frequency of a claims column: project, source, tier, status, asof, published, recorded, editor, lang, via, state")] {
            rows.append((c, h, false))
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

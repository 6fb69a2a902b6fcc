import BorderTrackCore

/// `:goto TEXT`: which project a typed id or name means.
extension AppState {
    /// How many ids the "several projects match" message names.
    static let gotoListed = 5

    /// The project `:goto` opens: the exact id; else the one project matching best — a whole id or name, else
    /// the one whose id or name starts with the text, else the one holding it (every word, any script,
    /// case-insensitive). Several equally good matches, or none, are said in the status line (nil).
    mutating func gotoTarget(_ text: String) -> String? {
        if data.project(id: text) != nil { return text }
        let m = pages.projectMatches(text, limit: AppState.gotoListed)
        guard let first = m.best.first else {
            message = Message(text: lang("ui.message.goto-none", text), isError: true)
            return nil
        }
        if m.topCount == 1 { return first.id }
        let shown = m.best.prefix(min(m.topCount, AppState.gotoListed)).map(\.id).joined(separator: ", ")
        let more = m.topCount > AppState.gotoListed ? ", …" : ""
        message = Message(text: lang.count("ui.message.goto-many", m.topCount, text, shown + more), isError: true)
        return nil
    }
}

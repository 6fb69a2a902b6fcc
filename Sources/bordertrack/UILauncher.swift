import BorderTrackCore
import BorderTrackStore
import BorderTrackTerminal
import BorderTrackTUI
import Foundation

/// Runs the terminal UI: reads keys, updates the state, renders, blits; refreshes when another editor commits.
enum UILauncher {
    static func run(store: any TrackerStore, editor: String, ascii: Bool) throws {
        let keys = try loadKeys()
        var refresh = LiveRefresh(store: store)
        // Held only until the state owns it, so later in-place updates do not copy the whole analysis.
        var initial: Analysis? = try AnalysisLoader.load(store, asOf: nil)
        try withTerminal { term in
            let theme = Theme(ascii: ascii || !term.isUTF8)
            var state = AppState(analysis: initial!,
                                 session: .init(database: store.location, editor: editor, readOnly: store.isReadOnly),
                                 rows: term.size.rows, cols: term.size.cols)
            initial = nil
            var lastPoll = Date()
            while true {
                let size = term.size
                if size.rows != state.rows || size.cols != state.cols {
                    state.rows = size.rows; state.cols = size.cols
                    state.scrollIntoView()
                }
                term.draw(Screen.render(state, keys: keys, theme: theme))
                let event = term.readEvent(timeoutMs: 250)
                if let event {
                    switch state.handle(event, keys: keys) {
                    case .quit?: return
                    case .reload(let day)?:
                        refresh = LiveRefresh(store: store, asOf: day)
                        do {
                            state.replaceAnalysis(try AnalysisLoader.load(store, asOf: day))
                            state.message = .init(text: day.map { "showing what was known on \($0)" } ?? "showing today", isError: false)
                        } catch {
                            state.message = .init(text: CLI.classify(error).errorDescription ?? "\(error)", isError: true)
                        }
                    case nil: break
                    }
                }
                // Another editor's commit appears within a second, without a keypress.
                if Date().timeIntervalSince(lastPoll) >= 0.25 {
                    lastPoll = Date()
                    if refresh.poll(), let notice = try? refresh.catchUp(&state) {
                        state.message = .init(text: notice, isError: false)
                    }
                }
            }
        }
    }

    /// What another editor's commit changed, for the status bar ("↻ 1 new claim, 1 new discrepancy").
    static func changeNotice(from old: Analysis, to new: Analysis) -> String? {
        func count(_ a: Analysis) -> Int { a.claimsByProject.values.reduce(0) { $0 + $1.count } }
        let claims = count(new) - count(old)
        let projects = new.projects.count - old.projects.count
        let oldIDs = Set(old.discrepancies.map(\.id))
        let added = new.discrepancies.filter { !oldIDs.contains($0.id) }.count
        return notice(claims: claims, projects: max(0, projects), discrepancies: added)
    }

    /// "↻ updated by another editor: 1 new claim, 1 new discrepancy".
    static func notice(claims: Int, projects: Int, discrepancies added: Int) -> String {
        var parts: [String] = []
        if claims != 0 { parts.append("\(claims > 0 ? "\(claims) new" : "\(-claims) fewer") claim\(abs(claims) == 1 ? "" : "s")") }
        if projects > 0 { parts.append("\(projects) new project\(projects == 1 ? "" : "s")") }
        if added > 0 { parts.append("\(added) new discrepanc\(added == 1 ? "y" : "ies")") }
        return "↻ updated by another editor" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }

    /// The default keys with the user's `config.toml` applied (a broken file is a clear error, not a crash).
    static func loadKeys() throws -> KeyMap {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? "") + "/.config")
        let path = env["BORDERTRACK_CONFIG"] ?? base + "/bordertrack/config.toml"
        guard let data = FileManager.default.contents(atPath: path) else { return AppKeys.defaults() }
        do {
            return try AppKeys.defaults().applying(KeyConfig.parse(text: String(decoding: data, as: UTF8.self)))
        } catch {
            throw CLIError.badData("\(path): \(error.localizedDescription)")
        }
    }
}

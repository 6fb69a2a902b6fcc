import BorderTrackCore
import BorderTrackStore
import BorderTrackTerminal
import BorderTrackTUI
import Foundation

/// Runs the terminal UI: reads keys, updates the state, renders, blits; performs the effects the state asks for;
/// refreshes when another editor commits.
package enum UILauncher {
    package static func run(store: any TrackerStore, editor: String, ascii: Bool, readOnlyReason: String, lang: Catalogue = .en) throws {
        let keys = try loadKeys()
        // The runner (and its refresher) starts before the load, so a commit in between is applied, not missed.
        let runner = UIEffects(store: store, editor: editor)
        var fallback: String? = nil
        let storePages = try UILauncher.pages(for: store) { fallback = $0 }
        runner.storePages = storePages
        // Summaries changed behind the tool's back are found after the first frame and rebuilt (or, read-only, named).
        let derivedAudit = storePages.map { DerivedAudit(store: $0.store) }
        // A small tracker is analysed whole, handed over without a copy kept here (later in-place updates then
        // do not copy the whole analysis).
        let pages: any TrackerPages = try storePages ?? AnalysisPages(AnalysisLoader.loadAssessed(store, asOf: nil))
        try withTerminal { term in
            let theme = Theme(ascii: ascii || !term.isUTF8)
            let session = AppState.Session(database: store.location, editor: editor, readOnly: store.isReadOnly, readOnlyReason: readOnlyReason)
            var state = AppState(pages: pages, session: session, rows: term.size.rows, cols: term.size.cols)
            state.lang = lang
            let historyFile = HistoryFile(path: HistoryFile.defaultPath())
            runner.historyFile = historyFile
            state.history = CommandHistory(historyFile.load())
            if let fallback { state.message = .init(text: fallback, isError: true) }
            var searchPrepared = false
            while !term.hungUp {
                Self.keepTerminationSignals()
                let size = term.size
                if size.rows != state.rows || size.cols != state.cols {
                    state.rows = size.rows; state.cols = size.cols
                    state.scrollIntoView()
                }
                term.draw(Screen.render(state, keys: keys, theme: theme))
                var event = term.readEvent(timeoutMs: 200)
                if event == nil, !searchPrepared, let storePages {
                    // Idle: read the search keys in the background now, so the first search step need not.
                    storePages.prepareSearch(state.listQuery)
                    searchPrepared = true
                }
                // A paste arrives as thousands of keys at once: the keys already waiting are taken before the next
                // frame (for at most 50 ms), not one frame each.
                let started = ContinuousClock.now
                while let e = event {
                    if let effect = state.handle(e, keys: keys).flatMap({ runner.record($0, on: &state) }) {
                        if effect == .quit { return }
                        if case .copyToClipboard(let text) = effect {
                            // The next frame is drawn first, so the sequence follows everything curses wrote.
                            term.draw(Screen.render(state, keys: keys, theme: theme))
                            term.copyToClipboard(text)
                            break
                        }
                        switch effect {
                        case .save:
                            // Show "saving…" while the store works (it may wait for a busy database).
                            term.draw(Screen.render(state, keys: keys, theme: theme))
                        case .reload(let day):
                            // A whole analysis takes seconds on a large tracker: say so before it starts.
                            state.message = .init(text: day.map { state.lang("ui.message.analysing-day", $0) } ?? state.lang["ui.message.loading-today"], isError: false)
                            term.draw(Screen.render(state, keys: keys, theme: theme))
                        case .export(let format, _, let projects, _):
                            state.message = .init(text: state.lang.count("ui.message.writing-report", projects.count, format), isError: false)
                            term.draw(Screen.render(state, keys: keys, theme: theme))
                        default: break
                        }
                        runner.perform(effect, on: &state)
                        runner.refresher.acknowledge() // our own commit is not "another editor"
                        break  // an effect's outcome is drawn before more keys are taken
                    }
                    guard ContinuousClock.now - started < .milliseconds(50), !term.hungUp else { break }
                    event = term.readEvent(timeoutMs: 0)
                }
                // Another editor's commit appears within a second, without a keypress; only what its audit
                // entries name is re-read (Refresher).
                if runner.refresher.changed(), let notice = try? runner.catchUp(&state) {
                    state.message = .init(text: notice, isError: false)
                }
                if let finding = derivedAudit?.finding(), let storePages {
                    state.message = repairDerived(finding, pages: storePages, state: &state)
                    runner.refresher.acknowledge()
                }
                if state.message == nil, let problem = state.pages.lastError { state.message = .init(text: problem, isError: true) }
            }
        }
    }

    /// From this many projects on, the UI reads pages from the store's derived tables instead of analysing
    /// the whole tracker in memory at start (`BORDERTRACK_PAGED=1` or `0` forces either way).
    package static let pagedThreshold = 5_000

    /// A large tracker's pages (either engine), its derived tables brought up to date first (progress on standard
    /// error while a rebuild runs); nil for a tracker analysed in memory. When a large tracker is analysed in memory
    /// because its derived tables are out of date and this window may not rebuild them, `fallback` is told why (also
    /// said on standard error, before the wait).
    package static func pages(for store: any TrackerStore, fallback: (String) -> Void = { _ in }) throws -> StorePages? {
        guard let sqlite = store as? any DerivedSummaries else { return nil }
        let forced = ProcessInfo.processInfo.environment["BORDERTRACK_PAGED"]
        if forced == "0" { return nil }
        if forced != "1", try sqlite.projectCountEstimate() < pagedThreshold { return nil }
        let today = AnalysisLoader.today()
        func inMemory(_ who: String) -> StorePages? {
            let n = (try? sqlite.projectCountEstimate()) ?? 0
            let why = "the stored summaries are out of date and \(who) may not rebuild them: all \(n) projects analysed in memory "
                + "(an editor opening the tracker, or running `bordertrack discrepancies`, brings them up to date)"
            FileHandle.standardError.write(Data("bordertrack: \(why)…\n".utf8))
            fallback(why)
            return nil
        }
        if sqlite.isReadOnly {
            // Without write access the summaries cannot be brought up to date: analyse in memory instead.
            guard try sqlite.derivedIsCurrent(today: today, options: .init()) else { return inMemory("a read-only window") }
        } else {
            let tty = isatty(2) != 0
            do {
                try sqlite.bringDerivedUpToDate(today: today) { done, total in
                    if tty { FileHandle.standardError.write(Data("\ranalysing \(done) of \(total) projects…".utf8)) }
                }
            } catch StoreError.notPermitted {
                // A role that may not rewrite them (a server's viewer) found them stale (writers keep them current
                // otherwise): the tracker is analysed in memory, as a read-only window's is.
                return inMemory("your role")
            }
            if tty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
        return try StorePages(store: sqlite, today: today)
    }

    /// Rewrites the derived rows a background check found differing and shows the screens the rebuilt rows;
    /// a read-only window names the problem instead. Returns the status-bar message.
    static func repairDerived(_ finding: DerivedCheck, pages: StorePages, state: inout AppState) -> AppState.Message {
        let n = finding.differing.count
        let what = n == 0 ? "the stored queue counts were changed outside BorderTrack"
            : n == 1 ? "1 project's summary was changed outside BorderTrack" : "\(n) projects' summaries were changed outside BorderTrack"
        if pages.store.isReadOnly {
            return .init(text: "⚠ \(what); read-only: `bordertrack audit repair` mends it", isError: true)
        }
        do {
            try pages.store.repairDerived(finding)
        } catch {
            return .init(text: "⚠ \(what); rebuilding them failed: \(CLI.classify(error).errorDescription ?? "\(error)")", isError: true)
        }
        state.pagesChanged(projects: nil)  // counts and positions may change too
        return .init(text: "⚠ \(what); rebuilt from \(n == 1 ? "its" : "the") claims", isError: true)
    }

    /// Unblocks SIGHUP, SIGINT and SIGTERM on the UI thread, so a closed window or `kill` always ends the UI
    /// (a library that blocks them on the calling thread while it works must not make the UI immortal).
    package static func keepTerminationSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGHUP, SIGINT, SIGTERM] { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The default keys with the user's `config.toml` applied (a broken file is a clear error, not a crash).
    package static func loadKeys() throws -> KeyMap {
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

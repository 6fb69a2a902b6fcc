import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import BorderTrackTUI
import Foundation

/// Performs what the UI state asks for — edits, undo, history, reloads, exports — against the store,
/// and answers the state. Every edit is one store transaction carrying the editor's name.
package final class UIEffects {
    package let store: any TrackerStore
    package let editor: String
    /// Notices other editors' commits and catches the screen up with them (only the projects they touch,
    /// where the engine can say which); also after the UI's own writes.
    package let refresher: Refresher
    /// A large tracker's pages from the store, kept while an as-of view shows a whole analysis instead
    /// (nil: the tracker is analysed whole in memory).
    package var storePages: StorePages?
    /// Where the `:` line's history is kept across runs (nil: not kept).
    package var historyFile: HistoryFile?
    /// The as-of date the UI shows (nil: today).
    package var asOf: Day? { refresher.asOf }

    /// Create it *before* loading the data it will refresh (see `Refresher.init`).
    package init(store: any TrackerStore, editor: String, pollInterval: Double = 0.25) {
        self.store = store; self.editor = editor
        refresher = Refresher(store: store, pollInterval: pollInterval)
    }

    /// Applies other editors' commits; returns the status-bar notice.
    package func catchUp(_ state: inout AppState) throws -> String? {
        try refresher.catchUp(&state)
    }

    /// Appends a command the UI asks to keep to the history file; returns what the command then asks for.
    package func record(_ effect: Effect, on state: inout AppState) -> Effect? {
        guard case .recordCommand(let line, let then) = effect else { return effect }
        if let problem = historyFile?.append(line) { state.message = .init(text: problem, isError: true) }
        return then
    }

    package func perform(_ effect: Effect, on state: inout AppState) {
        switch effect {
        case .quit: break
        case .recordCommand:
            if let then = record(effect, on: &state) { perform(then, on: &state) }
        case .reload(let day):
            refresher.retarget(asOf: day)
            do {
                // A large tracker reads today's pages from the store; another day (or a small tracker) is
                // analysed whole, in memory.
                if day == nil, let storePages { state.switchData(to: storePages) } else {
                    state.replaceAnalysis(try AnalysisLoader.loadAssessed(store, asOf: day))
                }
                state.message = .init(text: day.map { state.lang("ui.message.showing-day", $0) } ?? state.lang["ui.message.showing-today"], isError: false)
            } catch {
                state.message = .init(text: Self.describe(error), isError: true)
            }
        case .save(let edit):
            do {
                let undone = try write(edit)
                reload(&state)
                state.saveSucceeded(edit)
                if let undone { state.message = .init(text: state.lang("ui.message.undone", undone.action, undone.summary), isError: false) }
                if state.view == .history, let p = state.historyProject {
                    let top = state.historyTop
                    // A claim's own history stays narrowed to it.
                    perform(state.historyClaim.map { .loadClaimHistory(project: p, claim: $0) } ?? .loadHistory(project: p), on: &state)
                    state.historyTop = top
                }
            } catch {
                // The form keeps what was typed; a conflict also shows the data as it is now.
                if case StoreError.conflict = error { reload(&state) }
                state.saveFailed(Self.describe(error))
            }
        case .prepareUndo:
            do {
                if let u = try store.lastUndoable(editor: editor) {
                    state.confirmUndo(summary: "\(u.action) — \(u.summary)", auditSeq: u.auditSeq)
                } else {
                    state.message = .init(text: state.lang["ui.message.nothing-to-undo"], isError: false)
                }
            } catch {
                state.message = .init(text: Self.describe(error), isError: true)
            }
        case .loadHistory(let project):
            do {
                let entries = try store.auditEntries(filter: AuditFilter(project: project))
                state.showHistory(project: project, entries: Self.historyEntries(entries, lang: state.lang))
            } catch {
                state.message = .init(text: Self.describe(error), isError: true)
            }
        case .loadClaimHistory(let project, let claim):
            do {
                let entries = try store.auditEntries(filter: AuditFilter(project: project))
                state.showHistory(project: project, entries: Self.historyEntries(entries, lang: state.lang), claim: claim)
            } catch {
                state.message = .init(text: Self.describe(error), isError: true)
            }
        case .openURL(let url):
            state.message = URLOpener.open(url)
        case .copyToClipboard:
            break  // the terminal writes it (UILauncher): the store has no part in it
        case .export(let format, let path, let projects, let day):
            do {
                guard let f = ReportFormat(rawValue: format) else { throw CLIError.usage("unknown format \(format)") }
                let analysis = try AnalysisLoader.load(store, asOf: day)
                let selection = StatusReport.Selection(projects: projects, kind: nil, country: nil, discrepanciesOnly: false)
                let report = StatusReport.make(analysis: analysis, selection: selection, generatedAt: ReportStamp.now(),
                                               database: ReportFormat.label(store.location),
                                               overrides: try AnalysisLoader.gradeOverrides(store, asOf: analysis.knownBy))
                let target = (path as NSString).expandingTildeInPath
                try CLI.output(f.render(report, lang: state.lang), to: target, database: store.location)
                state.message = .init(text: state.lang.count("ui.message.wrote-report", projects.count, format, target), isError: false)
            } catch {
                state.message = .init(text: Self.describe(error), isError: true)
            }
        }
    }

    /// Writes one edit in one transaction; for an undo, returns what was undone.
    @discardableResult
    package func write(_ edit: Edit) throws -> UndoableEdit? {
        switch edit {
        case .addClaim(let c): try store.addClaim(c, editor: editor)
        case .addPlan(let p): try store.addPlan(p, editor: editor)
        case .addSource(let s): try store.addSource(s, editor: editor)
        case .addProject(let p): try store.addProject(p, editor: editor)
        case .updateProject(let p, let expected): try store.updateProject(p, expected: expected, editor: editor)
        case .flag(let id, let project, let action, let verdict, let severity, let note, let expectedLast):
            let now = Timestamp(seconds: Int(Date().timeIntervalSince1970))
            var discrepancy = id
            if action == .add {
                discrepancy = DiscrepancyKind.manual.idPrefix + "-" + StableHash.of([project, note, editor, now.description], digits: 10)
            }
            let event = FlagEvent(discrepancy: discrepancy, project: project, action: action, verdict: verdict, severity: severity,
                                  note: note, editor: editor, at: now)
            try store.recordFlag(event, expectedLast: .some(expectedLast))
        case .withdrawClaim(let id, _, let reason): try store.withdraw(.claim, id: id, reason: reason, editor: editor)
        case .undo(let expected): return try store.undoLast(editor: editor, expected: expected)
        }
        return nil
    }

    /// Brings the screen up to date after the UI's own write (incrementally, like another editor's), and
    /// takes the store's state as seen so the write is not reported as another editor's.
    package func reload(_ state: inout AppState) {
        do { _ = try refresher.catchUp(&state) } catch {
            if state.pages is StorePages { state.pagesChanged(projects: nil) } else if let fresh = try? AnalysisLoader.loadAssessed(store, asOf: asOf) {
                state.replaceAnalysis(fresh)
            }
        }
        refresher.acknowledge()
    }

    /// A store error as one line for the status bar or the form.
    package static func describe(_ error: any Error) -> String {
        switch error {
        case StoreError.conflict(let why): "not saved: \(why) — the screen now shows the current data; what you typed is kept"
        default: CLI.classify(error).errorDescription ?? "\(error)"
        }
    }

    /// Audit entries as the history view shows them, newest first: the fields that changed between before
    /// and after, an undo compared with what the entry it undoes had written (read by `AuditHistory`, as
    /// `bordertrack project history` reads them).
    package static func historyEntries(_ entries: [AuditEntry], lang: Catalogue = .en) -> [HistoryEntry] {
        AuditHistory(entries, lang: lang).changes.reversed().map(\.historyEntry)
    }
}

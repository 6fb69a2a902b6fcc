import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Foundation

/// How the terminal UI catches up with other editors' commits.
///
/// On the SQLite engine it reads the audit entries written since the last refresh: when they only
/// touch claims, plans, flags or details of known projects, just those projects are re-read and
/// re-analysed (`AppState.updateProject`); anything wider (an import, a source), a new day, or an
/// engine that cannot say what changed reloads and re-analyses everything, as before.
package struct LiveRefresh {
    package let store: any TrackerStore
    /// The as-of day the screen shows (nil: today).
    package var asOf: Day?
    private var token: Int
    /// The last audit entry applied; nil when the engine cannot list changes.
    private var auditSeq: Int?

    /// Starts from the store's current state; create it *before* loading the analysis it will refresh,
    /// so that a commit in between is applied again rather than missed.
    package init(store: any TrackerStore, asOf: Day? = nil) {
        self.store = store
        self.asOf = asOf
        token = (try? store.changeToken()) ?? 0
        auditSeq = (store as? any ChangeFeed).flatMap { try? $0.auditHeadSeq() }
    }

    /// Whether another connection committed since the last look (cheap: `PRAGMA data_version`).
    package mutating func poll() -> Bool {
        guard let now = try? store.changeToken(), now != token else { return false }
        token = now
        return true
    }

    /// Brings the state up to date with the store; returns the status-bar notice.
    package mutating func catchUp(_ state: inout AppState) throws -> String? {
        if let pages = state.pages, let sqlite = store as? any DerivedSummaries { return try catchUpPages(pages, sqlite, &state) }
        if let sqlite = store as? any ChangeFeed, let seq = auditSeq,
           asOf != nil || state.analysis.end == AnalysisLoader.today() {
            let changes = try sqlite.changes(after: seq)
            if let ids = changes.projects {
                var projects: [Project] = []
                for id in ids {
                    guard let p = try store.project(id: id) else { projects = []; break }
                    projects.append(p)
                }
                if projects.count == ids.count {
                    auditSeq = changes.lastSeq
                    return try apply(projects, to: &state)
                }
            }
        }
        auditSeq = (store as? any ChangeFeed).flatMap { try? $0.auditHeadSeq() }
        let fresh = try AnalysisLoader.load(store, asOf: asOf)
        let notice = ChangeNotice.changeNotice(from: state.analysis, to: fresh)
        state.replaceAnalysis(fresh)
        return notice
    }

    /// Re-reads and re-analyses the given projects only.
    private func apply(_ projects: [Project], to state: inout AppState) throws -> String? {
        guard !projects.isEmpty else { return nil }
        let flags = try store.flagEvents()
        var claims = 0, added = 0, newProjects = 0
        for p in projects {
            let before = state.analysis.summary(of: p.id)
            if before == nil { newProjects += 1 }
            let oldIDs = Set(state.analysis.discrepancies(of: p.id).map(\.id))
            state.updateProject(p, claims: try store.claims(project: p.id), plans: try store.plans(project: p.id),
                                flags: flags.filter { $0.project == p.id })
            claims += (state.analysis.summary(of: p.id)?.claimCount ?? 0) - (before?.claimCount ?? 0)
            added += state.analysis.discrepancies(of: p.id).filter { !oldIDs.contains($0.id) }.count
        }
        return ChangeNotice.notice(claims: claims, projects: newProjects, discrepancies: added)
    }

    /// A paged tracker: brings the store's derived tables up to date (only the changed projects, unless an
    /// import or a source changed), then forgets what the screen had read about those projects.
    private mutating func catchUpPages(_ pages: any TrackerPages, _ sqlite: any DerivedSummaries, _ state: inout AppState) throws -> String? {
        let from = auditSeq ?? 0
        let changes = try sqlite.changes(after: from)
        guard changes.lastSeq != from else { return nil }
        let (projectsBefore, queueBefore) = (pages.projectCount, pages.queueCount)
        if sqlite.isReadOnly {
            guard try sqlite.derivedIsCurrent(today: pages.end, options: .init()) else {
                return "another editor changed the tracker; a read-only window cannot bring its summaries up to date — reopen it to see the change"
            }
        } else {
            try sqlite.bringDerivedUpToDate(today: pages.end, progress: nil)
        }
        let claims = try sqlite.claimsRecorded(after: from)
        auditSeq = changes.lastSeq
        state.pagesChanged(projects: changes.projects)
        return ChangeNotice.notice(claims: claims, projects: max(0, pages.projectCount - projectsBefore),
                                 discrepancies: max(0, pages.queueCount - queueBefore))
    }
}

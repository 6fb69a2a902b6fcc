import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Foundation

/// Keeps an open UI up to date with the store: notices commits, works out what they touched (the scope)
/// and brings just that onto the screen, whichever way the screen reads the tracker.
///
/// - Noticing: on PostgreSQL the server tells us (LISTEN/NOTIFY, no polling); elsewhere the store's change
///   token (`PRAGMA data_version` on SQLite, one page-cache read) is compared every `pollInterval`.
///   Either way a change is reported only when the token moved, so the UI's own commits — caught up
///   right after they are written — are not taken for another editor's.
/// - Scope: the audit entries written since the last catch-up name the projects whose claims, plans, flags
///   or details changed (`ChangeFeed`); an import or a source reaches further (everything), and an engine
///   that cannot list changes is caught up whole.
/// - Applying: pages read from the store's derived tables (`StorePages`) have those tables brought up to
///   date and forget what they read of the scope; a whole analysis in memory (`AnalysisPages`) re-reads
///   and re-analyses the scope's projects only, or reloads when the scope is everything or the day changed.
package final class Refresher: @unchecked Sendable {
    /// What a catch-up has to bring up to date.
    package enum Scope: Equatable, Sendable {
        /// No audit entry since the last catch-up (a commit outside the chain, such as a derived-table repair).
        case nothing
        /// Only these projects' claims, plans, flags or details changed.
        case projects([String])
        /// Something wider: an import, a source, or an engine that cannot say.
        case everything
    }

    package let store: any TrackerStore
    /// The as-of day the screen shows (nil: today).
    package private(set) var asOf: Day?
    /// How often the change token is read when the engine does not push changes (seconds).
    package let pollInterval: Double
    private let lock = NSLock()
    private var notified = false
    private var token: Int
    private var lastPoll = Date.distantPast
    private var listener: AnyObject?
    /// The last audit entry applied; nil when the engine cannot list changes.
    private var auditSeq: Int?

    /// Starts from the store's current state; create it *before* loading what it will refresh, so that a
    /// commit in between is applied again rather than missed.
    package init(store: any TrackerStore, pollInterval: Double = 0.25) {
        self.store = store
        self.pollInterval = pollInterval
        token = (try? store.changeToken()) ?? 0
        auditSeq = (store as? any ChangeFeed).flatMap { try? $0.auditHeadSeq() }
        if let pushed = store as? any ChangeListening {
            listener = try? pushed.listenForChanges { [weak self] in self?.notify() }
        }
    }

    /// Whether the server pushes notifications (PostgreSQL), rather than the token being polled.
    package var isPushed: Bool { listener != nil }

    private func notify() {
        lock.lock(); notified = true; lock.unlock()
    }

    /// Whether another connection committed since the last look (or `acknowledge`).
    package func changed() -> Bool {
        if isPushed {
            lock.lock()
            let n = notified
            notified = false
            lock.unlock()
            guard n else { return false }
        } else {
            guard Date().timeIntervalSince(lastPoll) >= pollInterval else { return false }
            lastPoll = Date()
        }
        return tokenMoved()
    }

    /// Whether the store's change token moved since the last look, read now (no waiting for a pushed
    /// notification or the poll interval: what the bench measures as the UI's next look).
    package func tokenMoved() -> Bool {
        guard let now = try? store.changeToken(), now != token else { return false }
        token = now
        return true
    }

    /// Takes the store's current state as seen (after the UI's own write, or a repair of derived tables).
    package func acknowledge() {
        if let now = try? store.changeToken() { token = now }
    }

    /// Shows another day from now on (nil: today): later catch-ups apply to that day's data, counted from
    /// the store's state now (the caller loads that day's data right after).
    package func retarget(asOf day: Day?) {
        asOf = day
        auditSeq = (store as? any ChangeFeed).flatMap { try? $0.auditHeadSeq() }
    }

    /// What the audit entries after the last catch-up touched, and the seq they end at.
    package func scope() throws -> (Scope, lastSeq: Int?) {
        guard let feed = store as? any ChangeFeed, let seq = auditSeq else { return (.everything, nil) }
        let changes = try feed.changes(after: seq)
        if changes.lastSeq == seq { return (.nothing, seq) }
        return (changes.projects.map(Scope.projects) ?? .everything, changes.lastSeq)
    }

    /// Brings the screen up to date with the store; returns the status-bar notice (nil: nothing to say).
    package func catchUp(_ state: inout AppState) throws -> String? {
        if let pages = state.pages as? StorePages { return try catchUp(pages, &state) }
        let (scope, lastSeq) = try scope()
        // A new day re-analyses everything (statuses age, deadlines pass); an as-of view keeps its day.
        let sameDay = asOf != nil || state.pages.end == AnalysisLoader.today()
        switch scope {
        case .nothing where sameDay:
            return nil
        case .projects(let ids) where sameDay:
            var projects: [Project] = []
            for id in ids {
                guard let p = try store.project(id: id) else { break }  // removed: reload whole
                projects.append(p)
            }
            if projects.count == ids.count {
                auditSeq = lastSeq
                return try apply(projects, to: &state)
            }
        default: break
        }
        auditSeq = (store as? any ChangeFeed).flatMap { try? $0.auditHeadSeq() }
        let fresh = try AnalysisLoader.loadAssessed(store, asOf: asOf)
        let notice = state.analysis.map { ChangeNotice.changeNotice(from: $0, to: fresh, lang: state.lang) } ?? nil
        state.replaceAnalysis(fresh)
        return notice
    }

    /// Re-reads and re-analyses the given projects only (a whole analysis in memory).
    private func apply(_ projects: [Project], to state: inout AppState) throws -> String? {
        guard !projects.isEmpty else { return nil }
        let flags = try store.flagEvents()
        var claims = 0, added = 0, newProjects = 0
        for p in projects {
            let before = state.analysis?.summary(of: p.id)
            if before == nil { newProjects += 1 }
            let oldIDs = Set(state.data.discrepancies(of: p.id).map(\.id))
            state.updateProject(p, claims: try store.claims(project: p.id), plans: try store.plans(project: p.id),
                                flags: flags.filter { $0.project == p.id })
            claims += (state.analysis?.summary(of: p.id)?.claimCount ?? 0) - (before?.claimCount ?? 0)
            added += state.data.discrepancies(of: p.id).filter { !oldIDs.contains($0.id) }.count
        }
        return ChangeNotice.notice(claims: claims, projects: newProjects, discrepancies: added, lang: state.lang)
    }

    /// Pages read from the store: brings its derived tables up to date (only the changed projects, unless an
    /// import or a source changed), then has the pages forget what they read of the scope.
    private func catchUp(_ pages: StorePages, _ state: inout AppState) throws -> String? {
        let derived = pages.store
        let from = auditSeq ?? 0
        let (scope, lastSeq) = try scope()
        guard scope != .nothing, let lastSeq else { return nil }
        let (projectsBefore, queueBefore) = (pages.projectCount, pages.queueCount)
        if derived.isReadOnly {
            guard try derived.derivedIsCurrent(today: pages.end, options: .init()) else {
                return state.lang["ui.message.stale-read-only"]
            }
        } else {
            try derived.bringDerivedUpToDate(today: pages.end, progress: nil)
        }
        let claims = try derived.claimsRecorded(after: from)
        auditSeq = lastSeq
        if case .projects(let ids) = scope { state.pagesChanged(projects: ids) } else { state.pagesChanged(projects: nil) }
        return ChangeNotice.notice(claims: claims, projects: max(0, pages.projectCount - projectsBefore),
                                 discrepancies: max(0, pages.queueCount - queueBefore), lang: state.lang)
    }
}

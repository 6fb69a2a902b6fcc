import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Foundation

/// A large SQLite tracker's screens, read from its derived tables page by page (`TrackerPages`).
///
/// List rows come in chunks of 128 through the index of the current sort (a chunk next to a cached one
/// is read by key, not by offset); queue entries in chunks of 256; a project on screen is analysed from
/// its own claims (`ProjectAnalysis`) and kept in a small cache. Everything read is forgotten when the
/// store changes (`invalidate`). Used from the UI thread only; the lock keeps the caches consistent anyway.
final class StorePages: TrackerPages, @unchecked Sendable {
    let store: SQLiteStore
    let end: Day
    let knownBy: Day? = nil
    let options: DiscrepancyDetector.Options
    private let lock = NSLock()
    private var cachedSources: [String: Source]
    private var counts: [ListQuery: Int] = [:]
    private var chunks: [ListQuery: [Int: [ProjectSummary]]] = [:]
    private var chunkCount = 0
    private var queueChunks: [Int: [SQLiteStore.QueueRef]] = [:]
    private var cachedQueueCount: Int?
    private var cachedProjectCount: Int?
    private var analyses: [String: ProjectAnalysis] = [:]
    private(set) var lastError: String?

    static let listChunk = 128, queueChunk = 256, maxChunks = 64, maxAnalyses = 512

    init(store: SQLiteStore, today: Day, options: DiscrepancyDetector.Options = .init()) throws {
        self.store = store; self.end = today; self.options = options
        cachedSources = Dictionary(try store.sources().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Runs a read, remembering its failure for the status line instead of failing the frame.
    private func attempt<T>(_ fallback: T, _ body: () throws -> T) -> T {
        do { return try body() } catch {
            lastError = "reading the tracker failed: \(CLI.classify(error).errorDescription ?? "\(error)")"
            return fallback
        }
    }

    private func locked<T>(_ body: () -> T) -> T { lock.lock(); defer { lock.unlock() }; return body() }

    static func summaryQuery(_ q: ListQuery) -> SummaryQuery {
        var s = SummaryQuery(order: SummaryQuery.Order(rawValue: q.sort.rawValue) ?? .name, descending: q.descending)
        s.kinds = q.filter.kinds.map(\.rawValue).sorted()
        s.statuses = q.filter.statuses.map(\.rawValue).sorted()
        s.countries = q.filter.countries.sorted()
        s.region = q.filter.region
        s.hasDiscrepancy = q.filter.hasDiscrepancy
        return s
    }

    // MARK: - TrackerLookup

    var sources: [String: Source] { locked { cachedSources } }

    var projectCount: Int {
        locked {
            if let c = cachedProjectCount { return c }
            let c = attempt(0) { try store.summaryCount(SummaryQuery(order: .name, descending: false)) }
            cachedProjectCount = c
            return c
        }
    }

    func project(id: String) -> Project? { analysis(of: id)?.summary.project }
    func timeline(of project: String) -> ProjectTimeline? { analysis(of: project)?.timeline }
    func claims(of project: String) -> [Claim] { analysis(of: project)?.claims ?? [] }
    func plans(of project: String) -> [Plan] { analysis(of: project)?.plans ?? [] }
    func discrepancies(of project: String) -> [Discrepancy] {
        (analysis(of: project)?.discrepancies ?? []).sorted(by: Discrepancy.queueOrder)
    }

    func discrepancy(id: String) -> Discrepancy? {
        if let d = locked({ analyses.values.lazy.flatMap(\.discrepancies).first { $0.id == id } }) { return d }
        guard let project = attempt(nil, { try store.queueProject(of: id) }) else { return nil }
        return analysis(of: project)?.discrepancies.first { $0.id == id }
    }

    /// A project analysed from its stored claims, plans and flags (cached).
    func analysis(of project: String) -> ProjectAnalysis? {
        if let a = locked({ analyses[project] }) { return a }
        let a: ProjectAnalysis? = attempt(nil) {
            guard let p = try store.project(id: project) else { return nil }
            let events = ProjectAnalysis.flagEventsByProject(try store.flagEvents(project: project))[project] ?? []
            let context = ProjectAnalysis.Context(sources: sources, end: end, knownBy: nil, detector: DiscrepancyDetector(options: options))
            return ProjectAnalysis(project: p, claims: try store.claims(project: project), plans: try store.plans(project: project),
                                   events: events, context: context)
        }
        if let a {
            locked {
                if analyses.count >= StorePages.maxAnalyses { analyses.removeAll(keepingCapacity: true) }
                analyses[project] = a
            }
        }
        return a
    }

    // MARK: - List

    func listCount(_ q: ListQuery) -> Int {
        if let c = locked({ counts[q] }) { return c }
        let c = attempt(0) { try store.summaryCount(StorePages.summaryQuery(q)) }
        locked { counts[q] = c }
        return c
    }

    func listRow(_ q: ListQuery, at index: Int) -> ProjectSummary? {
        guard index >= 0 else { return nil }
        let c = index / StorePages.listChunk, k = index % StorePages.listChunk
        if let rows = locked({ chunks[q]?[c] }) { return k < rows.count ? rows[k] : nil }
        let sq = StorePages.summaryQuery(q)
        let (before, after) = locked { (chunks[q]?[c - 1], chunks[q]?[c + 1]) }
        let rows: [ProjectSummary] = attempt([]) {
            if let prev = before?.last, before?.count == StorePages.listChunk {
                return try store.summaryPage(sq, from: prev.project.id, before: false, limit: StorePages.listChunk)
            }
            if let next = after?.first {
                return try store.summaryPage(sq, from: next.project.id, before: true, limit: StorePages.listChunk)
            }
            return try store.summaryPage(sq, offset: c * StorePages.listChunk, limit: StorePages.listChunk)
        }
        locked {
            if chunkCount >= StorePages.maxChunks { chunks.removeAll(keepingCapacity: true); chunkCount = 0 }
            chunks[q, default: [:]][c] = rows
            chunkCount += 1
        }
        return k < rows.count ? rows[k] : nil
    }

    func listPosition(_ q: ListQuery, of project: String) -> Int? {
        attempt(nil) { try store.summaryPosition(StorePages.summaryQuery(q), of: project) }
    }

    func listSearch(_ q: ListQuery, text: String, from index: Int, forward: Bool) -> Int? {
        guard let start = listRow(q, at: index)?.project.id else { return nil }
        let sq = StorePages.summaryQuery(q)
        return attempt(nil) {
            guard let hit = try store.summarySearch(sq, text: text, from: start, forward: forward) else { return nil }
            return try store.summaryPosition(sq, of: hit)
        }
    }

    func listIDs(_ q: ListQuery) -> [String] {
        attempt([]) { try store.summaryIDs(StorePages.summaryQuery(q)) }
    }

    // MARK: - Queue

    var queueCount: Int {
        if let c = locked({ cachedQueueCount }) { return c }
        let c = attempt(0) { try store.queueCount() }
        locked { cachedQueueCount = c }
        return c
    }

    func queueItem(at index: Int) -> Discrepancy? {
        guard index >= 0 else { return nil }
        let c = index / StorePages.queueChunk, k = index % StorePages.queueChunk
        var refs = locked { queueChunks[c] }
        if refs == nil {
            let page = attempt([]) { try store.queuePage(offset: c * StorePages.queueChunk, limit: StorePages.queueChunk) }
            locked {
                if queueChunks.count >= StorePages.maxChunks { queueChunks.removeAll(keepingCapacity: true) }
                queueChunks[c] = page
            }
            refs = page
        }
        guard let refs, k < refs.count else { return nil }
        let ref = refs[k]
        return analysis(of: ref.project)?.discrepancies.first { $0.id == ref.id }
    }

    func queuePosition(of id: String) -> Int? {
        attempt(nil) { try store.queuePosition(of: id) }
    }

    // MARK: - Changes

    func invalidate(projects: [String]?) {
        locked {
            counts = [:]; chunks = [:]; chunkCount = 0; queueChunks = [:]
            cachedQueueCount = nil; cachedProjectCount = nil; lastError = nil
            if let projects { for p in projects { analyses[p] = nil } } else { analyses = [:] }
        }
        if projects == nil, let fresh = try? store.sources() {
            locked { cachedSources = Dictionary(fresh.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
        }
    }
}

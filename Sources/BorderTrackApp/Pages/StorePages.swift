import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Foundation

/// A large SQLite tracker's screens, read from its derived tables page by page (`TrackerPages`).
///
/// List rows come in blocks of 64 through the index of the current sort (a block next to a known row
/// is read by key, not by offset); queue entries in chunks of 256; a project on screen is analysed from
/// its own claims (`ProjectAnalysis`) and kept in a small cache. Everything read is forgotten when the
/// store changes (`invalidate`). Used from the UI thread only; the lock keeps the caches consistent anyway.
package final class StorePages: TrackerPages, @unchecked Sendable {
    package let store: any DerivedSummaries
    package let end: Day
    package let knownBy: Day? = nil
    package let options: DiscrepancyDetector.Options
    let lock = NSLock()
    private var cachedSources: [String: Source]
    private var counts: [ListQuery: Int] = [:]
    /// List rows read so far, by query and position (sparse: a jump reads only around where it lands).
    private var rows: [ListQuery: [Int: ProjectSummary]] = [:]
    private var rowCount = 0
    /// The blocks of rows read, oldest first (what the cache forgets first).
    private var blocks: [(ListQuery, Int, Int)] = []
    /// The search keys of one query (see `listSearch`).
    var search: (query: ListQuery, keys: KeyBuffer)?
    /// The last list search's matches, which a longer search typed after it narrows (`listMatches`).
    var lastListMatches: (query: ListQuery, search: SearchQuery, positions: [Int])?
    /// Every project's id and names (`Project.searchKey`), for `:goto` and completion (`StorePages+Match.swift`).
    var nameKeys: KeyBuffer?
    /// A background read of search keys in progress.
    private var loading: (ListQuery, DispatchGroup)?
    private var queueChunks: [Int: [QueueRef]] = [:]
    private var cachedQueueCount: Int?
    private var cachedProjectCount: Int?
    private var analyses: [String: ProjectAnalysis] = [:]
    package private(set) var lastError: String?
    /// The last queue query's entries and search (`StorePages+Queue.swift`).
    let queueCache = QueueCache()
    /// Every project's search text, for the queue's search (`StorePages+Queue.swift`).
    let projectTexts = ProjectTextIndex()
    /// What the claims table has read (`StorePages+Claims.swift`).
    let claimsCache = ClaimsCache()
    /// Every project's location, by id, for the map (`StorePages+Map.swift`); forgotten on any change.
    var locations: [String: ProjectLocation]?

    package static let listBlock = 64, maxRows = 4096, queueChunk = 256, maxChunks = 64, maxAnalyses = 512

    package init(store: any DerivedSummaries, today: Day, options: DiscrepancyDetector.Options = .init()) throws {
        self.store = store; self.end = today; self.options = options
        cachedSources = StorePages.byID(try store.sources())
    }

    package static func byID(_ sources: [Source]) -> [String: Source] {
        Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Runs a read, remembering its failure for the status line instead of failing the frame.
    func attempt<T>(_ fallback: T, _ body: () throws -> T) -> T {
        do { return try body() } catch {
            lastError = "reading the tracker failed: \(CLI.classify(error).errorDescription ?? "\(error)")"
            return fallback
        }
    }

    func locked<T>(_ body: () -> T) -> T { lock.lock(); defer { lock.unlock() }; return body() }

    package static func summaryQuery(_ q: ListQuery) -> SummaryQuery {
        var s = SummaryQuery(order: q.sort.storeOrder, descending: q.descending)
        s.kinds = q.filter.kinds.map(\.rawValue).sorted()
        s.statuses = q.filter.statuses.map(\.rawValue).sorted()
        s.assessed = q.filter.assessed.map(\.rawValue).sorted()
        s.countries = q.filter.countries.sorted()
        s.region = q.filter.region
        s.hasDiscrepancy = q.filter.hasDiscrepancy
        return s
    }

    // MARK: - TrackerLookup

    package var sources: [String: Source] { locked { cachedSources } }

    package var projectCount: Int {
        locked {
            if let c = cachedProjectCount { return c }
            let c = attempt(0) { try store.summaryCount(SummaryQuery(order: .name, descending: false)) }
            cachedProjectCount = c
            return c
        }
    }

    package func project(id: String) -> Project? { analysis(of: id)?.summary.project }
    package func timeline(of project: String) -> ProjectTimeline? { analysis(of: project)?.timeline }
    package func claims(of project: String) -> [Claim] { analysis(of: project)?.claims ?? [] }
    package func plans(of project: String) -> [Plan] { analysis(of: project)?.plans ?? [] }
    package func assessment(of project: String) -> Assessment? { analysis(of: project)?.assessment }
    /// (`ProjectAnalysis` keeps them in queue order.)
    package func discrepancies(of project: String) -> [Discrepancy] { analysis(of: project)?.discrepancies ?? [] }

    package func discrepancy(id: String) -> Discrepancy? {
        if let d = locked({ analyses.values.lazy.flatMap(\.discrepancies).first { $0.id == id } }) { return d }
        guard let project = attempt(nil, { try store.queueProject(of: id) }) else { return nil }
        return analysis(of: project)?.discrepancies.first { $0.id == id }
    }

    /// A project analysed from its stored claims, plans and flags (cached).
    package func analysis(of project: String) -> ProjectAnalysis? {
        if let a = locked({ analyses[project] }) { return a }
        let a = attempt(nil) { try store.projectAnalysis(id: project, end: end, options: options) }
        if let a {
            locked {
                if analyses.count >= StorePages.maxAnalyses { analyses.removeAll(keepingCapacity: true) }
                analyses[project] = a
            }
        }
        return a
    }

    // MARK: - List

    package func listCount(_ q: ListQuery) -> Int {
        if let c = locked({ counts[q] }) { return c }
        let c = attempt(0) { try store.summaryCount(StorePages.summaryQuery(q)) }
        locked { counts[q] = c }
        return c
    }

    /// A list row; a missing one is read with up to 63 neighbours — by key from the nearest known row within
    /// a block above or below (an index range, whatever the position), else by offset around it.
    package func listRow(_ q: ListQuery, at index: Int) -> ProjectSummary? {
        guard index >= 0 else { return nil }
        if let r = locked({ rows[q]?[index] }) { return r }
        let sq = StorePages.summaryQuery(q), n = StorePages.listBlock
        // The nearest known row within a block, above or below: read by key from it.
        let (above, below) = locked { () -> ((Int, ProjectSummary)?, (Int, ProjectSummary)?) in
            let known = rows[q] ?? [:]
            for d in 1...n {
                if let r = known[index - d] { return ((index - d, r), nil) }
                if let r = known[index + d] { return (nil, (index + d, r)) }
            }
            return (nil, nil)
        }
        let (first, page): (Int, [ProjectSummary]) = attempt((index, [])) {
            if let (at, row) = above { return (at + 1, try store.summaryPage(sq, from: row.project.id, before: false, limit: n)) }
            if let (at, row) = below {
                let page = try store.summaryPage(sq, from: row.project.id, before: true, limit: n)
                return (at - page.count, page)
            }
            let start = max(0, index - n / 2)
            return (start, try store.summaryPage(sq, offset: start, limit: n))
        }
        remember(q, page, from: first)
        return locked { rows[q]?[index] }
    }

    /// Keeps rows read at their positions; when the cache is full the oldest blocks read are forgotten,
    /// one at a time (releasing thousands of rows at once would stall a keystroke).
    private func remember(_ q: ListQuery, _ page: [ProjectSummary], from first: Int) {
        locked {
            var added = 0
            for (k, r) in page.enumerated() where rows[q]?[first + k] == nil {
                rows[q, default: [:]][first + k] = r
                added += 1
            }
            rowCount += added
            blocks.append((q, first, page.count))
            while rowCount > StorePages.maxRows, !blocks.isEmpty {
                let (oq, of, on) = blocks.removeFirst()
                for i in of..<(of + on) where rows[oq]?.removeValue(forKey: i) != nil { rowCount -= 1 }
            }
        }
    }

    package func listPosition(_ q: ListQuery, of project: String) -> Int? {
        attempt(nil) { try store.summaryPosition(StorePages.summaryQuery(q), of: project) }
    }

    /// Searches the list's search keys, read once per sort and filter and kept as one byte buffer (about
    /// 500 bytes a project): a step is a byte scan (`KeyBuffer`) from the current row, never a scan of the table.
    package func listSearch(_ q: ListQuery, text: String, from index: Int, forward: Bool) -> Int? {
        guard let keys = searchKeys(q), !text.isEmpty,
              let hit = keys.first(keys.needle(Array(text.utf8)), from: index, forward: forward) else { return nil }
        // The rows around it are then read by key from this one, however far the jump.
        if locked({ rows[q]?[hit] }) == nil, let row = attempt(nil, { try store.summaryRow(of: keys.ids[hit]) }) { remember(q, [row], from: hit) }
        return hit
    }

    /// Reads the row at `index` by its id (from the search keys, read already for the search that jumped there)
    /// unless it is cached, so the rows around it are read by key from it.
    package func listReveal(_ q: ListQuery, at index: Int) {
        guard locked({ rows[q]?[index] }) == nil, let s = locked({ search }), s.query == q, s.keys.ids.indices.contains(index),
              let row = attempt(nil, { try store.summaryRow(of: s.keys.ids[index]) }) else { return }
        remember(q, [row], from: index)
    }

    /// Reads a query's search keys on a background thread (the UI calls it when idle), so the first search
    /// step does not wait for them (half a second for 100,000 projects).
    package func prepareSearch(_ q: ListQuery) {
        let group = DispatchGroup()
        locked { loading = (q, group) }
        DispatchQueue.global(qos: .utility).async(group: group) {
            _ = self.searchKeys(q, waitForBackground: false)
            _ = self.projectSearchTexts()  // the queue's search: shares the list's keys when the list is not filtered
            _ = self.projectNameKeys()  // `:goto` and Tab completion
        }
    }

    /// The search keys of a query, read on first use.
    func searchKeys(_ q: ListQuery, waitForBackground: Bool = true) -> KeyBuffer? {
        if let k = locked({ search }), k.query == q { return k.keys }
        // Being read in the background already: wait for that read rather than starting a second one.
        if waitForBackground, let (query, group) = locked({ loading }), query == q {
            if group.wait(timeout: .now() + 5) == .success, let k = locked({ search }), k.query == q { return k.keys }
        }
        guard let k = attempt(nil, { try store.summarySearchKeys(StorePages.summaryQuery(q)) }) else { return nil }
        let keys = KeyBuffer(k)
        locked { search = (q, keys) }
        FreedMemory.returnToSystem()
        return keys
    }

    package func listIDs(_ q: ListQuery) -> [String] {
        attempt([]) { try store.summaryIDs(StorePages.summaryQuery(q)) }
    }

    // MARK: - Queue

    package var queueCount: Int {
        if let c = locked({ cachedQueueCount }) { return c }
        let c = attempt(0) { try store.queueCount() }
        locked { cachedQueueCount = c }
        return c
    }

    package func queueItem(at index: Int) -> Discrepancy? {
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

    package func queuePosition(of id: String, project: String) -> Int? {
        attempt(nil) { try store.queuePosition(of: id, project: project) }
    }

    // MARK: - Changes

    package func invalidate(projects: [String]?) {
        let old = locked { () -> ([ListQuery: [Int: ProjectSummary]], (query: ListQuery, keys: KeyBuffer)?) in
            let old = (rows, search)
            counts = [:]; rows = [:]; rowCount = 0; blocks = []; search = nil; lastListMatches = nil; queueChunks = [:]
            nameKeys = nil
            cachedQueueCount = nil; cachedProjectCount = nil; lastError = nil
            queueCache.forget(); projectTexts.forget()
            claimsCache.forget()
            locations = nil
            if let projects { for p in projects { analyses[p] = nil } } else { analyses = [:] }
            return old
        }
        // Thousands of cached rows are released on another thread, not between a change and its frame.
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(old) {} }
        if projects == nil, let fresh = try? store.sources() {
            locked { cachedSources = StorePages.byID(fresh) }
        }
    }
}

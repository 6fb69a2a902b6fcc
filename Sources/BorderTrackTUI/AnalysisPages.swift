import BorderTrackCore

/// A tracker analysed whole in memory, read through the same page interface as a large stored one.
///
/// Small trackers and as-of views are analysed at once (`Analysis`); this source sorts and filters their
/// summaries for the list (kept for one sort and filter at a time, as a store's block cache keeps what it
/// read) and serves the queue from the analysis, so `AppState` reads every tracker through `TrackerPages`.
/// Another editor's change to one project is applied in place (`update`), moving only that project's row.
///
/// Used from the UI thread only (as `StorePages` is); a copy of the state shares it.
public final class AnalysisPages: TrackerPages, @unchecked Sendable {
    /// The whole tracker, analysed.
    public private(set) var analysis: Analysis
    /// The sort and filter `rows` are for (nil: none computed yet).
    private var query: ListQuery?
    /// The list's rows for `query`, in order.
    private var rows: [ProjectSummary] = []
    /// The last queue query's entries and search (`AnalysisPages+Queue.swift`).
    let queueCache = QueueCache()
    /// What the claims table has computed (`AnalysisPages+Claims.swift`).
    let claimsCache = ClaimsCache()

    /// Takes the analysis over (pass it without keeping a copy, so in-place updates do not copy it whole) and
    /// assesses it (`Analysis.assess`), editors' grades (`overrides`, by source id) overriding the computed ones.
    public init(_ analysis: Analysis, overrides: [String: GradeOverride] = [:]) {
        self.analysis = analysis
        if !analysis.isAssessed { self.analysis.assess(overrides: overrides) }
    }

    /// Below this many projects a change grades every source again (whole-tracker work); above, the changed project
    /// is assessed with the grades as they were (an as-of view of a large tracker does not change).
    public static let regradeLimit = 5_000

    // MARK: - TrackerLookup

    public var end: Day { analysis.end }
    public var knownBy: Day? { analysis.knownBy }
    public var sources: [String: Source] { analysis.sources }
    public var projectCount: Int { analysis.projects.count }
    public func project(id: String) -> Project? { analysis.summary(of: id)?.project }
    public func timeline(of project: String) -> ProjectTimeline? { analysis.timeline(of: project) }
    public func claims(of project: String) -> [Claim] { analysis.claims(of: project) }
    public func plans(of project: String) -> [Plan] { analysis.plans(of: project) }
    public func discrepancies(of project: String) -> [Discrepancy] { analysis.discrepancies(of: project) }
    public func discrepancy(id: String) -> Discrepancy? { analysis.discrepancy(id: id) }
    public func assessment(of project: String) -> Assessment? { analysis.isAssessed ? analysis.assessment(of: project) : nil }

    // MARK: - The list

    /// The rows of a sort and filter, computed when either changed since the last call.
    private func rows(_ q: ListQuery) -> [ProjectSummary] {
        if q != query {
            let all = analysis.summaries
            rows = q.sort.sorted(q.filter.isEmpty ? all : all.filter(q.filter.matches), descending: q.descending)
            query = q
        }
        return rows
    }

    public func listCount(_ q: ListQuery) -> Int { rows(q).count }

    public func listRow(_ q: ListQuery, at index: Int) -> ProjectSummary? {
        let r = rows(q)
        return r.indices.contains(index) ? r[index] : nil
    }

    public func listPosition(_ q: ListQuery, of project: String) -> Int? {
        rows(q).firstIndex { $0.project.id == project }
    }

    public func listSearch(_ q: ListQuery, text: String, from index: Int, forward: Bool) -> Int? {
        let r = rows(q)
        guard !text.isEmpty, r.indices.contains(index) else { return nil }
        let positions = forward ? Array(index..<r.count) : Array((0...index).reversed())
        return positions.first { r[$0].project.searchKey.contains(text) }
    }

    public func listIDs(_ q: ListQuery) -> [String] { rows(q).map(\.project.id) }

    public func mapSites(_ q: ListQuery) -> MapSites { MapSites(summaries: rows(q)) }

    // MARK: - The queue

    public var queueCount: Int { analysis.openDiscrepancies.count }

    public func queueItem(at index: Int) -> Discrepancy? {
        let q = analysis.openDiscrepancies
        return index >= 0 && index < q.count ? q[index] : nil
    }

    public func queuePosition(of id: String, project: String) -> Int? {
        guard let d = analysis.discrepancies(of: project).first(where: { $0.id == id }) else { return nil }
        return analysis.openDiscrepancies.position(of: DiscrepancyQueue.Key(d))
    }

    /// Nothing is read from a store, so nothing is forgotten: the analysis changes only by `update`.
    public func invalidate(projects: [String]?) {}

    public var lastError: String? { nil }

    // MARK: - Changes

    /// Re-analyses one project (new or changed) in place and moves its list row to its sorted place,
    /// the same result as a whole re-analysis at the cost of one project.
    public func update(project: Project, claims: [Claim], plans: [Plan], flags: [FlagEvent]) {
        analysis.update(project: project, claims: claims, plans: plans, flags: flags)
        queueCache.forget()
        claimsCache.forget()
        if analysis.isAssessed, analysis.projects.count < AnalysisPages.regradeLimit {
            let before = analysis.grades
            analysis.regrade()
            // A grade that moved may change any row's assessed status: the list is sorted and filtered again.
            if analysis.grades != before { query = nil; return }
        }
        guard let q = query else { return }
        let old = rows.firstIndex { $0.project.id == project.id }
        if let s = analysis.summary(of: project.id), q.filter.matches(s) {
            if let i = old { moveRow(from: i, replacingWith: s, sort: q.sort, descending: q.descending) } else {
                rows.insert(s, at: q.sort.insertionIndex(of: s, in: rows, descending: q.descending))
            }
        } else if let i = old {
            rows.remove(at: i)
        }
    }

    /// Replaces row `i` and moves it to its sorted place, shifting only the rows in between (a summary is
    /// large; removing and re-inserting would move every row after both places).
    private func moveRow(from i: Int, replacingWith s: ProjectSummary, sort: SortColumn, descending: Bool) {
        rows[i] = s
        let key = sort.sortKey(s)
        func before(_ a: SortColumn.SortKey, _ b: SortColumn.SortKey) -> Bool { descending ? b < a : a < b }
        // Search the part of the list on the side the row moves to (the rest stays sorted).
        if i > 0, before(key, sort.sortKey(rows[i - 1])) {
            var lo = 0, hi = i
            while lo < hi {
                let mid = (lo + hi) / 2
                if before(key, sort.sortKey(rows[mid])) { hi = mid } else { lo = mid + 1 }
            }
            for k in stride(from: i, to: lo, by: -1) { rows.swapAt(k, k - 1) }
        } else if i + 1 < rows.count, before(sort.sortKey(rows[i + 1]), key) {
            var lo = i + 1, hi = rows.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if before(key, sort.sortKey(rows[mid])) { hi = mid } else { lo = mid + 1 }
            }
            for k in i..<(lo - 1) { rows.swapAt(k, k + 1) }
        }
    }
}

import BorderTrackCore

/// What the UI shows, as a value: the analysis, the current view and every cursor.
///
/// The reducer (`AppState+Reducer.swift`) changes it in response to actions and typed text;
/// the views render it; effects that need the store come back as `Effect`s for the runner.
public struct AppState: Sendable {
    /// Where the data comes from and who is working.
    public struct Session: Sendable, Equatable {
        public var database: String
        public var editor: String
        public var readOnly: Bool
        /// Why edits are refused, said when an edit key is pressed ("opened with --read-only", "the file is not writable").
        public var readOnlyReason: String
        public init(database: String, editor: String, readOnly: Bool, readOnlyReason: String = "opened read-only") {
            self.database = database; self.editor = editor; self.readOnly = readOnly; self.readOnlyReason = readOnlyReason
        }
    }

    /// A line being typed at the bottom: a command (`:`) or a search (`/`).
    public struct Prompt: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case command, search }
        public var kind: Kind
        public var text: String
    }

    /// A message in the status line.
    public struct Message: Sendable, Equatable {
        public var text: String
        public var isError: Bool
        public init(text: String, isError: Bool) { self.text = text; self.isError = isError }
    }

    /// The whole tracker analysed in memory; for a paged tracker only an empty analysis carrying the day and sources.
    public var analysis: Analysis
    /// A large tracker's rows read from the store as screens need them (nil: everything is in `analysis`).
    public var pages: (any TrackerPages)?
    public var session: Session
    /// Today (UTC) by the clock the data was analysed with (the analysis day when no as-of view was asked for):
    /// forms refuse a claim about a later date.
    public var today: Day
    /// Terminal size in cells.
    public var rows: Int
    public var cols: Int

    public var view: ViewID = .list
    /// Where `back` goes from help.
    public var previous: ViewID = .list

    public var filter = ProjectFilter()
    public var sort = SortColumn.discrepancies
    public var sortDescending = true
    /// The list's rows after filter and sort (in memory; a paged tracker reads them through `listRow`).
    public internal(set) var listRows: [ProjectSummary] = []
    /// How many rows a paged list has with the current sort and filter.
    public internal(set) var pagedListCount = 0
    /// The sort and filter `pagedListCount` and the selection were computed for (the selection is kept
    /// on its project when they change).
    var pagedQuery: ListQuery?
    public var listSelection = 0
    public var listTop = 0
    public var lastSearch = ""

    public var detailProject: String?
    public var timelineCursor: Day?
    public var detailTop = 0
    public var queueSelection = 0
    public var queueTop = 0
    public var helpTop = 0

    public var prompt: Prompt?
    public var message: Message?

    /// The editing form on screen, if any.
    public var form: Form?
    /// The form a nested "new source" form returns to.
    public var parentForm: Form?
    /// A yes/no question waiting in the prompt line.
    public var confirm: Confirm?
    /// The history view: which project, its entries (newest first) and the scroll position.
    public var historyProject: String?
    public var historyEntries: [HistoryEntry] = []
    public var historyTop = 0

    public init(analysis: Analysis, session: Session, rows: Int = 24, cols: Int = 80) {
        self.analysis = analysis; self.session = session; self.rows = rows; self.cols = cols
        today = analysis.end
        refreshRows()
    }

    /// A state whose list, queue and projects are read page by page from the store.
    public init(pages: any TrackerPages, session: Session, rows: Int = 24, cols: Int = 80) {
        self.analysis = Analysis(dataset: Dataset(sources: pages.sources.values.sorted { $0.id < $1.id }), flags: [], today: pages.end)
        self.pages = pages; self.session = session; self.rows = rows; self.cols = cols
        today = pages.end
        refreshRows()
    }

    /// Where screens look projects up: the pages of a large tracker, or the analysis in memory.
    public var data: any TrackerLookup { pages ?? analysis }

    /// The list's sort and filter.
    public var listQuery: ListQuery { ListQuery(sort: sort, descending: sortDescending, filter: filter) }

    /// Open discrepancies (open or acknowledged), in queue order (in memory; a paged tracker reads them through `queueItem`).
    public var queueItems: DiscrepancyQueue {
        analysis.openDiscrepancies
    }

    /// How many rows the list shows.
    public var listCount: Int { pages == nil ? listRows.count : pagedListCount }

    /// The list row at a position.
    public func listRow(_ index: Int) -> ProjectSummary? {
        guard index >= 0, index < listCount else { return nil }
        if let pages { return pages.listRow(listQuery, at: index) }
        return listRows[index]
    }

    /// How many discrepancies the queue shows.
    public var queueCount: Int { pages?.queueCount ?? queueItems.count }

    /// The queue entry at a position.
    public func queueItem(_ index: Int) -> Discrepancy? {
        guard index >= 0, index < queueCount else { return nil }
        if let pages { return pages.queueItem(at: index) }
        return queueItems[index]
    }

    /// Where a project is in the list; nil when the filter leaves it out.
    public func listPosition(of project: String) -> Int? {
        if let pages { return pages.listPosition(listQuery, of: project) }
        return listRows.firstIndex { $0.project.id == project }
    }

    /// The summary of the selected list row.
    public var selectedSummary: ProjectSummary? { listRow(listSelection) }

    /// Rows available for a scrolling body (screen minus title, column header, status and prompt lines).
    public var bodyRows: Int { max(1, rows - 4) }

    /// Recomputes the list rows after a change of analysis, filter or sort, keeping the selected project.
    public mutating func refreshRows() {
        if let pages {
            let keep = pages.listRow(pagedQuery ?? listQuery, at: listSelection)?.project.id
            pagedQuery = listQuery
            pagedListCount = pages.listCount(listQuery)
            if let keep, let i = pages.listPosition(listQuery, of: keep) { listSelection = i }
            listSelection = max(0, min(listSelection, pagedListCount - 1))
            scrollIntoView()
            return
        }
        let keep = selectedSummary?.project.id
        let r = sort.sorted(filter.isEmpty ? analysis.summaries : analysis.summaries.filter(filter.matches), descending: sortDescending)
        listRows = r
        if let keep, let i = r.firstIndex(where: { $0.project.id == keep }) { listSelection = i }
        listSelection = max(0, min(listSelection, r.count - 1))
        scrollIntoView()
    }

    /// Keeps the selections on screen.
    public mutating func scrollIntoView() {
        func fit(_ sel: Int, _ top: inout Int, count: Int, height: Int) {
            if sel < top { top = sel }
            if sel >= top + height { top = sel - height + 1 }
            top = max(0, min(top, max(0, count - height)))
        }
        fit(listSelection, &listTop, count: listCount, height: bodyRows)
        fit(queueSelection, &queueTop, count: queueCount, height: max(1, bodyRows / 3))
    }

    /// Replaces the analysis (new data or a new as-of date), keeping cursors where they make sense.
    public mutating func replaceAnalysis(_ a: Analysis) {
        let queueKeep = queueItems.indices.contains(queueSelection) ? queueItems[queueSelection].id : nil
        analysis = a
        if a.knownBy == nil { today = a.end }
        refreshRows()
        if let queueKeep, let i = queueItems.firstIndex(where: { $0.id == queueKeep }) { queueSelection = i }
        queueSelection = max(0, min(queueSelection, queueItems.count - 1))
        if let p = detailProject, !a.projects.contains(where: { $0.id == p }) { detailProject = nil; if view == .detail { view = .list } }
        scrollIntoView()
    }
}

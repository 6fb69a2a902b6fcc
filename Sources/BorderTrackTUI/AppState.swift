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

    /// Where screens read the tracker: a large one page by page from the store (`StorePages`), a small one or
    /// an as-of view from a whole analysis in memory (`AnalysisPages`) — one path either way.
    public private(set) var pages: any TrackerPages
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
    /// How many rows the list shows with the current sort and filter.
    public internal(set) var listCount = 0
    /// The sort and filter `listCount` and the selection were computed for (the selection is kept on its
    /// project when they change).
    var countedQuery: ListQuery?
    public var listSelection = 0
    public var listTop = 0
    public var lastSearch = ""
    /// The queue's filter and sort (`AppState+Queue.swift`).
    public var queueQuery = QueueQuery()
    /// The last search's matches, in the view it was typed in (`AppState+Search.swift`).
    public var searchHits: SearchHits?

    public var detailProject: String?
    public var timelineCursor: Day?
    public var detailTop = 0
    /// The claim the detail's cursor is on (nil: none; ↓ selects the newest) — `AppState+ClaimCursor.swift`.
    public var selectedClaim: String?
    /// The claim view's scroll position, in lines.
    public var claimTop = 0
    public var queueSelection = 0
    public var queueTop = 0
    public var helpTop = 0

    public var prompt: Prompt?
    public var message: Message?
    /// The `:` line's earlier commands (loaded by the runner; ↑/↓ walk them).
    public var history = CommandHistory()
    /// The candidates of the last Tab in the `:` line (`AppState+Completion.swift`).
    public var completion: Completion?
    /// The command palette, when open (`AppState+Palette.swift`).
    public var palette: Palette?

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
    /// The claim the history view is narrowed to (nil: the whole project).
    public var historyClaim: String?
    /// The claims table and its frequency view (`AppState+Claims.swift`).
    public var claims = ClaimsState()
    /// The map view (`AppState+Map.swift`).
    public var map = MapState()
    /// The language everything on screen is said in.
    public var lang: Catalogue = .en

    /// A state showing a whole analysis held in memory.
    public init(analysis: Analysis, session: Session, rows: Int = 24, cols: Int = 80) {
        self.init(pages: AnalysisPages(analysis), session: session, rows: rows, cols: cols)
    }

    /// A state reading the tracker through `pages`.
    public init(pages: any TrackerPages, session: Session, rows: Int = 24, cols: Int = 80) {
        self.pages = pages; self.session = session; self.rows = rows; self.cols = cols
        today = pages.end
        refreshRows()
    }

    /// Where screens and forms look projects up.
    public var data: any TrackerLookup { pages }

    /// The whole analysis, when the tracker is held in memory (nil when it is read page by page).
    public var analysis: Analysis? { (pages as? AnalysisPages)?.analysis }

    /// The list's sort and filter.
    public var listQuery: ListQuery { ListQuery(sort: sort, descending: sortDescending, filter: filter) }

    /// The list row at a position.
    public func listRow(_ index: Int) -> ProjectSummary? {
        guard index >= 0, index < listCount else { return nil }
        return pages.listRow(listQuery, at: index)
    }

    /// How many discrepancies the queue shows with its filter (by default the open and acknowledged ones).
    public var queueCount: Int { pages.queueCount(queueQuery) }

    /// The queue entry at a position.
    public func queueItem(_ index: Int) -> Discrepancy? {
        guard index >= 0, index < queueCount else { return nil }
        return pages.queueItem(queueQuery, at: index)
    }

    /// Where a project is in the list; nil when the filter leaves it out.
    public func listPosition(of project: String) -> Int? { pages.listPosition(listQuery, of: project) }

    /// The summary of the selected list row.
    public var selectedSummary: ProjectSummary? { listRow(listSelection) }

    /// Rows available for a scrolling body (screen minus title, column header, status and prompt lines).
    public var bodyRows: Int { max(1, rows - 4) }

    /// Recounts the list after a change of data, filter or sort, keeping the selected project.
    public mutating func refreshRows() {
        recount(keeping: pages.listRow(countedQuery ?? listQuery, at: listSelection)?.project.id, queue: nil)
    }

    /// Counts the list again for the current sort and filter and puts the cursors back on the project and the
    /// discrepancy they were on, where those still are (else within the new counts); keeps them on screen.
    /// `searchAgain: false` (a change the user did not ask for, such as another editor's) forgets the search's
    /// matches instead of finding every one again — on a large tracker that reads every project's search text —
    /// and `n`/`N` find and count them afresh when pressed.
    mutating func recount(keeping project: String?, queue: Discrepancy?, searchAgain: Bool = true) {
        countedQuery = listQuery
        listCount = pages.listCount(listQuery)
        if let project, let i = pages.listPosition(listQuery, of: project) { listSelection = i }
        listSelection = max(0, min(listSelection, listCount - 1))
        if let queue, let i = pages.queuePosition(queueQuery, of: queue.id, project: queue.project) { queueSelection = i }
        queueSelection = max(0, min(queueSelection, queueCount - 1))
        if searchAgain { refreshSearchHits() } else { searchHits = nil }
        scrollIntoView()
        if view == .claims { recountClaims() }  // the table is counted again when it is next opened
        if view == .map { reloadMap() } else { map.sites = nil }  // read again when the map is next opened
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

    /// Shows a whole new analysis in memory (new data or a new as-of date), keeping cursors where they make sense.
    public mutating func replaceAnalysis(_ a: Analysis) {
        switchData(to: AnalysisPages(a))
    }

    /// Reads the tracker from another source (a whole analysis for an as-of view, the store's pages again
    /// for today), keeping the list and queue cursors on the same project and discrepancy where they still are.
    public mutating func switchData(to p: any TrackerPages) {
        let queueKeep = queueItem(queueSelection)
        let keep = selectedSummary?.project.id
        pages = p
        if p.knownBy == nil { today = p.end }
        if let d = detailProject, p.project(id: d) == nil { detailProject = nil; if view == .detail { view = .list } }
        recount(keeping: keep, queue: queueKeep)
    }
}

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

    public var analysis: Analysis
    public var session: Session
    /// Terminal size in cells.
    public var rows: Int
    public var cols: Int

    public var view: ViewID = .list
    /// Where `back` goes from help.
    public var previous: ViewID = .list

    public var filter = ProjectFilter()
    public var sort = SortColumn.discrepancies
    public var sortDescending = true
    /// The list's rows after filter and sort.
    public internal(set) var listRows: [ProjectSummary] = []
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
        refreshRows()
    }

    /// Open discrepancies (open or acknowledged), in queue order.
    public var queueItems: DiscrepancyQueue {
        analysis.openDiscrepancies
    }

    /// The summary of the selected list row.
    public var selectedSummary: ProjectSummary? {
        listRows.indices.contains(listSelection) ? listRows[listSelection] : nil
    }

    /// Rows available for a scrolling body (screen minus title, column header, status and prompt lines).
    public var bodyRows: Int { max(1, rows - 4) }

    /// Recomputes the list rows after a change of analysis, filter or sort, keeping the selected project.
    public mutating func refreshRows() {
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
        fit(listSelection, &listTop, count: listRows.count, height: bodyRows)
        fit(queueSelection, &queueTop, count: queueItems.count, height: max(1, bodyRows / 3))
    }

    /// Replaces the analysis (new data or a new as-of date), keeping cursors where they make sense.
    public mutating func replaceAnalysis(_ a: Analysis) {
        let queueKeep = queueItems.indices.contains(queueSelection) ? queueItems[queueSelection].id : nil
        analysis = a
        refreshRows()
        if let queueKeep, let i = queueItems.firstIndex(where: { $0.id == queueKeep }) { queueSelection = i }
        queueSelection = max(0, min(queueSelection, queueItems.count - 1))
        if let p = detailProject, !a.projects.contains(where: { $0.id == p }) { detailProject = nil; if view == .detail { view = .list } }
        scrollIntoView()
    }
}

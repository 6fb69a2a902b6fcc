import BorderTrackCore

/// A large tracker's rows, read from the store as screens need them instead of held in memory.
///
/// The list and the queue are windows onto the store's derived tables (indexed by every sort);
/// a project's timeline, claims and discrepancies are analysed when it is on screen. Implementations
/// cache what they read and are told to forget it when the store changes (`invalidate`).
public protocol TrackerPages: AnyObject, TrackerLookup, QueuePages {
    /// How many projects the list shows with this sort and filter.
    func listCount(_ q: ListQuery) -> Int
    /// The row at a position of the list.
    func listRow(_ q: ListQuery, at index: Int) -> ProjectSummary?
    /// Where a project is in the list; nil when the filter leaves it out.
    func listPosition(_ q: ListQuery, of project: String) -> Int?
    /// The first position at or after (`forward`) or at or before `index` whose project matches a
    /// lower-cased search text, without wrapping; nil when there is none.
    func listSearch(_ q: ListQuery, text: String, from index: Int, forward: Bool) -> Int?
    /// Every project id of the list, in order (for an export of what is shown).
    func listIDs(_ q: ListQuery) -> [String]
    /// How many discrepancies are open or acknowledged.
    var queueCount: Int { get }
    func queueItem(at index: Int) -> Discrepancy?
    /// The queue position of a discrepancy of `project`; nil when it is not in the queue.
    func queuePosition(of id: String, project: String) -> Int?
    /// Forgets what was read, after the store changed: these projects, or everything (nil).
    func invalidate(projects: [String]?)
    /// The last read that failed, said in the status line (nil when all is well).
    var lastError: String? { get }
    /// Gets ready to show the list around `index`, far from what was shown (a search's jump): a paged source
    /// reads that row by key, so the rows around it are read from it rather than counted from the top.
    func listReveal(_ q: ListQuery, at index: Int)
    /// The projects whose id or names (any script) a lower-cased text matches (`ProjectMatch.rank`): the best
    /// `limit` of them and how many match, for `:goto` and Tab completion; a paged source scans its search keys.
    func projectMatches(_ text: String, limit: Int) -> ProjectMatches
    /// The list's projects for the map, in list order: the located ones with their marker status
    /// (`MapMarker.status`), and those without coordinates.
    func mapSites(_ q: ListQuery) -> MapSites
}

extension TrackerPages {
    /// Nothing to do for a source that holds every row.
    public func listReveal(_ q: ListQuery, at index: Int) {}
}

/// The list's sort and filter, as a page source needs them.
public struct ListQuery: Hashable, Sendable {
    public var sort: SortColumn
    public var descending: Bool
    public var filter: ProjectFilter
    public init(sort: SortColumn, descending: Bool, filter: ProjectFilter) {
        self.sort = sort; self.descending = descending; self.filter = filter
    }
}

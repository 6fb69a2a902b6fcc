import BorderTrackCore

// What only some engines do, as protocols the engine adopts: callers ask `store as? any ChangeFeed`, never for a
// concrete engine. An engine without a capability is served by the plain contract (reload, read whole, rewrite).

/// An engine that can say what was written after a point of its audit chain (the UI reloads only those projects).
public protocol ChangeFeed: TrackerStore {
    /// The last audit entry's seq (0 when none).
    func auditHeadSeq() throws -> Int
    /// What the audit entries after `seq` changed.
    func changes(after seq: Int) throws -> StoreChanges
    /// How many claims were recorded after audit entry `seq`.
    func claimsRecorded(after seq: Int) throws -> Int
}

/// An engine that keeps each project's summary and the discrepancy queue in derived tables, so a large tracker's
/// screens read pages instead of a whole analysis.
public protocol DerivedSummaries: ChangeFeed {
    /// About how many projects the tracker holds (cheap).
    func projectCountEstimate() throws -> Int
    /// Whether the derived tables reflect the current data as of `today` with `options`.
    func derivedIsCurrent(today: Day, options: DiscrepancyDetector.Options) throws -> Bool
    /// Brings the derived tables up to date (the changed projects only, or a rebuild); `progress` sees a rebuild.
    func bringDerivedUpToDate(today: Day, progress: (@Sendable (Int, Int) -> Void)?) throws
    /// How many projects the query selects.
    func summaryCount(_ q: SummaryQuery) throws -> Int
    /// Summary rows at `offset` in the query's order.
    func summaryPage(_ q: SummaryQuery, offset: Int, limit: Int) throws -> [ProjectSummary]
    /// Summary rows after (or before) a known row, by key.
    func summaryPage(_ q: SummaryQuery, from project: String, before: Bool, limit: Int) throws -> [ProjectSummary]
    /// A project's position in the query's order (nil: not selected).
    func summaryPosition(_ q: SummaryQuery, of project: String) throws -> Int?
    /// The ids the query selects, in order.
    func summaryIDs(_ q: SummaryQuery) throws -> [String]
    /// One project's summary row.
    func summaryRow(of project: String) throws -> ProjectSummary?
    /// The query's search keys as one byte buffer.
    func summarySearchKeys(_ q: SummaryQuery) throws -> (ids: [String], keys: [UInt8], ends: [Int])
    /// Every project's id and names (`summary.search`, `Project.searchKey`) as one byte buffer, in name order:
    /// what `:goto` and completion look through (never the whole `project` table).
    func summaryNameKeys() throws -> (ids: [String], keys: [UInt8], ends: [Int])
    /// Queue entries at `offset` in queue order.
    func queuePage(offset: Int, limit: Int) throws -> [QueueRef]
    /// How many entries the queue holds.
    func queueCount() throws -> Int
    /// A discrepancy's position in the queue (nil: not queued).
    func queuePosition(of id: String, project: String?) throws -> Int?
    /// The project a queued discrepancy belongs to.
    func queueProject(of id: String) throws -> String?
    /// One project analysed from its own rows.
    func projectAnalysis(id: String, end: Day, options: DiscrepancyDetector.Options) throws -> ProjectAnalysis?
    /// Compares every derived row with a fresh analysis of the stored rows, for the day and options they were built for.
    func checkDerived() throws -> DerivedCheck
    /// Rewrites what a check found differing; returns how many projects were recomputed.
    @discardableResult func repairDerived(_ check: DerivedCheck) throws -> Int
    /// The queue's open and acknowledged discrepancies in queue order, narrowed to the given projects, kinds, severities
    /// and states (any when empty), handed to `each` as they are read; meaningful while `derivedIsCurrent`.
    func listQueue(projects: [String], kinds: [DiscrepancyKind], severities: [Severity], states: [FlagState],
                   _ each: (QueuedDiscrepancy) throws -> Void) throws
}

/// One entry of the discrepancy queue as the derived tables hold it.
public struct QueueRef: Hashable, Sendable {
    public let id: String
    public let project: String
    public init(id: String, project: String) { self.id = id; self.project = project }
}

/// An engine that streams the claims table as CSV straight from its stored rows (same bytes as `DatasetCSV`).
public protocol ClaimsCSVStreaming: TrackerStore {
    func writeClaimsCSV(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws
}

/// An engine the server tells about other connections' commits (no polling).
public protocol ChangeListening: TrackerStore {
    /// Calls `onChange` after another connection commits, until the returned handle is released.
    func listenForChanges(_ onChange: @escaping @Sendable () -> Void) throws -> AnyObject
}

/// An engine whose server grants the viewer, editor and admin roles.
public protocol RoleGranting: TrackerStore {
    /// Grants the roles on the tracker's schema.
    func applyRoles() throws
    /// The schema the tracker's tables live in.
    var rolesSchema: String { get }
}

/// An engine that reads the claims table (every live claim, with its source's tier and whether a later claim
/// supersedes it) page by page in any filter and sort, and counts a column's values with SQL `GROUP BY`.
public protocol ClaimsTable: TrackerStore {
    /// How many claims the query selects.
    func claimsCount(_ q: ClaimsQuery) throws -> Int
    /// Rows `offset ..< offset + limit` of the query, in its order.
    func claimsPage(_ q: ClaimsQuery, offset: Int, limit: Int) throws -> [ClaimRow]
    /// Up to `limit` rows right after (or, `before`, right ahead of) a known row, in the query's order: one index
    /// range from the row's key, however deep in the table.
    func claimsPage(_ q: ClaimsQuery, from row: ClaimRow, before: Bool, limit: Int) throws -> [ClaimRow]
    /// How many selected claims hold each value of a column, most frequent first.
    func claimsFrequency(_ q: ClaimsQuery, column: ClaimColumn) throws -> [ClaimFrequency]
}

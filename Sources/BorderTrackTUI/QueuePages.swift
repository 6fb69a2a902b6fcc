import BorderTrackCore

/// The queue with a filter and sort, and multi-word search of the list and the queue, as every page source
/// serves them (`AnalysisPages` from memory, `StorePages` from the derived tables) with the same answers.
public protocol QueuePages: AnyObject {
    /// How many discrepancies the query shows.
    func queueCount(_ q: QueueQuery) -> Int
    /// The entry at a position of the query's queue.
    func queueItem(_ q: QueueQuery, at index: Int) -> Discrepancy?
    /// Where a discrepancy is in the query's queue; nil when the query leaves it out.
    func queuePosition(_ q: QueueQuery, of id: String, project: String) -> Int?
    /// How many of the query's discrepancies are in each state.
    func queueStateCounts(_ q: QueueQuery) -> [FlagState: Int]
    /// The positions (ascending) of the query's entries a search matches: every word in the entry's id or
    /// kind, or its project's search text (`ProjectSearchText`).
    func queueMatches(_ q: QueueQuery, search: SearchQuery) -> [Int]
    /// The positions (ascending) of the list's rows a search matches: every word in the project's search text.
    func listMatches(_ q: ListQuery, search: SearchQuery) -> [Int]
}

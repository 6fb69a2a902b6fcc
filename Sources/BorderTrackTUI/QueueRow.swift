import BorderTrackCore

/// What the queue filters and sorts a discrepancy by, read alike from an analysis and from a store's derived queue.
public struct QueueRow: Hashable, Sendable {
    public let key: QueueKey
    public let project: String
    /// The kind's raw value.
    public let kind: String
    /// The flag state's raw value.
    public let state: String
    /// The last day (the analysis day while ongoing).
    public let to: Day

    public var id: String { key.id }

    public init(key: QueueKey, project: String, kind: String, state: String, to: Day) {
        self.key = key; self.project = project; self.kind = kind; self.state = state; self.to = to
    }

    public init(_ d: Discrepancy) {
        self.init(key: d.queueKey, project: d.project, kind: d.kind.rawValue, state: d.flag.state.rawValue, to: d.to)
    }

    /// Whether every word of a search occurs in the entry's id or kind, or its project's search text
    /// (`projectHas(word)` says whether the project's text holds the word).
    public func matches(_ search: SearchQuery, projectHas: (String) -> Bool) -> Bool {
        // Ids are lower-case as the detector and the flag command make them; another is lower-cased here.
        let lid = id.utf8.contains(where: { (65...90).contains($0) }) ? id.lowercased() : id
        return !search.isEmpty && search.words.allSatisfy { w in lid.contains(w) || kind.contains(w) || projectHas(w) }
    }
}

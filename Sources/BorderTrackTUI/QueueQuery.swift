import BorderTrackCore

/// The queue's filter and sort, as a page source needs them.
public struct QueueQuery: Hashable, Sendable {
    public var filter: QueueFilter
    public var sort: QueueSort
    public var descending: Bool

    public init(filter: QueueFilter = QueueFilter(), sort: QueueSort = .severity, descending: Bool = false) {
        self.filter = filter; self.sort = sort; self.descending = descending
    }

    /// Whether it is the plain queue: open and acknowledged discrepancies in queue order.
    public var isDefault: Bool { self == QueueQuery() }

    /// Sorts entries of this query in its order.
    public func sorted(_ rows: [QueueRow]) -> [QueueRow] {
        rows.sorted { sort.before($0, $1, descending: descending) }
    }
}

import BorderTrackCore

/// One entry of the derived discrepancy queue: its key (queue order), its project, and what
/// `bordertrack discrepancies` lists of it.
///
/// The stored primary key `(severity, minus_from, id)` is `key.columns`: ascending, it is the queue order
/// `QueueKey` defines (the SQL mirror of it, used by `ORDER BY` and the `queue_bucket` sums of every engine);
/// Swift code sorts by `key` itself.
public struct DerivedQueueRow: Equatable, Sendable {
    public var key: QueueKey
    public var project: String
    public var kind: String, state: String, to: Int, ongoing: Bool, explanation: String

    /// The `severity`, `minus_from` and `id` columns.
    public var severity: Int { key.columns.severity }
    public var minusFrom: Int { key.columns.minusFrom }
    public var id: String { key.id }

    public init(_ d: Discrepancy) {
        key = d.queueKey; project = d.project
        kind = d.kind.rawValue; state = d.flag.state.rawValue; to = d.to.ordinal; ongoing = d.ongoing; explanation = d.explanation
    }

    /// A stored row; nil when its severity column is no severity's rank.
    public init?(severity: Int, minusFrom: Int, id: String, project: String, kind: String, state: String, to: Int, ongoing: Bool,
                 explanation: String) {
        guard let key = QueueKey(severity: severity, minusFrom: minusFrom, id: id) else { return nil }
        self.key = key; self.project = project
        self.kind = kind; self.state = state; self.to = to; self.ongoing = ongoing; self.explanation = explanation
    }

    /// Puts queue entries in queue order (`QueueKey`), stable: of entries with equal keys the later stays later
    /// (a writer keeps the last).
    public static func sort(_ entries: inout [DerivedQueueRow]) {
        let order = QueueKey.order(entries.map(\.key))
        entries = order.map { entries[Int($0)] }
    }

    /// A project's open and acknowledged discrepancies as queue entries.
    public static func entries(_ part: ProjectAnalysis) -> [DerivedQueueRow] {
        part.discrepancies.filter(\.isOpen).map(DerivedQueueRow.init)
    }
}

import BorderTrackCore

/// The queue's sort columns; ties (and `severity` itself) fall back to the queue order (`QueueKey`).
public enum QueueSort: String, CaseIterable, Sendable {
    case severity, date, kind, project, state

    /// Whether the column sorts descending unless told otherwise (the newest first by date).
    public var descendingByDefault: Bool { self == .date }

    /// The column after this one (the `s` key).
    public var next: QueueSort { QueueSort.allCases[(QueueSort.allCases.firstIndex(of: self)! + 1) % QueueSort.allCases.count] }

    /// Whether `a` comes before `b`: the column (reversed when `descending`), then the queue order, then the project.
    public func before(_ a: QueueRow, _ b: QueueRow, descending: Bool) -> Bool {
        func primary(_ x: QueueRow, _ y: QueueRow) -> Bool? {
            switch self {
            case .severity: x.key.severity == y.key.severity ? nil : x.key.severity < y.key.severity
            case .date: x.key.from == y.key.from ? nil : x.key.from < y.key.from
            case .kind: x.kind == y.kind ? nil : x.kind < y.kind
            case .project: x.project == y.project ? nil : x.project < y.project
            case .state: x.state == y.state ? nil : QueueSort.rank(x.state) < QueueSort.rank(y.state)
            }
        }
        if let p = primary(a, b) { return p != descending }
        if a.key != b.key { return a.key < b.key }
        return a.project < b.project
    }

    /// A state's place in the workflow (open first).
    static func rank(_ state: String) -> Int { FlagState.allCases.firstIndex { $0.rawValue == state } ?? FlagState.allCases.count }
}

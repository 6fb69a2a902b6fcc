import BorderTrackCore

/// A discrepancy as a store's derived queue keeps it: what `bordertrack discrepancies` lists, without analysing.
public struct QueuedDiscrepancy: Equatable, Sendable {
    public let id: String
    public let severity: Severity
    public let kind: String
    public let project: String
    public let from: Day
    public let to: Day
    public let ongoing: Bool
    /// `open` or `acknowledged`.
    public let state: String
    public let explanation: String

    public init(id: String, severity: Severity, kind: String, project: String, from: Day, to: Day, ongoing: Bool, state: String,
                explanation: String) {
        self.id = id; self.severity = severity; self.kind = kind; self.project = project; self.from = from; self.to = to
        self.ongoing = ongoing; self.state = state; self.explanation = explanation
    }
}

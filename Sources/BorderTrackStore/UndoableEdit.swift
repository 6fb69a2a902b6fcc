import BorderTrackCore

/// One edit that `undo` can compensate, described for people.
public struct UndoableEdit: Equatable, Sendable {
    /// The audit entry of the edit.
    public let auditSeq: Int
    /// The audit action, e.g. `claim.add`, `flag.resolve`.
    public let action: String
    /// The project the edit is about, if any.
    public let project: String?
    /// What the edit did, e.g. `claim c-… (operational, Amur Life) on blagoveshchensk-heihe-road-bridge`.
    public let summary: String
    /// When the edit was recorded.
    public let at: Timestamp

    public init(auditSeq: Int, action: String, project: String?, summary: String, at: Timestamp) {
        self.auditSeq = auditSeq; self.action = action; self.project = project; self.summary = summary; self.at = at
    }
}

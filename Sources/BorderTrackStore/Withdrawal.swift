import BorderTrackCore

/// An append-only record that a claim or plan was recorded in error: the row stays, but no longer counts.
public struct Withdrawal: Hashable, Sendable {
    public let kind: WithdrawKind
    /// The id of the withdrawn claim or plan.
    public let target: String
    /// The project of the withdrawn row.
    public let project: String
    /// Why, as the editor said (nil when not given).
    public let reason: String?
    public let editor: String
    public let at: Timestamp

    public init(kind: WithdrawKind, target: String, project: String, reason: String?, editor: String, at: Timestamp) {
        self.kind = kind; self.target = target; self.project = project; self.reason = reason; self.editor = editor; self.at = at
    }
}

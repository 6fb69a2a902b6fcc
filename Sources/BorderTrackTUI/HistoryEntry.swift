/// One change in a project's history, as the history view shows it: who, when, what, before → after.
public struct HistoryEntry: Sendable, Equatable {
    /// One field that changed (`before` nil: added; `after` nil: removed).
    public struct Change: Sendable, Equatable {
        public let field: String
        public let before: String?
        public let after: String?
        public init(field: String, before: String?, after: String?) { self.field = field; self.before = before; self.after = after }
    }

    /// The audit entry's number.
    public let seq: Int
    /// UTC time, `YYYY-MM-DDTHH:MM:SSZ`.
    public let at: String
    public let editor: String
    /// `claim.add`, `flag.resolve`, `project.update`, `undo`, …
    public let action: String
    public let entityID: String
    /// The change in words, as `bordertrack project history` says it (`claim c1: operational full as of 2021-10-07
    /// (rg)`, `undoes entry 61: claim c2 withdrawn`); empty when there is none.
    public let summary: String
    public let changes: [Change]

    public init(seq: Int, at: String, editor: String, action: String, entityID: String, summary: String = "", changes: [Change]) {
        self.seq = seq; self.at = at; self.editor = editor; self.action = action; self.entityID = entityID
        self.summary = summary; self.changes = changes
    }
}

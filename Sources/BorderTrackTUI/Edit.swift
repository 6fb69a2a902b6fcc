import BorderTrackCore

/// A change an editor asked for, as a value: the runner writes it to the store in one transaction.
///
/// Built by a form from validated model values; the store stamps the editor and the time.
public enum Edit: Equatable, Sendable {
    /// A new claim (a correction when `claim.supersedes` is set).
    case addClaim(Claim)
    /// A new deadline entry.
    case addPlan(Plan)
    /// A new source (created inline from the claim form, or on its own).
    case addSource(Source)
    case addProject(Project)
    /// New descriptive fields for a project, refused if it no longer equals `expected`.
    case updateProject(Project, expected: Project)
    /// A flag event; `expectedLast` is the last event the editor saw (nil: none), for the stale-edit check.
    case flag(discrepancy: String, project: String, action: FlagAction, verdict: Verdict?, severity: Severity?,
              note: String, expectedLast: Int?)
    /// Withdraw a claim recorded in error: it stops counting and stays in the history (`reason` nil: none given).
    case withdrawClaim(id: String, project: String, reason: String?)
    /// Undo the editor's own last edit, the one shown in the prompt (its audit seq).
    case undo(expected: Int)

    /// A few words for the status line after it is saved.
    public var done: String {
        switch self {
        case .addClaim(let c): c.supersedes == nil ? "claim \(c.id) added" : "claim \(c.supersedes!) corrected by \(c.id)"
        case .addPlan(let p): "deadline \(p.id) added"
        case .addSource(let s): "source \(s.id) added"
        case .addProject(let p): "project \(p.id) added"
        case .updateProject(let p, _): "project \(p.id) updated"
        case .flag(let d, _, let a, _, _, _, _):
            switch a {
            case .add: "flag \(d) raised"
            case .ack: "\(d) acknowledged"
            case .resolve: "\(d) resolved"
            case .reopen: "\(d) reopened"
            case .withdraw: "flag \(d) withdrawn"
            }
        case .withdrawClaim(let id, _, _): "claim \(id) withdrawn (it stays in the history)"
        case .undo: "undone"
        }
    }
}

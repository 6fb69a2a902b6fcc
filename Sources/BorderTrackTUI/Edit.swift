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
    public var done: String { done(in: .en) }

    /// What the status line says once the edit is saved, in `lang`.
    public func done(in lang: Catalogue) -> String {
        switch self {
        case .addClaim(let c): c.supersedes.map { lang("ui.message.done.corrected", $0, c.id) } ?? lang("ui.message.done.claim", c.id)
        case .addPlan(let p): lang("ui.message.done.plan", p.id)
        case .addSource(let s): lang("ui.message.done.source", s.id)
        case .addProject(let p): lang("ui.message.done.project", p.id)
        case .updateProject(let p, _): lang("ui.message.done.project-updated", p.id)
        case .flag(let d, _, let a, _, _, _, _):
            switch a {
            case .add: lang("ui.message.done.flag", d)
            case .ack: lang("ui.message.done.ack", d)
            case .resolve: lang("ui.message.done.resolve", d)
            case .reopen: lang("ui.message.done.reopen", d)
            case .withdraw: lang("ui.message.done.flag-withdrawn", d)
            }
        case .withdrawClaim(let id, _, _): lang("ui.message.done.withdrawn", id)
        case .undo: lang["ui.message.done.undo"]
        }
    }
}

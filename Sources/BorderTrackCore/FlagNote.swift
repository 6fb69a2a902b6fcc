/// What the editors' flags say of a discrepancy the data does not show (a flag raised by hand, or one the data
/// no longer bears out): the explanation of such a discrepancy, in any language.
public enum FlagNote: Hashable, Sendable {
    /// Raised by an editor on a day, with the editor's note (which stays as written).
    case raised(editor: String, day: Day, note: String)
    /// Was acknowledged or resolved (with the verdict's choice) by an editor; the data no longer shows it.
    case obsolete(was: FlagState, verdict: String?, editor: String?)

    /// "Raised by ana on 2024-03-01: …"; "Was resolved (verdict: local) by ana; the data no longer shows this discrepancy."
    public func text(in lang: Catalogue) -> String {
        switch self {
        case let .raised(editor, day, note):
            return lang("explain.raised", editor, day, note)
        case let .obsolete(was, verdict, editor):
            let who = editor ?? "?"
            guard was == .resolved else { return lang("explain.obsolete.acknowledged", who) }
            return verdict.map { lang("explain.obsolete.verdict", who, $0) } ?? lang("explain.obsolete.resolved", who)
        }
    }
}

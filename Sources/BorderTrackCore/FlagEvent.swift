/// What an editor did to a discrepancy flag.
public enum FlagAction: String, CaseIterable, Sendable, Codable {
    /// Raise a manual flag on a project.
    case add
    /// Seen; being looked into.
    case ack
    /// Settled, with a verdict on who was right.
    case resolve
    /// Opened again after an acknowledgement or resolution.
    case reopen
    /// A manual flag raised in error is taken back (written by `undo` of its `add`): it leaves the queue.
    case withdraw
}

/// Whose account a resolved discrepancy proved right, in the terms of what it compares: the official or
/// the local account (a status conflict, a lag), the sources of one country (a cross-border
/// contradiction), one source (an official split, or local sources of one side), or both or neither.
///
/// Stored as text: `official`, `local`, `both`, `neither`, `country:RU`, `source:xinhua`. Verdicts
/// stored before countries and sources could be named are `official`/`local` and keep their meaning:
/// the claims of the other perspective lose (on a discrepancy whose claims are all of one perspective
/// such a verdict judges none of them).
public enum Verdict: Hashable, Sendable, RawRepresentable {
    case official, local, both, neither
    /// The sources of this country were right (ISO code).
    case country(String)
    /// This source was right (source id).
    case source(String)

    public init?(rawValue: String) {
        switch rawValue {
        case "official": self = .official
        case "local": self = .local
        case "both": self = .both
        case "neither": self = .neither
        default:
            if rawValue.hasPrefix("country:"), let c = try? Validate.country(String(rawValue.dropFirst(8)), field: "verdict") {
                self = .country(c)
            } else if rawValue.hasPrefix("source:"), Validate.isSlug(String(rawValue.dropFirst(7))) {
                self = .source(String(rawValue.dropFirst(7)))
            } else {
                return nil
            }
        }
    }

    public var rawValue: String {
        switch self {
        case .official: "official"
        case .local: "local"
        case .both: "both"
        case .neither: "neither"
        case .country(let c): "country:\(c)"
        case .source(let s): "source:\(s)"
        }
    }

    /// The word an editor types or picks: `official`, `local`, `both`, `neither`, a country code (`RU`) or
    /// a source id.
    public var choice: String {
        switch self {
        case .country(let c): c
        case .source(let s): s
        default: rawValue
        }
    }

    /// The verdict an editor's word names, among `choices` (a source id that is also a keyword is taken as
    /// the keyword).
    public static func chosen(_ word: String, among choices: [Verdict]) -> Verdict? {
        choices.first { $0.choice == word } ?? Verdict(rawValue: word).flatMap { choices.contains($0) ? $0 : nil }
    }
}

/// The state of a discrepancy in the editors' workflow.
public enum FlagState: String, CaseIterable, Sendable, Codable {
    case open, acknowledged, resolved
    /// Resolved once, but the data no longer supports the discrepancy.
    case obsolete

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// One append-only entry in a discrepancy's workflow history.
public struct FlagEvent: Hashable, Sendable {
    /// Order of recording (assigned by the store; 0 before it is stored).
    public let seq: Int
    /// The discrepancy id (or a manual flag's id).
    public let discrepancy: String
    public let project: String
    public let action: FlagAction
    public let verdict: Verdict?
    /// For manual flags: how much it matters.
    public let severity: Severity?
    public let note: String
    public let editor: String
    public let at: Timestamp

    public init(seq: Int = 0, discrepancy: String, project: String, action: FlagAction, verdict: Verdict? = nil,
                severity: Severity? = nil, note: String = "", editor: String, at: Timestamp) {
        self.seq = seq; self.discrepancy = discrepancy; self.project = project; self.action = action
        self.verdict = verdict; self.severity = severity; self.note = note; self.editor = editor; self.at = at
    }
}

/// The workflow state of one discrepancy, folded from its events.
public struct FlagStatus: Hashable, Sendable {
    public var state: FlagState
    public var verdict: Verdict?
    public var note: String
    public var editor: String?
    public var at: Timestamp?
    /// The seq of the last event, for stale-edit checks.
    public var lastEvent: Int?
    /// Whether the flag was withdrawn (a manual flag raised in error); a withdrawn flag is not shown.
    public var withdrawn = false

    public static let open = FlagStatus(state: .open, verdict: nil, note: "", editor: nil, at: nil, lastEvent: nil)

    /// Folds events (in seq order) of one discrepancy into its status.
    public static func fold(_ events: [FlagEvent]) -> FlagStatus {
        var s = FlagStatus.open
        for e in events {
            switch e.action {
            case .add, .reopen: s.state = .open; s.verdict = nil; s.withdrawn = false
            case .ack: s.state = .acknowledged; s.verdict = nil
            case .resolve: s.state = .resolved; s.verdict = e.verdict
            case .withdraw: s.state = .open; s.verdict = nil; s.withdrawn = true
            }
            s.note = e.note; s.editor = e.editor; s.at = e.at; s.lastEvent = e.seq
        }
        return s
    }
}

/// A flag status other than plain open, shared by the copies of a discrepancy.
final class FlagBox: Sendable {
    let status: FlagStatus
    init(status: FlagStatus) { self.status = status }
}

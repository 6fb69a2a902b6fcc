/// The kinds of disagreement the tracker finds.
public enum DiscrepancyKind: String, CaseIterable, Sendable, Codable {
    /// Official and local perspectives give different statuses over the same period.
    case statusConflict = "status-conflict"
    /// An announced target for the same milestone moved later twice or more, or by 12 months or more.
    case deadlineSlip = "deadline-slip"
    /// Sources of the two countries give different statuses over the same period.
    case crossBorder = "cross-border"
    /// Official sources on the same side disagree among themselves.
    case officialSplit = "official-split"
    /// A perspective's status went back down the lifecycle without a suspension or cancellation.
    case regression
    /// The official status has not changed for a long time while local claims show movement.
    case staleOfficial = "stale-official"
    /// Raised by an editor.
    case manual

    /// The short prefix of ids of this kind.
    public var idPrefix: String {
        switch self {
        case .statusConflict: "sc"
        case .deadlineSlip: "ds"
        case .crossBorder: "xb"
        case .officialSplit: "os"
        case .regression: "rg"
        case .staleOfficial: "so"
        case .manual: "mf"
        }
    }

    /// The kind an id belongs to, by its prefix.
    public static func of(id: String) -> DiscrepancyKind? {
        allCases.first { id.hasPrefix($0.idPrefix + "-") }
    }

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How much a discrepancy matters.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case critical, major, minor

    /// critical < major < minor in sort order (most severe first).
    public static func < (a: Severity, b: Severity) -> Bool { a.order < b.order }
    var order: Int { self == .critical ? 0 : (self == .major ? 1 : 2) }

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The spec's severity of two differing statuses; nil when they agree.
    ///
    /// critical: one side says operational and the other does not, or ranks differ by 2+;
    /// major: ranks differ by 1, or one side is suspended/cancelled and the other not (or both, differently);
    /// minor: both operational with different scopes. A missing scope agrees with any scope.
    public static func of(_ a: Status, _ sa: Scope?, _ b: Status, _ sb: Scope?) -> Severity? {
        if a == b {
            if a == .operational, let sa, let sb, sa != sb { return .minor }
            return nil
        }
        if a == .operational || b == .operational { return .critical }
        if let ra = a.rank, let rb = b.rank { return abs(ra - rb) >= 2 ? .critical : .major }
        return .major
    }
}

/// One account in a discrepancy: who says what, and the claims behind it.
public struct DiscrepancySide: Hashable, Sendable {
    /// `official`, `local`, a country code, or a source id.
    public let label: String
    public let status: Status?
    public let scope: Scope?
    public let claims: [String]

    public init(label: String, status: Status?, scope: Scope?, claims: [String]) {
        self.label = label; self.status = status; self.scope = scope; self.claims = claims
    }
}

/// A disagreement the tracker found (or an editor raised), with the claims that prove it.
public struct Discrepancy: Hashable, Sendable, Identifiable {
    /// Stable across runs and additions of unrelated claims: kind prefix and a hash of what anchors it.
    public let id: String
    public let project: String
    public let kind: DiscrepancyKind
    public let severity: Severity
    public let from: Day
    /// Last day (inclusive); the analysis date while `ongoing`.
    public let to: Day
    public let ongoing: Bool
    /// The accounts compared (two for conflicts; for deadline slips, none).
    public let sides: [DiscrepancySide]
    /// Perspective statuses in force when the discrepancy began (context for every kind).
    public let official: DiscrepancySide
    public let local: DiscrepancySide
    /// Every claim cited as evidence.
    public let claims: [String]
    /// Plan entries cited (deadline slips).
    public let plans: [String]
    /// One sentence a reader understands without the tool.
    public let explanation: String
    /// The editors' workflow state.
    public var flag: FlagStatus

    public init(id: String, project: String, kind: DiscrepancyKind, severity: Severity, from: Day, to: Day, ongoing: Bool,
                sides: [DiscrepancySide], official: DiscrepancySide, local: DiscrepancySide, claims: [String],
                plans: [String] = [], explanation: String, flag: FlagStatus = .open) {
        self.id = id; self.project = project; self.kind = kind; self.severity = severity; self.from = from; self.to = to
        self.ongoing = ongoing; self.sides = sides; self.official = official; self.local = local; self.claims = claims
        self.plans = plans; self.explanation = explanation; self.flag = flag
    }

    /// Queue order: severity, then start date (newest first), then id.
    public static func queueOrder(_ a: Discrepancy, _ b: Discrepancy) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.from != b.from { return a.from > b.from }
        return a.id < b.id
    }
}

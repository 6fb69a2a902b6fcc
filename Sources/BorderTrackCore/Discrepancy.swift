/// The kinds of disagreement the tracker finds.
public enum DiscrepancyKind: String, CaseIterable, Sendable, Codable {
    /// Official and local accounts that cannot all be true (a story may also span the two countries).
    case statusConflict = "status-conflict"
    /// An announced target for the same milestone moved later twice or more, or by 12 months or more.
    case deadlineSlip = "deadline-slip"
    /// Sources of two countries that cannot all be true, within one perspective.
    case crossBorder = "cross-border"
    /// Official sources on the same side that cannot all be true.
    case officialSplit = "official-split"
    /// Claims of one perspective on one side (or of one source) that cannot all be true.
    case regression
    /// No official word for a long time while local sources report another stage (a lag, not a conflict).
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
///
/// A few words each: the sides, cited claims and plans, and the explanation are built on access from
/// the project's shared evidence (see `DiscrepancyEvidence`), and the flag is boxed unless open.
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
    /// What it cites, and where in it (`evidence.records[slot]`).
    let evidence: DiscrepancyEvidence
    let slot: Int32
    /// The flag when it is not plain open.
    private var flagBox: FlagBox?

    /// The accounts compared (two for conflicts; for deadline slips, none).
    public var sides: [DiscrepancySide] { evidence.sides(slot) }
    /// Perspective statuses in force when the discrepancy began (context for every kind).
    public var official: DiscrepancySide { evidence.official(slot) }
    public var local: DiscrepancySide { evidence.local(slot) }
    /// Every claim cited as evidence.
    public var claims: [String] { evidence.claimIDs(slot) }
    /// Plan entries cited (deadline slips).
    public var plans: [String] { evidence.planIDs(slot) }
    /// What the disagreement spans: `official-local`, `cross-border`, `within-official`,
    /// `within-local`, `within-source` (empty for deadline slips and editors' flags).
    public var spans: [String] { evidence.spans(slot) }
    /// The verdicts an editor may give when resolving it: the parties it compares (`official`/`local`, the
    /// countries of a cross-border contradiction, the sources of a split), then `both` and `neither`.
    public var verdictChoices: [Verdict] { evidence.verdictChoices(slot) }
    /// One sentence a reader understands without the tool (in English: `explanation(in: .en)`).
    public var explanation: String { evidence.explanation(slot) }

    /// The explanation in `lang`: a sentence of the language, with source names, dates and ids as stored. A discrepancy
    /// given with its text (made by hand, or read back from a store's queue) keeps that text, unless it was made from
    /// the editors' flags (`FlagNote`), which are said in any language.
    public func explanation(in lang: Catalogue) -> String { evidence.explanation(slot, in: lang) }

    /// The editors' workflow state.
    public var flag: FlagStatus {
        get { flagBox?.status ?? .open }
        set { flagBox = newValue == .open ? nil : FlagBox(status: newValue) }
    }

    public init(id: String, project: String, kind: DiscrepancyKind, severity: Severity, from: Day, to: Day, ongoing: Bool,
                sides: [DiscrepancySide], official: DiscrepancySide, local: DiscrepancySide, claims: [String],
                plans: [String] = [], explanation: String, flag: FlagStatus = .open, note: FlagNote? = nil) {
        let given = DiscrepancyEvidence.Given(sides: sides, official: official, local: local, claims: claims, plans: plans,
                                              explanation: explanation, note: note)
        self.init(id: id, project: project, kind: kind, severity: severity, from: from, to: to, ongoing: ongoing,
                  evidence: DiscrepancyEvidence(given: given), slot: 0)
        self.flag = flag
    }

    /// A discrepancy whose sides and explanation are `evidence.records[slot]`.
    init(id: String, project: String, kind: DiscrepancyKind, severity: Severity, from: Day, to: Day, ongoing: Bool,
         evidence: DiscrepancyEvidence, slot: Int32) {
        self.id = id; self.project = project; self.kind = kind; self.severity = severity; self.from = from; self.to = to
        self.ongoing = ongoing; self.evidence = evidence; self.slot = slot
    }

    /// Equal when every public field is: the lazily built ones are built and compared.
    public static func == (a: Discrepancy, b: Discrepancy) -> Bool {
        a.id == b.id && a.project == b.project && a.kind == b.kind && a.severity == b.severity && a.from == b.from
            && a.to == b.to && a.ongoing == b.ongoing && a.flag == b.flag && a.sides == b.sides && a.official == b.official
            && a.local == b.local && a.claims == b.claims && a.plans == b.plans && a.explanation == b.explanation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id); hasher.combine(project); hasher.combine(kind); hasher.combine(severity)
        hasher.combine(from); hasher.combine(to); hasher.combine(ongoing); hasher.combine(flag)
    }

    // Queue order: `queueKey` and `queueOrder` (QueueKey.swift).
}

/// A source's reliability on the Admiralty (NATO) scale: A completely reliable … E unreliable, F cannot be judged.
///
/// Graded apart from what any one claim says (`Credibility`): a reliable source can be wrong once, and an
/// unknown one right. F is not a low grade but the absence of one: too little of the source's record has
/// been tested to judge it.
public enum SourceGrade: String, CaseIterable, Sendable, Comparable, Codable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F"

    /// The scale's words for the grade.
    public var meaning: String {
        switch self {
        case .a: "completely reliable"
        case .b: "usually reliable"
        case .c: "fairly reliable"
        case .d: "not usually reliable"
        case .e: "unreliable"
        case .f: "cannot be judged"
        }
    }

    /// How much a claim of a source with this grade weighs in the assessment's fit. A source that cannot be
    /// judged weighs between fairly and not usually reliable: unknown, not discredited.
    public var weight: Double {
        switch self {
        case .a: 1.0
        case .b: 0.85
        case .c: 0.7
        case .d: 0.4
        case .e: 0.2
        case .f: 0.55
        }
    }

    /// A before B … before F.
    public static func < (x: SourceGrade, y: SourceGrade) -> Bool { x.rawValue < y.rawValue }

    /// The allowed values, for error messages.
    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a grade letter (`A`…`F`, either case).
    public init(parsing text: String) throws(AssessmentError) {
        guard let g = SourceGrade(rawValue: text.uppercased()) else {
            throw .invalid(field: "grade", value: text, expected: "one of \(SourceGrade.allowed)")
        }
        self = g
    }
}

/// An editor's grade for a source, with the reason for it: it overrides the computed grade (both are shown).
public struct GradeOverride: Hashable, Sendable {
    public let grade: SourceGrade
    public let reason: String
    public let editor: String?

    /// Creates an override; the reason is required.
    public init(grade: SourceGrade, reason: String, editor: String? = nil) throws(AssessmentError) {
        let r = String(reason.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard !r.isEmpty else {
            throw .invalid(field: "reason", value: reason, expected: "a reason for setting the grade by hand (it is shown beside it)")
        }
        self.grade = grade; self.reason = r; self.editor = editor
    }
}

/// How credible one item of information is on the Admiralty (NATO) scale: 1 confirmed by other independent
/// sources … 5 improbable, 6 cannot be judged.
///
/// Graded apart from its source's reliability (`SourceGrade`): it depends on what the other claims about the
/// project say — independent corroboration, contradiction, an editor's verdict.
public enum Credibility: Int, CaseIterable, Sendable, Comparable, Codable {
    case confirmed = 1, probable, possible, doubtful, improbable, unjudged

    /// The scale's words for the grade.
    public var meaning: String {
        switch self {
        case .confirmed: "confirmed by other independent sources"
        case .probable: "probably true"
        case .possible: "possibly true"
        case .doubtful: "doubtful"
        case .improbable: "improbable"
        case .unjudged: "cannot be judged"
        }
    }

    /// 1 before 2 … before 6.
    public static func < (x: Credibility, y: Credibility) -> Bool { x.rawValue < y.rawValue }
}

/// A grade in the Admiralty form: the source's reliability and the information's credibility, `B2`.
public struct AssessmentGrade: Hashable, Sendable, CustomStringConvertible {
    public let reliability: SourceGrade
    public let credibility: Credibility

    public init(_ reliability: SourceGrade, _ credibility: Credibility) {
        self.reliability = reliability; self.credibility = credibility
    }

    /// `B2`.
    public var description: String { reliability.rawValue + String(credibility.rawValue) }

    /// "usually reliable source, probably true".
    public var meaning: String { "\(reliability.meaning) source, \(credibility.meaning)" }
}

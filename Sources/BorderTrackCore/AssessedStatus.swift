/// An assessment's headline as the project list shows, sorts and filters it: the assessed stage, since when,
/// and its grade (`completed since 2019-11-28, F2`).
///
/// Stored in the derived summaries beside the official and local statuses; the reasons (supporting and
/// discounted claims) are computed again when a project is opened.
public struct AssessedStatus: Hashable, Sendable {
    public let status: Status
    public let scope: Scope?
    /// The date of the first claim that carries the status.
    public let since: PartialDate?
    public let grade: AssessmentGrade

    public init(status: Status, scope: Scope?, since: PartialDate?, grade: AssessmentGrade) {
        self.status = status; self.scope = scope; self.since = since; self.grade = grade
    }

    /// "operational (cargo)", as the lanes write a status with its scope.
    public var statusText: String { scope.map { "\(status.rawValue) (\($0.rawValue))" } ?? status.rawValue }
}

extension AssessmentGrade {
    /// Parses the Admiralty form `B2` (a reliability letter A–F and a credibility digit 1–6).
    public init?(parsing text: String) {
        guard text.count == 2, let r = SourceGrade(rawValue: String(text.prefix(1)).uppercased()),
              let n = Int(String(text.suffix(1))), let c = Credibility(rawValue: n) else { return nil }
        self.init(r, c)
    }
}

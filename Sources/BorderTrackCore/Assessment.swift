/// The analyst's answer for one project on one day: the stage the evidence best supports and since when,
/// graded, with the claims that carry it and the claims discounted, each with why.
///
/// An assessment is an estimate, not a verdict: it never replaces an editor's resolution of a discrepancy
/// (a resolved verdict decides the claims it covers before the fit weighs the rest).
public struct Assessment: Hashable, Sendable {
    /// A claim the assessment does not believe, and why.
    public struct Discounted: Hashable, Sendable {
        public let claim: String
        /// Why, as facts (`reason(in:)` says it).
        public let why: DiscountReason
        /// "contradicted by 2 later independent local sources" (`reason(in: .en)`).
        public var reason: String { why.text(in: .en) }
        public init(claim: String, reason: String) { self.claim = claim; self.why = .text(reason) }
        public init(claim: String, why: DiscountReason) { self.claim = claim; self.why = why }
        /// Why, in `lang`: "опровергается 2 более поздними независимыми местными источниками".
        public func reason(in lang: Catalogue) -> String { why.text(in: lang) }

        /// Equal when they name the same claim for the same reason as English says it (a reason given as text
        /// equals the facts it words).
        public static func == (a: Discounted, b: Discounted) -> Bool { a.claim == b.claim && a.reason == b.reason }
        public func hash(into hasher: inout Hasher) { hasher.combine(claim); hasher.combine(reason) }
    }

    public let project: String
    /// The day assessed.
    public let day: Day
    /// The assessed status; `nil` when no claim about the whole project counts on the day.
    public let status: Status?
    /// For an operational transport project: what it is in service for, when known.
    public let scope: Scope?
    /// The date of the first claim that carries the status in its current run (in this episode: a reopening
    /// starts a new one).
    public let since: PartialDate?
    /// Reliability of the best source carrying it and the best credibility among its claims; `nil` without a status.
    public let grade: AssessmentGrade?
    /// Ids of the claims that carry the status, in the order they came in.
    public let supporting: [String]
    /// Claims the assessment does not believe, in lane order, each with why.
    public let discounted: [Discounted]
    /// The assessed path up to the day, one step per change of stage (the detail's assessed lane).
    public let path: [Step]
    /// The section (a country code among the project's `countries`) this assessment is of; `nil` for the whole project.
    public let section: String?
    /// For the whole project: the assessment of each section that claims name (issue 10), in the order of the
    /// project's `countries` — the same method on the section's claims and the claims about the whole project.
    /// Empty when no claim names a section, and for a section's own assessment.
    public let sections: [Assessment]

    /// One step of the assessed path: the stage from a day until the next step.
    public struct Step: Hashable, Sendable {
        public let status: Status
        public let scope: Scope?
        public let from: Day
        public init(status: Status, scope: Scope?, from: Day) { self.status = status; self.scope = scope; self.from = from }
    }

    public init(project: String, day: Day, status: Status?, scope: Scope?, since: PartialDate?, grade: AssessmentGrade?,
                supporting: [String], discounted: [Discounted], path: [Step] = [], section: String? = nil, sections: [Assessment] = []) {
        self.project = project; self.day = day; self.status = status; self.scope = scope; self.since = since
        self.grade = grade; self.supporting = supporting; self.discounted = discounted; self.path = path
        self.section = section; self.sections = sections
    }

    /// The same assessment with its sections' assessments.
    func with(sections: [Assessment]) -> Assessment {
        Assessment(project: project, day: day, status: status, scope: scope, since: since, grade: grade, supporting: supporting,
                   discounted: discounted, path: path, section: section, sections: sections)
    }

    /// The headline the project list shows and sorts by; nil without a status.
    public var headline: AssessedStatus? {
        guard let status, let grade else { return nil }
        return AssessedStatus(status: status, scope: scope, since: since, grade: grade)
    }

    /// "operational (cargo)", "completed", "-" without a status.
    public var statusText: String {
        guard let status else { return "-" }
        return scope.map { "\(status.rawValue) (\($0.rawValue))" } ?? status.rawValue
    }

    /// "operating for cargo since 2022-06-10 (F2)"; "no claims about the whole project" (or "about section CN")
    /// without a status.
    public var summary: String { summary(in: .en) }

    /// The summary in `lang`: "открыт для грузового движения с 2022-06-10 (F2)", "自2022-06-10起已开通货运（F2）".
    public func summary(in lang: Catalogue) -> String {
        guard let status else { return section.map { lang("assess.summary.none.section", $0) } ?? lang["assess.summary.none"] }
        var what: String
        if status == .operational {
            switch scope {
            case .cargo?: what = lang["assess.summary.cargo"]
            case .passenger?: what = lang["assess.summary.passenger"]
            case .full?: what = lang["assess.summary.full"]
            case nil: what = lang["assess.summary.operational"]
            }
        } else {
            what = lang.phrase(status, nil)
        }
        if let since { what = lang("assess.summary.since", what, since) }
        return grade.map { lang("assess.summary.grade", what, $0) } ?? what
    }
}

/// The whole analysis assessed: every source graded from its track record (editors' grades overriding) and every
/// project's summary given its assessed status, so an in-memory list shows the ASSESSED column as the derived
/// summaries do.
extension Analysis {
    /// Grades the sources and fills every summary's `assessed`; `update` keeps them current afterwards.
    public mutating func assess(overrides: [String: GradeOverride] = [:]) {
        let assessor = Assessor(analysis: self, overrides: overrides)
        grades = assessor.reliability.mapValues(\.grade)
        gradeOverrides = overrides
        for a in assessor.assessAll() {
            if let at = positions[a.project] { summaries[at].assessed = a.headline }
        }
        isAssessed = true
    }

    /// Grades the sources again from the whole analysis and refreshes every summary's assessed status (after
    /// `update`, which keeps the grades as they were: a small tracker calls this after each change).
    public mutating func regrade() {
        assess(overrides: gradeOverrides)
    }

    /// One project's assessment with the grades in force (all F before `assess(overrides:)`), path and reasons included.
    public func assessment(of project: String) -> Assessment? {
        guard let p = self.project(id: project) else { return nil }
        return AssessmentFit(project: p, claims: claimsByProject[project] ?? [], sources: sources, end: end,
                             grade: { self.grades[$0] ?? .f }, judgments: judgmentsOf(project))
            .assessment(project: project, day: end, grade: { self.grades[$0] ?? .f })
    }

    /// The verdicts of one project's resolved discrepancies, by claim id.
    func judgmentsOf(_ project: String) -> [String: ClaimJudgment] {
        ClaimJudgment.judgments(of: discrepancies(of: project), claims: claimsByProject[project] ?? [], sources: sources)
    }
}

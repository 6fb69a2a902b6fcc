/// One project's part of the assessment, from its own analysis: the verdicts of its resolved discrepancies, what
/// its claims add to their sources' track records, and its assessed status given the sources' grades.
///
/// What a store keeps current per project (the derived summaries): the same functions `Assessor` runs over a
/// whole analysis, so both give the same assessment for the same grades.
extension ProjectAnalysis {
    /// The verdicts of the project's resolved discrepancies, by claim id.
    public func judgments(sources: [String: Source]) -> [String: ClaimJudgment] {
        ClaimJudgment.judgments(of: discrepancies, claims: claims, sources: sources)
    }

    /// What the project's counted claims add to their sources' track records, by source id.
    public func tallies(sources: [String: Source], end: Day, judgments known: [String: ClaimJudgment]? = nil) -> [String: SourceTally] {
        guard !claims.isEmpty else { return [:] }
        return SourceReliability.tallies(project: summary.project, claims: claims, sources: sources, end: end,
                                         judgments: known ?? judgments(sources: sources))
    }

    /// The project's assessment on `end` with the sources' grades given by `grade`.
    public func assessment(sources: [String: Source], end: Day, grade: (String) -> SourceGrade,
                           judgments known: [String: ClaimJudgment]? = nil) -> Assessment {
        AssessmentFit(project: summary.project, claims: claims, sources: sources, end: end, grade: grade,
                      judgments: known ?? judgments(sources: sources))
            .assessment(project: summary.project.id, day: end, grade: grade)
    }
}

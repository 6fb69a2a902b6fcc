/// Assesses projects on the analysis day: grades every source from its track record (editors' grades
/// overriding), then fits each project's claims into the stage path the most credible, most independent
/// evidence supports (`AssessmentFit`).
///
/// Pure: the same analysis and overrides give the same assessments. With an as-of analysis, grades and
/// assessments use only what was known by that day.
public struct Assessor: Sendable {
    public let analysis: Analysis
    /// Every source's reliability, by source id.
    public let reliability: [String: SourceReliability]
    /// Verdicts by claim id.
    public let judgments: [String: ClaimJudgment]

    /// Grades the sources of `analysis`; `overrides` are editors' grades by source id.
    public init(analysis: Analysis, overrides: [String: GradeOverride] = [:]) {
        self.analysis = analysis
        judgments = analysis.claimJudgments()
        reliability = SourceReliability.all(in: analysis, judgments: judgments, overrides: overrides)
    }

    /// The grade in force for a source (F for a source the tracker does not list).
    public func grade(of source: String) -> SourceGrade { reliability[source]?.grade ?? .f }

    /// The assessment of one project on the analysis day.
    public func assess(project id: String) throws(AssessmentError) -> Assessment {
        guard let project = analysis.project(id: id) else { throw .unknownProject(id) }
        return fit(project).assessment(project: id, day: analysis.end, grade: grade(of:))
    }

    /// Every listed project's assessment, in listing order (a project listed twice, once).
    public func assessAll() -> [Assessment] {
        var seen = Set<String>()
        let projects = analysis.projects.filter { seen.insert($0.id).inserted }
        return Parallel.map(projects.count) { fit(projects[$0]).assessment(project: projects[$0].id, day: analysis.end, grade: grade(of:)) }
    }

    /// Each counted claim of a project about the whole project with its credibility, in lane order.
    public func credibility(project id: String) throws(AssessmentError) -> [(claim: String, credibility: Credibility)] {
        guard let project = analysis.project(id: id) else { throw .unknownProject(id) }
        let f = fit(project)
        return f.points.indices.map { (f.claims[f.points[$0].k].id, f.credibility[$0]) }
    }

    func fit(_ project: Project) -> AssessmentFit {
        AssessmentFit(project: project, claims: analysis.claimsByProject[project.id] ?? [], sources: analysis.sources,
                      end: analysis.end, grade: grade(of:), judgments: judgments)
    }
}

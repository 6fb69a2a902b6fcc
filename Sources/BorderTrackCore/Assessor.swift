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

    /// The assessment of one project on the analysis day, with its sections' (`Assessment.sections`).
    public func assess(project id: String) throws(AssessmentError) -> Assessment {
        guard let project = analysis.project(id: id) else { throw .unknownProject(id) }
        return assessment(project)
    }

    /// Every listed project's assessment, in listing order (a project listed twice, once).
    public func assessAll() -> [Assessment] {
        var seen = Set<String>()
        let projects = analysis.projects.filter { seen.insert($0.id).inserted }
        return Parallel.map(projects.count) { assessment(projects[$0]) }
    }

    /// The assessment of one section of a project (a country code that claims name): the same method on the
    /// section's claims and the claims about the whole project. Throws for a project the tracker does not list
    /// or a section no counted claim of the project names.
    public func assess(project id: String, section: String) throws(AssessmentError) -> Assessment {
        guard let project = analysis.project(id: id) else { throw .unknownProject(id) }
        guard sections(of: project).contains(section) else {
            throw .invalid(field: "section", value: section, expected: "a section claims about project \(id) name (\(sections(of: project).joined(separator: ", ")))")
        }
        return fit(project, section: section).assessment(project: id, day: analysis.end, grade: grade(of:), section: section)
    }

    /// The sections the counted claims of a project name, in the order of its `countries`, then others alphabetically.
    public func sections(of project: Project) -> [String] {
        let named = Set((analysis.claimsByProject[project.id] ?? []).compactMap(\.section))
        guard !named.isEmpty else { return [] }
        return project.countries.filter(named.contains) + named.subtracting(project.countries).sorted()
    }

    private func assessment(_ project: Project) -> Assessment { assessment(project, fit: fit(project)) }

    /// A project's assessment (with its sections') and the credibility of each counted claim about the whole project,
    /// by claim id, from one fit.
    func assessed(_ project: Project) -> (assessment: Assessment, credibility: [String: Credibility]) {
        let f = fit(project)
        var credibility: [String: Credibility] = [:]
        for i in f.points.indices where credibility[f.claims[f.points[i].k].id] == nil {
            credibility[f.claims[f.points[i].k].id] = f.credibility[i]
        }
        return (assessment(project, fit: f), credibility)
    }

    /// The assessment of the project's fit about the whole project, with each section's.
    private func assessment(_ project: Project, fit f: AssessmentFit) -> Assessment {
        let whole = f.assessment(project: project.id, day: analysis.end, grade: grade(of:))
        let sections = sections(of: project).map {
            fit(project, section: $0).assessment(project: project.id, day: analysis.end, grade: grade(of:), section: $0)
        }
        return sections.isEmpty ? whole : whole.with(sections: sections)
    }

    /// Each counted claim of a project about the whole project with its credibility, in lane order.
    public func credibility(project id: String) throws(AssessmentError) -> [(claim: String, credibility: Credibility)] {
        guard let project = analysis.project(id: id) else { throw .unknownProject(id) }
        let f = fit(project)
        return f.points.indices.map { (f.claims[f.points[$0].k].id, f.credibility[$0]) }
    }

    func fit(_ project: Project, section: String? = nil) -> AssessmentFit {
        AssessmentFit(project: project, claims: analysis.claimsByProject[project.id] ?? [], sources: analysis.sources,
                      end: analysis.end, grade: grade(of:), judgments: judgments, section: section)
    }
}

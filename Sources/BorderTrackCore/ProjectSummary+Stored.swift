/// Building summaries and their parts from stored values (the store's derived `summary` rows).
extension ProjectSummary {
    /// A summary from its parts, as `ProjectAnalysis` computes them.
    public static func stored(project: Project, official: Segment?, local: Segment?, openDiscrepancies: Int, worstSeverity: Severity?,
                              claimCount: Int, lastClaim: PartialDate?, target: Plan?, slips: Int,
                              assessed: AssessedStatus? = nil) -> ProjectSummary {
        ProjectSummary(project: project, official: official, local: local, openDiscrepancies: openDiscrepancies,
                       worstSeverity: worstSeverity, claimCount: claimCount, lastClaim: lastClaim, target: target, slips: slips,
                       assessed: assessed)
    }
}

extension Project {
    /// A project from a stored copy that carries its search key (the derived `summary` row), validated
    /// like input but without lower-casing its names again.
    public static func stored(id: String, kind: String, names: Names, countries: [String], regions: [String],
                              location: Location?, programs: [String], searchKey: String) throws(ModelError) -> Project {
        let k: ProjectKind = try Validate.enumValue(kind, field: "kind", allowed: ProjectKind.allowed)
        return try Project(id: id, kind: k, names: names, countries: countries, regions: regions, location: location,
                           programs: programs, searchKey: searchKey)
    }
}

extension Segment {
    /// A segment from its parts (a stored summary's current official or local segment).
    public static func stored(status: Status, scope: Scope?, from: Day, to: Day, ongoing: Bool, claim: Claim) -> Segment {
        Segment(status: status, scope: scope, from: from, to: to, ongoing: ongoing, claims: [claim], index: 0)
    }
}

extension ProjectAnalysis {
    /// Flag events grouped by discrepancy (in order of first event) for each project, as `init(project:…events:context:)` takes them.
    public static func flagEventsByProject(_ flags: [FlagEvent], knownBy: Day? = nil) -> [String: [(String, [FlagEvent])]] {
        eventsByProject(flags, knownBy: knownBy)
    }
}

import BorderTrackCore
import BorderTrackStore

extension AnalysisLoader {
    /// The editors' grades in force for an analysis: the stored ones, or with `asOf` those set by that day (as
    /// claims and verdicts are only what was known then).
    package static func gradeOverrides(_ store: any TrackerStore, asOf: Day?) throws -> [String: GradeOverride] {
        guard let asOf else { return try store.gradeOverrides() }
        return GradeEvent.overrides(try store.gradeEvents(), knownBy: asOf)
    }

    /// The tracker analysed as of a day and assessed with the stored editors' grades (`Analysis.assess`): what
    /// the UI's in-memory views show in their ASSESSED column and assessed lane.
    package static func loadAssessed(_ store: any TrackerStore, asOf: Day?) throws -> Analysis {
        var a = try load(store, asOf: asOf)
        a.assess(overrides: try gradeOverrides(store, asOf: asOf))
        return a
    }

    /// The assessor of an analysis with the store's editors' grades (`gradeOverrides(_:asOf:)`, the analysis's as-of day).
    package static func assessor(_ store: any TrackerStore, analysis: Analysis) throws -> Assessor {
        Assessor(analysis: analysis, overrides: try gradeOverrides(store, asOf: analysis.knownBy))
    }
}

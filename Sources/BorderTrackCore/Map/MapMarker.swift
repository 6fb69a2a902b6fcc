/// Which status a project's marker on the map shows.
///
/// The one place the map (terminal and report) chooses it: the official status for now. When summaries carry an
/// assessed status, switch `status(of: ProjectSummary)` and the stored read behind `status(of: ProjectLocation)`
/// (the `official` column the engines' `projectLocations` select) together.
public enum MapMarker {
    /// The status a project's marker shows.
    public static func status(of summary: ProjectSummary) -> Status? {
        summary.official?.status
    }

    /// The same choice for a project read by `ProjectLocations.projectLocations()` (its summary's official status).
    public static func status(of location: ProjectLocation) -> Status? {
        location.official
    }

    /// The same choice for a report's section (its official account), for the report's map.
    public static func status(of section: StatusReport.Section) -> Status? {
        section.official?.status
    }

    /// The marker symbol of a status, the list's (`Theme.symbol` in the terminal UI, which uses the same characters
    /// and its own ASCII set): a filling circle along the lifecycle, bars and a cross off it; `?` for no status.
    public static func symbol(_ s: Status?) -> String {
        switch s {
        case .proposed: "○"
        case .agreed: "◔"
        case .construction: "◑"
        case .completed: "◕"
        case .operational: "●"
        case .suspended: "‖"
        case .cancelled: "✗"
        case nil: "?"
        }
    }
}

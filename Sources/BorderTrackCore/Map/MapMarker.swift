/// Which status a project's marker on the map shows.
///
/// The one place the map (terminal and report) chooses it: the assessed status (the analyst's answer, issue 21)
/// where there is one, else the official status. The stored read behind `status(of: ProjectLocation)` (the engines'
/// `projectLocations`) selects the same: `coalesce(as_status, off_status)`.
public enum MapMarker {
    /// The status a project's marker shows.
    public static func status(of summary: ProjectSummary) -> Status? {
        summary.assessed?.status ?? summary.official?.status
    }

    /// The same choice for a project read by `ProjectLocating.projectLocations()` (its summary's assessed, else official, status).
    public static func status(of location: ProjectLocation) -> Status? {
        location.status
    }

    /// The same choice for a report's section (its official account), for the report's map.
    public static func status(of section: StatusReport.Section) -> Status? {
        section.assessment.status ?? section.official?.status
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

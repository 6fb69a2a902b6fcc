import BorderTrackCore

/// The checks `updateProject` makes the same way in every engine.
package enum ProjectEdit {
    /// A project's id never changes: the edited version must keep the id of the version it was based on.
    package static func checkSameID(_ project: Project, _ expected: Project) throws {
        if project.id != expected.id {
            throw StoreError.invalid("field \"id\": \"\(project.id)\" differs from \"\(expected.id)\"; expected the project's id unchanged (a project's id never changes)")
        }
    }

    /// The refusal when the stored project is no longer the version the editor started from.
    package static func stale(current: Project, latest: AuditEntry?) -> StoreError {
        let who = latest.map { " (\($0.action) by \($0.editor) at \($0.at))" } ?? ""
        return .conflict("project \"\(current.id)\" was changed by another editor since you opened it\(who); reload and try again")
    }
}

import BorderTrackCore
import BorderTrackStore
import GRDB

extension SQLiteStore: ProjectLocating {
    /// Every project's id, name, coordinates and marker's status (assessed, else official): one scan of `project` joined to
    /// `summary` by its primary key.
    public func projectLocations() throws -> [ProjectLocation] {
        try read { db in
            var out: [ProjectLocation] = []
            let rows = try Row.fetchCursor(db, sql: ProjectLocation.selectSQL)
            while let r = try rows.next() {
                out.append(ProjectLocation.row(id: r[0], name: r[1], lat: r[2], lon: r[3], status: r[4]))
            }
            return out
        }
    }
}

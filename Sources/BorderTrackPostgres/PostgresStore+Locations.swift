#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

extension PostgresStore: ProjectLocating {
    /// Every project's id, name, coordinates and marker's status (assessed, else official): one statement, a scan of `project`
    /// joined to `summary` by its primary key (a viewer may read both).
    public func projectLocations() throws -> [ProjectLocation] {
        try run("read project locations") { link in
            try link.query(PostgresQuery(unsafeSQL: ProjectLocation.selectSQL)).map { r in
                ProjectLocation.row(id: try r[0].decode(String.self), name: try r[1].decode(String.self),
                                    lat: try r[2].decode(Double?.self), lon: try r[3].decode(Double?.self),
                                    status: try r[4].decode(String?.self))
            }
        }
    }
}
#endif

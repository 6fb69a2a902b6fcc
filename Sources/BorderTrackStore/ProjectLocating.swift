import BorderTrackCore

/// An engine that reads every project's id, English name and coordinates (with its marker's status, `MapMarker`) in
/// one statement, for the map of a large tracker: one scan of the `project` table joined to `summary` by its
/// primary key, no analysis and no summary row decoded.
public protocol ProjectLocating: TrackerStore {
    /// Every project, located or not, in no particular order.
    func projectLocations() throws -> [ProjectLocation]
}

extension ProjectLocation {
    /// The SQL both engines run (the same text on SQLite and PostgreSQL).
    public static let selectSQL = """
        SELECT p.id, p.name_en, p.lat, p.lon, coalesce(s.as_status, s.off_status)
        FROM project p LEFT JOIN summary s ON s.project = p.id
        """

    /// A row of `selectSQL`; a coordinate pair out of range, or only one of the two, reads as no location.
    public static func row(id: String, name: String, lat: Double?, lon: Double?, status: String?) -> ProjectLocation {
        var point: GeoPoint?
        if let lat, let lon, lat.isFinite, lon.isFinite, abs(lat) <= 90, abs(lon) <= 180 { point = GeoPoint(lon: lon, lat: lat) }
        return ProjectLocation(id: id, name: name, point: point, status: status.flatMap(Status.init(rawValue:)))
    }
}

/// A project as the store reads it for the map: id, English name, coordinates (nil: none recorded) and the official
/// status its summary holds (nil: no official claim, or the summaries are not built). See `MapMarker.status(of:)`.
public struct ProjectLocation: Hashable, Sendable {
    public let id: String
    public let name: String
    public let point: GeoPoint?
    /// The status its marker shows (`MapMarker`): the summary's assessed status, else its official one.
    public let status: Status?
    public init(id: String, name: String, point: GeoPoint?, status: Status?) {
        self.id = id; self.name = name; self.point = point; self.status = status
    }
}

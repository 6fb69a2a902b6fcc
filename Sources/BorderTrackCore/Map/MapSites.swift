/// The projects a map shows, as parallel arrays (100,000 of them cost a few megabytes, not a value each):
/// the located ones with their marker status, and the names of those without coordinates.
public struct MapSites: Sendable, Equatable {
    public private(set) var ids: [String] = []
    public private(set) var names: [String] = []
    public private(set) var points: [GeoPoint] = []
    /// Each site's marker status (`MapMarker.status`), nil when it has none.
    public private(set) var statuses: [Status?] = []
    /// Projects the filter selects that have no coordinates: their ids and names, in list order.
    public private(set) var unlocated: [(id: String, name: String)] = []

    public init() {}

    public var count: Int { ids.count }

    public mutating func append(id: String, name: String, point: GeoPoint, status: Status?) {
        ids.append(id); names.append(name); points.append(point); statuses.append(status)
    }

    public mutating func appendUnlocated(id: String, name: String) { unlocated.append((id, name)) }

    /// The sites of the summaries given (in their order), each marked by `MapMarker.status(of:)`.
    public init(summaries: some Sequence<ProjectSummary>) {
        for s in summaries {
            if let l = s.project.location {
                append(id: s.project.id, name: s.project.names.en, point: GeoPoint(lon: l.lon, lat: l.lat), status: MapMarker.status(of: s))
            } else {
                appendUnlocated(id: s.project.id, name: s.project.names.en)
            }
        }
    }

    public static func == (a: MapSites, b: MapSites) -> Bool {
        a.ids == b.ids && a.points == b.points && a.statuses == b.statuses && a.names == b.names
            && a.unlocated.map(\.id) == b.unlocated.map(\.id)
    }
}

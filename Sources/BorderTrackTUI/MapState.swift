import BorderTrackCore

/// The map view's state: the sites of the list's query, the selected one, zoom and the centre.
public struct MapState: Sendable, Equatable {
    /// The located (and unlocated) projects of `query`, read from the pages (nil: not read yet).
    public var sites: MapSites?
    /// The list query the sites were read for.
    public var query: ListQuery?
    /// The selected site (an index into `sites`).
    public var selected: Int?
    /// 1 shows the whole region; each `+` doubles it.
    public var zoom: Double = 1
    /// The centre of the view (nil: the region's middle).
    public var center: GeoPoint?
    /// Whether the detail was opened from the map (back returns to it).
    public var openedDetail = false

    public init() {}

    /// The most a map zooms in (about 2 km a dot on an 80-column screen).
    public static let maxZoom = 64.0
}

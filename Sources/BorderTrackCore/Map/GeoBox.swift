/// A box of longitudes and latitudes (degrees).
public struct GeoBox: Hashable, Sendable {
    public var west: Double, south: Double, east: Double, north: Double
    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west; self.south = south; self.east = east; self.north = north
    }
    public var center: GeoPoint { GeoPoint(lon: (west + east) / 2, lat: (south + north) / 2) }
    public func contains(_ p: GeoPoint) -> Bool { p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north }
}

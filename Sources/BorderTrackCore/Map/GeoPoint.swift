/// A point on the Earth in degrees: longitude east, latitude north.
public struct GeoPoint: Hashable, Sendable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }
}

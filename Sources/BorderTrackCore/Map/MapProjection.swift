/// Equirectangular projection onto a plane of dots (or SVG units): x grows east, y grows south.
///
/// A degree of longitude is `cos(reference latitude)` of a degree of latitude, so shapes keep their proportions
/// near the reference latitude (the home box's middle, 47° N: 0.68); `aspect` is a dot's height over its width
/// (a Braille dot in a terminal cell is about 2 wide by 4 high in a 1:2 cell, so 1).
public struct MapProjection: Hashable, Sendable {
    /// The point at the middle of the plane.
    public var center: GeoPoint
    /// Dots per degree of latitude.
    public var scale: Double
    /// `cos` of the reference latitude.
    public var lonFactor: Double
    public var aspect: Double
    /// The plane's size in dots.
    public var width: Double, height: Double

    public init(center: GeoPoint, scale: Double, referenceLat: Double, width: Double, height: Double, aspect: Double = 1) {
        self.center = center; self.scale = scale; self.width = width; self.height = height; self.aspect = aspect
        lonFactor = Self.cosine(degrees: referenceLat)
    }

    /// The projection that fits `box` into a plane of `width` × `height` dots, centred, then zoomed by `zoom` (1: the
    /// whole box) around `center` (nil: the box's centre).
    public static func fitting(_ box: GeoBox, width: Double, height: Double, zoom: Double = 1, center: GeoPoint? = nil,
                               aspect: Double = 1) -> MapProjection {
        let ref = (box.south + box.north) / 2
        let k = cosine(degrees: ref)
        let byWidth = width / max(1e-9, (box.east - box.west) * k)
        let byHeight = height * aspect / max(1e-9, box.north - box.south)
        let scale = max(1e-9, min(byWidth, byHeight)) * max(zoom, 1e-6)
        return MapProjection(center: center ?? box.center, scale: scale, referenceLat: ref, width: width, height: height, aspect: aspect)
    }

    /// Where a point falls on the plane (may be outside it).
    @inline(__always)
    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        (width / 2 + (p.lon - center.lon) * lonFactor * scale, height / 2 - (p.lat - center.lat) * scale / aspect)
    }

    /// The point at a place of the plane.
    public func unproject(x: Double, y: Double) -> GeoPoint {
        GeoPoint(lon: center.lon + (x - width / 2) / (lonFactor * scale), lat: center.lat - (y - height / 2) * aspect / scale)
    }

    /// `cos` in degrees, by its Taylor series around 0 of radians (no Foundation in the core; exact to 1e-12 for
    /// the latitudes of any map).
    public static func cosine(degrees: Double) -> Double {
        let x = degrees * Double.pi / 180
        var term = 1.0, sum = 1.0
        for n in 1...12 {
            term *= -x * x / Double((2 * n - 1) * (2 * n))
            sum += term
        }
        return sum
    }
}

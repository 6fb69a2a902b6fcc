/// The base map of the border region: land borders, coast, rivers and lakes as polylines in degrees.
///
/// `RegionMap.border` is Natural Earth's 1:50m data (public domain) clipped to lon 113–138.5 E, lat 39.5–55 N and
/// simplified by `Data/map/build-region.py`, which writes it both to `Data/map/region.json` and, as text, into
/// `RegionMap+Data.swift` (so no file is read at run time).
public struct RegionMap: Sendable {
    /// The kinds of line, in drawing order (later ones over earlier ones).
    public enum Layer: Character, CaseIterable, Sendable {
        case coast = "C", lake = "L", river = "R", border = "B"
    }

    /// Each layer's polylines.
    public let lines: [Layer: [[GeoPoint]]]
    /// The region shown at zoom 1: Zabaikalsk–Manzhouli (west) to Khasan–Tumen (south-east).
    public let home: GeoBox

    public init(lines: [Layer: [[GeoPoint]]], home: GeoBox) { self.lines = lines; self.home = home }

    /// The Russia–China border region from Natural Earth.
    public static let border: RegionMap = RegionMap(lines: parse(encoded), home: GeoBox(west: 115, south: 40, east: 137.5, north: 54))

    /// Reads the text form: one polyline a line, its layer's letter then `lon,lat` pairs separated by spaces.
    public static func parse(_ text: String) -> [Layer: [[GeoPoint]]] {
        var out: [Layer: [[GeoPoint]]] = [:]
        for line in text.split(separator: "\n") {
            guard let first = line.first, let layer = Layer(rawValue: first) else { continue }
            var points: [GeoPoint] = []
            for pair in line.dropFirst(2).split(separator: " ") {
                let xy = pair.split(separator: ",")
                if xy.count == 2, let lon = Double(xy[0]), let lat = Double(xy[1]) { points.append(GeoPoint(lon: lon, lat: lat)) }
            }
            if points.count > 1 { out[layer, default: []].append(points) }
        }
        return out
    }
}

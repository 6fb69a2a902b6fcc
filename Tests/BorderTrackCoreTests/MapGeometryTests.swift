import BorderTrackCore
import Foundation
import Testing

/// The map's pure geometry: projection, Braille canvas, binning, label placement, nearest in a direction, and the
/// embedded base map against `Data/map/region.json`.
@Suite struct MapGeometryTests {
    /// The region fitted into 160 × 96 dots: where the border towns fall (a snapshot of the projection). The box
    /// (22.5° × 14° at 47° N: 15.3 × 14 latitude-degrees) is limited by the height, 6.86 dots a degree of latitude:
    /// Manzhouli at the west, Khabarovsk at the east, Khasan at the south, the centre at (126.25 E, 47 N).
    @Test func projectionSnapshot() {
        let p = MapProjection.fitting(RegionMap.border.home, width: 160, height: 96)
        let towns: [(String, GeoPoint)] = [
            ("Manzhouli", GeoPoint(lon: 117.43, lat: 49.6)), ("Blagoveshchensk", GeoPoint(lon: 127.53, lat: 50.26)),
            ("Khabarovsk", GeoPoint(lon: 135.07, lat: 48.48)), ("Suifenhe", GeoPoint(lon: 131.15, lat: 44.4)),
            ("Khasan", GeoPoint(lon: 130.7, lat: 42.43)), ("centre", RegionMap.border.home.center),
        ]
        let text = towns.map { name, g in
            let (x, y) = p.project(g)
            return "\(name) \(Int(x.rounded())),\(Int(y.rounded()))"
        }.joined(separator: "\n")
        #expect(text == """
            Manzhouli 39,30
            Blagoveshchensk 86,26
            Khabarovsk 121,38
            Suifenhe 103,66
            Khasan 101,79
            centre 80,48
            """)
        // cos(47°) scales a degree of longitude; the Taylor cosine matches Foundation's.
        #expect(abs(p.lonFactor - cos(47 * Double.pi / 180)) < 1e-12)
        // Round trip.
        let back = p.unproject(x: p.project(towns[1].1).x, y: p.project(towns[1].1).y)
        #expect(abs(back.lon - 127.53) < 1e-9 && abs(back.lat - 50.26) < 1e-9)
    }

    @Test func zoomKeepsTheCentre() {
        let home = RegionMap.border.home
        let z = MapProjection.fitting(home, width: 100, height: 60, zoom: 4, center: GeoPoint(lon: 127.5, lat: 50.25))
        let (x, y) = z.project(GeoPoint(lon: 127.5, lat: 50.25))
        #expect(x == 50 && y == 30)
        let one = MapProjection.fitting(home, width: 100, height: 60)
        #expect(abs(z.scale / one.scale - 4) < 1e-9)
    }

    @Test func brailleDots() {
        var c = BrailleCanvas(columns: 2, rows: 1)
        c.set(x: 0, y: 0); c.set(x: 1, y: 3); c.set(x: 2, y: 1); c.set(x: 99, y: 99); c.set(x: -1, y: 0)
        #expect(c.dots(column: 0, row: 0) == 0x81)
        #expect(c.dots(column: 1, row: 0) == 0x02)
        #expect(BrailleCanvas.braille(0x81) == "⢁")
        #expect(BrailleCanvas.braille(0) == "\u{2800}")
        var line = BrailleCanvas(columns: 4, rows: 1)
        line.line(from: (-10, 0), to: (20, 0))  // runs off both edges: clipped, no crash
        #expect(line.cells == [0x09, 0x09, 0x09, 0x09])
        line.line(from: (.infinity, 0), to: (1, 1))
        var empty = BrailleCanvas(columns: 0, rows: 0)
        empty.line(from: (0, 0), to: (5, 5))
        #expect(empty.cells.isEmpty)
        #expect(BrailleCanvas.ascii(0x09) == "'" && BrailleCanvas.ascii(0xC0) == "." && BrailleCanvas.ascii(0xFF) == ":")
    }

    /// The embedded lines are the shipped file's, point for point.
    @Test func embeddedMapMatchesDataFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/map/region.json")
        let json = try JSONSerialization.jsonObject(with: try Data(contentsOf: url)) as! [String: Any]
        let names: [(String, RegionMap.Layer)] = [("borders", .border), ("coast", .coast), ("rivers", .river), ("lakes", .lake)]
        for (key, layer) in names {
            let file = (json[key] as! [[[Double]]]).map { $0.map { GeoPoint(lon: $0[0], lat: $0[1]) } }
            #expect(RegionMap.border.lines[layer] ?? [] == file, "\(key)")
        }
        #expect((try Data(contentsOf: url)).count < 64_000)
        // The border runs from the Argun (west of 118° E) to the Tumen (south of 43° N).
        let border = RegionMap.border.lines[.border]!.flatMap { $0 }
        #expect(border.contains { $0.lon < 118 && $0.lat > 49 } && border.contains { $0.lon > 130 && $0.lat < 43 })
    }

    @Test func binsPerCell() {
        var sites = MapSites()
        let p = MapProjection.fitting(RegionMap.border.home, width: 20, height: 16)
        for i in 0..<5 { sites.append(id: "a\(i)", name: "A", point: GeoPoint(lon: 127.5, lat: 50.25), status: .operational) }
        sites.append(id: "b", name: "B", point: GeoPoint(lon: 131, lat: 44.4), status: nil)
        sites.append(id: "far", name: "F", point: GeoPoint(lon: 10, lat: 10), status: nil)
        let bins = MarkerBins(sites, projection: p, columns: 10, rows: 4)
        #expect(bins.occupied.count == 2)
        let first = Int(bins.occupied[0])
        #expect(bins.counts[first] == 5 && bins.first[first] == 0)
        #expect(bins.first[Int(bins.occupied[1])] == 5)
        _ = MarkerBins(sites, projection: p, columns: 0, rows: 0)
    }

    @Test func labelsNeverOverlap() {
        // 40 markers crowded on a 30 × 8 grid: every placed label is on the grid, off every marker, and apart.
        var markers: [(col: Int, row: Int)] = []
        for i in 0..<40 { markers.append(((i * 7) % 30, (i * 3) % 8)) }
        var placer = LabelPlacer(columns: 30, rows: 8, markers: markers)
        for (i, m) in markers.enumerated() { placer.place(marker: i, col: m.col, row: m.row, width: 3 + i % 5) }
        let placed = placer.placements
        #expect(!placed.isEmpty)
        for p in placed {
            #expect(p.col >= 0 && p.col + p.width <= 30 && p.row >= 0 && p.row < 8)
            for m in markers { #expect(!(m.row == p.row && m.col >= p.col && m.col < p.col + p.width)) }
        }
        for (i, a) in placed.enumerated() {
            for b in placed[(i + 1)...] where a.row == b.row {
                #expect(a.col + a.width < b.col || b.col + b.width < a.col, "\(a) \(b)")
            }
        }
    }

    @Test func nearestInDirection() {
        let pts: [(x: Double, y: Double)] = [(0, 0), (5, 0), (3, 1), (10, 0), (0, -4), (-2, 6)]
        #expect(NearestInDirection.pick(from: (0, 0), direction: .right, among: pts, excluding: 0) == 2)
        #expect(NearestInDirection.pick(from: (3, 1), direction: .right, among: pts, excluding: 2) == 1)
        #expect(NearestInDirection.pick(from: (0, 0), direction: .up, among: pts, excluding: 0) == 4)
        #expect(NearestInDirection.pick(from: (0, 0), direction: .down, among: pts, excluding: 0) == 2)
        #expect(NearestInDirection.pick(from: (0, 0), direction: .left, among: pts, excluding: 0) == 5)
        #expect(NearestInDirection.pick(from: (10, 0), direction: .right, among: pts, excluding: 3) == nil)
    }
}

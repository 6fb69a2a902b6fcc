import BorderTrackCore
import BorderTrackSynthetic
import BorderTrackTUI

/// The map's figure: a frame of the map view with `projects` markers (issue 23: ≤ 50 ms at 100,000).
extension Benchmark {
    /// The target for one map frame, in ms.
    package static let mapDrawTargetMS = 50.0

    /// Sites spread over the region as a tracker's would be (a third near the border crossings, the rest anywhere in
    /// the box), statuses cycling; deterministic for a seed.
    package static func mapSites(_ n: Int, seed: UInt64) -> MapSites {
        var random = SyntheticData.Random(state: seed)
        let box = RegionMap.border.home
        let towns: [GeoPoint] = [GeoPoint(lon: 127.5, lat: 50.25), GeoPoint(lon: 117.4, lat: 49.6), GeoPoint(lon: 131.15, lat: 44.4),
                                 GeoPoint(lon: 130.6, lat: 42.45), GeoPoint(lon: 135.05, lat: 48.45), GeoPoint(lon: 132.6, lat: 47.9)]
        func unit() -> Double { Double(random.next() % 1_000_000) / 1_000_000 }
        var sites = MapSites()
        for i in 0..<n {
            let p: GeoPoint
            if i % 3 == 0 {
                let t = towns[i % towns.count]
                p = GeoPoint(lon: t.lon + (unit() - 0.5), lat: t.lat + (unit() - 0.5) * 0.6)
            } else {
                p = GeoPoint(lon: box.west + unit() * (box.east - box.west), lat: box.south + unit() * (box.north - box.south))
            }
            sites.append(id: "p\(i)", name: "Project \(i)", point: p, status: Status.allCases[i % Status.allCases.count])
        }
        return sites
    }

    /// Frames of the map view (ms) with `projects` markers at `rows` × `cols`: the whole region, then moves of the
    /// cursor, a zoom in and out, a pan — each a key and the frame it gives, as the UI draws it.
    package static func mapFrames(projects: Int, seed: UInt64, rows: Int, cols: Int, frames: Int = 60) -> [Double] {
        let keys = AppKeys.defaults(), theme = Theme(ascii: false)
        var state = AppState(analysis: Analysis(dataset: Dataset(), flags: [], today: Day(year: 2026, month: 1, day: 1)!),
                             session: .init(database: "bench", editor: "bench", readOnly: false), rows: rows, cols: cols)
        state.showMap(sites: mapSites(projects, seed: seed))
        let strokes: [Key] = [.right, .down, .left, .up, .char("+"), .right, .char("-"), .char("L"), .char("H")]
        var samples: [Double] = []
        for i in 0..<frames {
            let start = Stopwatch.now()
            _ = state.handle(KeyEvent(key: strokes[i % strokes.count]), keys: keys)
            _ = Screen.render(state, keys: keys, theme: theme)
            samples.append(Double(Stopwatch.now() - start) / 1_000_000)
        }
        return samples
    }

    /// The map figure as a bench metric, against its target.
    package static func mapMetric(projects: Int, seed: UInt64, rows: Int, cols: Int) -> BenchMetric {
        let samples = mapFrames(projects: projects, seed: seed, rows: rows, cols: cols)
        return BenchMetric(key: "map_frame_p99_ms", label: "map view: key + frame, \(projects) markers binned per cell, \(cols)×\(rows), p99 (\(samples.count) keys)",
                           value: Stopwatch.percentile(samples, 99), unit: "ms",
                           target: .init(limit: mapDrawTargetMS, text: "≤ \(Int(mapDrawTargetMS)) ms"))
    }
}

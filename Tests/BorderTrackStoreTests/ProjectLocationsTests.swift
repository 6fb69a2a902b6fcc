import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation
import Testing

/// `ProjectLocating.projectLocations()` on every engine: the sample's projects with their coordinates, names and the
/// official status of their summaries (what the map marks them by), and a synthetic tracker's 2,000 in one read.
@Suite struct ProjectLocationsTests {
    static let today = Day(year: 2026, month: 6, day: 30)!

    static func sample() throws -> ImportBatch {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/sample.json")
        let batch = DatasetJSON.decode(Array(try Data(contentsOf: url)), file: "sample.json")
        #expect(batch.issues.isEmpty)
        return batch
    }

    @Test("the sample's locations and marker statuses (assessed, else official) read back", arguments: Engine.allCases)
    func sampleLocations(_ engine: Engine) throws {
        let store = try #require(try engine.make() as? any DerivedSummaries & ProjectLocating)
        let batch = try Self.sample()
        _ = try store.importBatch(batch, editor: "test")
        try store.bringDerivedUpToDate(today: Self.today, progress: nil)
        let read = try store.projectLocations()
        var analysis = Analysis(dataset: batch.dataset, flags: [], today: Self.today)
        analysis.assess()
        #expect(read.count == analysis.projects.count)
        let byID = Dictionary(uniqueKeysWithValues: read.map { ($0.id, $0) })
        for s in analysis.summaries {
            let l = try #require(byID[s.project.id])
            #expect(l.name == s.project.names.en)
            #expect(l.point?.lat == s.project.location?.lat && l.point?.lon == s.project.location?.lon)
            // The marker's status from the stored read equals the one from the summary.
            #expect(MapMarker.status(of: l) == MapMarker.status(of: s), "\(s.project.id)")
        }
        #expect(read.filter { $0.point == nil }.map(\.id) == ["ru-cn-checkpoint-modernisation"])
    }

    @Test("a tracker without summaries yet: locations, no status", arguments: Engine.allCases)
    func withoutSummaries(_ engine: Engine) throws {
        let store = try #require(try engine.make() as? any ProjectLocating)
        let p = try Project(id: "solo", kind: .bridge, names: try Names(en: "Solo bridge"), countries: ["RU"], regions: [],
                            location: try Location(lat: 48.5, lon: 135))
        try store.addProject(p, editor: "test")
        let read = try store.projectLocations()
        #expect(read == [ProjectLocation(id: "solo", name: "Solo bridge", point: GeoPoint(lon: 135, lat: 48.5), status: nil)])
    }

    @Test("2,000 synthetic projects in one read", arguments: Engine.allCases)
    func synthetic(_ engine: Engine) throws {
        let store = try #require(try engine.make() as? any ProjectLocating)
        _ = try store.importBatch(DerivedTests.batch(projects: 2000, claimsPerProject: 2, seed: 5), editor: "test")
        let read = try store.projectLocations()
        #expect(read.count == 2000)
        #expect(Set(read.map(\.id)).count == 2000)
    }
}

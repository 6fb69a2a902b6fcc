@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackTUI
import Foundation
import Testing
import BorderTrackTestSupport

/// The map's sites from the store (`StorePages.mapSites`: the query's ids joined to `projectLocations`) equal those
/// from a whole analysis (`AnalysisPages.mapSites`), under every filter and sort, and follow a change.
@Suite("Map sites from the store and from memory agree")
struct MapPagesTests {
    static func sample() throws -> (StorePages, SQLiteStore) {
        let dir = Scratch.path("mappages").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let store = try SQLiteStore.open(path: dir + "/t.sqlite")
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/sample.json")
        _ = try store.importBatch(DatasetJSON.decode(Array(try Data(contentsOf: url)), file: "sample.json"), editor: "test")
        try store.bringDerivedUpToDate(today: AnalysisLoader.today(), progress: nil)
        return (try StorePages(store: store, today: AnalysisLoader.today()), store)
    }

    @Test func agree() throws {
        let (stored, store) = try Self.sample()
        let memory = AnalysisPages(try AnalysisLoader.load(store, asOf: nil))
        var bridges = ProjectFilter(); bridges.kinds = [.bridge]
        var china = ProjectFilter(); china.countries = ["CN"]
        var disputed = ProjectFilter(); disputed.hasDiscrepancy = true
        for filter in [ProjectFilter(), bridges, china, disputed] {
            for sort in [SortColumn.name, .discrepancies, .official] {
                let q = ListQuery(sort: sort, descending: false, filter: filter)
                let a = stored.mapSites(q), b = memory.mapSites(q)
                #expect(a == b, "\(filter) \(sort)")
                #expect(a.count + a.unlocated.count == memory.listCount(q))
            }
        }
        let all = stored.mapSites(ListQuery(sort: .name, descending: false, filter: ProjectFilter()))
        #expect(all.count == 15 && all.unlocated.map(\.id) == ["ru-cn-checkpoint-modernisation"])

        // A new official claim changes the marker once the pages are told.
        let id = "amursk-wood-processing-centre"
        let before = all.statuses[all.ids.firstIndex(of: id)!]
        _ = try store.addClaim(try Claim(id: nil, project: id, status: "cancelled", scope: nil, asOf: AnalysisLoader.today().description,
                                         published: nil, source: "rf-government", url: nil, quote: nil), editor: "test")
        try store.bringDerivedUpToDate(today: AnalysisLoader.today(), progress: nil)
        stored.invalidate(projects: [id])
        let after = stored.mapSites(ListQuery(sort: .name, descending: false, filter: ProjectFilter()))
        #expect(after.statuses[after.ids.firstIndex(of: id)!] == .cancelled && before != .cancelled)
    }
}

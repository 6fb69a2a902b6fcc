@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackTUI
import Foundation
import Testing
import BorderTrackTestSupport

/// `bordertrack assess` and the UI's ASSESSED column say the same, today (the stored summaries) and as of a past
/// day (the in-memory view), on the bundled sample.
@Suite("The assessment in the views agrees with `assess`")
struct AssessedViewsTests {
    static func sampleStore() throws -> SQLiteStore {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let batch = DatasetJSON.decode(Array(try Data(contentsOf: root.appendingPathComponent("Data/sample.json"))), file: "sample.json")
        let dir = Scratch.path("assessed").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let store = try SQLiteStore.open(path: dir + "/t.sqlite")
        _ = try store.importBatch(batch, editor: "test")
        return store
    }

    /// What `assess` prints per project, as the list's headline.
    static func assessed(_ store: SQLiteStore, asOf: Day?) throws -> [String: AssessedStatus] {
        var out: [String: AssessedStatus] = [:]
        for a in Assessor(analysis: try AnalysisLoader.load(store, asOf: asOf)).assessAll() { out[a.project] = a.headline }
        return out
    }

    static func rows(_ pages: any TrackerPages) -> [String: AssessedStatus] {
        let q = ListQuery(sort: .assessed, descending: false, filter: ProjectFilter())
        var out: [String: AssessedStatus] = [:]
        for i in 0..<pages.listCount(q) { if let s = pages.listRow(q, at: i), let a = s.assessed { out[s.project.id] = a } }
        return out
    }

    @Test("as of 2021-10-20 the list says what `assess --as-of 2021-10-20` says: the bridge completed since 2019-11-28, F2")
    func asOf() throws {
        let store = try Self.sampleStore()
        let day = try #require(Day(year: 2021, month: 10, day: 20))
        let pages = AnalysisPages(try AnalysisLoader.load(store, asOf: day))
        let shown = Self.rows(pages)
        #expect(shown == (try Self.assessed(store, asOf: day)))
        let bridge = try #require(shown["blagoveshchensk-heihe-road-bridge"])
        #expect(bridge.status == .completed && bridge.since?.description == "2019-11-28" && bridge.grade.description == "F2")
    }

    @Test("today the stored summaries say what `assess` says: the bridge operating for cargo since 2022-06-10")
    func today() throws {
        let store = try Self.sampleStore()
        let today = AnalysisLoader.today()
        try store.bringDerivedUpToDate(today: today, progress: nil)
        let shown = Self.rows(try StorePages(store: store, today: today))
        #expect(shown.count == 16)
        #expect(shown == (try Self.assessed(store, asOf: nil)))
        let bridge = try #require(shown["blagoveshchensk-heihe-road-bridge"])
        #expect(bridge.status == .operational && bridge.scope == .cargo && bridge.since?.description == "2022-06-10")
    }
}

@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackSynthetic
import BorderTrackTUI
import Foundation
import Testing

/// The UI reads every tracker through `TrackerPages`: a large one from the store's derived tables
/// (`StorePages`), a small one from a whole analysis (`AnalysisPages`). Both must give the same screens.
@Suite("Both page sources give the same list and queue")
struct PagesAgreeTests {
    /// A synthetic tracker in a file, its derived tables current for today, with both page sources over it.
    static func sources(projects: Int = 120, seed: UInt64 = 3) throws -> (StorePages, AnalysisPages, SQLiteStore) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let store = try SQLiteStore.open(path: dir + "/t.sqlite")
        _ = try store.importBatch(SyntheticData(projects: projects, claimsPerProject: 6, seed: seed).importBatch(), editor: "test")
        let today = AnalysisLoader.today()
        try store.bringDerivedUpToDate(today: today, progress: nil)
        return (try StorePages(store: store, today: today), AnalysisPages(try AnalysisLoader.load(store, asOf: nil)), store)
    }

    static func ids(_ p: any TrackerPages, _ q: ListQuery) -> [String] {
        (0..<p.listCount(q)).compactMap { p.listRow(q, at: $0)?.project.id }
    }

    static let filters: [ProjectFilter] = {
        var disputed = ProjectFilter(); disputed.hasDiscrepancy = true
        var bridges = ProjectFilter(); bridges.kinds = [.bridge]
        var russia = ProjectFilter(); russia.countries = ["RU"]
        return [ProjectFilter(), disputed, bridges, russia]
    }()

    @Test("every sort, both directions, four filters: the same rows, positions and search hits", arguments: SortColumn.allCases)
    func sameList(sort: SortColumn) throws {
        let (stored, memory, _) = try Self.sources()
        for descending in [false, true] {
            for filter in Self.filters {
                let q = ListQuery(sort: sort, descending: descending, filter: filter)
                let rows = Self.ids(memory, q)
                #expect(!rows.isEmpty || filter.hasDiscrepancy == true, "\(q)")
                #expect(Self.ids(stored, q) == rows, "\(sort) descending \(descending) \(filter)")
                #expect(stored.listIDs(q) == memory.listIDs(q))
                for id in rows.prefix(5) + rows.suffix(5) {
                    #expect(stored.listPosition(q, of: id) == memory.listPosition(q, of: id))
                }
                // A search from a few places, forward and back, lands on the same row (or none in both).
                let text = "p1"
                for start in [0, rows.count / 2, max(0, rows.count - 1)] {
                    for forward in [true, false] {
                        #expect(stored.listSearch(q, text: text, from: start, forward: forward)
                                == memory.listSearch(q, text: text, from: start, forward: forward), "\(q) from \(start)")
                    }
                }
            }
        }
    }

    @Test("the queue: the same discrepancies in the same order, found at the same positions")
    func sameQueue() throws {
        let (stored, memory, _) = try Self.sources()
        #expect(memory.queueCount > 10)
        #expect(stored.queueCount == memory.queueCount)
        let a = (0..<memory.queueCount).compactMap { memory.queueItem(at: $0) }
        let b = (0..<stored.queueCount).compactMap { stored.queueItem(at: $0) }
        #expect(a.map(\.id) == b.map(\.id))
        for (i, d) in a.enumerated() where i % 7 == 0 {
            #expect(memory.queuePosition(of: d.id, project: d.project) == i)
            #expect(stored.queuePosition(of: d.id, project: d.project) == i)
        }
        #expect(memory.queuePosition(of: "no-such-id", project: a[0].project) == nil)
        #expect(memory.queueItem(at: -1) == nil && memory.queueItem(at: memory.queueCount) == nil)
    }

    @Test("an in-memory update moves the row as a fresh sort would, under every sort")
    func updateMovesRow() throws {
        let (_, memory, store) = try Self.sources(projects: 40)
        let p = try #require(try store.project(id: "p7"))
        var claims = try store.claims(project: "p7")
        claims.append(try Claim(id: "c-new", project: "p7", status: .suspended, asOf: PartialDate(parsing: AnalysisLoader.today().description), source: "local"))
        for sort in SortColumn.allCases { _ = memory.listCount(ListQuery(sort: sort, descending: true, filter: ProjectFilter())) }
        let q = ListQuery(sort: .updated, descending: true, filter: ProjectFilter())
        _ = memory.listCount(q)
        memory.update(project: p, claims: claims, plans: try store.plans(project: "p7"), flags: try store.flagEvents().filter { $0.project == "p7" })
        let fresh = AnalysisPages(memory.analysis)
        #expect(Self.ids(memory, q) == Self.ids(fresh, q))
        #expect(memory.listPosition(q, of: "p7") == 0)  // the newest claim puts it first when sorted by update
    }
}

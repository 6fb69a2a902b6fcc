@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackSynthetic
import BorderTrackTUI
import Foundation
import Testing
import BorderTrackTestSupport

/// The UI reads every tracker through `TrackerPages`: a large one from the store's derived tables
/// (`StorePages`), a small one from a whole analysis (`AnalysisPages`). Both must give the same screens.
@Suite("Both page sources give the same list and queue")
struct PagesAgreeTests {
    /// A synthetic tracker in a file, its derived tables current for today, with both page sources over it.
    static func sources(projects: Int = 120, seed: UInt64 = 3) throws -> (StorePages, AnalysisPages, SQLiteStore) {
        let dir = Scratch.path("pages").path
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
        // Two kinds whose label is not their raw value: the store holds the label and filters by it.
        var crossings = ProjectFilter(); crossings.kinds = [.borderCrossing, .industrialPark]
        var built = ProjectFilter(); built.assessed = [.completed, .operational]
        return [ProjectFilter(), disputed, bridges, russia, crossings, built]
    }()

    @Test("a search typed character by character finds what a fresh one does (narrowed among the earlier matches)")
    func typedSearch() throws {
        let (stored, memory, _) = try Self.sources()
        let q = ListQuery(sort: .name, descending: false, filter: ProjectFilter())
        for typed in ["b", "br", "bri", "bri 1", "bri 12", "bri 1", "x", "мост", "мост 3", "1 мост", "12", "p12"] {
            let search = SearchQuery(typed)
            let found = stored.listMatches(q, search: search)
            #expect(found == memory.listMatches(q, search: search), "\(typed)")
            #expect(found == stored.listMatches(q, search: search), "again: \(typed)")
        }
        #expect(!stored.listMatches(q, search: SearchQuery("bri 1")).isEmpty)
        #expect(SearchQuery("bri").narrows(to: SearchQuery("bri 1")) && SearchQuery("bri 1").narrows(to: SearchQuery("bri 12")))
        #expect(!SearchQuery("bri 12").narrows(to: SearchQuery("bri 1")) && !SearchQuery("x").narrows(to: SearchQuery("bri")))
    }

    @Test("every project's assessed status and grade: the derived row equals the whole-tracker assessment")
    func assessedAgree() throws {
        let (stored, memory, _) = try Self.sources()
        let q = ListQuery(sort: .assessed, descending: false, filter: ProjectFilter())
        let fromStore = (0..<stored.listCount(q)).compactMap { stored.listRow(q, at: $0) }
        let inMemory = (0..<memory.listCount(q)).compactMap { memory.listRow(q, at: $0) }
        #expect(fromStore.map(\.project.id) == inMemory.map(\.project.id))
        #expect(fromStore.map(\.assessed) == inMemory.map(\.assessed))
        #expect(fromStore.contains { $0.assessed?.grade.reliability != .f }, "some source is graded from its record")
        #expect(Set(fromStore.compactMap(\.assessed?.status)).count >= 3)
        // The detail's assessment (path and reasons) is the one the row shows.
        for s in fromStore.prefix(20) {
            #expect(stored.assessment(of: s.project.id)?.headline == s.assessed)
            #expect(memory.assessment(of: s.project.id) == stored.assessment(of: s.project.id))
        }
    }

    @Test("the kind sort follows the label shown (\"bridge\" before \"crossing\"), in memory and in the store")
    func kindByLabel() throws {
        let (stored, memory, _) = try Self.sources()
        for descending in [false, true] {
            let q = ListQuery(sort: .kind, descending: descending, filter: ProjectFilter())
            for pages in [stored, memory] as [any TrackerPages] {
                let labels = (0..<pages.listCount(q)).compactMap { pages.listRow(q, at: $0)?.project.kind.label }
                #expect(labels.contains("crossing") && labels.contains("bridge"))
                #expect(labels == (descending ? labels.sorted(by: >) : labels.sorted()))
            }
        }
    }

    @Test("every sort, both directions, five filters: the same rows, positions and search hits", arguments: SortColumn.allCases)
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

// MARK: - The queue's filters and sorts, multi-word search

extension PagesAgreeTests {
    /// Both sources over a tracker where editors acknowledged some discrepancies and resolved others.
    static func flaggedSources() throws -> (StorePages, AnalysisPages, [Discrepancy]) {
        let (stored, _, store) = try Self.sources()
        let queue = (0..<stored.queueCount).compactMap { stored.queueItem(at: $0) }
        var flagged: [Discrepancy] = []
        for (i, d) in queue.enumerated() where i % 5 == 1 || i % 5 == 3 {
            let resolve = i % 5 == 3
            try store.recordFlag(FlagEvent(discrepancy: d.id, project: d.project, action: resolve ? .resolve : .ack,
                                           verdict: resolve ? d.verdictChoices.first : nil, note: "n", editor: "ann",
                                           at: Timestamp(seconds: 1_700_000_000)), expectedLast: .some(nil))
            flagged.append(d)
        }
        let today = AnalysisLoader.today()
        try store.bringDerivedUpToDate(today: today, progress: nil)
        return (try StorePages(store: store, today: today), AnalysisPages(try AnalysisLoader.load(store, asOf: nil)), flagged)
    }

    static func queueIDs(_ p: any TrackerPages, _ q: QueueQuery) -> [String] {
        (0..<p.queueCount(q)).compactMap { p.queueItem(q, at: $0).map { "\($0.project)/\($0.id)/\($0.flag.state.rawValue)" } }
    }

    static let queueFilters: [String] = [
        "", "state=all", "state=resolved", "state=acknowledged", "state=open,resolved kind=status-conflict",
        "severity=critical,minor", "kind=deadline-slip,regression state=all", "since=2020", "until=2015 state=all", "date=2018-06",
        "project=p1,p7,p30 state=all",
    ]

    @Test("every queue filter and sort, both directions: the same entries, positions and counts by state",
          arguments: QueueSort.allCases)
    func sameFilteredQueue(sort: QueueSort) throws {
        let (stored, memory, flagged) = try Self.flaggedSources()
        #expect(flagged.count > 4)
        for text in Self.queueFilters {
            let filter = try QueueFilter.parse(text)
            for descending in [false, true] {
                let q = QueueQuery(filter: filter, sort: sort, descending: descending)
                let want = Self.queueIDs(memory, q)
                #expect(Self.queueIDs(stored, q) == want, "\(text) \(sort) \(descending)")
                #expect(stored.queueStateCounts(q) == memory.queueStateCounts(q), "\(text)")
                for (i, key) in want.enumerated() where i % 9 == 0 {
                    let parts = key.split(separator: "/").map(String.init)
                    #expect(stored.queuePosition(q, of: parts[1], project: parts[0]) == i)
                    #expect(memory.queuePosition(q, of: parts[1], project: parts[0]) == i)
                }
            }
        }
        // What the filters select, checked against the analysis itself (not only the two sources against each other).
        let all = memory.analysis.discrepancies
        #expect(memory.queueCount(QueueQuery(filter: try QueueFilter.parse("state=all"))) == all.count)
        #expect(memory.queueCount(QueueQuery(filter: try QueueFilter.parse("state=resolved"))) == all.filter { $0.flag.state == .resolved }.count)
        #expect(memory.queueCount(QueueQuery(filter: try QueueFilter.parse("state=resolved"))) > 0)
        let counts = stored.queueStateCounts(QueueQuery())
        #expect(counts[.acknowledged] == all.filter { $0.flag.state == .acknowledged }.count && (counts[.acknowledged] ?? 0) > 0)
        #expect(counts[.open] == all.filter { $0.flag.state == .open }.count)
    }

    static let searches = ["heihe bridge", "BRIDGE heihe", "мост", "黑河", "amur xinhua", "p1", "правда heilongjiang", "rail 12", "no-such-word"]

    @Test("multi-word search: the same matches in the list (every sort, four filters) and in filtered queues")
    func sameSearch() throws {
        let (stored, memory, _) = try Self.flaggedSources()
        var found = 0
        for sort in SortColumn.allCases {
            for filter in Self.filters {
                let q = ListQuery(sort: sort, descending: sort == .discrepancies, filter: filter)
                for text in Self.searches {
                    let hits = memory.listMatches(q, search: SearchQuery(text))
                    #expect(stored.listMatches(q, search: SearchQuery(text)) == hits, "\(text) \(q)")
                    found += hits.count
                    // Every hit holds every word; a row that is no hit lacks one.
                    for (i, id) in Self.ids(memory, q).enumerated().prefix(40) {
                        let hay = memory.searchText(of: id)
                        #expect(hits.contains(i) == SearchQuery(text).words.allSatisfy(hay.contains), "\(text) \(id)")
                    }
                }
            }
        }
        #expect(found > 0)
        #expect(memory.listMatches(ListQuery(sort: .name, descending: false, filter: ProjectFilter()), search: SearchQuery("no-such-word")).isEmpty)
        for text in ["", "state=all", "kind=status-conflict state=all"] {
            for sort in [QueueSort.severity, .project] {
                let q = QueueQuery(filter: try QueueFilter.parse(text), sort: sort)
                for s in Self.searches + ["sc- heihe", "deadline-slip"] {
                    #expect(stored.queueMatches(q, search: SearchQuery(s)) == memory.queueMatches(q, search: SearchQuery(s)), "\(s) \(text)")
                }
            }
        }
        #expect(!memory.queueMatches(QueueQuery(), search: SearchQuery("黑河")).isEmpty)
    }
}

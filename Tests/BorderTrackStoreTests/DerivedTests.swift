import BorderTrackCore
import BorderTrackFormats
#if Postgres
import BorderTrackPostgres
#endif
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackSynthetic
import Foundation
import Testing
import BorderTrackTestSupport

/// The derived tables (`summary`, `queue_entry`) read back exactly what a full in-memory analysis gives:
/// after a rebuild, after random edits recomputed project by project, in every sort, filter and page.
@Suite struct DerivedTests {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let clock: @Sendable () -> Timestamp = { Timestamp(parsing: "2026-11-23T10:00:00Z")! }

    /// A synthetic dataset as the CSV importer reads it.
    static func batch(projects: Int, claimsPerProject: Int, seed: UInt64) -> ImportBatch {
        SyntheticData(projects: projects, claimsPerProject: claimsPerProject, seed: seed).importBatch()
    }

    /// A synthetic tracker imported through the CSV importer.
    static func tracker(projects: Int, claimsPerProject: Int, seed: UInt64) throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory(clock: clock)
        _ = try store.importBatch(batch(projects: projects, claimsPerProject: claimsPerProject, seed: seed), editor: "test")
        return store
    }

    /// A synthetic tracker on `engine`, imported and its derived tables brought up to date.
    static func derivedTracker(_ engine: Engine, projects: Int, claimsPerProject: Int, seed: UInt64) throws -> any DerivedSummaries {
        let store = try #require(try engine.make(clock: clock) as? any DerivedSummaries)
        _ = try store.importBatch(batch(projects: projects, claimsPerProject: claimsPerProject, seed: seed), editor: "test")
        try store.bringDerivedUpToDate(today: today, progress: nil)
        return store
    }

    /// Raw SQL behind the store's back (a forgery or a bug), on either engine.
    static func execute(_ store: any TrackerStore, _ sql: String) throws {
        if let sqlite = store as? SQLiteStore { try sqlite.executeForTesting(sql); return }
        #if Postgres
        if let server = store as? PostgresStore { try server.executeForTesting(sql); return }
        #endif
        Issue.record("no raw SQL for \(store.location)")
    }

    /// One random edit of a tracker (through `writer`, which may be another connection to it): a new project with a
    /// claim, a plan, a flag event, a withdrawn claim, or a claim. Returns the project it changed.
    static func randomEdit(_ store: any TrackerStore, by writer: any TrackerStore, step: Int, _ r: inout SyntheticData.Random) throws -> String {
        let projects = try store.projects()
        let p = projects[r.int(projects.count)]
        switch r.int(6) {
        case 0:
            let np = try Project(id: "new-\(step)", kind: .bridge, names: try Names(en: "Новый мост \(step)", zh: "新桥\(step)"), countries: ["RU", "CN"])
            try writer.addProject(np, editor: "ed")
            _ = try writer.addClaim(try Claim(id: "c-new-\(step)", project: np.id, status: .agreed, asOf: try PartialDate(parsing: "2024"), source: "local"),
                                    editor: "ed")
            return np.id
        case 1:
            _ = try writer.addPlan(try Plan(id: "plan-\(step)", project: p.id, milestone: .opening, target: try PartialDate(parsing: String(2020 + r.int(10))),
                                            announced: try PartialDate(parsing: "2019"), source: "fed"), editor: "ed")
        case 2:
            let a = try DerivedTests.analysis(store)
            if let d = a.discrepancies(of: p.id).first(where: \.isOpen) {
                _ = try writer.recordFlag(FlagEvent(discrepancy: d.id, project: p.id, action: r.int(2) == 0 ? .ack : .resolve,
                                                    verdict: .local, note: "checked", editor: "ed", at: DerivedTests.clock()), expectedLast: nil)
            } else {
                _ = try writer.recordFlag(FlagEvent(discrepancy: "mf-\(step)", project: p.id, action: .add, severity: .major,
                                                    note: "manual", editor: "ed", at: DerivedTests.clock()), expectedLast: nil)
            }
        case 3:
            if let c = try store.claims(project: p.id).last { try writer.withdraw(.claim, id: c.id, reason: "error", editor: "ed") }
        default:
            let statuses = Status.allCases
            let status = statuses[r.int(statuses.count)]
            _ = try writer.addClaim(try Claim(id: "c-edit-\(step)", project: p.id, status: status, asOf: try PartialDate(parsing: "2025-0\(1 + r.int(9))"),
                                              source: r.int(2) == 0 ? "fed" : "local"), editor: "ed")
        }
        return p.id
    }

    /// The whole tracker analysed and assessed in memory (`Analysis.assess`): what the derived rows must equal,
    /// assessed statuses included.
    static func analysis(_ store: any TrackerStore) throws -> Analysis {
        var a = Analysis(dataset: try store.dataset(), flags: try store.flagEvents(), today: today)
        a.assess(overrides: try store.gradeOverrides())
        return a
    }

    /// The in-memory list order of a query: the same key the TUI sorts by.
    static func sorted(_ rows: [ProjectSummary], _ q: SummaryQuery) -> [ProjectSummary] {
        func key(_ s: ProjectSummary) -> (Int, Int, String, String, String) {
            switch q.order {
            case .name: (0, 0, "", s.nameKey, s.project.id)
            case .kind: (0, 0, s.project.kind.label, s.nameKey, s.project.id)
            case .official: (s.officialRank, 0, "", s.nameKey, s.project.id)
            case .local: (s.localRank, 0, "", s.nameKey, s.project.id)
            case .assessed: (s.assessedRank, 0, "", s.nameKey, s.project.id)
            case .discrepancies: (s.severityRank, s.openDiscrepancies, "", s.nameKey, s.project.id)
            case .updated: (s.updatedRank, 0, "", s.nameKey, s.project.id)
            case .target: (s.targetRank, 0, "", s.nameKey, s.project.id)
            }
        }
        let up = rows.sorted { key($0) < key($1) }
        return q.descending ? up.reversed() : up
    }

    /// Every sort in both directions, the queue and the counts equal the in-memory analysis.
    static func expectMatches(_ store: any DerivedSummaries, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let a = try analysis(store)
        #expect(try store.summaryCount(SummaryQuery(order: .name, descending: false)) == a.summaries.count, sourceLocation: sourceLocation)
        for order in SummaryQuery.Order.allCases {
            for descending in [false, true] {
                let q = SummaryQuery(order: order, descending: descending)
                let page = try store.summaryPage(q, offset: 0, limit: a.summaries.count + 10)
                let want = sorted(a.summaries, q)
                #expect(page.map(\.project.id) == want.map(\.project.id), "order \(order) descending \(descending)", sourceLocation: sourceLocation)
                #expect(page == want, "summaries equal, order \(order)", sourceLocation: sourceLocation)
            }
        }
        let queue = try store.queuePage(offset: 0, limit: 1_000_000)
        #expect(queue.map(\.id) == a.openDiscrepancies.map(\.id), sourceLocation: sourceLocation)
        #expect(queue.map(\.project) == a.openDiscrepancies.map(\.project), sourceLocation: sourceLocation)
        #expect(try store.queueCount() == a.openDiscrepancies.count, sourceLocation: sourceLocation)
        // Pages and positions anywhere in the queue (through the bucket counts, kept up to date by every write).
        let open = Array(a.openDiscrepancies)
        for k in Set([0, 1, open.count / 3, open.count / 2, open.count - 2, open.count - 1]) where k >= 0 && k < open.count {
            #expect(try store.queuePage(offset: k, limit: 3).map(\.id) == open[k..<min(open.count, k + 3)].map(\.id), "offset \(k)",
                    sourceLocation: sourceLocation)
            #expect(try store.queuePosition(of: open[k].id, project: open[k].project) == k, sourceLocation: sourceLocation)
        }
        #expect(try store.queuePage(offset: open.count, limit: 3).isEmpty, sourceLocation: sourceLocation)
    }

    /// Five hand-made projects whose order under every sort is worked out by hand from the documented keys
    /// (lifecycle rank with suspended 5 and cancelled 6 and none -1; worst open severity then count; latest claim,
    /// none first; latest target, none last; then the lower-cased English name), so the expected orders are
    /// literals rather than the sort keys the store shares with the in-memory list.
    static let handMade = """
    {"format": "bordertrack/1",
     "sources": [{"id": "minvr", "name": "Minvostokrazvitiya", "tier": "federal-official", "country": "RU"},
                 {"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"},
                 {"id": "amurlife", "name": "Amur Life", "tier": "local-media", "country": "RU"}],
     "projects": [
       {"id": "alpha", "kind": "bridge", "names": {"en": "Mamakan bridge"},
        "plans": [{"id": "a-p", "milestone": "opening", "target": "2021-10", "announced": "2020-01", "source": "rg"}],
        "claims": [{"id": "a-o", "status": "operational", "scope": "full", "asOf": "2021-10-07", "source": "minvr"},
                   {"id": "a-l", "status": "completed", "asOf": "2021-10-14", "source": "amurlife"}]},
       {"id": "bravo", "kind": "rail", "names": {"en": "bravo crossing"},
        "plans": [{"id": "b-p", "milestone": "completion", "target": "2025", "announced": "2019", "source": "rg"}],
        "claims": [{"id": "b-o", "status": "construction", "asOf": "2019-05", "source": "minvr"}]},
       {"id": "charlie", "kind": "road", "names": {"en": "Charlie road"},
        "claims": [{"id": "c-o", "status": "agreed", "asOf": "2015", "source": "minvr"},
                   {"id": "c-l", "status": "suspended", "asOf": "2023-05", "source": "amurlife"}]},
       {"id": "delta", "kind": "ftz", "names": {"en": "Argun zone"}},
       {"id": "echo", "kind": "bridge", "names": {"en": "echo bridge"},
        "plans": [{"id": "e-p", "milestone": "opening", "target": "2019", "announced": "2016", "source": "rg"}],
        "claims": [{"id": "e-o", "status": "cancelled", "asOf": "2020", "source": "rg"},
                   {"id": "e-l", "status": "cancelled", "asOf": "2020-06", "source": "amurlife"}]}]}
    """

    @Test("every sort of five hand-made projects, and the queue, in orders worked out by hand", arguments: Engine.allCases)
    func handMadeOrders(_ engine: Engine) throws {
        let store = try #require(try engine.make(clock: DerivedTests.clock) as? any DerivedSummaries)
        _ = try store.importBatch(DatasetJSON.decode(Array(Self.handMade.utf8), file: "hand.json"), editor: "test")
        try store.bringDerivedUpToDate(today: DerivedTests.today, progress: nil)
        let expected: [SummaryQuery.Order: [String]] = [
            .name: ["delta", "bravo", "charlie", "echo", "alpha"],          // argun, bravo, charlie, echo, mamakan
            .kind: ["echo", "alpha", "delta", "bravo", "charlie"],          // bridge (echo, mamakan), ftz, rail, road
            .official: ["delta", "charlie", "bravo", "alpha", "echo"],      // none, agreed, construction, operational, cancelled
            .local: ["delta", "bravo", "alpha", "charlie", "echo"],         // none ×2, completed, suspended, cancelled
            .assessed: ["delta", "bravo", "alpha", "charlie", "echo"],      // none, construction, completed (later wins), suspended, cancelled
            .discrepancies: ["delta", "bravo", "echo", "charlie", "alpha"], // none ×3, major (stale official), critical (conflict)
            .updated: ["delta", "bravo", "echo", "alpha", "charlie"],       // none, 2019-05, 2020-06, 2021-10-14, 2023-05
            .target: ["echo", "alpha", "bravo", "delta", "charlie"],        // 2019, 2021-10, 2025, none ×2
        ]
        #expect(Set(expected.keys) == Set(SummaryQuery.Order.allCases))
        for (order, ids) in expected {
            let up = try store.summaryPage(SummaryQuery(order: order, descending: false), offset: 0, limit: 10).map(\.project.id)
            #expect(up == ids, "\(order) ascending")
            let down = try store.summaryPage(SummaryQuery(order: order, descending: true), offset: 0, limit: 10).map(\.project.id)
            #expect(down == ids.reversed(), "\(order) descending")
        }
        // The queue: the critical conflict before the major lag.
        let queue = try store.queuePage(offset: 0, limit: 10)
        #expect(queue.map(\.project) == ["alpha", "charlie"])
        #expect(queue.map { String($0.id.prefix(3)) } == ["sc-", "so-"])
        try DerivedTests.expectMatches(store)
    }

    @Test func freshImportAndRebuildEqualFullAnalysisInEverySort() throws {
        // An import into an empty tracker derives the summaries from its batch, in its transaction.
        let store = try DerivedTests.tracker(projects: 300, claimsPerProject: 6, seed: 7)
        #expect(try store.derivedState()?.projects == 300)
        #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()))
        #expect(try store.refreshDerived(today: DerivedTests.today) == .current)
        try DerivedTests.expectMatches(store)
        #expect(try store.queueCount() > 100, "the synthetic tracker has discrepancies to queue")
        // A rebuild from the tables (another day, then back) gives the same rows.
        #expect(try store.refreshDerived(today: DerivedTests.today.adding(days: 1)) == .rebuilt(projects: 300))
        #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()) == false)
        #expect(try store.refreshDerived(today: DerivedTests.today) == .rebuilt(projects: 300))
        try DerivedTests.expectMatches(store)
    }

    @Test func aFileTrackerRebuildsReadingOnAnotherConnectionWithTheSameRows() throws {
        // A file tracker's rebuild reads its batches through a reader connection while the transaction writes
        // (`RebuildFeed`, batches of 4,096: two here); an in-memory one reads inline. Both give the full analysis.
        let dir = Scratch.path("derived").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try SQLiteStore.importIntoNewFile(path: dir + "/t.sqlite", batch: DerivedTests.batch(projects: 4500, claimsPerProject: 2, seed: 5),
                                              editor: "test", clock: DerivedTests.clock)
        let store = try SQLiteStore.open(path: dir + "/t.sqlite", clock: DerivedTests.clock)
        #expect(try store.refreshDerived(today: DerivedTests.today) == .current)
        #expect(try store.refreshDerived(today: DerivedTests.today.adding(days: 1)) == .rebuilt(projects: 4500))
        #expect(try store.refreshDerived(today: DerivedTests.today) == .rebuilt(projects: 4500))
        try DerivedTests.expectMatches(store)
    }

    @Test func anImportIntoANonEmptyTrackerLeavesThemStaleUntilRefreshed() throws {
        let store = try DerivedTests.tracker(projects: 30, claimsPerProject: 3, seed: 2)
        let more = SyntheticData(projects: 40, claimsPerProject: 3, seed: 9)
        var projectRows: [[String]] = [], claimRows: [[String]] = []
        more.projectRows { projectRows.append($0.first == "id" || !$0[0].hasPrefix("p") ? $0 : ["x" + $0[0]] + $0.dropFirst()) }
        more.claimRows { claimRows.append($0.first == "project" ? $0 : ["x" + $0[0]] + $0.dropFirst()) }
        var batch = ImportBatch()
        for rows in [projectRows, claimRows] { batch.append(DatasetCSV.decode(Array(DatasetCSV.write(rows).utf8), file: "more.csv").batch) }
        #expect(batch.issues.isEmpty, "\(batch.issues)")
        _ = try store.importBatch(batch, editor: "test")
        #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()) == false)
        #expect(try store.refreshDerived(today: DerivedTests.today) == .rebuilt(projects: 70))
        try DerivedTests.expectMatches(store)
    }

    @Test func editsRecomputeOnlyTheirProjectsAndStayEqual() throws {
        let store = try DerivedTests.tracker(projects: 80, claimsPerProject: 5, seed: 11)
        try store.refreshDerived(today: DerivedTests.today)
        var r = SyntheticData.Random(state: 99)
        for step in 0..<16 {
            let touched = try DerivedTests.randomEdit(store, by: store, step: step, &r)
            #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()) == false)
            let done = try store.refreshDerived(today: DerivedTests.today)
            #expect(done == .projects([touched]), "step \(step)")
            try DerivedTests.expectMatches(store)
            // Recomputed project by project, the rows are byte for byte what a rebuild writes.
            let check = try store.checkDerived()
            #expect(check.status == .checked && check.intact, "step \(step): \(check.summary)")
        }
    }

    @Test func aNewDayOrNewSourceRebuilds() throws {
        let store = try DerivedTests.tracker(projects: 40, claimsPerProject: 4, seed: 3)
        try store.refreshDerived(today: DerivedTests.today)
        #expect(try store.refreshDerived(today: DerivedTests.today.adding(days: 1)) == .rebuilt(projects: 40))
        try store.addSource(try Source(id: "extra", name: "Extra", tier: "local-media", country: "RU", url: nil, perspective: nil), editor: "ed")
        #expect(try store.refreshDerived(today: DerivedTests.today.adding(days: 1)) == .rebuilt(projects: 40))
        #expect(try store.refreshDerived(today: DerivedTests.today.adding(days: 1), options: .init(staleMonths: 12)) == .rebuilt(projects: 40))
        // Checked for the day and options they were built for.
        let check = try store.checkDerived()
        #expect(check.status == .checked && check.intact && check.projects == 40, "\(check.summary)")
    }

    @Test(arguments: Engine.allCases)
    func filtersPositionsKeysetPagesAndSearchAgreeWithTheFullList(_ engine: Engine) throws {
        let store = try DerivedTests.derivedTracker(engine, projects: 200, claimsPerProject: 5, seed: 5)
        let a = try DerivedTests.analysis(store)
        var filters: [(SummaryQuery, (ProjectSummary) -> Bool)] = []
        var q = SummaryQuery(order: .discrepancies, descending: true)
        filters.append((q, { _ in true }))
        q.kinds = ["bridge", "rail"]
        filters.append((q, { ["bridge", "rail"].contains($0.project.kind.rawValue) }))
        q = SummaryQuery(order: .name, descending: false)
        q.statuses = ["operational"]
        q.hasDiscrepancy = true
        filters.append((q, { [$0.official?.status, $0.local?.status].contains(.operational) && $0.openDiscrepancies > 0 }))
        q = SummaryQuery(order: .updated, descending: true)
        q.countries = ["CN"]
        q.region = "amur"
        filters.append((q, { $0.project.countries.contains("CN") && $0.project.regions.contains { $0.lowercased().contains("amur") } }))
        for (q, keep) in filters {
            let want = DerivedTests.sorted(a.summaries.filter(keep), q)
            #expect(!want.isEmpty)
            #expect(try store.summaryCount(q) == want.count)
            #expect(try store.summaryPage(q, offset: 0, limit: 10_000) == want)
            for i in [0, want.count / 2, want.count - 1] {
                #expect(try store.summaryPosition(q, of: want[i].project.id) == i)
                let after = try store.summaryPage(q, from: want[i].project.id, before: false, limit: 7)
                #expect(after == Array(want[(i + 1)..<min(want.count, i + 8)]))
                let ahead = try store.summaryPage(q, from: want[i].project.id, before: true, limit: 7)
                #expect(ahead == Array(want[max(0, i - 7)..<i]))
            }
            // Search keys: every selected project's search text (its id and names, regions, sources and quotes:
            // `ProjectSearchText`), in list order, as the UI's search steps through them.
            let keys = try store.summarySearchKeys(q)
            #expect(keys.ids == want.map(\.project.id))
            #expect(keys.ends.count == want.count && keys.keys.count == (keys.ends.last ?? -1) + 1)
            for (i, s) in want.enumerated() {
                let start = i == 0 ? 0 : keys.ends[i - 1] + 1
                let text = ProjectSearchText.of(s.project, claims: a.claimsByProject[s.project.id] ?? [], sources: a.sources)
                #expect(text.hasPrefix(s.project.searchKey))
                #expect(Array(keys.keys[start..<keys.ends[i]]) == Array(text.utf8))
                #expect(keys.keys[keys.ends[i]] == 0)
            }
        }
        let open = Array(a.openDiscrepancies)
        for i in [0, open.count / 2, open.count - 1] {
            #expect(try store.queuePosition(of: open[i].id, project: nil) == i)
            #expect(try store.queuePosition(of: open[i].id, project: open[i].project) == i)
            #expect(try store.queuePage(offset: i, limit: 1).first?.id == open[i].id)
        }
        #expect(try store.queuePosition(of: "no-such-discrepancy", project: nil) == nil)
        #expect(try store.queuePosition(of: open[0].id, project: "another-project") == nil)
    }
}

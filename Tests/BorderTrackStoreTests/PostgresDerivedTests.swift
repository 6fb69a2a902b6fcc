#if Postgres
import BorderTrackCore
import BorderTrackFormats
@testable import BorderTrackPostgres
import BorderTrackStore
import BorderTrackSynthetic
import Foundation
import Testing

/// The team server's derived tables: kept current by every write in its own transaction (whoever writes, through
/// whichever connection), rebuilt when an import, a source or a new day leaves them stale, readable by a viewer,
/// and always equal to a full in-memory analysis. Needs `$BORDERTRACK_TEST_PG`.
@Suite("PostgreSQL derived summaries")
struct PostgresDerivedTests {
    static var enabled: Bool { PostgresFixture.baseURL != nil }

    static func tracker(projects: Int, claimsPerProject: Int, seed: UInt64) throws -> PostgresStore {
        try DerivedTests.derivedTracker(.postgres, projects: projects, claimsPerProject: claimsPerProject, seed: seed) as! PostgresStore
    }

    @Test("an import into an empty tracker builds them from its batch, in its transaction; another day rebuilds them", .enabled(if: enabled))
    func firstBuild() throws {
        let store = try PostgresStore.open(url: try PostgresFixture.freshURL(), clock: DerivedTests.clock)
        #expect(try store.derivedState() == nil)
        #expect(try store.checkDerived() == DerivedCheck(status: .absent))
        _ = try store.importBatch(DerivedTests.batch(projects: 300, claimsPerProject: 6, seed: 7), editor: "test")
        #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()), "derived from the batch analysed during the import")
        #expect(try store.derivedState()?.projects == 300)
        try DerivedTests.expectMatches(store)
        #expect(try store.refreshDerived(today: DerivedTests.today) == .current)
        try DerivedTests.expectMatches(store)
        #expect(try store.queueCount() > 100, "the synthetic tracker has discrepancies to queue")
        // Another day rebuilds; back again rebuilds the same rows.
        #expect(try store.refreshDerived(today: DerivedTests.today.adding(days: 1)) == .rebuilt(projects: 300))
        #expect(try store.refreshDerived(today: DerivedTests.today) == .rebuilt(projects: 300))
        try DerivedTests.expectMatches(store)
        let check = try store.checkDerived()
        #expect(check.status == .checked && check.intact && check.projects == 300, "\(check.summary)")
    }

    @Test("every kind of edit keeps them current in its own transaction, equal to a full analysis", .enabled(if: enabled))
    func editsKeepThemCurrent() throws {
        let store = try Self.tracker(projects: 80, claimsPerProject: 5, seed: 11)
        // Another connection's writes are maintained by that connection's transactions.
        let other = try PostgresStore.open(url: store.url, create: false, clock: DerivedTests.clock)
        var r = SyntheticData.Random(state: 99)
        for step in 0..<16 {
            let writer = step % 2 == 0 ? store : other
            let seqBefore = try store.derivedState()?.auditSeq
            if step % 5 == 4 {
                // A project's details edited: its summary row carries a copy of them.
                let p = try store.projects()[step]
                let renamed = try Project(id: p.id, kind: p.kind, names: try Names(en: "Renamed \(step)", ru: p.names.ru, zh: p.names.zh),
                                          countries: p.countries, regions: p.regions, location: p.location, programs: p.programs)
                try writer.updateProject(renamed, expected: p, editor: "ed")
                #expect(try store.summaryRow(of: p.id)?.project.names.en == "Renamed \(step)")
            } else {
                _ = try DerivedTests.randomEdit(store, by: writer, step: step, &r)
            }
            #expect(try store.derivedState()?.auditSeq != seqBefore, "step \(step): the write moved the state row")
            #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()), "step \(step)")
            #expect(try store.refreshDerived(today: DerivedTests.today) == .current, "step \(step)")
            try DerivedTests.expectMatches(store)
            let check = try store.checkDerived()
            #expect(check.status == .checked && check.intact, "step \(step): \(check.summary)")
        }
        // Undo goes through the same transactions.
        _ = try other.undoLast(editor: "ed", expected: nil)
        #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()))
        try DerivedTests.expectMatches(store)
    }

    @Test("a refused write changes nothing; a source or an import leaves them stale until rebuilt", .enabled(if: enabled))
    func staleAndRefused() throws {
        let store = try Self.tracker(projects: 40, claimsPerProject: 4, seed: 3)
        let before = try store.derivedState()
        let claim = try store.claims(project: nil)[0]
        #expect(throws: StoreError.self) { try store.addClaim(claim, editor: "ed") }  // a duplicate id
        #expect(try store.derivedState() == before)
        try store.addSource(try Source(id: "extra", name: "Extra", tier: "local-media", country: "RU", url: nil, perspective: nil), editor: "ed")
        #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init()) == false)
        #expect(try store.checkDerived().status == .stale(reason: "1 audit entry behind"))
        // A claim written while they are stale does not pretend to bring them up to date.
        _ = try store.addClaim(try Claim(id: "c-late", project: claim.project, status: .cancelled, asOf: try PartialDate(parsing: "2025-06"),
                                         source: "local"), editor: "ed")
        #expect(try store.derivedState() == before)
        #expect(try store.refreshDerived(today: DerivedTests.today) == .rebuilt(projects: 40))
        try DerivedTests.expectMatches(store)
        #expect(try store.refreshDerived(today: DerivedTests.today, options: .init(staleMonths: 12)) == .rebuilt(projects: 40))
        // Built under other options, a write on the same day keeps them current under those.
        _ = try store.addClaim(try Claim(id: "c-later", project: claim.project, status: .operational, asOf: try PartialDate(parsing: "2025-07"),
                                         source: "local"), editor: "ed")
        #expect(try store.derivedIsCurrent(today: DerivedTests.today, options: .init(staleMonths: 12)))
        #expect(try store.checkDerived().intact)
    }

    @Test("a write to a project with hundreds of claims leaves it to the next refresh, which recomputes it alone", .enabled(if: enabled))
    func largeProjectLeftToRefresh() throws {
        let store = try Self.tracker(projects: 3, claimsPerProject: PostgresStore.maxDerivedClaimsPerWrite + 10, seed: 6)
        let before = try store.derivedState()
        let big = try store.projects()[1].id
        _ = try store.addClaim(try Claim(id: "c-big", project: big, status: .operational, asOf: try PartialDate(parsing: "2025-09"), source: "fed"),
                               editor: "ed")
        #expect(try store.derivedState() == before, "not analysed under the write lock")
        #expect(try store.checkDerived().status == .stale(reason: "1 audit entry behind"))
        #expect(try store.refreshDerived(today: DerivedTests.today) == .projects([big]))
        try DerivedTests.expectMatches(store)
    }

    @Test("a viewer pages them and an editor's write keeps them current (the roles' grants)", .enabled(if: enabled))
    func roles() throws {
        let admin = try Self.tracker(projects: 30, claimsPerProject: 3, seed: 4)
        try PostgresFixture.withLogins(admin) { viewer, editor in
            let asEditor = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: editor), create: false, clock: DerivedTests.clock)
            let project = try admin.projects()[0].id
            _ = try asEditor.addClaim(try Claim(id: "c-editor", project: project, status: .suspended, asOf: try PartialDate(parsing: "2025-08"),
                                                source: "local"), editor: editor)
            #expect(try admin.derivedIsCurrent(today: DerivedTests.today, options: .init()))
            #expect(try admin.summaryRow(of: project)?.local?.claim.id == "c-editor" || (try admin.summaryRow(of: project)?.official?.claim.id) == "c-editor")
            let asViewer = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: viewer), create: false, clock: DerivedTests.clock)
            try asViewer.bringDerivedUpToDate(today: DerivedTests.today, progress: nil)  // current: nothing to write
            try DerivedTests.expectMatches(asViewer)
            #expect(try asViewer.checkDerived().intact)
            // A viewer cannot rebuild them (another day) nor forge them.
            #expect(throws: StoreError.self) { try asViewer.bringDerivedUpToDate(today: DerivedTests.today.adding(days: 1), progress: nil) }
            #expect(throws: StoreError.self) { try asViewer.executeForTesting("UPDATE summary SET claim_count = 0") }
        }
    }

    @Test("listing the queue as `bordertrack discrepancies` does, narrowed like SQLite's", .enabled(if: enabled))
    func listQueue() throws {
        let store = try Self.tracker(projects: 60, claimsPerProject: 5, seed: 8)
        let open = Array(try DerivedTests.analysis(store).openDiscrepancies)
        var all: [QueuedDiscrepancy] = []
        try store.listQueue(projects: [], kinds: [], severities: [], states: []) { all.append($0) }
        #expect(all.map(\.id) == open.map(\.id))
        #expect(all.map(\.explanation) == open.map(\.explanation))
        #expect(all.map(\.to) == open.map(\.to))
        let p = open[0].project
        var mine: [QueuedDiscrepancy] = []
        try store.listQueue(projects: [p], kinds: [], severities: [open[0].severity], states: [.open, .acknowledged]) { mine.append($0) }
        #expect(mine.map(\.id) == open.filter { $0.project == p && $0.severity == open[0].severity }.map(\.id))
    }
}
#endif

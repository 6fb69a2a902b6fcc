@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackSynthetic
import BorderTrackTUI
import Foundation
import Testing
import BorderTrackTestSupport

/// One refresher notices another connection's commits, scopes them (the projects named, or everything)
/// and brings either kind of page source up to date, ending where a fresh load would.
@Suite("Refresher: notice, scope, catch up")
struct RefresherTests {
    /// Two connections to one synthetic tracker file: the UI's and another editor's.
    static func twoEditors(projects: Int = 60) throws -> (ui: SQLiteStore, other: SQLiteStore) {
        let dir = Scratch.path("refresh").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let other = try SQLiteStore.open(path: dir + "/t.sqlite")
        _ = try other.importBatch(SyntheticData(projects: projects, claimsPerProject: 5, seed: 9).importBatch(), editor: "test")
        return (try SQLiteStore.open(path: dir + "/t.sqlite"), other)
    }

    static func claim(_ project: String, _ quote: String) throws -> Claim {
        try Claim(id: nil, project: project, status: "suspended", scope: nil, asOf: AnalysisLoader.today().description,
                  published: nil, source: "local", url: nil, quote: quote)
    }

    static func rows(_ s: AppState) -> [String] { (0..<s.listCount).compactMap { s.listRow($0)?.project.id } }
    static func queue(_ s: AppState) -> [String] { (0..<s.queueCount).compactMap { s.queueItem($0)?.id } }
    static let session = AppState.Session(database: "t", editor: "ui", readOnly: false)

    @Test("in memory: a claim is scoped to its project and applied in place; a new source reloads everything")
    func inMemory() throws {
        let (ui, other) = try Self.twoEditors()
        let refresher = Refresher(store: ui, pollInterval: 0)
        var state = AppState(analysis: try AnalysisLoader.load(ui, asOf: nil), session: Self.session, rows: 30, cols: 100)
        #expect(!refresher.changed())
        #expect(try refresher.scope().0 == .nothing)

        try other.addClaim(Self.claim("p3", "from the other editor"), editor: "other")
        #expect(refresher.changed())
        #expect(!refresher.changed())  // seen once
        #expect(try refresher.scope().0 == .projects(["p3"]))
        let notice = try refresher.catchUp(&state)
        #expect(notice?.contains("1 new claim") == true)
        #expect(state.data.claims(of: "p3").contains { $0.quote == "from the other editor" })
        #expect(try refresher.scope().0 == .nothing)
        let fresh = AppState(analysis: try AnalysisLoader.load(ui, asOf: nil), session: Self.session, rows: 30, cols: 100)
        #expect(Self.rows(state) == Self.rows(fresh) && Self.queue(state) == Self.queue(fresh))

        try other.addSource(Source(id: "new-outlet", name: "New Outlet", tier: .localMedia, country: "CN"), editor: "other")
        #expect(refresher.changed())
        #expect(try refresher.scope().0 == .everything)
        _ = try refresher.catchUp(&state)
        #expect(state.data.sources["new-outlet"] != nil)
    }

    @Test("paged: the derived tables follow another editor's claim and the pages forget only what changed")
    func paged() throws {
        let (ui, other) = try Self.twoEditors()
        let today = AnalysisLoader.today()
        try ui.bringDerivedUpToDate(today: today, progress: nil)
        let refresher = Refresher(store: ui, pollInterval: 0)
        var state = AppState(pages: try StorePages(store: ui, today: today), session: Self.session, rows: 30, cols: 100)
        _ = state.data.claims(of: "p5")  // read (and cached) before the change

        try other.addClaim(Self.claim("p5", "paged change"), editor: "other")
        #expect(refresher.changed())
        #expect(try refresher.scope().0 == .projects(["p5"]))
        let notice = try refresher.catchUp(&state)
        #expect(notice?.contains("1 new claim") == true)
        #expect(state.data.claims(of: "p5").contains { $0.quote == "paged change" })
        let fresh = AppState(analysis: try AnalysisLoader.load(ui, asOf: nil), session: Self.session, rows: 30, cols: 100)
        #expect(Self.rows(state) == Self.rows(fresh))
        #expect(Self.queue(state) == Self.queue(fresh))
        // A commit outside the audit chain (a repair of derived rows) moves the token but has nothing to apply.
        #expect(try refresher.catchUp(&state) == nil)
    }

    @Test("the UI's own write, caught up and acknowledged, is not reported as another editor's")
    func ownWrite() throws {
        let (ui, _) = try Self.twoEditors(projects: 20)
        let effects = UIEffects(store: ui, editor: "ui", pollInterval: 0)
        var state = AppState(analysis: try AnalysisLoader.load(ui, asOf: nil), session: Self.session, rows: 30, cols: 100)
        try effects.write(.addClaim(Self.claim("p2", "mine")))
        effects.reload(&state)
        #expect(state.data.claims(of: "p2").contains { $0.quote == "mine" })
        #expect(!effects.refresher.changed())
    }
}

@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackTUI
import Foundation
import Testing

/// The claims table read page by page from the store (`StorePages`) and from a whole analysis (`AnalysisPages`):
/// the same rows in the same order, the same counts and the same frequency tables, for every sort and filter.
@Suite("Both page sources give the same claims table")
struct ClaimsPagesAgreeTests {
    /// A synthetic tracker with a correction (its old claim superseded), a claim known through another source,
    /// one with a quote language and a withdrawn claim; both page sources over it.
    static func sources() throws -> (StorePages, AnalysisPages) {
        let (_, _, store) = try PagesAgreeTests.sources(projects: 80, seed: 5)
        let old = try #require(try store.claims(project: "p3").first)
        let source = try #require(try store.sources().first { $0.id != old.source })
        _ = try store.addClaim(try Claim(id: "fix-1", project: "p3", status: old.status, asOf: old.asOf, source: old.source,
                                         quote: "Мост 大桥", supersedes: old.id, quoteLang: "ru", via: source.id), editor: "Аня")
        _ = try store.addClaim(try Claim(id: "gone-1", project: "p4", status: .cancelled, asOf: PartialDate(parsing: "2020"), source: old.source), editor: "bo")
        try store.withdraw(.claim, id: "gone-1", reason: "recorded in error", editor: "bo")
        let today = AnalysisLoader.today()
        try store.bringDerivedUpToDate(today: today, progress: nil)
        return (try StorePages(store: store, today: today), AnalysisPages(try AnalysisLoader.load(store, asOf: nil)))
    }

    static func ids(_ p: any ClaimPages, _ q: ClaimsQuery) -> [String] {
        (0..<p.claimsCount(q)).compactMap { p.claimRow(q, at: $0)?.claim.id }
    }

    static var filters: [ClaimsQuery] {
        func q(_ f: (inout ClaimsQuery) -> Void) -> ClaimsQuery { var q = ClaimsQuery(); f(&q); return q }
        let y = { (s: String) in try! PartialDate(parsing: s) }
        return [ClaimsQuery(), q { $0.statuses = [.operational] }, q { $0.tiers = [.stateMedia, .localMedia] },
                q { $0.projects = ["p3", "p7"] }, q { $0.states = [.superseded] }, q { $0.vias = [""] }, q { $0.langs = ["ru"] },
                q { $0.editors = ["Аня"] }, q { $0.asOf = ClaimDateRange(from: y("2015").start, to: y("2019-06").end) },
                q { $0.published = ClaimDateRange(from: y("2018-03-15").start, to: nil) }, q { $0.words = ["p1"] }, q { $0.words = ["мост"] }]
    }

    @Test("every sortable column, both directions, a dozen filters: the same rows, counts and frequencies", arguments: ClaimColumn.sortable)
    func sameTable(sort: ClaimColumn) throws {
        let (stored, memory) = try Self.sources()
        #expect(memory.claimsCount(ClaimsQuery()) > 400)
        for descending in [false, true] {
            for var q in Self.filters {
                q.sort = sort; q.descending = descending
                let rows = Self.ids(memory, q)
                #expect(Self.ids(stored, q) == rows, "\(q)")
                #expect(stored.claimsCount(q) == rows.count)
                #expect(stored.claimRow(q, at: rows.count) == nil && stored.claimRow(q, at: -1) == nil)
            }
        }
        for q in Self.filters {
            for column in ClaimColumn.allCases {
                #expect(stored.claimsFrequency(q, column: column) == memory.claimsFrequency(q, column: column), "\(column) \(q)")
            }
        }
        #expect(stored.lastError == nil)
        var superseded = ClaimsQuery(); superseded.states = [.superseded]
        #expect(Self.ids(stored, superseded).count == 1)
        #expect(!Self.ids(stored, ClaimsQuery()).contains("gone-1"))
    }

    @Test("a deep row of the store's table is read by its block and agrees with memory; forgetting rereads")
    func deepRows() throws {
        let (stored, memory) = try Self.sources()
        let q = ClaimsQuery()
        let n = memory.claimsCount(q)
        for i in [n - 1, n / 2, 129, 127, 0] { #expect(stored.claimRow(q, at: i) == memory.claimRow(q, at: i)) }
        stored.invalidate(projects: nil)
        #expect(stored.claimRow(q, at: n - 1) == memory.claimRow(q, at: n - 1))
    }
}

@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackTUI
import Foundation
import Testing

/// The claims table over a large SQLite tracker (`bordertrack-bench generate --projects 100000` imported), timed:
/// a page next to one read, the last page, a frequency table. Runs only with `$BORDERTRACK_CLAIMS_SCALE_DB` naming
/// such a file (the figures go to the test output; the limits are ten times what a 2-core machine measured).
@Suite("Claims table at scale", .enabled(if: ProcessInfo.processInfo.environment["BORDERTRACK_CLAIMS_SCALE_DB"] != nil))
struct ClaimsScaleTests {
    func ms(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    @Test("pages, the end, filters and frequencies of a million claims")
    func timings() throws {
        let store = try SQLiteStore.open(path: ProcessInfo.processInfo.environment["BORDERTRACK_CLAIMS_SCALE_DB"]!)
        let pages = try StorePages(store: store, today: AnalysisLoader.today())
        var q = ClaimsQuery()
        var n = 0
        let count = ms { n = pages.claimsCount(q) }
        #expect(n >= 1_000_000)
        let first = ms { _ = pages.claimRow(q, at: 0) }
        // Scrolling: the next block is read by key from the last row of the one before.
        var next = 0.0
        for b in 1...20 { next = max(next, ms { _ = pages.claimRow(q, at: b * ClaimsCache.block) }) }
        let last = ms { _ = pages.claimRow(q, at: n - 1) }
        let beforeLast = ms { _ = pages.claimRow(q, at: n - 1 - ClaimsCache.block) }
        var freq: [String: Double] = [:]
        for c in [ClaimColumn.source, .tier, .status, .project, .recorded, .state] {
            var rows: [ClaimFrequency] = []
            freq[c.rawValue] = ms { rows = pages.claimsFrequency(q, column: c) }
            #expect(rows.reduce(0) { $0 + $1.count } == n)
        }
        q.sources = ["xinhua"]
        var xn = 0
        let xcount = ms { xn = pages.claimsCount(q) }
        let xfirst = ms { _ = pages.claimRow(q, at: 0) }
        let xnext = ms { _ = pages.claimRow(q, at: ClaimsCache.block) }
        let xfreq = ms { _ = pages.claimsFrequency(q, column: .status) }
        var sq = ClaimsQuery(); sq.sort = .asOf; sq.descending = false
        let asofFirst = ms { _ = pages.claimRow(sq, at: 0) }
        let asofNext = ms { _ = pages.claimRow(sq, at: ClaimsCache.block) }
        var st = ClaimsQuery(); st.sort = .status
        let statusFirst = ms { _ = pages.claimRow(st, at: 0) }
        print(String(format: """
            claims at scale (%d claims): count %.1f ms; first page %.1f ms; next page by key (worst of 20) %.1f ms; \
            last page %.1f ms; page before it %.1f ms; source=xinhua (%d): count %.1f ms, first page %.1f ms, next %.1f ms, \
            status frequency %.1f ms; sort asof: first %.1f ms, next %.1f ms; sort status (no index): first %.1f ms; frequencies: %@
            """, n, count, first, next, last, beforeLast, xn, xcount, xfirst, xnext, xfreq, asofFirst, asofNext, statusFirst,
            freq.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.0f", $0.value)) ms" }.joined(separator: ", ")))
        #expect(next < 100 && beforeLast < 100 && xnext < 100 && asofNext < 100)
        #expect(freq.values.allSatisfy { $0 < 20_000 })
        #expect(pages.lastError == nil)
    }
}

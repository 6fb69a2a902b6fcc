import BorderTrackCore
@testable import BorderTrackSQLite
import BorderTrackStore
import BorderTrackSynthetic
import Foundation
import Testing
import BorderTrackTestSupport

/// Migration v14 turns SQLite's `summary` from a WITHOUT ROWID table (whose long rows spilled to overflow pages)
/// into a rowid table, copying its rows: a tracker made before it opens with the same pages, still current.
@Suite("SQLite summary layout")
struct SummaryLayoutTests {
    /// SQL that takes a tracker's `summary` back to its layout before v14 (WITHOUT ROWID, keyed by project), rows kept:
    /// the same columns and indexes, only the key and the table kind differ.
    static let summaryBeforeV14 = """
        CREATE TABLE summary_old (
        \(SQLiteStore.summaryColumnsV14.replacingOccurrences(of: "project TEXT NOT NULL UNIQUE", with: "project TEXT PRIMARY KEY"))
        ) WITHOUT ROWID;
        INSERT INTO summary_old SELECT \(DerivedRows.summaryColumns.joined(separator: ", ")) FROM summary;
        DROP TABLE summary;
        ALTER TABLE summary_old RENAME TO summary;
        \(SQLiteStore.summaryIndexesV14)
        DELETE FROM grdb_migrations WHERE identifier = 'v14: summary as a rowid table';
        PRAGMA user_version = 13;
        """

    static func pages(_ store: SQLiteStore) throws -> [[String]] {
        try SummaryQuery.Order.allCases.map { order in
            try store.summaryPage(SummaryQuery(order: order, descending: order == .updated), offset: 0, limit: 1000).map {
                "\($0.project.id) \($0.project.names.en) \($0.official?.status.rawValue ?? "-") \($0.local?.claim.quote ?? "-") \($0.openDiscrepancies)"
            }
        }
    }

    @Test("a tracker made before v14 opens with summary as a rowid table, the same rows and pages, nothing rebuilt")
    func migration() throws {
        let dir = Scratch.path("bt-layout").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/t.sqlite"
        let before: [[String]], state: DerivedState?
        do {
            let store = try SQLiteStore.open(path: path, clock: DerivedTests.clock)
            _ = try store.importBatch(DerivedTests.batch(projects: 150, claimsPerProject: 6, seed: 21), editor: "test")
            try store.bringDerivedUpToDate(today: DerivedTests.today, progress: nil)
            #expect(try store.tableSQLForTesting("summary")?.contains("WITHOUT ROWID") == false, "a new tracker has the new layout")
            try store.executeForTesting(Self.summaryBeforeV14)
            #expect(try store.tableSQLForTesting("summary")?.contains("WITHOUT ROWID") == true)
            before = try Self.pages(store)
            state = try store.derivedState()
        }
        #expect(before.allSatisfy { $0.count == 150 })
        let store = try SQLiteStore.open(path: path, clock: DerivedTests.clock)
        #expect(try store.tableSQLForTesting("summary")?.contains("WITHOUT ROWID") == false)
        #expect(try store.tableSQLForTesting("summary_rowid") == nil)
        #expect(try Self.pages(store) == before)
        #expect(try store.derivedState() == state)
        #expect(try store.refreshDerived(today: DerivedTests.today) == .current, "copied, not rebuilt")
        let check = try store.checkDerived()
        #expect(check.status == .checked && check.intact && check.projects == 150, "\(check.summary)")
        // Edits keep the new table current: a replaced row keeps one row per project.
        var r = SyntheticData.Random(state: 4)
        for step in 0..<12 {
            let touched = try DerivedTests.randomEdit(store, by: store, step: step, &r)
            let done = try store.refreshDerived(today: DerivedTests.today)
            // The project edited, and those whose assessment weighs a source whose track record it changed.
            guard case .projects(let recomputed) = done else { Issue.record("step \(step): \(done)"); continue }
            #expect(recomputed.contains(touched), "step \(step)")
        }
        try DerivedTests.expectMatches(store)
    }
}

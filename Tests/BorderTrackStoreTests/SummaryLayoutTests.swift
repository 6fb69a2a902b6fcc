import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackSynthetic
import Foundation
import Testing

/// Migration v14 turns SQLite's `summary` from a WITHOUT ROWID table (whose long rows spilled to overflow pages)
/// into a rowid table, copying its rows: a tracker made before it opens with the same pages, still current.
@Suite("SQLite summary layout")
struct SummaryLayoutTests {
    /// SQL that takes a tracker's `summary` back to its layout before v14 (WITHOUT ROWID, keyed by project), rows kept.
    static let summaryBeforeV14 = """
        CREATE TABLE summary_old (
            project TEXT PRIMARY KEY, name_key TEXT NOT NULL, kind TEXT NOT NULL, search TEXT NOT NULL, countries TEXT NOT NULL,
            regions TEXT NOT NULL,
            off_status TEXT, off_scope TEXT, off_from INTEGER, off_to INTEGER, off_ongoing INTEGER, off_claim TEXT,
            loc_status TEXT, loc_scope TEXT, loc_from INTEGER, loc_to INTEGER, loc_ongoing INTEGER, loc_claim TEXT,
            off_key INTEGER NOT NULL, loc_key INTEGER NOT NULL, open_count INTEGER NOT NULL, worst TEXT, disc_num INTEGER NOT NULL,
            claim_count INTEGER NOT NULL, last_claim TEXT, upd_key INTEGER NOT NULL, target_plan TEXT, tgt_key INTEGER NOT NULL,
            slips INTEGER NOT NULL,
            p_id TEXT NOT NULL, p_kind TEXT NOT NULL, p_name_en TEXT NOT NULL, p_name_ru TEXT, p_name_zh TEXT,
            p_countries TEXT NOT NULL, p_regions TEXT NOT NULL, p_lat REAL, p_lon REAL, p_programs TEXT NOT NULL,
            oc_id, oc_project, oc_status, oc_scope, oc_as_of, oc_published, oc_source, oc_url, oc_quote, oc_supersedes, oc_recorded, oc_editor,
            lc_id, lc_project, lc_status, lc_scope, lc_as_of, lc_published, lc_source, lc_url, lc_quote, lc_supersedes, lc_recorded, lc_editor,
            tp_id, tp_project, tp_milestone, tp_target, tp_announced, tp_source, tp_recorded, tp_editor,
            oc_section TEXT, lc_section TEXT, oc_quote_lang TEXT, oc_translation TEXT, oc_note TEXT, oc_via TEXT,
            lc_quote_lang TEXT, lc_translation TEXT, lc_note TEXT, lc_via TEXT, search_text TEXT NOT NULL DEFAULT '',
            as_status TEXT, as_scope TEXT, as_since TEXT, as_grade TEXT, as_key INTEGER NOT NULL DEFAULT -1
        ) WITHOUT ROWID;
        INSERT INTO summary_old SELECT \(DerivedRows.summaryColumns.joined(separator: ", ")) FROM summary;
        DROP TABLE summary;
        ALTER TABLE summary_old RENAME TO summary;
        CREATE INDEX summary_by_name ON summary(name_key, project);
        CREATE INDEX summary_by_kind ON summary(kind, name_key, project);
        CREATE INDEX summary_by_official ON summary(off_key, name_key, project);
        CREATE INDEX summary_by_local ON summary(loc_key, name_key, project);
        CREATE INDEX summary_by_discrepancies ON summary(disc_num, open_count, name_key, project);
        CREATE INDEX summary_by_updated ON summary(upd_key, name_key, project);
        CREATE INDEX summary_by_target ON summary(tgt_key, name_key, project);
        CREATE INDEX summary_by_assessed ON summary(as_key, name_key, project);
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
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bt-layout-\(UUID().uuidString)").path
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

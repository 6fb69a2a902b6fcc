import BorderTrackStore
import GRDB

extension SQLiteStore {
    /// The migrations, by name, in order. Never edit a shipped migration: add a new one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: sources, projects, plans, claims, flags, audit") { db in
            try db.execute(sql: """
            CREATE TABLE source (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                tier TEXT NOT NULL,
                country TEXT,
                url TEXT,
                perspective TEXT,
                version INTEGER NOT NULL DEFAULT 1,
                audit_seq INTEGER NOT NULL
            );
            CREATE TABLE project (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                name_en TEXT NOT NULL,
                name_ru TEXT,
                name_zh TEXT,
                countries TEXT NOT NULL DEFAULT '',
                regions TEXT NOT NULL DEFAULT '',
                lat REAL,
                lon REAL,
                programs TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                audit_seq INTEGER NOT NULL
            );
            CREATE TABLE plan (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                project TEXT NOT NULL REFERENCES project(id) DEFERRABLE INITIALLY DEFERRED,
                milestone TEXT NOT NULL,
                target TEXT NOT NULL,
                announced TEXT,
                source TEXT REFERENCES source(id) DEFERRABLE INITIALLY DEFERRED,
                recorded TEXT NOT NULL,
                editor TEXT NOT NULL,
                audit_seq INTEGER NOT NULL
            );
            CREATE INDEX plan_by_project ON plan(project, seq);
            CREATE TABLE claim (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                project TEXT NOT NULL REFERENCES project(id) DEFERRABLE INITIALLY DEFERRED,
                status TEXT NOT NULL,
                scope TEXT,
                as_of TEXT NOT NULL,
                published TEXT,
                source TEXT NOT NULL REFERENCES source(id) DEFERRABLE INITIALLY DEFERRED,
                url TEXT,
                quote TEXT,
                supersedes TEXT REFERENCES claim(id) DEFERRABLE INITIALLY DEFERRED,
                recorded TEXT NOT NULL,
                editor TEXT NOT NULL,
                audit_seq INTEGER NOT NULL
            );
            CREATE INDEX claim_by_project ON claim(project, seq);
            CREATE TABLE flag_event (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                discrepancy TEXT NOT NULL,
                project TEXT NOT NULL,
                action TEXT NOT NULL,
                verdict TEXT,
                severity TEXT,
                note TEXT NOT NULL DEFAULT '',
                editor TEXT NOT NULL,
                at TEXT NOT NULL,
                audit_seq INTEGER NOT NULL
            );
            CREATE INDEX flag_by_discrepancy ON flag_event(discrepancy, seq);
            CREATE TABLE audit (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                editor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                project TEXT,
                before TEXT,
                after TEXT,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE INDEX audit_by_project ON audit(project, seq);
            """)
            // History is append-only: these stop bugs (not a determined editor; `audit verify` catches those).
            for table in ["plan", "claim", "flag_event", "audit"] {
                try db.execute(sql: """
                CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: record a new entry instead'); END;
                CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: record a new entry instead'); END;
                """)
            }
        }
        m.registerMigration("v2: withdrawals") { db in
            // A claim or plan recorded in error is withdrawn by a new row, never deleted; `target` is its id.
            try db.execute(sql: """
            CREATE TABLE withdrawal (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL CHECK (kind IN ('claim', 'plan')),
                target TEXT NOT NULL,
                project TEXT NOT NULL,
                reason TEXT,
                editor TEXT NOT NULL,
                at TEXT NOT NULL,
                audit_seq INTEGER NOT NULL,
                UNIQUE (kind, target)
            );
            CREATE TRIGGER withdrawal_no_update BEFORE UPDATE ON withdrawal
            BEGIN SELECT RAISE(ABORT, 'withdrawal is append-only: record a new entry instead'); END;
            CREATE TRIGGER withdrawal_no_delete BEFORE DELETE ON withdrawal
            BEGIN SELECT RAISE(ABORT, 'withdrawal is append-only: record a new entry instead'); END;
            CREATE INDEX claim_by_supersedes ON claim(supersedes);
            """)
        }
        m.registerMigration("v3: derived summaries") { db in
            // Derived, rebuildable tables: what the paged UI reads instead of analysing a large tracker at start.
            // Not history: rows are replaced whenever a project changes; `derived_state.audit_seq` says up to
            // which audit entry they are current (see SQLiteStore+Derived.swift). `queue_entry`'s primary key is
            // `QueueKey.columns` (BorderTrackCore/QueueKey.swift): its ascending order mirrors the queue order in SQL.
            try db.execute(sql: """
            CREATE TABLE derived_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                audit_seq INTEGER NOT NULL,
                day INTEGER NOT NULL,
                options TEXT NOT NULL,
                projects INTEGER NOT NULL,
                queue INTEGER NOT NULL
            );
            CREATE TABLE summary (
                project TEXT PRIMARY KEY,
                name_key TEXT NOT NULL,
                kind TEXT NOT NULL,
                search TEXT NOT NULL,
                countries TEXT NOT NULL,
                regions TEXT NOT NULL,
                off_status TEXT, off_scope TEXT, off_from INTEGER, off_to INTEGER, off_ongoing INTEGER, off_claim TEXT,
                loc_status TEXT, loc_scope TEXT, loc_from INTEGER, loc_to INTEGER, loc_ongoing INTEGER, loc_claim TEXT,
                off_key INTEGER NOT NULL,
                loc_key INTEGER NOT NULL,
                open_count INTEGER NOT NULL,
                worst TEXT,
                disc_num INTEGER NOT NULL,
                claim_count INTEGER NOT NULL,
                last_claim TEXT,
                upd_key INTEGER NOT NULL,
                target_plan TEXT,
                tgt_key INTEGER NOT NULL,
                slips INTEGER NOT NULL,
                -- Copies of the project, its two current claims and its target plan (in their tables' column
                -- order), so a page of the list is one index range with no lookups elsewhere.
                p_id TEXT NOT NULL, p_kind TEXT NOT NULL, p_name_en TEXT NOT NULL, p_name_ru TEXT, p_name_zh TEXT,
                p_countries TEXT NOT NULL, p_regions TEXT NOT NULL, p_lat REAL, p_lon REAL, p_programs TEXT NOT NULL,
                oc_id, oc_project, oc_status, oc_scope, oc_as_of, oc_published, oc_source, oc_url, oc_quote, oc_supersedes, oc_recorded, oc_editor,
                lc_id, lc_project, lc_status, lc_scope, lc_as_of, lc_published, lc_source, lc_url, lc_quote, lc_supersedes, lc_recorded, lc_editor,
                tp_id, tp_project, tp_milestone, tp_target, tp_announced, tp_source, tp_recorded, tp_editor
            ) WITHOUT ROWID;
            CREATE INDEX summary_by_name ON summary(name_key, project);
            CREATE INDEX summary_by_kind ON summary(kind, name_key, project);
            CREATE INDEX summary_by_official ON summary(off_key, name_key, project);
            CREATE INDEX summary_by_local ON summary(loc_key, name_key, project);
            CREATE INDEX summary_by_discrepancies ON summary(disc_num, open_count, name_key, project);
            CREATE INDEX summary_by_updated ON summary(upd_key, name_key, project);
            CREATE INDEX summary_by_target ON summary(tgt_key, name_key, project);
            CREATE TABLE queue_entry (
                severity INTEGER NOT NULL,
                minus_from INTEGER NOT NULL,  -- minus the start day's ordinal: ascending key order is queue order
                id TEXT NOT NULL,
                project TEXT NOT NULL,
                PRIMARY KEY (severity, minus_from, id)
            ) WITHOUT ROWID;
            CREATE INDEX queue_by_project ON queue_entry(project);
            CREATE INDEX flag_by_project ON flag_event(project, seq);
            """)
        }
        m.registerMigration("v4: partial supersedes index") { db in
            // Few claims supersede another: index only those (`supersedes = ?` implies NOT NULL, so SQLite
            // still uses it). A million-claim import no longer sorts a million NULLs.
            try db.execute(sql: """
            DROP INDEX claim_by_supersedes;
            CREATE INDEX claim_by_supersedes ON claim(supersedes) WHERE supersedes IS NOT NULL;
            """)
        }
        m.registerMigration("v5: queue buckets") { db in
            // How many queue entries share each (severity, start day): a position in the queue, or the entry
            // at an offset, is a sum over a few thousand buckets plus a count inside one, instead of a count
            // over every entry ahead (60 ms at position 570,000 of 850,000). Derived like the queue.
            try db.execute(sql: """
            CREATE TABLE queue_bucket (
                severity INTEGER NOT NULL,
                minus_from INTEGER NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (severity, minus_from)
            ) WITHOUT ROWID;
            INSERT INTO queue_bucket (severity, minus_from, n)
                SELECT severity, minus_from, count(*) FROM queue_entry GROUP BY severity, minus_from;
            """)
        }
        m.registerMigration("v6: claim sections") { db in
            // The country section a claim is about (NULL: the whole project), last in the claim table; the
            // summary's copies of the current claims get theirs after the plan copy. Adding a column rewrites no
            // row and fires no trigger: the append-only triggers stay as they are.
            try db.execute(sql: """
            ALTER TABLE claim ADD COLUMN section TEXT;
            ALTER TABLE summary ADD COLUMN oc_section TEXT;
            ALTER TABLE summary ADD COLUMN lc_section TEXT;
            """)
        }
        m.registerMigration("v7: file identity") { db in
            // SQLite's application id marks the file as a tracker (`file(1)` can name it; another application's
            // database is refused before anything is written), and user_version holds the schema version: a
            // newer BorderTrack's file is opened read-only. Every later migration sets user_version to its number.
            try db.execute(sql: "PRAGMA application_id = \(SQLiteFileIdentity.applicationID); PRAGMA user_version = 7")
        }
        m.registerMigration("v8: queue texts") { db in
            // What `bordertrack discrepancies` lists of each queue entry, so the default listing streams in the
            // queue's key order (`queue_entry` joined by project and id) instead of analysing the whole tracker
            // first. A table of its own: `queue_entry` stays narrow, so the screens' queue pages, positions and
            // counts read as few pages as before. Derived like the rest of the queue: the state row goes, so the
            // next refresh rebuilds every entry with its text.
            try db.execute(sql: """
            CREATE TABLE queue_text (
                project TEXT NOT NULL,
                id TEXT NOT NULL,
                kind TEXT NOT NULL,
                state TEXT NOT NULL,
                to_day INTEGER NOT NULL,
                ongoing INTEGER NOT NULL,
                explanation TEXT NOT NULL,
                PRIMARY KEY (project, id)
            ) WITHOUT ROWID;
            DELETE FROM derived_state;
            PRAGMA user_version = 8;
            """)
        }
        m.registerMigration("v9: claim attribution") { db in
            // Whose words, through whom: a source's affiliation (the source that controls it); a claim's quote
            // language, translation, editor's note and the source it is known through (`via`). Last in their
            // tables, and on the summary's claim copies after the sections. Adding columns rewrites no row and
            // fires no trigger. Explanations now count independent voices: the state row goes, so the next
            // refresh rebuilds every queue entry and its text.
            try db.execute(sql: """
            ALTER TABLE source ADD COLUMN affiliation TEXT;
            ALTER TABLE claim ADD COLUMN quote_lang TEXT;
            ALTER TABLE claim ADD COLUMN translation TEXT;
            ALTER TABLE claim ADD COLUMN note TEXT;
            ALTER TABLE claim ADD COLUMN via TEXT;
            ALTER TABLE summary ADD COLUMN oc_quote_lang TEXT;
            ALTER TABLE summary ADD COLUMN oc_translation TEXT;
            ALTER TABLE summary ADD COLUMN oc_note TEXT;
            ALTER TABLE summary ADD COLUMN oc_via TEXT;
            ALTER TABLE summary ADD COLUMN lc_quote_lang TEXT;
            ALTER TABLE summary ADD COLUMN lc_translation TEXT;
            ALTER TABLE summary ADD COLUMN lc_note TEXT;
            ALTER TABLE summary ADD COLUMN lc_via TEXT;
            DELETE FROM derived_state;
            PRAGMA user_version = 9;
            """)
        }
        m.registerMigration("v10: summary search texts") { db in
            // What a search looks through beyond the id and names (`ProjectSearchText`: regions, sources and
            // quotes of the counted claims), last in `summary`. Derived: the state row goes, so the next refresh
            // rebuilds every row with its text.
            try db.execute(sql: """
            ALTER TABLE summary ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
            DELETE FROM derived_state;
            PRAGMA user_version = 10;
            """)
        }
        m.registerMigration("v11: claims table indexes") { db in
            // The claims table (`SQLiteStore+Claims.swift`) pages through every claim in its default order (newest
            // recorded first), by as-of date, and one source's claims newest first ("everything Xinhua said"); a
            // frequency table of sources groups along the source index. Ties go by claim id, as in memory.
            try db.execute(sql: """
            CREATE INDEX claim_by_recorded ON claim(recorded, id);
            CREATE INDEX claim_by_as_of ON claim(as_of, id);
            CREATE INDEX claim_by_source ON claim(source, recorded, id);
            PRAGMA user_version = 11;
            """)
        }
        m.registerMigration("v12: source grades") { db in
            // An editor's reliability grade for a source, with the reason (issue 21): append-only events, the latest
            // per source in force (`grade` NULL clears it). Each row is recorded by one audit entry (entity `grade`).
            try db.execute(sql: """
            CREATE TABLE source_grade (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                source TEXT NOT NULL REFERENCES source(id) DEFERRABLE INITIALLY DEFERRED,
                grade TEXT CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
                reason TEXT NOT NULL CHECK (reason <> ''),
                editor TEXT NOT NULL,
                at TEXT NOT NULL,
                audit_seq INTEGER NOT NULL
            );
            CREATE INDEX source_grade_by_source ON source_grade(source, seq);
            CREATE TRIGGER source_grade_no_update BEFORE UPDATE ON source_grade
            BEGIN SELECT RAISE(ABORT, 'source_grade is append-only: record a new entry instead'); END;
            CREATE TRIGGER source_grade_no_delete BEFORE DELETE ON source_grade
            BEGIN SELECT RAISE(ABORT, 'source_grade is append-only: record a new entry instead'); END;
            PRAGMA user_version = 12;
            """)
        }
        m.registerMigration("v13: assessed summaries") { db in
            // The assessed status (`AssessedStatus`) last in `summary`, with its sort index; each project's part of
            // its sources' track records (`source_tally`) and their sums (`source_record`), from which the grades
            // the assessment weighs come (`DerivedGrades`). Derived: the state row goes, so the next refresh
            // rebuilds every row and record.
            try db.execute(sql: """
            ALTER TABLE summary ADD COLUMN as_status TEXT;
            ALTER TABLE summary ADD COLUMN as_scope TEXT;
            ALTER TABLE summary ADD COLUMN as_since TEXT;
            ALTER TABLE summary ADD COLUMN as_grade TEXT;
            ALTER TABLE summary ADD COLUMN as_key INTEGER NOT NULL DEFAULT -1;
            CREATE INDEX summary_by_assessed ON summary(as_key, name_key, project);
            CREATE TABLE source_tally (
                project TEXT NOT NULL,
                source TEXT NOT NULL,
                upheld INTEGER NOT NULL,
                rejected INTEGER NOT NULL,
                confirmed INTEGER NOT NULL,
                contradicted INTEGER NOT NULL,
                PRIMARY KEY (project, source)
            ) WITHOUT ROWID;
            CREATE TABLE source_record (
                source TEXT PRIMARY KEY,
                upheld INTEGER NOT NULL,
                rejected INTEGER NOT NULL,
                confirmed INTEGER NOT NULL,
                contradicted INTEGER NOT NULL
            ) WITHOUT ROWID;
            DELETE FROM derived_state;
            PRAGMA user_version = 13;
            """)
        }
        m.registerMigration("v14: summary as a rowid table") { db in
            // `summary` was a WITHOUT ROWID table, whose b-tree holds whole rows even in its interior pages and keeps
            // no more than about 490 bytes of a row over 1,000 on the leaf: a 1.4 kB row (names, two claims' quotes,
            // the search text) spilled the rest to an overflow page of its own, so a page of 64 list rows read about
            // 130 pages. As a rowid table a row up to 4 kB stays on its leaf, and an index entry leads to it by rowid
            // (a tree of a few dozen interior pages). Same columns in the same order (`DerivedRows.summaryColumns`),
            // copied across: the derived state stays current and nothing is rebuilt.
            let columns = DerivedRows.summaryColumns.joined(separator: ", ")
            try db.execute(sql: """
            CREATE TABLE summary_rowid (
            \(SQLiteStore.summaryColumnsV14)
            );
            INSERT INTO summary_rowid (\(columns)) SELECT \(columns) FROM summary ORDER BY name_key, project;
            DROP TABLE summary;
            ALTER TABLE summary_rowid RENAME TO summary;
            \(SQLiteStore.summaryIndexesV14)
            PRAGMA user_version = 14;
            """)
        }
        return m
    }

    /// The columns of `summary` as migration v14 creates them (`DerivedRows.summaryColumns`, in order; `project`
    /// unique). Written once for v14: a later change to the table is a migration of its own.
    static let summaryColumnsV14 = """
            project TEXT NOT NULL UNIQUE,
            name_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            search TEXT NOT NULL,
            countries TEXT NOT NULL,
            regions TEXT NOT NULL,
            off_status TEXT, off_scope TEXT, off_from INTEGER, off_to INTEGER, off_ongoing INTEGER, off_claim TEXT,
            loc_status TEXT, loc_scope TEXT, loc_from INTEGER, loc_to INTEGER, loc_ongoing INTEGER, loc_claim TEXT,
            off_key INTEGER NOT NULL,
            loc_key INTEGER NOT NULL,
            open_count INTEGER NOT NULL,
            worst TEXT,
            disc_num INTEGER NOT NULL,
            claim_count INTEGER NOT NULL,
            last_claim TEXT,
            upd_key INTEGER NOT NULL,
            target_plan TEXT,
            tgt_key INTEGER NOT NULL,
            slips INTEGER NOT NULL,
            p_id TEXT NOT NULL, p_kind TEXT NOT NULL, p_name_en TEXT NOT NULL, p_name_ru TEXT, p_name_zh TEXT,
            p_countries TEXT NOT NULL, p_regions TEXT NOT NULL, p_lat REAL, p_lon REAL, p_programs TEXT NOT NULL,
            oc_id, oc_project, oc_status, oc_scope, oc_as_of, oc_published, oc_source, oc_url, oc_quote, oc_supersedes, oc_recorded, oc_editor,
            lc_id, lc_project, lc_status, lc_scope, lc_as_of, lc_published, lc_source, lc_url, lc_quote, lc_supersedes, lc_recorded, lc_editor,
            tp_id, tp_project, tp_milestone, tp_target, tp_announced, tp_source, tp_recorded, tp_editor,
            oc_section TEXT, lc_section TEXT,
            oc_quote_lang TEXT, oc_translation TEXT, oc_note TEXT, oc_via TEXT,
            lc_quote_lang TEXT, lc_translation TEXT, lc_note TEXT, lc_via TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            as_status TEXT, as_scope TEXT, as_since TEXT, as_grade TEXT, as_key INTEGER NOT NULL DEFAULT -1
        """

    /// The list's indexes on `summary` as migration v14 creates them: one per sort column, ending in `(name_key, project)`.
    static let summaryIndexesV14 = """
        CREATE INDEX summary_by_name ON summary(name_key, project);
        CREATE INDEX summary_by_kind ON summary(kind, name_key, project);
        CREATE INDEX summary_by_official ON summary(off_key, name_key, project);
        CREATE INDEX summary_by_local ON summary(loc_key, name_key, project);
        CREATE INDEX summary_by_discrepancies ON summary(disc_num, open_count, name_key, project);
        CREATE INDEX summary_by_updated ON summary(upd_key, name_key, project);
        CREATE INDEX summary_by_target ON summary(tgt_key, name_key, project);
        CREATE INDEX summary_by_assessed ON summary(as_key, name_key, project);
        """
}

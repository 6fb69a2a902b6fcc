#if Postgres
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    /// The migrations, by name, in order (the names match `SQLiteStore`'s). Never edit a shipped migration: add a new one.
    static let migrations: [(name: String, statements: [String])] = [
        ("v1: sources, projects, plans, claims, flags, audit", [
            """
            CREATE TABLE source (
                seq bigserial PRIMARY KEY,
                id text NOT NULL UNIQUE,
                name text NOT NULL,
                tier text NOT NULL,
                country text,
                url text,
                perspective text,
                version integer NOT NULL DEFAULT 1,
                audit_seq bigint NOT NULL
            )
            """,
            """
            CREATE TABLE project (
                seq bigserial PRIMARY KEY,
                id text NOT NULL UNIQUE,
                kind text NOT NULL,
                name_en text NOT NULL,
                name_ru text,
                name_zh text,
                countries text NOT NULL DEFAULT '',
                regions text NOT NULL DEFAULT '',
                lat double precision,
                lon double precision,
                programs text NOT NULL DEFAULT '',
                version integer NOT NULL DEFAULT 1,
                audit_seq bigint NOT NULL
            )
            """,
            """
            CREATE TABLE plan (
                seq bigserial PRIMARY KEY,
                id text NOT NULL UNIQUE,
                project text NOT NULL REFERENCES project(id) DEFERRABLE INITIALLY DEFERRED,
                milestone text NOT NULL,
                target text NOT NULL,
                announced text,
                source text REFERENCES source(id) DEFERRABLE INITIALLY DEFERRED,
                recorded text NOT NULL,
                editor text NOT NULL,
                audit_seq bigint NOT NULL
            )
            """,
            "CREATE INDEX plan_by_project ON plan(project, seq)",
            """
            CREATE TABLE claim (
                seq bigserial PRIMARY KEY,
                id text NOT NULL UNIQUE,
                project text NOT NULL REFERENCES project(id) DEFERRABLE INITIALLY DEFERRED,
                status text NOT NULL,
                scope text,
                as_of text NOT NULL,
                published text,
                source text NOT NULL REFERENCES source(id) DEFERRABLE INITIALLY DEFERRED,
                url text,
                quote text,
                supersedes text REFERENCES claim(id) DEFERRABLE INITIALLY DEFERRED,
                recorded text NOT NULL,
                editor text NOT NULL,
                audit_seq bigint NOT NULL
            )
            """,
            "CREATE INDEX claim_by_project ON claim(project, seq)",
            """
            CREATE TABLE flag_event (
                seq bigserial PRIMARY KEY,
                discrepancy text NOT NULL,
                project text NOT NULL,
                action text NOT NULL,
                verdict text,
                severity text,
                note text NOT NULL DEFAULT '',
                editor text NOT NULL,
                at text NOT NULL,
                audit_seq bigint NOT NULL
            )
            """,
            "CREATE INDEX flag_by_discrepancy ON flag_event(discrepancy, seq)",
            """
            CREATE TABLE audit (
                seq bigint PRIMARY KEY,
                at text NOT NULL,
                editor text NOT NULL,
                action text NOT NULL,
                entity text NOT NULL,
                entity_id text NOT NULL,
                project text,
                before text,
                after text,
                prev_hash text NOT NULL,
                hash text NOT NULL
            )
            """,
            "CREATE INDEX audit_by_project ON audit(project, seq)",
            // History is append-only: these stop bugs (not the tables' owner; `audit verify` catches that).
            """
            CREATE FUNCTION bordertrack_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: record a new entry instead', TG_TABLE_NAME;
            END
            $$
            """,
        ] + ["plan", "claim", "flag_event", "audit"].flatMap { table in [
            "CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table) FOR EACH ROW EXECUTE FUNCTION bordertrack_append_only()",
            "CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION bordertrack_append_only()",
            // TRUNCATE fires no row triggers: refuse it separately.
            "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION bordertrack_append_only()",
        ] }),
        ("v2: withdrawals", [
            // A claim or plan recorded in error is withdrawn by a new row, never deleted; `target` is its id.
            """
            CREATE TABLE withdrawal (
                seq bigserial PRIMARY KEY,
                kind text NOT NULL CHECK (kind IN ('claim', 'plan')),
                target text NOT NULL,
                project text NOT NULL,
                reason text,
                editor text NOT NULL,
                at text NOT NULL,
                audit_seq bigint NOT NULL,
                UNIQUE (kind, target)
            )
            """,
            "CREATE INDEX claim_by_supersedes ON claim(supersedes)",
            "CREATE TRIGGER withdrawal_no_update BEFORE UPDATE ON withdrawal FOR EACH ROW EXECUTE FUNCTION bordertrack_append_only()",
            "CREATE TRIGGER withdrawal_no_delete BEFORE DELETE ON withdrawal FOR EACH ROW EXECUTE FUNCTION bordertrack_append_only()",
            "CREATE TRIGGER withdrawal_no_truncate BEFORE TRUNCATE ON withdrawal FOR EACH STATEMENT EXECUTE FUNCTION bordertrack_append_only()",
        ]),
        ("v6: claim sections", [
            // The country section a claim is about (NULL: the whole project). Adding a nullable column rewrites
            // no row and fires no trigger; the append-only triggers stay as they are. (SQLite's v3–v5 are its
            // derived tables: this engine's are v8, below.)
            "ALTER TABLE claim ADD COLUMN section text",
        ]),
        ("v7: claim attribution", [
            // Whose words, through whom: a source's affiliation; a claim's quote language, translation, editor's
            // note and the source it is known through. Nullable columns: no row rewritten, no trigger fired.
            "ALTER TABLE source ADD COLUMN affiliation text",
            "ALTER TABLE claim ADD COLUMN quote_lang text",
            "ALTER TABLE claim ADD COLUMN translation text",
            "ALTER TABLE claim ADD COLUMN note text",
            "ALTER TABLE claim ADD COLUMN via text",
        ]),
        ("v8: derived summaries, queue buckets and texts", [
            // Derived, rebuildable tables (SQLite's v3, v5 and v8 in one): what the paged UI reads instead of
            // analysing a large tracker at start. Not history: a write's transaction replaces the rows of the
            // projects it changes (`PostgresStore+Derived.swift`); `derived_state.audit_seq` says up to which audit
            // entry they are current. Columns in `DerivedRows.summaryColumns` order. Keys compare in the "C"
            // collation: byte order, as SQLite's BINARY and Swift's String order of NFC text.
            """
            CREATE TABLE derived_state (
                id integer PRIMARY KEY CHECK (id = 1),
                audit_seq bigint NOT NULL,
                day bigint NOT NULL,
                options text NOT NULL,
                projects bigint NOT NULL,
                queue bigint NOT NULL
            )
            """,
            """
            CREATE TABLE summary (
                -- what the list sorts, filters and searches by
                project text COLLATE "C" PRIMARY KEY, name_key text COLLATE "C" NOT NULL, kind text COLLATE "C" NOT NULL,
                search text NOT NULL, countries text NOT NULL, regions text NOT NULL,
                -- the current official and local segments
                off_status text, off_scope text, off_from bigint, off_to bigint, off_ongoing bigint, off_claim text,
                loc_status text, loc_scope text, loc_from bigint, loc_to bigint, loc_ongoing bigint, loc_claim text,
                -- sort keys and counts
                off_key bigint NOT NULL, loc_key bigint NOT NULL, open_count bigint NOT NULL, worst text, disc_num bigint NOT NULL,
                claim_count bigint NOT NULL, last_claim text, upd_key bigint NOT NULL, target_plan text, tgt_key bigint NOT NULL,
                slips bigint NOT NULL,
                -- copies of the project, its two current claims and its target plan, then the claims' sections
                p_id text NOT NULL, p_kind text NOT NULL, p_name_en text NOT NULL, p_name_ru text, p_name_zh text,
                p_countries text NOT NULL, p_regions text NOT NULL, p_lat double precision, p_lon double precision, p_programs text NOT NULL,
                oc_id text, oc_project text, oc_status text, oc_scope text, oc_as_of text, oc_published text, oc_source text, oc_url text,
                oc_quote text, oc_supersedes text, oc_recorded text, oc_editor text,
                lc_id text, lc_project text, lc_status text, lc_scope text, lc_as_of text, lc_published text, lc_source text, lc_url text,
                lc_quote text, lc_supersedes text, lc_recorded text, lc_editor text,
                tp_id text, tp_project text, tp_milestone text, tp_target text, tp_announced text, tp_source text, tp_recorded text, tp_editor text,
                oc_section text, lc_section text,
                oc_quote_lang text, oc_translation text, oc_note text, oc_via text,
                lc_quote_lang text, lc_translation text, lc_note text, lc_via text
            )
            """,
            "CREATE INDEX summary_by_name ON summary(name_key, project)",
            "CREATE INDEX summary_by_kind ON summary(kind, name_key, project)",
            "CREATE INDEX summary_by_official ON summary(off_key, name_key, project)",
            "CREATE INDEX summary_by_local ON summary(loc_key, name_key, project)",
            "CREATE INDEX summary_by_discrepancies ON summary(disc_num, open_count, name_key, project)",
            "CREATE INDEX summary_by_updated ON summary(upd_key, name_key, project)",
            "CREATE INDEX summary_by_target ON summary(tgt_key, name_key, project)",
            // `minus_from` is minus the start day's ordinal: ascending key order is queue order (`QueueKey.columns`).
            """
            CREATE TABLE queue_entry (
                severity bigint NOT NULL,
                minus_from bigint NOT NULL,
                id text COLLATE "C" NOT NULL,
                project text COLLATE "C" NOT NULL,
                PRIMARY KEY (severity, minus_from, id)
            )
            """,
            "CREATE INDEX queue_by_project ON queue_entry(project)",
            // How many entries share each (severity, start day): a position or an offset is a sum over buckets.
            """
            CREATE TABLE queue_bucket (
                severity bigint NOT NULL,
                minus_from bigint NOT NULL,
                n bigint NOT NULL,
                PRIMARY KEY (severity, minus_from)
            )
            """,
            // What `bordertrack discrepancies` lists of each entry.
            """
            CREATE TABLE queue_text (
                project text COLLATE "C" NOT NULL,
                id text COLLATE "C" NOT NULL,
                kind text NOT NULL,
                state text NOT NULL,
                to_day bigint NOT NULL,
                ongoing bigint NOT NULL,
                explanation text NOT NULL,
                PRIMARY KEY (project, id)
            )
            """,
            "CREATE INDEX flag_by_project ON flag_event(project, seq)",
        ]),
        ("v9: claim references checked per statement", [
            // A claim's project, source and corrected claim are checked once per statement over all the rows it
            // added (an anti-join each), not by a deferred check per row at commit: an import of a million claims
            // spent most of its commit on those. Referenced rows cannot go (projects, sources and claims are
            // append-only), so checking on insert is the whole of what the foreign keys guarded.
            "ALTER TABLE claim DROP CONSTRAINT IF EXISTS claim_project_fkey",
            "ALTER TABLE claim DROP CONSTRAINT IF EXISTS claim_source_fkey",
            "ALTER TABLE claim DROP CONSTRAINT IF EXISTS claim_supersedes_fkey",
            """
            CREATE FUNCTION bordertrack_claim_references() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                bad record;
            BEGIN
                SELECT a.id, a.project INTO bad FROM added a WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.id = a.project) LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
                        MESSAGE = format('claim %s: project %s is not in this tracker', bad.id, bad.project);
                END IF;
                SELECT a.id, a.source INTO bad FROM added a WHERE NOT EXISTS (SELECT 1 FROM source s WHERE s.id = a.source) LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
                        MESSAGE = format('claim %s: source %s is not in this tracker', bad.id, bad.source);
                END IF;
                SELECT a.id, a.supersedes INTO bad FROM added a
                    WHERE a.supersedes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = a.supersedes) LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
                        MESSAGE = format('claim %s corrects claim %s, which is not in this tracker', bad.id, bad.supersedes);
                END IF;
                RETURN NULL;
            END
            $$
            """,
            """
            CREATE TRIGGER claim_references AFTER INSERT ON claim REFERENCING NEW TABLE AS added
                FOR EACH STATEMENT EXECUTE FUNCTION bordertrack_claim_references()
            """,
        ]),
        ("v10: summary search texts", [
            // What a search looks through beyond the id and names (`ProjectSearchText`), last in `summary`.
            // Derived: the state row goes, so the next refresh rebuilds every row with its text.
            "ALTER TABLE summary ADD COLUMN search_text text NOT NULL DEFAULT ''",
            "DELETE FROM derived_state",
        ]),
        ("v11: claims table indexes", [
            // The claims table (`PostgresStore+Claims.swift`) pages in the "C" collation: newest recorded first, by
            // as-of date, and one source's claims newest first; ties by claim id, as in memory and on SQLite.
            "CREATE INDEX claim_by_recorded ON claim (recorded COLLATE \"C\", id COLLATE \"C\")",
            "CREATE INDEX claim_by_as_of ON claim (as_of COLLATE \"C\", id COLLATE \"C\")",
            "CREATE INDEX claim_by_source ON claim (source COLLATE \"C\", recorded COLLATE \"C\", id COLLATE \"C\")",
        ]),
        ("v12: source grades", [
            // An editor's reliability grade for a source, with the reason (issue 21): append-only events, the latest
            // per source in force (`grade` NULL clears it). Each row is recorded by one audit entry (entity `grade`).
            """
            CREATE TABLE source_grade (
                seq bigserial PRIMARY KEY,
                source text NOT NULL REFERENCES source(id) DEFERRABLE INITIALLY DEFERRED,
                grade text CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
                reason text NOT NULL CHECK (reason <> ''),
                editor text NOT NULL,
                at text NOT NULL,
                audit_seq bigint NOT NULL
            )
            """,
            "CREATE INDEX source_grade_by_source ON source_grade(source, seq)",
            "CREATE TRIGGER source_grade_no_update BEFORE UPDATE ON source_grade FOR EACH ROW EXECUTE FUNCTION bordertrack_append_only()",
            "CREATE TRIGGER source_grade_no_delete BEFORE DELETE ON source_grade FOR EACH ROW EXECUTE FUNCTION bordertrack_append_only()",
            "CREATE TRIGGER source_grade_no_truncate BEFORE TRUNCATE ON source_grade FOR EACH STATEMENT EXECUTE FUNCTION bordertrack_append_only()",
        ]),
        ("v13: assessed summaries", [
            // The assessed status last in `summary` with its sort index; each project's part of its sources' track
            // records and their sums, from which the assessment's grades come (`DerivedGrades`). Derived: the state
            // row goes, so the next refresh rebuilds them. Run `server roles --apply` again for the editors' grants.
            "ALTER TABLE summary ADD COLUMN as_status text COLLATE \"C\"",
            "ALTER TABLE summary ADD COLUMN as_scope text COLLATE \"C\"",
            "ALTER TABLE summary ADD COLUMN as_since text COLLATE \"C\"",
            "ALTER TABLE summary ADD COLUMN as_grade text COLLATE \"C\"",
            "ALTER TABLE summary ADD COLUMN as_key bigint NOT NULL DEFAULT -1",
            "CREATE INDEX summary_by_assessed ON summary(as_key, name_key, project)",
            """
            CREATE TABLE source_tally (
                project text COLLATE "C" NOT NULL, source text COLLATE "C" NOT NULL,
                upheld bigint NOT NULL, rejected bigint NOT NULL, confirmed bigint NOT NULL, contradicted bigint NOT NULL,
                PRIMARY KEY (project, source)
            )
            """,
            """
            CREATE TABLE source_record (
                source text COLLATE "C" PRIMARY KEY,
                upheld bigint NOT NULL, rejected bigint NOT NULL, confirmed bigint NOT NULL, contradicted bigint NOT NULL
            )
            """,
            "DELETE FROM derived_state",
        ]),
    ]

    /// The table recording which migrations ran.
    static let migrationsTable = "bordertrack_migrations"

    /// Checks the schema, creating or migrating it when needed (under an advisory lock, so two
    /// first-time clients do not race); read-only and non-creating opens never change it.
    func prepareSchema(create: Bool, upgrading: UpgradeNotice? = nil) throws {
        try run("create or upgrade this tracker's tables") { link in
            let applied = try appliedMigrations(link)
            let pending = Self.migrations.filter { !(applied ?? []).contains($0.name) }
            if pending.isEmpty { return }
            if applied == nil && (!create || isReadOnly) {
                throw StoreError.notFound(kind: "BorderTrack tracker in", id: location)
            }
            if isReadOnly {
                throw StoreError.readOnly("\(location) needs its tables upgraded (\(pending.map(\.name).joined(separator: ", "))); open it once without --read-only, as an administrator")
            }
            if applied?.isEmpty == false { upgrading?(location, pending.map(\.name)) }
            try link.transaction("BEGIN ISOLATION LEVEL READ COMMITTED") {
                try link.execute("SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))")
                if let schema = url.schema,
                   try link.query("SELECT 1 FROM pg_namespace WHERE nspname = \(schema)").isEmpty {
                    try link.execute("CREATE SCHEMA \"\(schema)\"")
                }
                try link.execute("CREATE TABLE IF NOT EXISTS \(Self.migrationsTable) (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
                // Re-read under the lock: another client may have migrated meanwhile.
                let done = Set(try link.query("SELECT name FROM \(unescaped: Self.migrationsTable)").map { try $0.text("name") })
                for migration in Self.migrations where !done.contains(migration.name) {
                    for statement in migration.statements { try link.execute(statement) }
                    try link.query("INSERT INTO \(unescaped: Self.migrationsTable) (name) VALUES (\(migration.name))")
                }
            }
        }
    }

    /// The names of applied migrations, or nil when this database (schema) holds no tracker.
    func appliedMigrations(_ link: PostgresLink) throws -> Set<String>? {
        let exists = try link.query("SELECT to_regclass('\(unescaped: Self.migrationsTable)') IS NOT NULL AS present")
        guard try exists.first?["present"].decode(Bool.self) == true else { return nil }
        return Set(try link.query("SELECT name FROM \(unescaped: Self.migrationsTable)").map { try $0.text("name") })
    }
}
#endif

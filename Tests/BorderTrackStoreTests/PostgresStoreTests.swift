#if Postgres
import BorderTrackCore
import BorderTrackFormats
@testable import BorderTrackPostgres
import BorderTrackStore
import BorderTrackSynthetic
import Dispatch
import Foundation
import Testing

/// What only the PostgreSQL engine has: server-side triggers, roles, LISTEN/NOTIFY, URLs.
/// Needs `$BORDERTRACK_TEST_PG` (a throwaway database); the URL and script tests need no server.
@Suite("PostgreSQL engine")
struct PostgresStoreTests {
    static var enabled: Bool { PostgresFixture.baseURL != nil }

    func loadedPostgres() throws -> PostgresStore {
        try loaded(.postgres) as! PostgresStore
    }

    @Test("triggers refuse UPDATE, DELETE and TRUNCATE of history rows", .enabled(if: enabled))
    func triggers() throws {
        let store = try loadedPostgres()
        for sql in ["UPDATE claim SET quote = 'x'", "DELETE FROM claim", "DELETE FROM audit", "UPDATE plan SET target = '2030'",
                    "TRUNCATE claim", "TRUNCATE audit CASCADE", "UPDATE audit SET editor = 'x'"] {
            #expect(throws: StoreError.self) { try store.executeForTesting(sql) }
        }
        do {
            try store.executeForTesting("UPDATE claim SET quote = 'x'")
        } catch {
            #expect(error as? StoreError == .engine("claim is append-only: record a new entry instead"))
        }
        #expect(try store.claims(project: nil).count == 2)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test("the audit chain catches edits behind the tool's back (raw SQL with triggers disabled)", .enabled(if: enabled))
    func tamper() throws {
        let store = try loadedPostgres()
        _ = try store.addClaim(try Claim(id: "c9", project: "bridge", status: .construction, asOf: try PartialDate(parsing: "2019"), source: "amurlife"), editor: "bo")
        let ok = try store.verifyAudit()
        #expect(ok.isIntact && ok.entries == 5 && ok.rows == 7)
        try store.executeForTesting("ALTER TABLE claim DISABLE TRIGGER claim_no_update; UPDATE claim SET quote = 'forged' WHERE id = 'c2'")
        #expect(try store.verifyAudit().problem == "the rows recorded by audit entry 4 (import) were changed, added or deleted behind the tool's back")

        let other = try loadedPostgres()
        try other.executeForTesting("ALTER TABLE audit DISABLE TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2")
        #expect(try other.verifyAudit().problem == "audit entry 2 is missing (next found is 3): entries were deleted")

        let third = try loadedPostgres()
        try third.executeForTesting("ALTER TABLE audit DISABLE TRIGGER audit_no_update; UPDATE audit SET editor = 'mallory' WHERE seq = 1")
        #expect(try third.verifyAudit().problem?.hasPrefix("audit entry 1 (source.add rg by mallory at 2026-11-23T10:00:00Z) was changed") == true)
    }

    @Test("a read-only store refuses writes, and so does the server", .enabled(if: enabled))
    func readOnly() throws {
        let store = try loadedPostgres()
        let ro = try PostgresStore.open(url: store.url, readOnly: true)
        #expect(ro.isReadOnly)
        #expect(try ro.claims(project: nil).count == 2)
        #expect(throws: StoreError.readOnly("this database was opened read-only; edits are disabled")) {
            try ro.addClaim(try Claim(id: "x", project: "bridge", status: .proposed, asOf: try PartialDate(parsing: "2019"), source: "rg"), editor: "v")
        }
        do {
            try ro.executeForTesting("INSERT INTO bordertrack_migrations (name) VALUES ('x')")
            Issue.record("a read-only session wrote")
        } catch let StoreError.readOnly(message) {
            #expect(message.hasPrefix("the server refused a write in a read-only session"))
        }
    }

    @Test("the server refuses a claim whose project, source or corrected claim is not stored, naming both; good ones go in",
          .enabled(if: enabled))
    func claimReferences() throws {
        let store = try loadedPostgres()
        func insert(_ id: String, project: String = "bridge", source: String = "rg", supersedes: String? = nil) -> String {
            "INSERT INTO claim (id, project, status, as_of, source, supersedes, recorded, editor, audit_seq) VALUES ('\(id)', '\(project)', "
                + "'operational', '2022', '\(source)', \(supersedes.map { "'\($0)'" } ?? "NULL"), '2024-01-01T00:00:00Z', 'x', 1)"
        }
        let refused = [
            (insert("x1", project: "nowhere"), "claim x1: project nowhere is not in this tracker"),
            (insert("x2", source: "nobody"), "claim x2: source nobody is not in this tracker"),
            (insert("x3", supersedes: "c404"), "claim x3 corrects claim c404, which is not in this tracker"),
        ]
        for (sql, message) in refused {
            #expect(refusal { try store.executeForTesting(sql) } == .invalid(message), "\(sql)")
        }
        // One statement adding a claim and its correction (in either order) is checked once, over all its rows.
        try store.executeForTesting(insert("y2", supersedes: "y1") + ", ('y1', 'bridge', 'completed', '2021', 'amurlife', NULL, '2024-01-01T00:00:00Z', 'x', 1)")
        #expect(try store.claims(project: "bridge").map(\.id) == ["c1", "c2", "y2", "y1"])
    }

    @Test("a large import streams through COPY: every row reads back as SQLite stores it, hostile text included, and the chain verifies",
          .enabled(if: enabled))
    func copyImport() throws {
        var batch = SyntheticData(projects: 120, claimsPerProject: 8, seed: 4).importBatch()
        let hostile = ["tab\there", "line\nbreak\r\nwindows", "back\\slash \\N \\.", "\\.", "\\N", "quote \" ' ; -- /*", "黑河 мост 🚛", " lead and trail "]
        for (i, q) in hostile.enumerated() {
            batch.claims.append((try Claim(id: "hostile-\(i)", project: batch.projects[i].0.id, status: .construction,
                                           asOf: try PartialDate(parsing: "2024-0\(i + 1)"), source: "fed", quote: q), Origin(file: "h.json")))
        }
        // Long quotes: the claims' COPY text is sent in several pieces of a megabyte.
        let long = (0..<4).map { i in String(repeating: "Мост через Амур \(i) 黑河大桥 ", count: 12_000) }
        for (i, q) in long.enumerated() {
            batch.claims.append((try Claim(id: "long-\(i)", project: batch.projects[i].0.id, status: .completed,
                                           asOf: try PartialDate(parsing: "2023"), source: "fed", quote: q), Origin(file: "h.json")))
        }
        #expect(batch.claims.count > PostgresBulkInsert.copyThreshold, "enough claims to go through COPY")
        let server = try PostgresStore.open(url: try PostgresFixture.freshURL(), clock: DerivedTests.clock)
        let summary = try server.importBatch(batch, editor: "ann")
        let embedded = try Engine.sqliteMemory.make(clock: DerivedTests.clock)
        #expect(try embedded.importBatch(batch, editor: "ann") == summary)
        #expect(try server.dataset() == (try embedded.dataset()))
        #expect(try server.claims(project: nil).filter { $0.id.hasPrefix("hostile-") }.map(\.quote) == hostile)
        #expect(try server.claims(project: nil).filter { $0.id.hasPrefix("long-") }.map(\.quote) == long)
        #expect(try server.auditEntries(filter: AuditFilter()) == (try embedded.auditEntries(filter: AuditFilter())))
        let verified = try server.verifyAudit()
        #expect(verified.isIntact && verified.rows == batch.sources.count + batch.projects.count + batch.claims.count)
        // The serials continue after the copied rows.
        _ = try server.addClaim(try Claim(id: "after-copy", project: batch.projects[0].0.id, status: .operational,
                                          asOf: try PartialDate(parsing: "2025"), source: "fed"), editor: "ann")
        #expect(try server.claims(project: batch.projects[0].0.id).last?.id == "after-copy")
    }

    @Test("a large import does not block readers: another connection reads the tracker as it was, at once, until it commits",
          .enabled(if: enabled))
    func importDoesNotBlockReaders() throws {
        let url = try PostgresFixture.freshURL()
        let writer = try PostgresStore.open(url: url, clock: DerivedTests.clock)
        let reader = try PostgresStore.open(url: url, create: false, clock: DerivedTests.clock)
        let batch = SyntheticData(projects: 3000, claimsPerProject: 10, seed: 5).importBatch()
        let done = DispatchGroup()
        nonisolated(unsafe) var outcome: Result<ImportSummary, any Error>? = nil
        done.enter()
        DispatchQueue.global().async {
            outcome = Result { try writer.importBatch(batch, editor: "ann") }
            done.leave()
        }
        var readsDuring = 0, slowest = 0.0
        while done.wait(timeout: .now()) == .timedOut {
            let start = Date()
            let seen = try reader.dataset()
            // One snapshot: all of the import or none of it.
            #expect((seen.projects.count, seen.claims.count) == (0, 0) || (seen.projects.count, seen.claims.count) == (3000, 30_000))
            if seen.projects.isEmpty {
                // Read before the import committed, while it was running.
                slowest = max(slowest, Date().timeIntervalSince(start))
                readsDuring += 1
            }
        }
        #expect(try outcome?.get().claims == 30_000)
        #expect(readsDuring > 0 && slowest < 1, "\(readsDuring) reads while importing, the slowest \(slowest) s")
        #expect(try reader.projects().count == 3000)
    }

    @Test("opening a database without a tracker: refused unless creating", .enabled(if: enabled))
    func missingTracker() throws {
        let url = try PostgresFixture.freshURL()
        #expect(throws: StoreError.self) { try PostgresStore.open(url: url, create: false) }
        let store = try PostgresStore.open(url: url, create: true)
        #expect(try store.dataset().isEmpty && store.location == (try PostgresURL(parsing: url)).redacted)
        #expect(try PostgresStore.open(url: url, create: false).changeToken() == 0)
    }

    @Test("roles: a viewer reads but cannot write; an editor appends but cannot add sources or rewrite history", .enabled(if: enabled))
    func roles() throws {
        let admin = try loadedPostgres()
        try admin.applyRoles()
        try admin.applyRoles()  // running it again is harmless
        let viewer = PostgresFixture.uniqueName("bt_viewer_"), editor = PostgresFixture.uniqueName("bt_editor_")
        try admin.executeForTesting("""
            CREATE ROLE \(viewer) LOGIN IN ROLE bordertrack_viewer;
            CREATE ROLE \(editor) LOGIN IN ROLE bordertrack_editor
            """)
        defer { try? admin.executeForTesting("DROP ROLE \(viewer); DROP ROLE \(editor)") }
        let claim = try Claim(id: "v1", project: "bridge", status: .proposed, asOf: try PartialDate(parsing: "2019"), source: "rg")

        let asViewer = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: viewer), create: false)
        #expect(try asViewer.claims(project: nil).count == 2 && (try asViewer.verifyAudit().isIntact))
        do {
            try asViewer.addClaim(claim, editor: viewer)
            Issue.record("a viewer added a claim")
        } catch let StoreError.notPermitted(message) {
            #expect(message.hasPrefix("your role \"\(viewer)\" may not add claims (permission denied for table claim)"))
        }
        #expect(throws: StoreError.self) {
            try asViewer.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .ack, editor: viewer, at: .init(seconds: 0)), expectedLast: nil)
        }

        let asEditor = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: editor), create: false)
        try asEditor.addClaim(claim, editor: editor)
        try asEditor.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .ack, editor: editor, at: .init(seconds: 0)), expectedLast: nil)
        var batch = ImportBatch()
        batch.sources = [(try Source(id: "new", name: "New", tier: .field), Origin(file: "n.json"))]
        do {
            _ = try asEditor.importBatch(batch, editor: editor)
            Issue.record("an editor added a source")
        } catch let StoreError.notPermitted(message) {
            #expect(message.contains("permission denied for table source"))
        }
        for sql in ["UPDATE claim SET quote = 'x'", "DELETE FROM claim", "TRUNCATE audit", "ALTER TABLE claim DISABLE TRIGGER claim_no_update",
                    "CREATE TABLE mine (x int)"] {
            #expect(throws: StoreError.self, "\(sql)") { try asEditor.executeForTesting(sql) }
        }
        #expect(try admin.claims(project: nil).map(\.id) == ["c1", "c2", "v1"])
        #expect(try admin.verifyAudit().isIntact)
    }

    @Test("LISTEN/NOTIFY: another session's commit is seen; a rolled-back write notifies nobody", .enabled(if: enabled))
    func listen() throws {
        let store = try loadedPostgres()
        let other = try PostgresStore.open(url: store.url, create: false)
        let seen = Counter()
        let handle = try store.listen { seen.bump() }
        defer { handle.stop() }
        #expect(handle.isListening)
        let token = try store.changeToken()
        try other.addClaim(try Claim(id: "n1", project: "bridge", status: .construction, asOf: try PartialDate(parsing: "2018"), source: "rg"), editor: "bo")
        // Waits for the event with a generous timeout; how fast it comes is for `bordertrack bench`, not a test.
        #expect(seen.wait(for: 1, timeout: 30), "no notification within 30 s")
        #expect(try store.changeToken() != token)
        // A refused write rolls back: no notification.
        #expect(throws: StoreError.self) {
            try other.addClaim(try Claim(id: "n1", project: "bridge", status: .construction, asOf: try PartialDate(parsing: "2018"), source: "rg"), editor: "bo")
        }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(seen.value == 1)
        handle.stop()
        #expect(!handle.isListening)
    }

    @Test("a connection failure names host, port, database and user, never the password")
    func connectionFailure() throws {
        do {
            _ = try PostgresStore.open(url: "postgres://bob:hunter2@127.0.0.1:1/tracker", environment: [:])
            Issue.record("connected to port 1")
        } catch let StoreError.engine(message) {
            #expect(message.hasPrefix("cannot connect to PostgreSQL at 127.0.0.1:1 (database \"tracker\", user \"bob\"): "))
            #expect(!message.contains("hunter2"))
        }
    }

    @Test("URLs: defaults, percent-escapes, the password kept out of every printed form")
    func urls() throws {
        let env = ["USER": "ann", "PGPASSWORD": "from-env"]
        let a = try PostgresURL(parsing: "postgres://bo:p%40ss@db.example.org/tracker", environment: env)
        #expect(a.user == "bo" && a.password == "p@ss" && a.host == "db.example.org" && a.port == 5432 && a.database == "tracker")
        #expect(a.redacted == "postgres://bo@db.example.org:5432/tracker")
        let b = try PostgresURL(parsing: "postgresql://[::1]:6543/t?schema=team_a&sslmode=require", environment: env)
        #expect(b.user == "ann" && b.password == "from-env" && b.host == "::1" && b.port == 6543 && b.schema == "team_a" && b.tls == .require)
        #expect(b.redacted == "postgres://ann@[::1]:6543/t?schema=team_a&sslmode=require")
        let c = try PostgresURL(parsing: "postgres://cy:s?cr/t@h:5/d", environment: [:])
        #expect(c.password == "s?cr/t" && c.host == "h" && c.port == 5 && c.database == "d")
        for bad in ["postgres://u:secret@h:0/d", "postgres://u:secret@h/", "postgres://u:secret@/d", "mysql://u@h/d",
                    "postgres://u:secret@h/d?schema=Bad-Name", "postgres://u:secret@h/d?sslmode=maybe", "postgres://u:secret@h/d?x=1"] {
            do {
                _ = try PostgresURL(parsing: bad, environment: [:])
                Issue.record("\(bad) parsed")
            } catch let StoreError.invalid(message) {
                #expect(!message.contains("secret"), "\(message)")
                #expect(message.contains("expected postgres://user[:password]@host[:port]/dbname"))
            }
        }
    }

    @Test("SQL scripts split on semicolons outside quotes, dollar quotes and comments")
    func scripts() throws {
        let script = """
            -- a comment; with a semicolon
            SELECT 'a;b', "we;ird" FROM t;  /* block; /* nested; */ still; */
            DO $$ BEGIN RAISE NOTICE 'x;y'; END $$;
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$ ;
            SELECT 'it''s; fine', $1;
            -- trailing comment only;
            """
        #expect(SQLScript.statements(script) == [
            "-- a comment; with a semicolon\nSELECT 'a;b', \"we;ird\" FROM t",
            "/* block; /* nested; */ still; */\nDO $$ BEGIN RAISE NOTICE 'x;y'; END $$",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$",
            "SELECT 'it''s; fine', $1",
        ])
        #expect(SQLScript.statements(PostgresRoles.sql).count == 31)
    }

    @Test("the roles script for another schema names that schema everywhere")
    func rolesForSchema() throws {
        let roles = PostgresRoles.sql(schema: "team_a")
        #expect(roles.contains("GRANT INSERT ON \"team_a\".claim, \"team_a\".plan, \"team_a\".flag_event, \"team_a\".withdrawal, \"team_a\".source_grade, \"team_a\".audit TO bordertrack_editor;"))
        #expect(roles.contains("GRANT USAGE ON SCHEMA \"team_a\" TO bordertrack_viewer, bordertrack_editor;"))
        #expect(!roles.contains("public.") && !roles.contains("SCHEMA public"))
        #expect(PostgresRoles.sql(schema: "public") == PostgresRoles.sql)
    }

    @Test("roles.sql beside the sources is the text `bordertrack server roles` prints")
    func rolesFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/BorderTrackPostgres/roles.sql")
        #expect(try String(contentsOf: file, encoding: .utf8) == PostgresRoles.sql)
    }
}

/// A thread-safe count with a wait.
final class Counter: @unchecked Sendable {
    private let condition = NSCondition()
    private var count = 0

    var value: Int { condition.lock(); defer { condition.unlock() }; return count }

    func bump() {
        condition.lock(); count += 1; condition.broadcast(); condition.unlock()
    }

    /// Waits until the count reaches `target`; false on timeout.
    func wait(for target: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while count < target {
            if !condition.wait(until: deadline) { return count >= target }
        }
        return true
    }
}
#endif

import BorderTrackCore
import BorderTrackFormats
import BorderTrackPostgres
import BorderTrackSQLite
import BorderTrackStore
import Foundation
import BorderTrackTestSupport

/// The engines the store suite runs against; each test gets a fresh, empty tracker.
///
/// `postgres` joins `allCases` only when `$BORDERTRACK_TEST_PG` names a throwaway database
/// (`postgres://user@host:port/db`); each test then gets its own schema in it.
enum Engine: String, CaseIterable, CustomTestStringConvertible {
    case sqliteMemory, sqliteFile, postgres

    static var allCases: [Engine] {
        PostgresFixture.baseURL == nil ? [.sqliteMemory, .sqliteFile] : [.sqliteMemory, .sqliteFile, .postgres]
    }

    var testDescription: String { rawValue }

    func make(clock: @escaping @Sendable () -> Timestamp = { Timestamp(parsing: "2026-11-23T10:00:00Z")! }) throws -> any TrackerStore {
        switch self {
        case .sqliteMemory: return try SQLiteStore.inMemory(clock: clock)
        case .sqliteFile:
            let dir = Scratch.path("bt-store")
            return try SQLiteStore.open(path: dir.appendingPathComponent("t.sqlite").path, clock: clock)
        case .postgres:
            #if Postgres
            return try PostgresStore.open(url: try PostgresFixture.freshURL(), clock: clock)
            #else
            throw StoreError.engine(PostgresEngine.unavailableMessage)
            #endif
        }
    }
}

/// The throwaway PostgreSQL database the tests may use (`$BORDERTRACK_TEST_PG`), one schema per test.
enum PostgresFixture {
    /// The database URL, or nil when PostgreSQL tests are off.
    static var baseURL: String? {
        #if Postgres
        guard let url = ProcessInfo.processInfo.environment["BORDERTRACK_TEST_PG"], !url.isEmpty else { return nil }
        return url
        #else
        return nil
        #endif
    }

    /// A short unique lowercase name.
    static func uniqueName(_ prefix: String) -> String {
        prefix + String(UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(16))
    }

    /// The database URL with a new, unused schema: a fresh, empty tracker for one test.
    static func freshURL(schema: String = uniqueName("bt_t_")) throws -> String {
        guard let base = baseURL else { throw StoreError.engine("set $BORDERTRACK_TEST_PG to run PostgreSQL tests") }
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }

    /// Creates the roles on `admin`'s tracker and two logins, one a viewer and one an editor; `body` gets their
    /// names, and the logins are dropped after it.
    static func withLogins<T>(_ admin: any TrackerStore, _ body: (_ viewer: String, _ editor: String) throws -> T) throws -> T {
        #if Postgres
        guard let admin = admin as? PostgresStore else { throw StoreError.engine("roles are PostgreSQL's") }
        try admin.applyRoles()
        let viewer = uniqueName("bt_viewer_"), editor = uniqueName("bt_editor_")
        try admin.executeForTesting("""
            CREATE ROLE \(viewer) LOGIN IN ROLE bordertrack_viewer;
            CREATE ROLE \(editor) LOGIN IN ROLE bordertrack_editor
            """)
        defer { try? admin.executeForTesting("DROP ROLE \(viewer); DROP ROLE \(editor)") }
        return try body(viewer, editor)
        #else
        throw StoreError.engine(PostgresEngine.unavailableMessage)
        #endif
    }

    /// The same URL as another user (trust or $PGPASSWORD authentication, as on the CI cluster).
    static func url(_ url: String, asUser user: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let hostPart = rest.firstIndex(of: "@").map { rest[rest.index(after: $0)...] } ?? rest
        return String(url[..<scheme.upperBound]) + user + "@" + String(hostPart)
    }
}

import Testing

let sampleJSON = """
{"format": "bordertrack/1",
 "sources": [{"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"},
             {"id": "amurlife", "name": "Amur Life", "tier": "local-media", "country": "RU"}],
 "projects": [{"id": "bridge", "kind": "bridge", "names": {"en": "Bridge", "ru": "Мост", "zh": "大桥"}, "countries": ["RU", "CN"],
   "plans": [{"id": "p1", "milestone": "opening", "target": "2020", "announced": "2018-03", "source": "rg"}],
   "claims": [{"id": "c1", "status": "operational", "scope": "full", "asOf": "2021-10-07", "source": "rg", "quote": "Мост открыт, \\"готов\\""},
              {"id": "c2", "status": "completed", "asOf": "2021-10-14", "source": "amurlife", "quote": "黑河 не готов"}]}]}
"""

func loaded(_ engine: Engine) throws -> any TrackerStore {
    let store = try engine.make()
    _ = try store.importBatch(DatasetJSON.decode(Array(sampleJSON.utf8), file: "s.json"), editor: "ann")
    return store
}

/// The `StoreError` a store call is refused with (nil when it is accepted), so a test can expect the exact case
/// and message rather than any error.
func refusal(_ body: () throws -> Void) -> StoreError? {
    do { try body(); return nil } catch let e as StoreError { return e } catch { return .engine("not a StoreError: \(error)") }
}

#if Postgres
import BorderTrackCore
import BorderTrackStore
import Foundation
import PostgresNIO

/// The team-server engine: the same tracker in a PostgreSQL database, shared by editors on several machines.
///
/// Same tables, canonical rows and audit hashing as `SQLiteStore`. Every write is one transaction
/// that first takes `pg_advisory_xact_lock(writeLockKey)`, then appends the audit chain, then
/// `NOTIFY bordertrack_changes`. Privileges come from PostgreSQL roles (`PostgresRoles`), not from the client.
public struct PostgresStore: TrackerStore {
    let session: PostgresSession
    /// Where the tracker lives (the password is kept only for connecting).
    public let url: PostgresURL
    public let isReadOnly: Bool
    let clock: @Sendable () -> Timestamp

    /// The URL without password.
    public var location: String { url.redacted }

    /// The advisory lock every write transaction takes first ("BTwr").
    static let writeLockKey = 0x4254_7772
    /// The advisory lock around creating and migrating the schema ("BTmg").
    static let migrationLockKey = 0x4254_6D67
    /// The channel every commit notifies, with the audit head's seq as payload: `bordertrack_changes`, or
    /// `bordertrack_changes_<schema>` for a tracker in its own schema (NOTIFY is database-wide).
    public var changeChannel: String {
        guard let schema = url.schema else { return "bordertrack_changes" }
        return String("bordertrack_changes_\(schema)".utf8.prefix(63))!  // channel names are at most 63 bytes
    }

    /// Connects to `url` (`postgres://user[:password]@host[:port]/dbname`), creating and migrating the
    /// tables when `create` is set (or when an existing tracker needs a newer schema).
    ///
    /// Without `create`, a database with no tracker yet is `StoreError.notFound`; with `readOnly`,
    /// edits are refused here and the session is `default_transaction_read_only`.
    public static func open(url text: String, readOnly: Bool = false, create: Bool = true, busyTimeout: TimeInterval = 10,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            clock: @escaping @Sendable () -> Timestamp = StoreClock.system,
                            upgrading: UpgradeNotice? = nil) throws -> PostgresStore {
        let url = try PostgresURL(parsing: text, environment: environment)
        return try open(url: url, readOnly: readOnly, create: create, busyTimeout: busyTimeout, clock: clock, upgrading: upgrading)
    }

    /// Connects to a parsed URL; see `open(url:readOnly:create:busyTimeout:environment:clock:upgrading:)`. `upgrading`
    /// hears which migrations an existing tracker is about to get.
    public static func open(url: PostgresURL, readOnly: Bool = false, create: Bool = true, busyTimeout: TimeInterval = 10,
                            clock: @escaping @Sendable () -> Timestamp = StoreClock.system,
                            upgrading: UpgradeNotice? = nil) throws -> PostgresStore {
        let session = PostgresSession(url: url, lockTimeoutMs: Int(busyTimeout * 1000), readOnly: readOnly)
        let store = PostgresStore(session: session, url: url, isReadOnly: readOnly, clock: clock)
        try store.prepareSchema(create: create, upgrading: upgrading)
        return store
    }

    /// Runs `body` on the connection, translating engine errors; `doing` completes "your role may not …".
    func run<T>(_ doing: String, _ body: (PostgresLink) throws -> T) throws -> T {
        do { return try session.withLink(body) }
        catch let error as StoreError { throw error }
        catch { throw PostgresFailure.storeError(error, url: url, doing: doing) }
    }

    /// A read in one consistent snapshot.
    func read<T>(_ body: (PostgresLink) throws -> T) throws -> T {
        try run("read this tracker") { link in
            try link.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(link) }
        }
    }

    /// A read in one consistent snapshot on a connection of its own, closed after it: for a long read (the derived
    /// check) that must not hold up the screens' reads on the store's connection meanwhile.
    func readAside<T>(_ body: (PostgresLink) throws -> T) throws -> T {
        do {
            let connection = try session.connect()
            defer { PostgresSession.closeEventually(connection) }
            let link = PostgresLink(connection: connection, logger: session.logger)
            return try link.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(link) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresFailure.storeError(error, url: url, doing: "read this tracker")
        }
    }

    /// A write transaction: refused when read-only; serialised with every other writer.
    ///
    /// Every writer on every machine first queues on one advisory lock, because each write reads the
    /// audit chain's head (seq, hash) and extends it: without the lock two writers would read the same
    /// head and fork the chain (the primary key on `audit.seq` would then fail one of them). The lock is
    /// transaction-scoped, so a crashed client or a dropped connection releases it. The isolation must be
    /// READ COMMITTED: each statement after the lock then sees what the previous holders committed, where
    /// a REPEATABLE READ snapshot would be taken before the lock is granted. The wait is bounded by the
    /// session's `lock_timeout` (then `StoreError.busy`). The body ends with `PostgresWriteBatch.run`,
    /// which also sends the NOTIFY; the fewer round trips it makes, the shorter other writers wait.
    ///
    /// Unless `derived` is false, the derived summaries and queue are then brought up to date in the same
    /// transaction (`keepDerivedCurrent`): the projects the write changed are recomputed.
    func write<T>(_ doing: String, derived: Bool = true, _ body: (PostgresLink) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly("this database was opened read-only; edits are disabled") }
        return try run(doing) { link in
            try link.transaction("BEGIN ISOLATION LEVEL READ COMMITTED") {
                try link.execute("SELECT pg_advisory_xact_lock(\(Self.writeLockKey))")
                let result = try body(link)
                if derived { try keepDerivedCurrent(link) }
                return result
            }
        }
    }

    /// Closes the connection now (the store reconnects if used again).
    public func close() {
        session.close()
    }
}

extension PostgresStore {
    /// Creates the three roles and grants them on this tracker's schema (`PostgresRoles.sql(schema:)`),
    /// in one transaction, serialised with migrations; needs the tables' owner or a superuser.
    ///
    /// Roles and their memberships are the whole cluster's, which the advisory lock (one database's) does not
    /// serialise: another database's `applyRoles`, or a `CREATE ROLE … IN ROLE bordertrack_viewer` at the same
    /// moment, can fail the statement with "tuple concurrently updated" or a duplicate role. The whole transaction
    /// is then run again (three tries; every statement of `roles.sql` may run twice).
    public func applyRoles() throws {
        try run("create roles or grant privileges (connect as the tables' owner or a superuser)") { link in
            for attempt in 1... {
                do {
                    try link.transaction("BEGIN ISOLATION LEVEL READ COMMITTED") {
                        try link.execute("SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))")
                        for statement in SQLScript.statements(PostgresRoles.sql(schema: url.schema ?? "public")) {
                            try link.execute(statement)
                        }
                    }
                    return
                } catch let error as PSQLError where attempt < 3 && Self.isConcurrentCatalogChange(error) {
                    usleep(UInt32(100_000 * attempt))
                }
            }
        }
    }

    /// Whether a statement failed on a concurrent change of the cluster's catalogs: "tuple concurrently updated"
    /// (XX000), a role created meanwhile (23505, 42710), a serialization failure or a deadlock.
    static func isConcurrentCatalogChange(_ error: PSQLError) -> Bool {
        guard let info = error.serverInfo else { return false }
        let state = info[.sqlState] ?? "", message = info[.message] ?? ""
        return ["23505", "42710", "40001", "40P01"].contains(state) || (state == "XX000" && message.contains("concurrently"))
    }

    /// Runs raw SQL (statements separated by `;`) outside the store's invariants: for tests that
    /// play an attacker or a bug, and for applying `PostgresRoles.sql`.
    public func executeForTesting(_ sql: String) throws {
        try run("run this SQL") { link in
            for statement in SQLScript.statements(sql) { try link.execute(statement) }
        }
    }
}
#endif

import BorderTrackCore
import BorderTrackStore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The embedded engine: one SQLite file through GRDB, in WAL mode, with string-named migrations.
///
/// Built like GRDB's `AppDatabase`: it owns the migrator and offers only invariant-keeping
/// write methods. Every write is one `BEGIN IMMEDIATE` transaction that also appends the
/// audit chain.
public struct SQLiteStore: TrackerStore {
    let writer: any DatabaseWriter
    public let location: String
    public let isReadOnly: Bool
    let clock: @Sendable () -> Timestamp
    /// Why a file asked for read-write was opened read-only (a newer BorderTrack's tracker); nil otherwise.
    public internal(set) var readOnlyNote: String? = nil

    /// The system clock in UTC seconds.
    public static let systemClock: @Sendable () -> Timestamp = StoreClock.system

    init(writer: any DatabaseWriter, location: String, readOnly: Bool, clock: @escaping @Sendable () -> Timestamp) {
        self.writer = writer; self.location = location; self.isReadOnly = readOnly; self.clock = clock
    }

    /// Opens (creating if needed, with mode 0600 or 0640) a database file and migrates it.
    ///
    /// Only a tracker or an empty file is opened: another application's SQLite file is refused
    /// (`StoreError.notATracker`) before anything is written to it. A tracker from a newer BorderTrack is opened
    /// read-only, with `readOnlyNote` saying why. `upgrading` hears which migrations an existing tracker is about to get.
    public static func open(path: String, readOnly: Bool = false, groupShared: Bool = false,
                            busyTimeout: TimeInterval = 10,
                            clock: @escaping @Sendable () -> Timestamp = systemClock,
                            upgrading: UpgradeNotice? = nil) throws -> SQLiteStore {
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        var readOnly = readOnly
        var note: String? = nil
        if exists, ((try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0 {
            switch try identity(of: path) {
            case .foreign(let what):
                throw StoreError.notATracker("\(path) is not a BorderTrack tracker (\(what)): another application's database? It was left unchanged; give a tracker or a new file's name")
            case .newer(let why):
                if !readOnly { note = "\(path): \(why), so it is open read-only; upgrade bordertrack to edit it" }
                readOnly = true
            case .empty, .tracker: break
            }
        }
        if readOnly && !exists { throw StoreError.notFound(kind: "database file", id: path) }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.readonly = readOnly
        config.label = "bordertrack"
        // 8 MB of page cache per connection (SQLite's default is 2 MB): a large tracker's pages are index
        // seeks all over the file, and each miss is a read system call. Temporary storage in memory: a
        // statement that inserts many rows keeps a statement journal of the pages it changes, which SQLite
        // otherwise writes to a file in /var/tmp (a 1,000,000-claim import made 3 million write calls).
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -8192") }
        do {
            if !exists {
                let dir = (path as NSString).deletingLastPathComponent
                if !dir.isEmpty { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
                guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: groupShared ? 0o640 : 0o600]) else {
                    throw StoreError.engine("cannot create \(path): check that the folder is writable")
                }
            }
            if readOnly {
                let queue = try DatabaseQueue(path: path, configuration: config)
                var store = SQLiteStore(writer: queue, location: path, readOnly: true, clock: clock)
                store.readOnlyNote = note
                try store.checkSchema()
                return store
            }
            let pool = try withFileLock(path + ".lock") {
                let pool = try DatabasePool(path: path, configuration: config)
                if exists, let upgrading {
                    let (applied, pending) = try pool.read(migrations)
                    if !applied.isEmpty && !pending.isEmpty { upgrading(path, pending) }
                }
                try migrator.migrate(pool)
                return pool
            }
            return SQLiteStore(writer: pool, location: path, readOnly: false, clock: clock)
        } catch let error as DatabaseError {
            throw mapError(error)
        }
    }

    /// What the file at `path` is, read through a read-only connection (nothing is written, not even WAL mode).
    static func identity(of path: String) throws -> SQLiteFileIdentity {
        var config = Configuration()
        config.readonly = true
        config.label = "bordertrack-inspect"
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read(SQLiteFileIdentity.inspect)
        } catch let error as DatabaseError {
            throw mapError(error)
        }
    }

    /// An in-memory database (tests, benchmarks).
    public static func inMemory(clock: @escaping @Sendable () -> Timestamp = systemClock) throws -> SQLiteStore {
        var config = Configuration()
        config.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: config)
        try migrator.migrate(queue)
        return SQLiteStore(writer: queue, location: ":memory:", readOnly: false, clock: clock)
    }

    /// Fails with a clear error when a read-only file is not a migrated BorderTrack database, or needs a
    /// migration it cannot run (rows are read by column position, so every column must be there).
    func checkSchema() throws {
        let (ok, pending) = try run {
            try writer.read { db in (try db.tableExists("claim") && db.tableExists("audit"), try SQLiteStore.migrations(db).pending) }
        }
        if !ok { throw StoreError.corrupt("\(location) is not a BorderTrack database (no claim table); open it once read-write to create it") }
        if !pending.isEmpty {
            throw StoreError.readOnly("\(location) needs its tables upgraded (\(pending.joined(separator: ", "))); open it once without --read-only")
        }
    }

    /// The migrations a database has had, and those of this build it has not had yet, in order.
    static func migrations(_ db: Database) throws -> (applied: Set<String>, pending: [String]) {
        let migrator = SQLiteStore.migrator
        let applied = try migrator.appliedIdentifiers(db)
        return (applied, migrator.migrations.filter { !applied.contains($0) })
    }

    /// Runs a body, translating engine errors into `StoreError`.
    func run<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw SQLiteStore.mapError(error) }
    }

    static func mapError(_ error: DatabaseError) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(error.message ?? "locked")
        case .SQLITE_READONLY: return .readOnly("the database is open read-only or the file is not writable")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt(error.message ?? "file is not a database")
        case .SQLITE_PERM, .SQLITE_AUTH: return .notPermitted(error.message ?? "permission denied")
        case .SQLITE_CANTOPEN: return .engine("cannot open the database file: \(error.message ?? "")")
        default: return .engine(error.message ?? "\(error)")
        }
    }

    /// A write transaction (BEGIN IMMEDIATE) with engine errors translated; refused when read-only.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(readOnlyNote ?? "this database was opened read-only; edits are disabled") }
        return try run { try writer.write(body) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try run { try writer.read(body) }
    }
}

/// Holds an exclusive `flock` on a lock file beside the database while running `body`
/// (first-time set-up and migrations; `NSFileCoordinator` does not exist on Linux).
func withFileLock<T>(_ lockPath: String, _ body: () throws -> T) throws -> T {
    let fd = Glibc.open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
    if fd < 0 { return try body() }  // read-only folder: nothing to coordinate with
    defer { Glibc.close(fd) }
    while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    defer { flock(fd, LOCK_UN) }
    return try body()
}

extension SQLiteStore {
    /// Runs raw SQL outside the store's invariants: for tests that play an attacker or a bug.
    public func executeForTesting(_ sql: String) throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    /// The `CREATE` statement of a table as the schema holds it (nil when there is none), for tests of migrations.
    public func tableSQLForTesting(_ table: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table]) }
    }
}

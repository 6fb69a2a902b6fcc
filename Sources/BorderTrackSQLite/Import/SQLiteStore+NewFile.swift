import BorderTrackCore
import BorderTrackStore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension SQLiteStore {
    /// Imports a batch into a database file that does not exist yet: built beside it under a hidden name
    /// without the write-ahead log, switched to WAL, flushed to disk and only then linked into place.
    ///
    /// A new tracker has no readers to protect, so the WAL would only write every page twice (once to the
    /// log, once back into the file): a 1,000,000-claim import commits in a third of the time. It is still
    /// all or nothing: a failed import leaves no file, and a file created at `path` meanwhile (another
    /// import) is never replaced — this one fails with `StoreError.conflict`. The rows, audit entries and
    /// derived tables are those `importBatch` writes into an empty database.
    public static func importIntoNewFile(path: String, batch: ImportBatch, editor: String, groupShared: Bool = false,
                                         clock: @escaping @Sendable () -> Timestamp = systemClock) throws -> ImportSummary {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path) else { throw StoreError.conflict("\(path) already exists; this is for a new tracker file") }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let prefix = "." + url.lastPathComponent + ".importing-"
        let temp = dir + "/" + prefix + "\(getpid())"
        removeAbandoned(prefix: prefix, in: dir)
        for f in [temp, temp + "-journal"] { try? fm.removeItem(atPath: f) }
        guard fm.createFile(atPath: temp, contents: nil, attributes: [.posixPermissions: groupShared ? 0o640 : 0o600]) else {
            throw StoreError.engine("cannot create \(path): the folder \(dir) is not writable")
        }
        var linked = false
        defer { if !linked { for f in [temp, temp + "-journal"] { try? fm.removeItem(atPath: f) } } }
        var config = Configuration()
        // `importBatch` checks every reference of the batch (`ImportBatch.problems(against:)`) before it commits,
        // and a new file holds nothing else to refer to: SQLite's foreign key lookups would only repeat those
        // checks (two index seeks per claim). Every later connection enforces them again.
        config.foreignKeysEnabled = false
        config.label = "bordertrack-import"
        // Nothing reads this file until it is complete, and on failure it is deleted: no syncing on the way,
        // one fsync at the end.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -8192; PRAGMA synchronous = OFF") }
        let summary: ImportSummary
        do {
            let queue = try DatabaseQueue(path: temp, configuration: config)
            try migrator.migrate(queue)
            let store = SQLiteStore(writer: queue, location: path, readOnly: false, clock: clock)
            summary = try store.importBatch(batch, editor: editor)
            // What `open` expects of every tracker file: WAL mode (a setting stored in the file).
            try queue.writeWithoutTransaction { db in
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")?.lowercased() == "wal" else {
                    throw StoreError.engine("\(temp): SQLite refused write-ahead logging")
                }
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw mapError(error)
        }
        try syncFile(temp)
        // link(2) fails when `path` exists: an import that started meanwhile keeps its file.
        guard link(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if errno == EEXIST { throw StoreError.conflict("\(path) was created by someone else during the import; nothing was written to it") }
            throw StoreError.engine("cannot move the imported database into place at \(path): \(reason)")
        }
        linked = true
        _ = unlink(temp)
        try? syncFile(dir)
        return summary
    }

    /// Deletes what imports that were killed before they finished left beside the database: hidden files
    /// `prefix` + PID (and their journals) whose process no longer runs.
    public static func removeAbandoned(prefix: String, in dir: String) {
        AbandonedFiles.remove(prefix: prefix, in: dir)
    }

    /// Flushes a file (or a folder's entries) to disk.
    private static func syncFile(_ path: String) throws {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.engine("cannot open \(path) to flush it: \(String(cString: strerror(errno)))") }
        defer { Glibc.close(fd) }
        guard fsync(fd) == 0 else { throw StoreError.engine("cannot flush \(path) to disk: \(String(cString: strerror(errno)))") }
    }
}

import BorderTrackStore
import Foundation
import GRDB

/// What a SQLite file is, read from its header and schema before the tracker writes anything into it.
///
/// A tracker's file carries SQLite's `application_id` (`SQLiteFileIdentity.applicationID`, set by the
/// migration "v7: file identity") and its schema version in `user_version`. Files made before that migration
/// are recognised by their migrations table (`grdb_migrations` holding the tracker's first migration) with the
/// `claim` and `audit` tables. Anything else that holds tables belongs to another application.
enum SQLiteFileIdentity: Equatable {
    /// No tables yet: a new tracker may be created in it.
    case empty
    /// A tracker this version can read and write (perhaps needing its migrations).
    case tracker
    /// A tracker from a newer version of BorderTrack: readable, never written. The text says why.
    case newer(String)
    /// Another application's database. The text says what it holds.
    case foreign(String)

    /// `PRAGMA application_id` of every tracker file: "BTRK".
    static let applicationID: Int32 = 0x4254_524B

    /// The schema version this build writes (`PRAGMA user_version`): the number of migrations.
    static var schemaVersion: Int { SQLiteStore.migrator.migrations.count }

    /// Reads the file's identity (any connection; nothing is written).
    static func inspect(_ db: Database) throws -> SQLiteFileIdentity {
        let appID = try Int32(truncatingIfNeeded: Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0)
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        let known = SQLiteStore.migrator.migrations
        let applied = tables.contains("grdb_migrations")
            ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        if appID != applicationID {
            if appID == 0 && tables.isEmpty { return .empty }
            let looksLikeTracker = appID == 0 && applied.contains(known[0]) && tables.contains("claim") && tables.contains("audit")
            if !looksLikeTracker {
                let list = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
                let owner = appID == 0 ? "" : String(format: "application id 0x%08X, ", UInt32(bitPattern: appID))
                return .foreign(tables.isEmpty ? "its \(owner)no tables" : "\(owner)tables \(list)")
            }
        }
        let unknown = applied.filter { !known.contains($0) }
        if version > schemaVersion || !unknown.isEmpty {
            let what = unknown.isEmpty ? "schema version \(version)" : "migration \"\(unknown[0])\""
            return .newer("it was written by a newer BorderTrack (\(what); this one knows up to schema version \(schemaVersion))")
        }
        return .tracker
    }
}

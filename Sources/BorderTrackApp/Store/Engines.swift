import BorderTrackPostgres
import BorderTrackSQLite
import BorderTrackStore
import Foundation

/// The engines this build has, wired in one place: everything else opens and asks through the contract.
package enum Engines {
    /// PostgreSQL for `postgres://` URLs (refusing them in a build without the trait), SQLite for every file.
    package static let opener = StoreOpener(engines: [PostgresEngine.server, SQLiteEngine()])

    /// Whether `location` names a tracker file that does not exist yet.
    package static func isNewFile(_ location: String) -> Bool {
        opener.engine(for: location).keepsFiles && !FileManager.default.fileExists(atPath: location)
    }
}

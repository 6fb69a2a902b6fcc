#if Postgres
import Foundation
import PostgresNIO

/// A live subscription to another session's commits (`LISTEN bordertrack_changes` on its own connection).
///
/// The callback runs on a background thread, once per commit (PostgreSQL may fold identical
/// notifications of one transaction); keep it short, e.g. set a flag the UI loop reads.
/// `stop()` (or releasing the handle) ends the subscription and closes the connection.
public final class ListenHandle: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var context: PostgresListenContext?

    init(connection: PostgresConnection, context: PostgresListenContext) {
        self.connection = connection
        self.context = context
    }

    /// Whether notifications still arrive (false after `stop()` or when the connection dropped).
    public var isListening: Bool {
        lock.lock()
        defer { lock.unlock() }
        return connection.map { !$0.isClosed } ?? false
    }

    /// Stops listening and closes the dedicated connection.
    public func stop() {
        lock.lock()
        let (conn, ctx) = (connection, context)
        connection = nil; context = nil
        lock.unlock()
        ctx?.stop()
        if let conn { PostgresSession.closeEventually(conn) }
    }

    deinit { stop() }
}
#endif

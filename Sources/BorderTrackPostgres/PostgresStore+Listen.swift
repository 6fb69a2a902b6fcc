#if Postgres
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    /// Calls `onChange` whenever any session commits a write to this database, within milliseconds
    /// and without polling: a dedicated connection runs `LISTEN` on `changeChannel`.
    ///
    /// Returns once the server has confirmed the LISTEN, so every later commit is seen.
    public func listen(onChange: @escaping @Sendable () -> Void) throws -> ListenHandle {
        do {
            let connection = try session.connect()
            let context = connection.addListener(channel: changeChannel) { _, _ in onChange() }
            do {
                // The LISTEN is queued on the connection before this query, so once it returns the LISTEN is active.
                _ = try connection.query("SELECT 1", logger: session.logger).wait()
            } catch {
                context.stop()
                PostgresSession.closeEventually(connection)
                throw error
            }
            return ListenHandle(connection: connection, context: context)
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresFailure.storeError(error, url: url, doing: "listen for changes")
        }
    }
}
#endif

#if Postgres
import BorderTrackStore
import Foundation
import PostgresNIO

/// One connection to the server for one store, used by one caller at a time and reopened when it drops.
///
/// The store's API is synchronous: callers block in `EventLoopFuture.wait()` on their own thread
/// while the I/O runs on `eventLoops`, a private event loop that no caller ever runs on (waiting on
/// an event loop thread would deadlock it).
final class PostgresSession: @unchecked Sendable {
    /// The event loop thread behind every BorderTrack connection in this process.
    static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    let url: PostgresURL
    /// How long a statement waits for a lock (the write lock included) before failing as busy.
    let lockTimeoutMs: Int
    /// Whether the server should refuse writes in this session too.
    let readOnly: Bool
    let logger: Logger
    /// Guards `connection` and serialises callers: one transaction at a time on the connection.
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private let foldLock = NSLock()  // not `lock`: that one is held while a statement runs, which asks `fold`
    private var foldCollation: String?

    /// The collation `lower` folds search text in (`ClaimsSQL.fold`): ICU's root locale when the server has it
    /// (Cyrillic, Greek and full-width Latin fold whatever the database's locale), else the database's default.
    /// Asked once per session.
    func fold(_ ask: () throws -> Bool) -> String {
        if let f = foldLock.withLock({ foldCollation }) { return f }
        let f = ((try? ask()) ?? false) ? "\"und-x-icu\"" : "\"default\""
        foldLock.withLock { foldCollation = f }
        return f
    }

    init(url: PostgresURL, lockTimeoutMs: Int, readOnly: Bool) {
        self.url = url
        self.readOnly = readOnly
        self.lockTimeoutMs = max(1, lockTimeoutMs)  // 0 would mean "wait forever" to PostgreSQL
        var logger = Logger(label: "bordertrack.postgres")
        logger.logLevel = .critical  // the CLI's output is the user's; errors reach them as StoreError
        self.logger = logger
    }

    deinit {
        if let connection { Self.closeEventually(connection) }
    }

    /// Closes without blocking (callable from any thread, the event loop's included); the connection
    /// stays alive until the close completes, as postgres-nio requires.
    static func closeEventually(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Settings sent at connection start-up, so a reconnection keeps them without extra round trips.
    func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch url.tls {
        case .disable: tls = .disable
        case .prefer, .require, .verifyFull:
            var conf = TLSConfiguration.makeClientConfiguration()
            if url.tls != .verifyFull { conf.certificateVerification = .none }
            let context = try NIOSSLContext(configuration: conf)
            tls = url.tls == .prefer ? .prefer(context) : .require(context)
        }
        var config = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                      password: url.password, database: url.database, tls: tls)
        config.options.connectTimeout = .seconds(10)
        var parameters = [("application_name", "bordertrack"), ("lock_timeout", "\(lockTimeoutMs)")]
        if let schema = url.schema { parameters.append(("search_path", "\"\(schema)\"")) }
        if readOnly { parameters.append(("default_transaction_read_only", "on")) }
        config.options.additionalStartupParameters = parameters
        return config
    }

    /// Opens a new connection (also used for a dedicated LISTEN connection).
    func connect() throws -> PostgresConnection {
        try PostgresConnection.connect(on: Self.eventLoops.next(), configuration: try configuration(),
                                       id: Int.random(in: 1...Int(Int32.max)), logger: logger).wait()
    }

    /// Runs `body` with the connection, alone; connects (again) first when needed.
    func withLink<T>(_ body: (PostgresLink) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if connection == nil || connection!.isClosed {
            connection = nil
            connection = try connect()
        }
        return try body(PostgresLink(connection: connection!, logger: logger))
    }

    /// Closes the connection now (a later use reconnects).
    func close() {
        lock.lock()
        defer { lock.unlock() }
        if let c = connection { try? c.close().wait() }
        connection = nil
    }
}
#endif

#if Postgres
import BorderTrackStore
import PostgresNIO

/// Blocking statements on one connection (the caller holds the session's lock).
struct PostgresLink {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> [PostgresRandomAccessRow] {
        try connection.query(query, logger: logger).wait().rows.map { $0.makeRandomAccess() }
    }

    /// Runs statements one after another without waiting between them — each is sent as soon as the previous
    /// one's answer arrives, on the connection's event loop — and returns their rows in order; throws the first
    /// failure once all have answered.
    func queries(_ queries: [PostgresQuery]) throws -> [[PostgresRandomAccessRow]] {
        let futures = queries.map { connection.query($0, logger: logger) }
        var results: [[PostgresRandomAccessRow]] = [], failure: (any Error)?
        for future in futures {
            do {
                results.append(try future.wait().rows.map { $0.makeRandomAccess() })
            } catch {
                failure = failure ?? error
                results.append([])
            }
        }
        if let failure { throw failure }
        return results
    }

    /// Runs one statement given as plain SQL (no parameters).
    func execute(_ sql: String) throws {
        _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
    }

    /// The first column of the first row as an integer (nil for no row or NULL).
    func int(_ query: PostgresQuery) throws -> Int? {
        guard let row = try self.query(query).first else { return nil }
        return try row[0].decode(Int?.self)
    }

    /// Runs `body` between `begin` and COMMIT, rolling back when anything throws.
    func transaction<T>(_ begin: String, _ body: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

extension PostgresRandomAccessRow {
    /// A required text column.
    func text(_ column: String) throws -> String { try self[column].decode(String.self) }
    /// A nullable text column.
    func optionalText(_ column: String) throws -> String? { try self[column].decode(String?.self) }
    /// A required integer column (int2, int4 or int8).
    func int(_ column: String) throws -> Int { try self[column].decode(Int.self) }
    /// A nullable double precision column.
    func optionalDouble(_ column: String) throws -> Double? { try self[column].decode(Double?.self) }
}
#endif

#if Postgres
import BorderTrackStore
import Foundation
import PostgresNIO

/// Translates postgres-nio and SwiftNIO errors into `StoreError`s a user can act on.
///
/// Messages name the host, port, database and user, never the password (postgres-nio's own
/// descriptions are deliberately vague, so the server's SQLSTATE and message are used).
enum PostgresFailure {
    static func storeError(_ error: any Error, url: PostgresURL, doing: String) -> StoreError {
        if let e = error as? PSQLError { return map(e, url: url, doing: doing) }
        if let e = error as? PostgresDecodingError {
            return .corrupt("column \(e.columnName) of \(url.redacted) holds a value of an unexpected type (\(e.postgresType)): the schema was changed outside BorderTrack")
        }
        if error is ChannelError || error is IOError {
            return .engine("lost the connection to PostgreSQL at \(url.endpoint): \(error); try again")
        }
        return .engine("PostgreSQL at \(url.endpoint): \(error)")
    }

    static func map(_ e: PSQLError, url: PostgresURL, doing: String) -> StoreError {
        if let info = e.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = info[.message] ?? "error"
            switch state {
            case "40001", "40P01", "55P03", "57014":  // serialization failure, deadlock, lock timeout, statement timeout
                return .busy(message)
            case "42501":
                return .notPermitted("your role \"\(url.user)\" may not \(doing) (\(message)); an administrator grants "
                                     + "bordertrack_viewer, bordertrack_editor or bordertrack_admin (see `bordertrack server roles`)")
            case "25006":
                return .readOnly("the server refused a write in a read-only session (\(message))")
            case "28000", "28P01":
                return .engine("PostgreSQL at \(url.endpoint) refused the login: \(message)")
            case "3D000":
                return .engine("PostgreSQL at \(url.endpoint): \(message); create it with `createdb` first")
            case "42P01", "42703":
                return .corrupt("\(url.redacted) is not a complete BorderTrack tracker (\(message))")
            case "P0001":  // RAISE in the append-only triggers
                return .engine(message)
            case let s where s.hasPrefix("23"):
                return .invalid(message)
            case let s where s.hasPrefix("08") || s.hasPrefix("57P"):
                return .engine("lost the connection to PostgreSQL at \(url.endpoint): \(message); try again")
            case let s where s.hasPrefix("53"):
                return .engine("PostgreSQL at \(url.endpoint) is out of resources: \(message)")
            default:
                return .engine("\(message) (SQLSTATE \(state))")
            }
        }
        switch e.code {
        case .connectionError:
            return .engine("cannot connect to PostgreSQL at \(url.endpoint): \(reason(e.underlying)); is the server running and reachable?")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return .engine("lost the connection to PostgreSQL at \(url.endpoint): the connection was closed; try again")
        case .sslUnsupported:
            return .engine("PostgreSQL at \(url.endpoint) does not offer TLS, but the URL asks for sslmode=\(url.tls.rawValue)")
        case .authMechanismRequiresPassword:
            return .engine("PostgreSQL at \(url.endpoint) asks for a password: put it in $PGPASSWORD (or the URL)")
        case .unsupportedAuthMechanism:
            return .engine("PostgreSQL at \(url.endpoint) asks for a login method this client does not support (use scram-sha-256, md5 or trust)")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .engine("TLS to PostgreSQL at \(url.endpoint) failed: \(reason(e.underlying))")
        default:
            return .engine("PostgreSQL at \(url.endpoint): \(e.code)\(e.underlying.map { ": \(reason($0))" } ?? "")")
        }
    }

    /// A short reason from a SwiftNIO connection error: `Connection refused`, `connect timeout`, …
    static func reason(_ error: (any Error)?) -> String {
        guard let error else { return "unknown reason" }
        if let e = error as? NIOConnectionError {
            if let first = e.connectionErrors.first { return reason(first.error) }
            if e.dnsAError != nil || e.dnsAAAAError != nil { return "the host name \(e.host) does not resolve" }
            return "no address to connect to for \(e.host)"
        }
        if let e = error as? IOError { return String(cString: strerror(e.errnoCode)) }
        if let e = error as? ChannelError, case .connectTimeout = e { return "connect timeout" }
        return "\(error)"
    }
}
#endif

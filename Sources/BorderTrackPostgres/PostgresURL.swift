#if Postgres
import BorderTrackStore
import Foundation

/// A parsed `postgres://user[:password]@host[:port]/dbname[?schema=NAME&sslmode=MODE]` location.
///
/// The user defaults to `$PGUSER`, then `$USER`; the password to `$PGPASSWORD`. The password is
/// never part of `redacted`, which is what messages, the status bar and reports show.
public struct PostgresURL: Sendable, Equatable {
    /// How the connection uses TLS, after libpq's `sslmode` names.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Plain TCP (the default: fine on loopback and private networks).
        case disable
        /// TLS when the server offers it, without checking its certificate.
        case prefer
        /// TLS required, without checking the certificate.
        case require
        /// TLS required, and the certificate must be valid for the host.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The schema holding the tracker's tables (`public` when nil); created on first use.
    public var schema: String?
    public var tls: TLSMode

    /// The form for humans: no password.
    public var redacted: String {
        var s = "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        var query: [String] = []
        if let schema { query.append("schema=\(schema)") }
        if tls != .disable { query.append("sslmode=\(tls.rawValue)") }
        if !query.isEmpty { s += "?" + query.joined(separator: "&") }
        return s
    }

    /// Where the server is, for connection errors: `host:port, database D, user U`.
    var endpoint: String { "\(host.contains(":") ? "[\(host)]" : host):\(port) (database \"\(database)\", user \"\(user)\")" }

    /// The expected form, for error messages.
    public static let form = "postgres://user[:password]@host[:port]/dbname[?schema=NAME&sslmode=disable|prefer|require|verify-full]"

    public init(user: String, password: String? = nil, host: String, port: Int = 5432, database: String,
                schema: String? = nil, tls: TLSMode = .disable) {
        self.user = user; self.password = password; self.host = host; self.port = port
        self.database = database; self.schema = schema; self.tls = tls
    }

    /// Parses a URL; `environment` supplies `PGUSER`, `USER` and `PGPASSWORD` defaults.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        func bad(_ why: String) -> StoreError {
            .invalid("database URL \"\(PostgresURL.scrub(text))\": \(why); expected \(PostgresURL.form)")
        }
        var rest: Substring
        if text.hasPrefix("postgres://") { rest = text.dropFirst("postgres://".count) }
        else if text.hasPrefix("postgresql://") { rest = text.dropFirst("postgresql://".count) }
        else { throw bad("not a postgres:// URL") }
        // The password may hold '?', '/' or '@' unescaped: the last '@' ends it, and the query starts after it.
        var userInfo: Substring? = nil
        if let at = rest.lastIndex(of: "@") { userInfo = rest[..<at]; rest = rest[rest.index(after: at)...] }
        var queryText: Substring = ""
        if let q = rest.firstIndex(of: "?") { queryText = rest[rest.index(after: q)...]; rest = rest[..<q] }
        guard let slash = rest.firstIndex(of: "/") else { throw bad("no database name") }
        let hostPort = rest[..<slash]
        guard let db = String(rest[rest.index(after: slash)...]).removingPercentEncoding, !db.isEmpty, !db.contains("/") else {
            throw bad("no database name")
        }
        var host = String(hostPort)
        var port = 5432
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw bad("unclosed [ in the host") }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":"), let p = Int(after.dropFirst()), (1...65535).contains(p) else { throw bad("bad port") }
                port = p
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            guard let p = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(p) else { throw bad("bad port") }
            port = p
        }
        guard !host.isEmpty else { throw bad("no host") }
        var user: String? = nil
        var password: String? = nil
        if let userInfo {
            if let colon = userInfo.firstIndex(of: ":") {
                user = String(userInfo[..<colon]).removingPercentEncoding
                password = String(userInfo[userInfo.index(after: colon)...]).removingPercentEncoding
            } else {
                user = String(userInfo).removingPercentEncoding
            }
        }
        if user?.isEmpty ?? true { user = [environment["PGUSER"], environment["USER"]].compactMap { $0 }.first { !$0.isEmpty } }
        guard let user, !user.isEmpty else { throw bad("no user name (and neither $PGUSER nor $USER is set)") }
        if password == nil, let env = environment["PGPASSWORD"] { password = env }
        var schema: String? = nil
        var tls = TLSMode.disable
        for pair in queryText.split(separator: "&") where !pair.isEmpty {
            let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            guard kv.count == 2 else { throw bad("query parameter \"\(pair)\" has no value") }
            switch kv[0] {
            case "schema":
                guard PostgresURL.isIdentifier(kv[1]) else {
                    throw bad("schema \"\(kv[1])\" is not a plain name (lowercase letters, digits and _, starting with a letter or _)")
                }
                schema = kv[1]
            case "sslmode":
                guard let m = TLSMode(rawValue: kv[1]) else {
                    throw bad("sslmode \"\(kv[1])\" is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                tls = m
            default: throw bad("unknown query parameter \"\(kv[0])\" (known: schema, sslmode)")
            }
        }
        self.init(user: user, password: password, host: host, port: port, database: db, schema: schema, tls: tls)
    }

    /// A lowercase SQL identifier that needs no quoting: `[a-z_][a-z0-9_]*`, at most 63 bytes.
    public static func isIdentifier(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard let f = u.first, u.count <= 63, (f >= 97 && f <= 122) || f == 95 else { return false }
        return u.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    /// The text with any password between `://user:` and `@` replaced by `***`, for messages about unparseable URLs.
    static func scrub(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text.range(of: "@", options: .backwards),
              scheme.upperBound < at.lowerBound,
              let colon = text[scheme.upperBound..<at.lowerBound].firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at.lowerBound...])
    }
}
#endif

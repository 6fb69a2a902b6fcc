/// Whether this build includes the PostgreSQL engine (the `Postgres` package trait).
public enum PostgresEngine {
    #if Postgres
    public static let isAvailable = true
    #else
    public static let isAvailable = false
    #endif

    /// Whether a `--db` value names a PostgreSQL server (`postgres://` or `postgresql://`) rather than a file.
    public static func handles(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Why a PostgreSQL URL cannot be opened by a build without the trait.
    public static let unavailableMessage =
        "this build has no PostgreSQL support (built without the Postgres trait); rebuild with the default traits, or use a SQLite file"
}

/// Whether this build includes the PostgreSQL engine (the `Postgres` package trait).
public enum PostgresEngine {
    #if Postgres
    public static let isAvailable = true
    #else
    public static let isAvailable = false
    #endif
}

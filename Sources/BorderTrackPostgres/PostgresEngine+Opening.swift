import BorderTrackCore
import BorderTrackStore

extension PostgresEngine {
    /// This engine as the opener sees it: `postgres://` and `postgresql://` URLs.
    public static let server: any StoreEngine = Server()

    struct Server: StoreEngine {
        func handles(_ location: String) -> Bool { PostgresEngine.handles(location) }

        var keepsFiles: Bool { false }

        func open(_ location: String, _ options: OpenOptions) throws -> any TrackerStore {
            #if Postgres
            return try PostgresStore.open(url: location, readOnly: options.readOnly, create: options.create,
                                          busyTimeout: options.busyTimeout, upgrading: options.upgrading)
            #else
            throw StoreError.invalid(PostgresEngine.unavailableMessage)
            #endif
        }
    }
}

#if Postgres
/// The capabilities of this engine: derived summaries kept by every write (with the change feed), pushed change
/// notifications and server roles.
extension PostgresStore: DerivedSummaries, ChangeListening, RoleGranting {
    public func bringDerivedUpToDate(today: Day, progress: (@Sendable (Int, Int) -> Void)?) throws {
        _ = try refreshDerived(today: today, progress: progress)
    }

    public func listenForChanges(_ onChange: @escaping @Sendable () -> Void) throws -> AnyObject {
        try listen(onChange: onChange)
    }

    public var rolesSchema: String { url.schema ?? "public" }
}
#endif

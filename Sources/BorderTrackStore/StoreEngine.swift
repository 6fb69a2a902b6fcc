import BorderTrackCore

/// How a tracker is to be opened.
public struct OpenOptions: Sendable {
    /// Create the tracker when it does not exist.
    public var create: Bool
    public var readOnly: Bool
    /// A new file is made group-readable (0640) instead of 0600.
    public var groupShared: Bool
    /// How long to wait for a busy database, in seconds.
    public var busyTimeout: Double
    /// Told before an existing tracker's tables are upgraded (some migrations copy every summary row: tens of
    /// seconds once, on a large tracker), so a person waiting knows why.
    public var upgrading: UpgradeNotice?
    public init(create: Bool, readOnly: Bool, groupShared: Bool = false, busyTimeout: Double = 10, upgrading: UpgradeNotice? = nil) {
        self.create = create; self.readOnly = readOnly; self.groupShared = groupShared; self.busyTimeout = busyTimeout
        self.upgrading = upgrading
    }
}

/// What an engine says before it upgrades an existing tracker's tables: the tracker's location (a URL without its
/// password) and the migrations about to run.
public typealias UpgradeNotice = @Sendable (_ location: String, _ migrations: [String]) -> Void

/// One storage engine, as the opener sees it: which locations it keeps, and how to open one.
public protocol StoreEngine: Sendable {
    /// Whether trackers at this location are this engine's (a URL scheme, or any file path).
    func handles(_ location: String) -> Bool
    /// Whether its trackers are files on this machine (rather than a server).
    var keepsFiles: Bool { get }
    func open(_ location: String, _ options: OpenOptions) throws -> any TrackerStore
}

/// An engine that builds a new tracker file faster than importing into an empty one.
public protocol NewFileImporting: StoreEngine {
    /// Imports `batch` into a tracker file that does not exist yet, built beside its place and linked in whole.
    func importIntoNewFile(path: String, batch: ImportBatch, editor: String, groupShared: Bool) throws -> ImportSummary
}

/// Picks the engine for a location: the first that handles it, in the order given (a file engine last).
public struct StoreOpener: Sendable {
    public let engines: [any StoreEngine]
    public init(engines: [any StoreEngine]) { self.engines = engines }

    /// The engine for `location` (the last one when none claims it).
    public func engine(for location: String) -> any StoreEngine {
        engines.first { $0.handles(location) } ?? engines[engines.count - 1]
    }

    public func open(_ location: String, _ options: OpenOptions) throws -> any TrackerStore {
        try engine(for: location).open(location, options)
    }
}

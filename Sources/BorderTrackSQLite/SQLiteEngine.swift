import BorderTrackCore
import BorderTrackStore
import Foundation

/// The SQLite engine as the opener sees it: every location that no other engine claims is a file.
public struct SQLiteEngine: NewFileImporting {
    public init() {}

    public func handles(_ location: String) -> Bool { true }

    public var keepsFiles: Bool { true }

    public func open(_ location: String, _ options: OpenOptions) throws -> any TrackerStore {
        try SQLiteStore.open(path: location, readOnly: options.readOnly, groupShared: options.groupShared,
                             busyTimeout: options.busyTimeout, upgrading: options.upgrading)
    }

    public func importIntoNewFile(path: String, batch: ImportBatch, editor: String, groupShared: Bool) throws -> ImportSummary {
        try SQLiteStore.importIntoNewFile(path: path, batch: batch, editor: editor, groupShared: groupShared)
    }
}

/// The capabilities only this engine has: derived summaries (with the change feed) and the streamed claims table.
extension SQLiteStore: DerivedSummaries, ClaimsCSVStreaming {
    public func bringDerivedUpToDate(today: Day, progress: (@Sendable (Int, Int) -> Void)?) throws {
        _ = try refreshDerived(today: today, progress: progress)
    }
}

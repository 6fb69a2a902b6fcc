import BorderTrackCore
import Foundation

/// Why a store operation failed.
public enum StoreError: Error, LocalizedError, Equatable {
    /// The database stayed locked by another writer beyond the timeout.
    case busy(String)
    /// An import had problems; nothing was written.
    case importRejected(ImportFailure)
    /// A referenced record does not exist.
    case notFound(kind: String, id: String)
    /// A value is invalid (names field, value and expectation).
    case invalid(String)
    /// The edit was based on data another editor has changed since.
    case conflict(String)
    /// The store was opened read-only.
    case readOnly(String)
    /// The database engine refused the operation for lack of permission.
    case notPermitted(String)
    /// The file is not a BorderTrack database or is damaged.
    case corrupt(String)
    /// The file is another application's SQLite database; it was left unchanged.
    case notATracker(String)
    /// Any other engine error.
    case engine(String)

    public var errorDescription: String? {
        switch self {
        case .busy(let m): "database busy: \(m); another editor is writing — try again"
        case .importRejected(let f): f.description
        case .notFound(let kind, let id): "no \(kind) with id \"\(TextEscaper.escapeForMessage(id))\""
        case .invalid(let m): m
        case .conflict(let m): "edit refused: \(m)"
        case .readOnly(let m): "read-only: \(m)"
        case .notPermitted(let m): "not permitted: \(m)"
        case .corrupt(let m): "database unreadable: \(m)"
        case .notATracker(let m): m
        case .engine(let m): "database error: \(m)"
        }
    }

    public static func == (a: StoreError, b: StoreError) -> Bool { a.errorDescription == b.errorDescription }
}

import Foundation

/// Why a claims-table filter was refused: the field, the value and what was expected. Nothing is changed.
public enum ClaimsFilterError: Error, Equatable, Sendable, LocalizedError {
    /// A word that is not `FIELD=VALUE`, `FIELD>=DATE`, `FIELD<=DATE` or `clear`.
    case malformed(word: String)
    /// A field the claims table does not have.
    case unknownField(field: String)
    /// A value the field does not take.
    case invalidValue(field: String, value: String, expected: String)

    public var errorDescription: String? {
        switch self {
        case .malformed(let w):
            "filter \"\(w)\": expected FIELD=VALUE[,VALUE…], FIELD=FROM..TO, FIELD>=DATE, FIELD<=DATE or clear"
        case .unknownField(let f):
            "filter field \"\(f)\": expected one of \(ClaimsFilter.fields.joined(separator: ", "))"
        case .invalidValue(let f, let v, let e):
            "\(f) \"\(v)\": expected \(e)"
        }
    }
}

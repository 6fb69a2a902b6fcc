import Foundation

/// Why a `:filter` in the discrepancy queue was refused: the field, the value and what was expected.
public enum QueueFilterError: Error, Equatable, Sendable {
    /// A word that is not `FIELD=VALUE` or a field the queue does not filter by.
    case unknownField(String)
    /// A field given a value it does not take.
    case badValue(field: String, value: String, expected: String)
}

extension QueueFilterError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unknownField(let w):
            "filter \"\(w)\": expected project=ID, kind=K, severity=S, state=S|all, date=DATE, since=DATE, until=DATE or clear"
        case .badValue(let field, let value, let expected):
            "filter \(field)=\"\(value)\": expected \(expected)"
        }
    }
}

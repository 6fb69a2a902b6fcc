import BorderTrackCore
import Foundation

/// Why a `:filter` in the discrepancy queue was refused: the field, the value and what was expected.
public enum QueueFilterError: Error, Equatable, Sendable {
    /// A word that is not `FIELD=VALUE` or a field the queue does not filter by.
    case unknownField(String)
    /// A field given a value it does not take.
    case badValue(field: String, value: String, expected: FilterExpectation)

    /// Why, in `lang`.
    public func message(in lang: Catalogue) -> String {
        switch self {
        case .unknownField(let w): lang("ui.message.filter.queue-word", w)
        case .badValue(let field, let value, let expected): lang("ui.message.filter.queue-value", field, value, expected.text(in: lang))
        }
    }
}

extension QueueFilterError: LocalizedError {
    public var errorDescription: String? { message(in: .en) }
}

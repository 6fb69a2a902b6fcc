import BorderTrackCore
import Foundation

/// Why a claims-table filter was refused: the field, the value and what was expected. Nothing is changed.
public enum ClaimsFilterError: Error, Equatable, Sendable, LocalizedError {
    /// A word that is not `FIELD=VALUE`, `FIELD>=DATE`, `FIELD<=DATE` or `clear`.
    case malformed(word: String)
    /// A field the claims table does not have.
    case unknownField(field: String)
    /// A value the field does not take.
    case invalidValue(field: String, value: String, expected: FilterExpectation)

    public var errorDescription: String? { message(in: .en) }

    /// Why, in `lang`.
    public func message(in lang: Catalogue) -> String {
        switch self {
        case .malformed(let w): lang("ui.message.filter.claims-word", w)
        case .unknownField(let f): lang("ui.message.filter.claims-field", f, ClaimsFilter.fields.joined(separator: ", "))
        case .invalidValue(let f, let v, let e): lang("ui.message.filter.claims-value", f, v, e.text(in: lang))
        }
    }
}

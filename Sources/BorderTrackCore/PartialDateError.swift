/// Why a text is not a valid `bordertrack/1` date.
public enum PartialDateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with an optional `?`, `~` or `%`.
    case malformed(String)
    /// The form is right but a part is out of range (month 13, 30 February, …).
    case outOfRange(String, String)

    /// The text that was rejected.
    public var value: String {
        switch self {
        case .malformed(let v), .outOfRange(let v, _): return v
        }
    }

    /// What was expected instead.
    public var expectation: String {
        switch self {
        case .malformed:
            return "a date YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %"
        case .outOfRange(_, let why):
            return why
        }
    }

    public var description: String { "invalid date \"\(value)\": expected \(expectation)" }

    func retexted(_ text: String) -> PartialDateError {
        switch self {
        case .malformed: return .malformed(text)
        case .outOfRange(_, let why): return .outOfRange(text, why)
        }
    }
}

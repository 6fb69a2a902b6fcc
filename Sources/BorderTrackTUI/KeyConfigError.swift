import BorderTrackCore
import Foundation

/// Why a key config could not be read or applied. Every case names the line (1-based).
public enum KeyConfigError: Error, Equatable, Sendable {
    /// Text that is not part of the accepted TOML subset.
    case syntax(line: Int, text: String, expected: String)
    /// A key spec that `KeySpec` does not accept.
    case invalidKey(line: Int, action: String, KeySpecError)
    case unknownTable(line: Int, name: String)
    case duplicateTable(line: Int, firstLine: Int)
    /// A binding before the `[keys]` header.
    case outsideTable(line: Int, action: String)
    case duplicateAction(line: Int, action: String, firstLine: Int)
    /// An action the app does not have.
    case unknownAction(line: Int, action: String, known: [String])
    /// One key given to two actions.
    case conflict(line: Int, key: String, action: String, otherAction: String, otherLine: Int)

    /// The line at fault.
    public var line: Int {
        switch self {
        case .syntax(let l, _, _), .invalidKey(let l, _, _), .unknownTable(let l, _), .duplicateTable(let l, _),
             .outsideTable(let l, _), .duplicateAction(let l, _, _), .unknownAction(let l, _, _), .conflict(let l, _, _, _, _): l
        }
    }

    /// The offending value.
    public var value: String {
        switch self {
        case .syntax(_, let t, _): t
        case .invalidKey(_, _, let e): e.value
        case .unknownTable(_, let n): "[\(n)]"
        case .duplicateTable: "[keys]"
        case .outsideTable(_, let a), .duplicateAction(_, let a, _), .unknownAction(_, let a, _): a
        case .conflict(_, let k, _, _, _): k
        }
    }

    /// What was expected instead.
    public var expected: String {
        switch self {
        case .syntax(_, _, let e): e
        case .invalidKey(_, _, let e): e.expected
        case .unknownTable: "only a [keys] table"
        case .duplicateTable(_, let first): "one [keys] table (the first is on line \(first))"
        case .outsideTable: "bindings under a [keys] header"
        case .duplicateAction(_, _, let first): "each action once (first given on line \(first))"
        case .unknownAction(_, _, let known): "one of \(known.joined(separator: ", "))"
        case .conflict(_, _, _, let other, let otherLine): "a key not already given to \(other) on line \(otherLine)"
        }
    }
}

extension KeyConfigError: LocalizedError {
    public var errorDescription: String? {
        let v = TerminalText.singleLine(value)
        let detail: String = switch self {
        case .syntax: "\"\(v)\" is not valid; expected \(expected)"
        case .invalidKey(_, let action, _): "\"\(v)\" for \(action) is not a valid key; expected \(expected)"
        case .unknownTable: "unknown table \(v); expected \(expected)"
        case .duplicateTable: "[keys] appears again; expected \(expected)"
        case .outsideTable: "\(v) is bound outside a table; expected \(expected)"
        case .duplicateAction: "\(v) is bound twice; expected \(expected)"
        case .unknownAction: "unknown action \"\(v)\"; expected \(expected)"
        case .conflict(_, _, let action, _, _): "key \"\(v)\" for \(action) is taken; expected \(expected)"
        }
        return "line \(line): \(detail)"
    }
}

import BorderTrackCore
import Foundation

/// The text form of keys in bindings and config files.
///
/// A spec is a single character, taken literally and case-sensitively (`j`, `J`, `?`, `/`, `ж`), or a name
/// (case-insensitive): `space`, `enter` (`return`), `esc` (`escape`), `tab`, `backtab` (`shift-tab`),
/// `backspace` (`bs`), `delete` (`del`), `up`, `down`, `left`, `right`, `home`, `end`, `pgup` (`pageup`),
/// `pgdn` (`pagedown`), `f1`…`f24`, and `ctrl-` with a letter (`ctrl-s`, also `c-s` or `^s`).
/// `ctrl-h`, `ctrl-i`, `ctrl-j` and `ctrl-m` are refused: a terminal sends them as backspace, tab and enter.
public enum KeySpec {
    /// Names and the keys they stand for (first name of a key is its canonical spec).
    static let names: [(String, Key)] = [
        ("space", .char(" ")), ("enter", .enter), ("return", .enter), ("esc", .escape), ("escape", .escape),
        ("tab", .tab), ("backtab", .backTab), ("shift-tab", .backTab), ("backspace", .backspace), ("bs", .backspace),
        ("delete", .delete), ("del", .delete), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("home", .home), ("end", .end), ("pgup", .pageUp), ("pageup", .pageUp), ("pgdn", .pageDown), ("pagedown", .pageDown),
    ]

    /// Highest function key number accepted.
    public static let maxFunctionKey = 24

    /// What a spec may be, for error messages.
    public static let expectation =
        "a single character, or one of space, enter, esc, tab, backtab, backspace, delete, up, down, left, right, "
        + "home, end, pgup, pgdn, f1–f\(maxFunctionKey), ctrl-a–ctrl-z"

    /// The key a spec names.
    public static func parse(_ spec: String) throws(KeySpecError) -> Key {
        guard !spec.isEmpty else { throw .empty }
        if spec.count == 1, let c = spec.first {
            guard !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
                  DisplayWidth.of(c) > 0, !c.isWhitespace || c == " " else { throw .unknown(spec) }
            return .char(c)
        }
        let lower = spec.lowercased()
        if let (_, key) = names.first(where: { $0.0 == lower }) { return key }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { throw .invalidControl(spec) }
            switch c {
            case "h": throw .terminalAlias(spec, sameAs: "backspace")
            case "i": throw .terminalAlias(spec, sameAs: "tab")
            case "j", "m": throw .terminalAlias(spec, sameAs: "enter")
            default: return .ctrl(c)
            }
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), lower.dropFirst().allSatisfy(\.isASCII) {
            guard (1...maxFunctionKey).contains(n) else { throw .functionKeyOutOfRange(spec) }
            return .f(n)
        }
        throw .unknown(spec)
    }

    /// The canonical spec of a key; keys with no spec (mouse, resize, unknown) get a descriptive `<…>` form.
    public static func format(_ key: Key) -> String {
        switch key {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "ctrl-" + String(c)
        case .f(let n): return "f\(n)"
        case .resize: return "<resize>"
        case .mouse: return "<mouse>"
        case .unknown(let code): return "<\(code)>"
        default: return names.first(where: { $0.1 == key })?.0 ?? "<?>"
        }
    }
}

/// Why a key spec could not be read.
public enum KeySpecError: Error, Equatable, Sendable {
    case empty
    case unknown(String)
    case invalidControl(String)
    case functionKeyOutOfRange(String)
    /// A control key a terminal cannot tell from another key.
    case terminalAlias(String, sameAs: String)

    /// The spec as given.
    public var value: String {
        switch self {
        case .empty: ""
        case .unknown(let s), .invalidControl(let s), .functionKeyOutOfRange(let s), .terminalAlias(let s, _): s
        }
    }

    /// What was expected instead.
    public var expected: String {
        switch self {
        case .empty, .unknown: KeySpec.expectation
        case .invalidControl: "ctrl- followed by one letter a–z, such as ctrl-s"
        case .functionKeyOutOfRange: "a function key f1–f\(KeySpec.maxFunctionKey)"
        case .terminalAlias(_, let other): "\(other) instead: a terminal sends this control key as \(other)"
        }
    }
}

extension KeySpecError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .empty: "empty key spec; expected \(expected)"
        case .unknown, .invalidControl, .functionKeyOutOfRange, .terminalAlias:
            "\"\(value)\" is not a valid key; expected \(expected)"
        }
    }
}

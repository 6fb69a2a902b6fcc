/// A key press (or terminal event) as a value, decoded by the driver.
public enum Key: Hashable, Sendable {
    /// A printable character (one Unicode scalar as typed; space included).
    case char(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    /// Function key F1, F2, …
    case f(Int)
    /// Control with a letter `a`…`z` (lower case), for the codes not claimed by enter, tab and backspace.
    case ctrl(Character)
    /// The terminal changed size.
    case resize
    case mouse(MouseEvent)
    /// Anything else, with the driver's raw code.
    case unknown(Int32)

    /// The key a character code (as read by `get_wch` without `KEY_CODE_YES`) stands for.
    ///
    /// 10 and 13 are enter, 9 tab, 8 and 127 backspace, 27 escape, other codes 1–26 control letters,
    /// 0 and 28–31 `ctrl` with `@ \ ] ^ _`; invalid scalars and other C1/C0 codes are `unknown`.
    public static func decode(character code: UInt32) -> Key {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 28...31: return .ctrl(Character(Unicode.Scalar(code + 64)!))
        case 0x80...0x9F: return .unknown(Int32(code))
        default:
            guard let s = Unicode.Scalar(code) else { return .unknown(Int32(truncatingIfNeeded: code)) }
            return .char(Character(s))
        }
    }

    /// The canonical key spec (`j`, `ctrl-s`, `pgdn`, `space`, `f1`), as `KeySpec.parse` reads it.
    public var spec: String { KeySpec.format(self) }
}

/// One input event: the key and the raw code it was decoded from.
public struct KeyEvent: Hashable, Sendable {
    public let key: Key
    /// The code as read (a character code, or an ncurses `KEY_*` code when `isFunctionKey`).
    public let code: Int32
    /// Whether ncurses reported the code as a function key (`KEY_CODE_YES`).
    public let isFunctionKey: Bool

    public init(key: Key, code: Int32 = 0, isFunctionKey: Bool = false) {
        self.key = key; self.code = code; self.isFunctionKey = isFunctionKey
    }
}

/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, click, doubleClick, release, wheelUp, wheelDown }

    public let row: Int
    public let col: Int
    public let kind: Kind

    public init(row: Int, col: Int, kind: Kind) { self.row = row; self.col = col; self.kind = kind }
}

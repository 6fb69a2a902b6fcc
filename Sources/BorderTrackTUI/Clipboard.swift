import BorderTrackCore

/// The terminal's clipboard, set with OSC 52 (`ESC ] 52 ; c ; BASE64 ESC \`): xterm, kitty, iTerm2, WezTerm,
/// foot, and tmux with `set-clipboard on` (which also keeps it as a paste buffer).
///
/// Pure: builds the bytes; the terminal layer writes them.
public enum Clipboard {
    /// The OSC 52 sequence putting `text` on the clipboard, the text sanitised first (no control character
    /// reaches the clipboard: each is replaced by its visible placeholder, a line break by `⏎`).
    public static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(TerminalText.singleLine(text).utf8)) + [0x1B, 0x5C]
    }

    /// Standard base64 (RFC 4648, with `=` padding).
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = UInt32(bytes[i]), b1 = n > 1 ? UInt32(bytes[i + 1]) : 0, b2 = n > 2 ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(n > 1 ? alphabet[Int(v >> 6 & 63)] : UInt8(ascii: "="))
            out.append(n > 2 ? alphabet[Int(v & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return out
    }
}

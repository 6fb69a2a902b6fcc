/// Makes stored text safe to write to a terminal, by replacing what a terminal would obey with visible placeholders.
///
/// The rule (applied per Unicode scalar, left to right):
///
/// | Input                                                        | Shown as                          |
/// |--------------------------------------------------------------|-----------------------------------|
/// | ESC (U+001B) and the sequence it starts                      | `␛` then the sequence's text      |
/// | C0 control U+0000–U+001F except `\n`, `\t` (so `\r` too)     | its Control Picture `␀`…`␟`       |
/// | DEL U+007F                                                   | `␡`                               |
/// | C1 control U+0080–U+009F (U+009B is an 8-bit CSI)            | `⟨U+009B⟩`                        |
/// | bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 | `⟨U+202E⟩`                  |
/// | zero-width U+200B–U+200D, U+2060, U+FEFF; separators U+2028, U+2029 | `⟨U+200B⟩`                 |
///
/// One exception keeps emoji intact: a ZERO WIDTH JOINER (U+200D) between two emoji (skipping a VS16 or a
/// skin-tone modifier before it), as in 👨‍👩‍👧 or 🏳️‍🌈, is part of the picture and stays. Anywhere else it is replaced.
///
/// Escape sequences are recognised as ECMA-48 defines them: CSI `ESC [` parameters and intermediates
/// up to a final byte 0x40–0x7E; OSC `ESC ]` up to BEL or ST (`ESC \` or U+009C); DCS `ESC P`,
/// SOS `ESC X`, PM `ESC ^`, APC `ESC _` up to ST; CAN or SUB abort a string; any other `ESC x` is a
/// two-character sequence (with intermediates 0x20–0x2F in between). Once the ESC is replaced the rest
/// is inert text, so it is kept, visible, to show what was attempted; inside a sequence every control,
/// `\n` and `\t` included, is shown by its placeholder, so the sequence reads as one token on one line.
/// `ESC \` ending a string shows as `␛\`. An unterminated sequence runs to the end of the text.
///
/// The output contains none of the replaced scalars and only printable placeholders, and emoji are never
/// replaced (so a kept joiner keeps its neighbours), hence
/// `sanitize(sanitize(x)) == sanitize(x)`. Text needing no change is returned as it is.
public enum TerminalText {
    /// The text with every terminal control replaced by a visible placeholder; `\n` and `\t` are kept.
    public static func sanitize(_ text: String) -> String {
        guard needsSanitizing(text) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s.value == 0x1B {
                i = appendEscapeSequence(scalars, from: i, to: &out)
            } else if s.value == 0x200D && joinsEmoji(scalars, at: i) {
                out.append(s)
                i += 1
            } else {
                appendScalar(s, keepLayout: true, to: &out)
                i += 1
            }
        }
        return String(out)
    }

    /// Like `sanitize`, for a one-line cell: additionally shows `\n` as `⏎` and turns `\t` into a space.
    public static func singleLine(_ text: String) -> String {
        let safe = sanitize(text)
        guard safe.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\t" }) else { return safe }
        var out = String.UnicodeScalarView()
        for s in safe.unicodeScalars {
            switch s {
            case "\n": out.append("\u{23CE}")
            case "\t": out.append(" ")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Whether `sanitize` would change the text.
    public static func needsSanitizing(_ text: String) -> Bool {
        var scalars: [Unicode.Scalar]? = nil
        for (i, s) in text.unicodeScalars.enumerated() where isForbidden(s.value) {
            guard s.value == 0x200D else { return true }
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            if !joinsEmoji(scalars!, at: i) { return true }
        }
        return false
    }

    /// Whether the ZWJ at `i` sits in an emoji ZWJ sequence: an emoji before it (past a VS16 or skin tone), one after.
    static func joinsEmoji(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        func isEmoji(_ u: Unicode.Scalar) -> Bool { u.value >= 0x80 && u.properties.isEmoji }
        guard i + 1 < s.count, isEmoji(s[i + 1]) else { return false }
        var j = i - 1
        while j >= 0, s[j].value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(s[j].value) { j -= 1 }
        return j >= 0 && isEmoji(s[j])
    }

    /// Whether a scalar must never reach a terminal as it is (ESC, C0 but `\n`/`\t`, DEL, C1, bidi, zero-width).
    public static func isForbidden(_ v: UInt32) -> Bool {
        if v < 0x20 { return v != 0x0A && v != 0x09 }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        return isInvisibleFormat(v)
    }

    /// Bidi controls, zero-width characters and line/paragraph separators (shown as `⟨U+XXXX⟩`).
    static func isInvisibleFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x061C, 0x200B...0x200F, 0x2028...0x2029, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// Appends one scalar outside an escape sequence, or its placeholder.
    /// With `keepLayout` false (inside a sequence) `\n` and `\t` are replaced too.
    static func appendScalar(_ s: Unicode.Scalar, keepLayout: Bool, to out: inout String.UnicodeScalarView) {
        let v = s.value
        if v < 0x20 {
            if keepLayout && (v == 0x0A || v == 0x09) { out.append(s) } else { out.append(Unicode.Scalar(0x2400 + v)!) }
        } else if v == 0x7F {
            out.append("\u{2421}")
        } else if (0x80...0x9F).contains(v) || isInvisibleFormat(v) {
            out.append(contentsOf: codePoint(v).unicodeScalars)
        } else {
            out.append(s)
        }
    }

    /// `⟨U+202E⟩`: four or more upper-case hex digits.
    static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "\u{27E8}U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "\u{27E9}"
    }

    /// Shows the escape sequence starting at `start` (an ESC); returns the index after it.
    static func appendEscapeSequence(_ s: [Unicode.Scalar], from start: Int, to out: inout String.UnicodeScalarView) -> Int {
        out.append("\u{241B}")
        var i = start + 1
        guard i < s.count else { return i }
        let introducer = s[i].value
        func take() { appendScalar(s[i], keepLayout: false, to: &out); i += 1 }
        switch introducer {
        case 0x5B: // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E.
            take()
            while i < s.count {
                let v = s[i].value
                if (0x20...0x3F).contains(v) { take(); continue }
                if (0x40...0x7E).contains(v) { take() }
                break // final byte taken, or anything else ends the sequence and is handled as ordinary text
            }
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: // OSC, DCS, SOS, PM, APC: a string up to ST (OSC also BEL).
            take()
            while i < s.count {
                let v = s[i].value
                if v == 0x07 && introducer == 0x5D { take(); break }
                if v == 0x9C || v == 0x18 || v == 0x1A { take(); break }
                if v == 0x1B {
                    if i + 1 < s.count, s[i + 1].value == 0x5C { take(); take(); break } // ST as ESC \
                    break // a new ESC aborts the string and starts its own sequence
                }
                take()
            }
        default: // ESC, intermediates 0x20–0x2F, final 0x30–0x7E; anything else: a lone ESC.
            var j = i
            while j < s.count, (0x20...0x2F).contains(s[j].value) { j += 1 }
            if j < s.count, (0x30...0x7E).contains(s[j].value) {
                while i <= j { take() }
            }
        }
        return i
    }
}

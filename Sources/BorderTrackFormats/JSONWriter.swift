/// Writes `JSONValue`s as pretty-printed UTF-8 JSON with two-space indentation, keys in the
/// order given, and a fixed escaping rule, so equal values always give identical bytes.
public enum JSONWriter {
    /// The pretty-printed text, ending with a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// The compact single-line text (no spaces), used for canonical bytes.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out
    }

    static func write(_ v: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch v {
        case .array(let items) where !items.isEmpty:
            if items.allSatisfy({ if case .string = $0 { return true }; if case .number = $0 { return true }; return false }) {
                out += "["
                for (n, item) in items.enumerated() {
                    if n > 0 { out += ", " }
                    writeCompact(item, into: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (n, item) in items.enumerated() {
                out += pad
                write(item, indent: indent + 1, into: &out)
                out += n + 1 < items.count ? ",\n" : "\n"
            }
            out += close + "]"
        case .object(let pairs) where !pairs.isEmpty:
            out += "{\n"
            for (n, (k, item)) in pairs.enumerated() {
                out += pad
                escape(k, into: &out)
                out += ": "
                write(item, indent: indent + 1, into: &out)
                out += n + 1 < pairs.count ? ",\n" : "\n"
            }
            out += close + "}"
        default:
            writeCompact(v, into: &out)
        }
    }

    static func writeCompact(_ v: JSONValue, into out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let t): out += t
        case .string(let s): escape(s, into: &out)
        case .array(let items):
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += "," }
                writeCompact(item, into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (n, (k, item)) in pairs.enumerated() {
                if n > 0 { out += "," }
                escape(k, into: &out)
                out += ":"
                writeCompact(item, into: &out)
            }
            out += "}"
        }
    }

    /// Quotes a string: `"` and `\` escaped, control characters (and U+2028/2029) as escapes, the rest as UTF-8.
    static func escape(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape at all: append them whole (scalar-by-scalar appends dominate big reports).
        if !needsEscape(s) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }

    /// Whether a string holds anything `escape` rewrites: `"`, `\\`, C0 controls, DEL, U+2028, U+2029 (E2 80 A8/A9).
    static func needsEscape(_ s: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in s.utf8 {
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
            if (b == 0xA8 || b == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, b)
        }
        return false
    }
}

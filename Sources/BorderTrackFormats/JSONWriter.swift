/// Writes `JSONValue`s as pretty-printed UTF-8 JSON with two-space indentation, keys in the
/// order given, and a fixed escaping rule, so equal values always give identical bytes.
public enum JSONWriter {
    /// The pretty-printed text, ending with a newline.
    public static func pretty(_ value: JSONValue) -> String {
        String(decoding: prettyBytes(value), as: UTF8.self)
    }

    /// The pretty-printed text as UTF-8 bytes, ending with a newline: written straight into one byte buffer
    /// (a 2 GB report is mostly appends; `String` appends and per-level indentation strings were most of its
    /// time).
    public static func prettyBytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        var pads: [[UInt8]] = [[]]
        write(value, indent: 0, pads: &pads, into: &out)
        out.append(10)
        return out
    }

    /// The compact single-line text (no spaces), used for canonical bytes.
    public static func compact(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `pads[n]` is `n` levels of two-space indentation, built on first use.
    private static func pad(_ n: Int, _ pads: inout [[UInt8]]) -> [UInt8] {
        while pads.count <= n { pads.append(pads[pads.count - 1] + [32, 32]) }
        return pads[n]
    }

    private static func append(_ s: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    static func write(_ v: JSONValue, indent: Int, pads: inout [[UInt8]], into out: inout [UInt8]) {
        switch v {
        case .array(let items) where !items.isEmpty:
            if items.allSatisfy({ if case .string = $0 { return true }; if case .number = $0 { return true }; return false }) {
                out.append(91)
                for (n, item) in items.enumerated() {
                    if n > 0 { append(", ", &out) }
                    writeCompact(item, into: &out)
                }
                out.append(93)
                return
            }
            append("[\n", &out)
            let inner = pad(indent + 1, &pads)
            for (n, item) in items.enumerated() {
                out.append(contentsOf: inner)
                write(item, indent: indent + 1, pads: &pads, into: &out)
                if n + 1 < items.count { out.append(44) }
                out.append(10)
            }
            out.append(contentsOf: pad(indent, &pads))
            out.append(93)
        case .object(let pairs) where !pairs.isEmpty:
            append("{\n", &out)
            let inner = pad(indent + 1, &pads)
            for (n, (k, item)) in pairs.enumerated() {
                out.append(contentsOf: inner)
                appendQuoted(k, into: &out)
                append(": ", &out)
                write(item, indent: indent + 1, pads: &pads, into: &out)
                if n + 1 < pairs.count { out.append(44) }
                out.append(10)
            }
            out.append(contentsOf: pad(indent, &pads))
            out.append(125)
        default:
            writeCompact(v, into: &out)
        }
    }

    static func writeCompact(_ v: JSONValue, into out: inout [UInt8]) {
        switch v {
        case .null: append("null", &out)
        case .bool(let b): if b { append("true", &out) } else { append("false", &out) }
        case .number(let t): out.append(contentsOf: t.utf8)
        case .string(let s): appendQuoted(s, into: &out)
        case .array(let items):
            out.append(91)
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(44) }
                writeCompact(item, into: &out)
            }
            out.append(93)
        case .object(let pairs):
            out.append(123)
            for (n, (k, item)) in pairs.enumerated() {
                if n > 0 { out.append(44) }
                appendQuoted(k, into: &out)
                out.append(58)
                writeCompact(item, into: &out)
            }
            out.append(125)
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

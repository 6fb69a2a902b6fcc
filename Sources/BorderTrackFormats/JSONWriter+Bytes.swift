extension JSONWriter {
    /// Appends `s` as a quoted JSON string to UTF-8 bytes: the same bytes `escape(_:into:)` writes (`"` and `\`
    /// escaped, `\n`, `\r`, `\t`, other C0 controls, DEL, U+2028 and U+2029 as `\u` escapes with lowercase hex,
    /// everything else as UTF-8), without building a `String`. Canonical rows for the audit digest use it.
    public static func appendQuoted(_ s: String, into out: inout [UInt8]) {
        out.append(34)
        var s = s
        s.withUTF8 { utf8 in
            if !needsEscape(utf8) {
                out.append(contentsOf: utf8)
                return
            }
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                switch b {
                case 34: out.append(92); out.append(34)
                case 92: out.append(92); out.append(92)
                case 10: out.append(92); out.append(110)
                case 13: out.append(92); out.append(114)
                case 9: out.append(92); out.append(116)
                case 0..<0x20, 0x7F:
                    out.append(contentsOf: [92, 117, 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]])
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    out.append(contentsOf: [92, 117, 50, 48, 50, utf8[i + 2] == 0xA8 ? 56 : 57])
                    i += 3
                    continue
                default:
                    out.append(b)
                }
                i += 1
            }
        }
        out.append(34)
    }

    /// Whether UTF-8 bytes hold anything `escape` rewrites (see `needsEscape(_: String)`).
    static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in utf8 {
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
            if (b == 0xA8 || b == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, b)
        }
        return false
    }
}

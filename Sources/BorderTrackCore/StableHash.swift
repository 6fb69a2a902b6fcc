/// A 64-bit FNV-1a hash over text parts: deterministic across runs and platforms (unlike `Hasher`).
public struct StableHash {
    private var h: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes one part in, followed by a separator so `["ab","c"]` and `["a","bc"]` differ.
    public mutating func add(_ part: String) {
        append(part)
        endPart()
    }

    /// Mixes text in without ending the part, so a part can be built from pieces without a `String`.
    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
    }

    /// Ends the current part (the separator `add` appends).
    mutating func endPart() {
        h = (h ^ 0x1f) &* 0x0000_0100_0000_01b3
    }

    /// The hash as `digits` lowercase hex digits (at most 16).
    public func hex(_ digits: Int = 16) -> String {
        String(unsafeUninitializedCapacity: digits) { buffer in write(digits, into: buffer, at: 0) }
    }

    /// `prefix-` followed by `digits` hex digits: a discrepancy id, built without intermediate strings.
    func id(prefix: String, digits: Int) -> String {
        var prefix = prefix
        return prefix.withUTF8 { p in
            String(unsafeUninitializedCapacity: p.count + 1 + digits) { buffer in
                for (k, b) in p.enumerated() { buffer[k] = b }
                buffer[p.count] = UInt8(ascii: "-")
                return write(digits, into: buffer, at: p.count + 1)
            }
        }
    }

    /// Writes the leading `digits` of the 16-digit zero-padded hex form; returns the end offset.
    private func write(_ digits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let n = min(max(digits, 0), 16)
        for k in 0..<n {
            let nibble = Int((h >> UInt64(60 - 4 * k)) & 0xf)
            buffer[start + k] = nibble < 10 ? UInt8(48 + nibble) : UInt8(87 + nibble)
        }
        return start + n
    }

    /// Hash of parts.
    public static func of(_ parts: [String], digits: Int = 16) -> String {
        var s = StableHash()
        for p in parts { s.add(p) }
        return s.hex(digits)
    }
}

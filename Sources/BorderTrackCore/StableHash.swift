/// A 64-bit FNV-1a hash over text parts: deterministic across runs and platforms (unlike `Hasher`).
public struct StableHash {
    private var h: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes one part in, followed by a separator so `["ab","c"]` and `["a","bc"]` differ.
    public mutating func add(_ part: String) {
        for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        h = (h ^ 0x1f) &* 0x0000_0100_0000_01b3
    }

    /// The hash as `digits` lowercase hex digits (at most 16).
    public func hex(_ digits: Int = 16) -> String {
        let s = String(h, radix: 16)
        let full = String(repeating: "0", count: 16 - s.count) + s
        return String(full.prefix(digits))
    }

    /// Hash of parts.
    public static func of(_ parts: [String], digits: Int = 16) -> String {
        var s = StableHash()
        for p in parts { s.add(p) }
        return s.hex(digits)
    }
}

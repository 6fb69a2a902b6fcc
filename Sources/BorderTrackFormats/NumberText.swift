/// The one spelling of a number that data files accept: JSON's (RFC 8259), `-?digits[.digits][e[+-]digits]`.
///
/// Swift's `Double(_:)` also reads `0x1p4` (16), `+50`, `inf`, `nan` and `.5`; a coordinate spelled that way is
/// refused instead, so a CSV file means the same to every reader. What `Double.description` writes (`1e-05`) is
/// accepted, so exports round-trip.
public enum NumberText {
    /// The value of a decimal number in JSON's spelling; nil for any other text.
    public static func decimal(_ text: String) -> Double? {
        guard isJSONNumber(text), let v = Double(text), v.isFinite else { return nil }
        return v
    }

    /// Whether the text is a number in JSON's grammar.
    public static func isJSONNumber(_ text: String) -> Bool {
        let b = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let s = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - s
        }
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return false }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == b.count && b.count <= 64
    }
}

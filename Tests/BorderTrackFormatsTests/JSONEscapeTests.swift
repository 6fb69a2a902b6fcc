import BorderTrackFormats
import PropertyBased
import Testing

/// The writer's fast path (strings with nothing to escape appended whole) gives the same text as
/// escaping scalar by scalar.
@Suite struct JSONEscapeTests {
    /// The escaping rules, one scalar at a time (the writer's reference behaviour).
    static func reference(_ s: String) -> String {
        var out = "\""
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
        return out + "\""
    }

    @Test func fastPathMatchesScalarEscaping() async {
        let chars = Gen.oneOf(Gen.always(Character("a")), Gen.always("\""), Gen.always("\\"), Gen.always("\n"), Gen.always("\r\n"),
                              Gen.always("\u{1}"), Gen.always("\u{7F}"), Gen.always("\u{2028}"), Gen.always("\u{2029}"),
                              Gen.always("\u{2027}"), Gen.always("黑"), Gen.always("ж"), Gen.always("e\u{301}"), Gen.always("👨‍👩‍👧"))
        await propertyCheck(count: 3000, input: chars.string(of: 0...12)) { text in
            #expect(JSONWriter.compact(.string(text)) == Self.reference(text))
        }
    }
}

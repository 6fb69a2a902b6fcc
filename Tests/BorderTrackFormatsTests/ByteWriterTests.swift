import BorderTrackFormats
import PropertyBased
import Testing

/// The byte-level writers give the bytes of the string-level ones.
@Suite("Byte-level writers")
struct ByteWriterTests {
    @Test("JSONWriter.appendQuoted writes what compact(.string) writes")
    func quoted() async {
        let chars = Gen.oneOf(Gen.always(Character("a")), Gen.always("\""), Gen.always("\\"), Gen.always("\n"), Gen.always("\r\n"),
                              Gen.always("\t"), Gen.always("\u{1}"), Gen.always("\u{1F}"), Gen.always("\u{7F}"), Gen.always("\u{2028}"),
                              Gen.always("\u{2029}"), Gen.always("\u{2027}"), Gen.always("\u{E2}"), Gen.always("黑"), Gen.always("ж"),
                              Gen.always("e\u{301}"), Gen.always("👨‍👩‍👧"))
        await propertyCheck(count: 3000, input: chars.string(of: 0...12)) { text in
            var bytes: [UInt8] = []
            JSONWriter.appendQuoted(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.compact(.string(text)))
        }
    }

    @Test("CSVText fed field by field and drained in pieces writes the text of append(row:)")
    func csvPieces() async {
        let cell = Gen.oneOf(Gen.always(Character(",")), Gen.always(Character("\"")), Gen.always(Character("\n")),
                             Gen.always(Character("\r")), Gen.always(Character("a")), Gen.always(Character("Ж"))).string(of: 0...5)
        await propertyCheck(count: 500, input: cell.array(of: 1...3).array(of: 0...5), Gen.int(in: 1...4)) { rows, every in
            var whole = CSVText()
            for row in rows { whole.append(row: row) }
            var pieces = CSVText()
            var out: [UInt8] = []
            for (n, row) in rows.enumerated() {
                pieces.startRow()
                for field in row { pieces.append(fieldText: field) }
                if n % every == 0 { pieces.drain { out.append(contentsOf: $0) } }
            }
            pieces.finish { out.append(contentsOf: $0) }
            #expect(String(decoding: out, as: UTF8.self) == whole.text)
        }
    }
}

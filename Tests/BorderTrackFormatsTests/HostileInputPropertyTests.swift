import BorderTrackCore
import BorderTrackFormats
import PropertyBased
import Testing

/// Property-based checks that hostile and broken input never crashes or hangs the parsers,
/// and that what they accept survives a round trip.
@Suite("Hostile input (property-based)")
struct HostileInputPropertyTests {
    /// Bytes biased towards what breaks parsers: separators, quotes, newlines, NUL, BOM parts, UTF-8 lead bytes.
    static let nastyByte = Gen.oneOf(
        Gen.int(in: 0...255).map { UInt8($0) },
        Gen.oneOf(Gen.always(UInt8(ascii: ",")), Gen.always(UInt8(ascii: "\"")), Gen.always(10), Gen.always(13),
                  Gen.always(0), Gen.always(0xEF), Gen.always(0xBB), Gen.always(0xBF), Gen.always(UInt8(ascii: "{")),
                  Gen.always(UInt8(ascii: "[")), Gen.always(UInt8(ascii: "-")), Gen.always(0xE9))
    )

    @Test("the EDTF parser accepts exactly the canonical forms and never crashes")
    func dates() async {
        let chars = Gen.oneOf(Gen.always(Character("0")), Gen.always("1"), Gen.always("2"), Gen.always("9"), Gen.always("-"),
                              Gen.always("?"), Gen.always("~"), Gen.always("%"), Gen.always("x"), Gen.always("٣"), Gen.always("\u{0}"))
        await propertyCheck(count: 2000, input: chars.string(of: 0...14)) { text in
            if let d = try? PartialDate(parsing: text) {
                #expect(d.description == text)
                #expect(d.start <= d.end)
            }
        }
    }

    @Test("every valid year-month-day round-trips and covers the right interval")
    func validDates() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)) { y, m, d in
            guard d <= Day.daysIn(month: m, year: y) else {
                #expect(throws: PartialDateError.self) { try PartialDate(year: y, month: m, day: d) }
                return
            }
            let date = try PartialDate(year: y, month: m, day: d)
            #expect(try PartialDate(parsing: date.description) == date)
            #expect(date.start == date.end && date.start.components == (y, m, d))
            #expect(try PartialDate(year: y, month: m).interval.contains(date.start))
        }
    }

    @Test("CSV import of random bytes never crashes; what it accepts re-encodes to the same values")
    func csvBytes() async {
        let header = Array("project,status,as_of,source,quote\n".utf8)
        await propertyCheck(count: 500, input: Self.nastyByte.array(of: 0...300)) { tail in
            let (_, batch) = DatasetCSV.decode(header + tail, file: "f.csv")
            if batch.issues.isEmpty {
                let d = Dataset(claims: batch.claims.map(\.0))
                let (_, again) = DatasetCSV.decode(Array(DatasetCSV.encode(.claims, of: d).utf8), file: "g.csv")
                #expect(again.claims.map(\.0) == d.claims)
            } else {
                #expect(batch.issues.allSatisfy { $0.origin.file == "f.csv" && !$0.message.isEmpty })
            }
        }
    }

    @Test("JSON import of random and mutated bytes never crashes and always explains a refusal")
    func jsonBytes() async {
        let valid = Array("""
        {"format":"bordertrack/1","sources":[{"id":"s","name":"S","tier":"field"}],"projects":[{"id":"p","kind":"bridge","names":{"en":"P"},"claims":[{"status":"proposed","asOf":"2020","source":"s","quote":"黑河"}]}]}
        """.utf8)
        await propertyCheck(count: 800, input: Gen.int(in: 0...(valid.count - 1)), Self.nastyByte, Gen.int(in: 0...valid.count)) { at, byte, cut in
            var bytes = valid
            bytes[at] = byte
            let batch = DatasetJSON.decode(Array(bytes.prefix(cut)), file: "m.json")
            #expect(!batch.issues.isEmpty || batch.sources.count + batch.projects.count + batch.claims.count > 0 || cut < 40)
        }
        await propertyCheck(count: 300, input: Self.nastyByte.array(of: 0...200)) { bytes in
            _ = DatasetJSON.decode(bytes, file: "r.json")
        }
    }

    @Test("edge inputs: 10 MB field, 100,000 columns, deep nesting, huge numbers, BOM")
    func edges() {
        let big = String(repeating: "黑", count: 3_500_000)  // ~10 MB of UTF-8
        let (_, b) = DatasetCSV.decode(Array("project,status,as_of,source,quote\np,proposed,2020,s,\(big)\n".utf8), file: "big.csv")
        #expect(b.issues.isEmpty && b.claims.first?.0.quote?.count == 3_500_000)
        let wide = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        let (t, w) = DatasetCSV.decode(Array((wide + "\n").utf8), file: "wide.csv")
        #expect(t == nil && w.issues.count == 1)
        let deep = String(repeating: "{\"a\":", count: 50_000)
        #expect(DatasetJSON.decode(Array(deep.utf8), file: "d.json").issues.first?.message.contains("nesting deeper") == true)
        let huge = DatasetJSON.decode(Array("{\"format\":\"bordertrack/1\",\"projects\":[{\"id\":\"p\",\"kind\":\"bridge\",\"names\":{\"en\":\"P\"},\"location\":{\"lat\":1e400,\"lon\":0}}]}".utf8), file: "n.json")
        #expect(huge.issues.first?.message.contains("lat") == true)
        let bom = DatasetJSON.decode([0xEF, 0xBB, 0xBF] + Array("{\"format\":\"bordertrack/1\"}".utf8), file: "b.json")
        #expect(bom.issues.isEmpty)
        for d in ["0000", "9999-12-31"] { #expect((try? PartialDate(parsing: d)) != nil) }
        #expect((try? PartialDate(parsing: "2021-02-29")) == nil)
    }
}

import BorderTrackCore
import BorderTrackFormats
import Foundation
import PropertyBased
import Testing

/// Property-based checks of the parsers on valid input and on input one step from valid, built so that the
/// expected outcome is known for every case — the exact value, or the exact refusal — and asserted every time;
/// and random bytes that must never crash or hang them.
@Suite("Hostile input (property-based)")
struct HostileInputPropertyTests {
    /// Bytes biased towards what breaks parsers: separators, quotes, newlines, NUL, BOM parts, UTF-8 lead bytes.
    static let nastyByte = Gen.oneOf(
        Gen.int(in: 0...255).map { UInt8($0) },
        Gen.oneOf(Gen.always(UInt8(ascii: ",")), Gen.always(UInt8(ascii: "\"")), Gen.always(10), Gen.always(13),
                  Gen.always(0), Gen.always(0xEF), Gen.always(0xBB), Gen.always(0xBF), Gen.always(UInt8(ascii: "{")),
                  Gen.always(UInt8(ascii: "[")), Gen.always(UInt8(ascii: "-")), Gen.always(0xE9))
    )

    /// Counts outcomes across a property's runs, to check a generator makes each kind of input often enough.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func add(_ key: String) { lock.lock(); counts[key, default: 0] += 1; lock.unlock() }
        func share(_ key: String) -> Double {
            lock.lock(); defer { lock.unlock() }
            let total = counts.values.reduce(0, +)
            return total == 0 ? 0 : Double(counts[key] ?? 0) / Double(total)
        }
    }

    // MARK: - Dates: built from valid parts, most then broken in one known way

    /// What parsing a generated text must give: the date's parts, or the exact refusal.
    enum DateExpectation: Equatable, Sendable {
        case date(year: Int, month: Int?, day: Int?, qualifier: Character?)
        case malformed
        case outOfRange(String)
    }

    /// The proleptic Gregorian month length, written out here rather than taken from `Day` (year 0 is a leap year).
    static func lastDay(_ month: Int, _ year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// A date text and its expected outcome. `shape` picks the precision and qualifier; `mutation` 0–3 keeps it
    /// valid, 4–5 puts the month or day out of range, 6–11 breaks the form (a digit or dash replaced, a
    /// character dropped or inserted, two qualifiers, text around it); `pick` chooses within a mutation.
    static func dateCase(year: Int, month: Int, day: Int, shape: Int, mutation: Int, pick: Int) -> (text: String, expected: DateExpectation) {
        let q: Character? = [nil, "?", "~", "%"][shape / 3 % 4]
        let suffix = q.map(String.init) ?? ""
        let precision = shape % 3  // 0 year, 1 month, 2 day
        let day = min(day, lastDay(month, year))
        func core(_ y: Int, _ m: Int?, _ d: Int?) -> String {
            pad(y, 4) + (m.map { "-" + pad($0, 2) } ?? "") + (d.map { "-" + pad($0, 2) } ?? "")
        }
        let valid = core(year, precision >= 1 ? month : nil, precision == 2 ? day : nil)
        switch mutation {
        case 4:
            let bad = [0, 13, 19, 20, 99][pick % 5]
            return (core(year, bad, precision == 2 ? 1 : nil) + suffix, .outOfRange("month must be 01–12"))
        case 5:
            let last = lastDay(month, year)
            let bad = [0, last + 1, 32, 99, 40][pick % 5]
            return (core(year, month, bad) + suffix, .outOfRange("day must be 01–\(last) in \(pad(year, 4))-\(pad(month, 2))"))
        case 6:
            var chars = Array(valid)
            let digits = chars.indices.filter { chars[$0].isASCII && chars[$0].isNumber }
            chars[digits[pick % digits.count]] = ["x", "٣", "\u{0}", " ", "O", "+", "/", "٠", "１", "-"][pick / 16 % 10]
            return (String(chars) + suffix, .malformed)
        case 7 where precision > 0:
            var chars = Array(valid)
            let dashes = chars.indices.filter { chars[$0] == "-" }
            chars[dashes[pick % dashes.count]] = ["/", ".", "–", " ", "0", "_", "\u{0}"][pick / 16 % 7]
            return (String(chars) + suffix, .malformed)
        case 7, 8:
            var chars = Array(valid)
            chars.remove(at: pick % chars.count)
            return (String(chars) + suffix, .malformed)
        case 9:
            var chars = Array(valid)
            chars.insert(["0", "-", " ", "x", "\u{0}", "T", "9"][pick / 16 % 7], at: pick % (chars.count + 1))
            return (String(chars) + suffix, .malformed)
        case 10:
            let two = [("?", "?"), ("~", "%"), ("%", "~"), ("?", "~")][pick % 4]
            return (valid + two.0 + two.1, .malformed)
        case 11:
            let text = valid + suffix
            return ([" " + text, text + " ", "+" + text, "\u{FEFF}" + text, text + "\n", "-" + text, "\t" + text][pick % 7], .malformed)
        default:
            return (valid + suffix, .date(year: year, month: precision >= 1 ? month : nil, day: precision == 2 ? day : nil, qualifier: q))
        }
    }

    /// Parses `text` and checks the outcome is exactly `expected`: the parts, the canonical text and the interval, or the refusal.
    static func expectParse(_ text: String, _ expected: DateExpectation, sourceLocation: SourceLocation = #_sourceLocation) {
        switch expected {
        case .date(let y, let m, let d, let q):
            do {
                let date = try PartialDate(parsing: text)
                #expect(date.year == y && date.month == m && date.day == d && date.qualifier?.rawValue == q, "\(text.debugDescription)", sourceLocation: sourceLocation)
                #expect(date.description == text, sourceLocation: sourceLocation)
                #expect(date.start.components == (y, m ?? 1, d ?? 1), "\(text.debugDescription)", sourceLocation: sourceLocation)
                #expect(date.end.components == (y, m ?? 12, d ?? lastDay(m ?? 12, y)), "\(text.debugDescription)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("\(text.debugDescription) refused: \(error)", sourceLocation: sourceLocation)
            }
        case .malformed:
            #expect(throws: PartialDateError.malformed(text), "\(text.debugDescription)", sourceLocation: sourceLocation) { try PartialDate(parsing: text) }
        case .outOfRange(let why):
            #expect(throws: PartialDateError.outOfRange(text, why), "\(text.debugDescription)", sourceLocation: sourceLocation) { try PartialDate(parsing: text) }
        }
    }

    /// A year biased to the calendar's edges: 0000, leap centuries, 9999.
    static func year(_ n: Int) -> Int {
        n < 10_000 ? n : [0, 1, 1600, 1900, 2000, 2024, 2100, 9999][n % 8]
    }

    @Test("dates from valid parts, one part then broken: each parses to exactly its parts or is refused with exactly its error")
    func dates() async {
        let tally = Tally()
        await propertyCheck(count: 3000, input: Gen.int(in: 0...10_999), Gen.int(in: 1...12), Gen.int(in: 1...31), Gen.int(in: 0...11),
                            Gen.int(in: 0...11), Gen.int(in: 0...10_000)) { y, m, d, shape, mutation, pick in
            let (text, expected) = Self.dateCase(year: Self.year(y), month: m, day: d, shape: shape, mutation: mutation, pick: pick)
            Self.expectParse(text, expected)
            switch expected {
            case .date: tally.add("valid")
            case .outOfRange: tally.add("out of range")
            case .malformed: tally.add("malformed")
            }
        }
        // The generator makes each kind often: a third valid, a sixth out of range, half malformed.
        #expect(tally.share("valid") > 0.25 && tally.share("out of range") > 0.1 && tally.share("malformed") > 0.35)
    }

    /// The accepted forms written as a regular expression, with the ranges checked on the calendar above: an
    /// oracle independent of the parser for arbitrary text.
    static func reference(_ text: String) -> DateExpectation {
        let form = try! Regex(#"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([?~%])?"#)
        guard let match = try? form.wholeMatch(in: text) else { return .malformed }
        let y = Int(match.output[1].substring!)!
        let m = match.output[2].substring.map { Int($0)! }, d = match.output[3].substring.map { Int($0)! }
        let q = match.output[4].substring?.first
        if let m, !(1...12).contains(m) { return .outOfRange("month must be 01–12") }
        if let m, let d, !(1...lastDay(m, y)).contains(d) { return .outOfRange("day must be 01–\(lastDay(m, y)) in \(pad(y, 4))-\(pad(m, 2))") }
        return .date(year: y, month: m, day: d, qualifier: q)
    }

    @Test("text made of date pieces and junk: the parser agrees with the regular-expression oracle on every input")
    func dateText() async {
        let pieces = ["2021", "0000", "9999", "1900", "2000", "-", "-", "01", "02", "12", "13", "00", "29", "30", "31", "?", "~", "%",
                      "x", "٣", "\u{0}", "1", " ", "-0"]
        let tally = Tally()
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let expected = Self.reference(text)
            Self.expectParse(text, expected)
            if case .malformed = expected { tally.add("malformed") } else { tally.add("well-formed") }
        }
        #expect(tally.share("well-formed") > 0.01)
    }

    @Test("every valid year-month-day round-trips and covers the right interval")
    func validDates() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)) { y, m, d in
            guard d <= Self.lastDay(m, y) else {
                #expect(throws: PartialDateError.outOfRange(Self.pad(y, 4) + "-" + Self.pad(m, 2) + "-" + Self.pad(d, 2),
                                                            "day must be 01–\(Self.lastDay(m, y)) in \(Self.pad(y, 4))-\(Self.pad(m, 2))")) {
                    try PartialDate(year: y, month: m, day: d)
                }
                return
            }
            let date = try PartialDate(year: y, month: m, day: d)
            #expect(date.description == Self.pad(y, 4) + "-" + Self.pad(m, 2) + "-" + Self.pad(d, 2))
            #expect(try PartialDate(parsing: date.description) == date)
            #expect(date.start == date.end && date.start.components == (y, m, d))
            #expect(try PartialDate(year: y, month: m).interval.contains(date.start))
        }
    }

    // MARK: - CSV: rows from valid parts, some broken in one known way

    static let statuses = ["proposed", "agreed", "construction", "completed", "operational", "suspended", "cancelled"]
    static let quotes = ["", "plain", "with, comma", "with \"quotes\"", "line\nbreak", "黑河 «мост»", "=1+2", "a;b"]
    static let statusExpectation = "one of proposed, agreed, construction, completed, operational, suspended, cancelled"
    static let slugExpectation = "a slug of lowercase letters, digits and '-', starting with a letter or digit, at most 128 characters"

    static func csvField(_ s: String) -> String {
        s.contains { $0 == "," || $0 == "\"" || $0 == "\n" } ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// One claims row from `seed` and, when it is broken, the message its issue must carry (after `f.csv:LINE: `).
    static func csvRow(_ seed: Int) -> (text: String, claim: (String, String, String, String, String?)?, issue: String?) {
        var project = ["p", "bridge-1", "a0"][seed % 3]
        var status = statuses[seed / 3 % 7]
        let date = dateCase(year: year(seed / 21 % 11_000), month: seed / 7 % 12 + 1, day: seed / 11 % 31 + 1, shape: seed / 13 % 12,
                            mutation: seed / 5 % 4, pick: 0).text
        var asOf = date
        let source = ["s", "rg"][seed / 17 % 2]
        let quote = quotes[seed / 19 % quotes.count]
        var issue: String? = nil
        var fields: [String]? = nil
        switch seed / 23 % 8 {
        case 3:
            status = [status + "x", status.uppercased(), "", "operating"][seed / 29 % 4]
            issue = status.isEmpty ? "field \"status\" is required but missing or empty" : "field \"status\": \"\(status)\" is not valid; expected \(statusExpectation)"
        case 4:
            // A date one step from valid: month or day out of range, a character dropped, a digit replaced by a letter.
            let (text, expected) = dateCase(year: year(seed / 21 % 11_000), month: seed / 7 % 12 + 1, day: seed / 11 % 31 + 1, shape: seed / 13 % 12,
                                            mutation: [4, 5, 8, 6][seed / 29 % 4], pick: (seed / 31 % 10) * 16 % 32)
            asOf = text
            switch expected {
            case .outOfRange(let why): issue = "field \"as_of\": \"\(text)\" is not valid; expected \(why)"
            case .malformed: issue = "field \"as_of\": \"\(text)\" is not valid; expected a date YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %"
            case .date: break
            }
        case 5:
            project = ["P Q", "Bad_Id", "", "-x"][seed / 29 % 4]
            issue = project.isEmpty ? "field \"project\" is required but missing or empty" : "field \"project\": \"\(project)\" is not valid; expected \(slugExpectation)"
        case 6:
            let cells = [project, status, asOf, source, csvField(quote)]
            fields = seed / 29 % 2 == 0 ? Array(cells.prefix(4)) : cells + ["extra"]
            issue = "the row has \(fields!.count) fields; expected 5 as in the header"
        default:
            break
        }
        let text = (fields ?? [project, status, asOf, source, csvField(quote)]).joined(separator: ",") + "\n"
        return (text, issue == nil ? (project, status, asOf, source, quote.isEmpty ? nil : quote) : nil, issue)
    }

    @Test("CSV claims rows, some one step from valid: a clean file gives exactly its claims, a broken row exactly its issue and line")
    func csvRows() async {
        let header = "project,status,as_of,source,quote\n"
        let tally = Tally()
        await propertyCheck(count: 600, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...6)) { seeds in
            let rows = seeds.map(Self.csvRow)
            var line = 2
            var issues: [String] = []
            for r in rows {
                if let i = r.issue { issues.append("f.csv:\(line): " + i) }
                line += r.text.filter { $0 == "\n" }.count
            }
            let (_, batch) = DatasetCSV.decode(Array((header + rows.map(\.text).joined()).utf8), file: "f.csv")
            #expect(batch.issues.map(\.description) == issues, "\(rows.map(\.text))")
            if issues.isEmpty {
                tally.add("clean")
                let got = batch.claims.map { c in [c.0.project, c.0.status.rawValue, c.0.asOf.description, c.0.source, c.0.quote ?? "<nil>"] }
                #expect(got == rows.map { r in [r.claim!.0, r.claim!.1, r.claim!.2, r.claim!.3, r.claim!.4 ?? "<nil>"] })
                // What was accepted re-encodes to the same values.
                let d = Dataset(claims: batch.claims.map(\.0))
                let (_, again) = DatasetCSV.decode(Array(DatasetCSV.encode(.claims, of: d).utf8), file: "g.csv")
                #expect(again.issues.isEmpty && again.claims.map(\.0) == d.claims)
            } else {
                tally.add("refused")
                #expect(batch.claims.count == rows.filter { $0.issue == nil }.count)
            }
        }
        // About 16 % of files come out clean (a file of up to six rows, each clean about 3 times in 4): at least 5 %
        // of 600, about 30, is far below what a run gives, and still proves clean files are checked.
        #expect(tally.share("clean") > 0.05 && tally.share("refused") > 0.15)
    }

    @Test("CSV import of random bytes never crashes; every refusal names the file and says something")
    func csvBytes() async {
        let header = Array("project,status,as_of,source,quote\n".utf8)
        await propertyCheck(count: 500, input: Self.nastyByte.array(of: 0...300)) { tail in
            let (_, batch) = DatasetCSV.decode(header + tail, file: "f.csv")
            #expect(batch.issues.allSatisfy { $0.origin.file == "f.csv" && !$0.message.isEmpty })
        }
    }

    // MARK: - JSON: a valid document, one value broken in a known way, or cut short

    static func jsonDocument(_ seed: Int) -> (text: String, issue: String?) {
        var tier = ["field", "state-media", "local-media"][seed % 3]
        var kind = ["bridge", "rail", "port", "ftz"][seed / 3 % 4]
        var status = statuses[seed / 12 % 7]
        var asOf = dateCase(year: year(seed / 84 % 11_000), month: seed / 5 % 12 + 1, day: seed / 7 % 31 + 1, shape: seed / 11 % 12, mutation: 0, pick: 0).text
        var extra = ""
        var issue: String? = nil
        switch seed / 13 % 8 {
        case 3:
            tier = tier + "s"
            issue = "m.json at $.sources[0]: field \"tier\": \"\(tier)\" is not valid; expected one of federal-official, state-media, foreign-official, regional-official, local-media, business, field"
        case 4:
            kind = kind.uppercased()
            issue = "m.json at $.projects[0]: field \"kind\": \"\(kind)\" is not valid; expected one of bridge, rail, road, pipeline, border-crossing, ftz, industrial-park, port, energy, other"
        case 5:
            status = String(status.dropLast())
            issue = "m.json at $.projects[0].claims[0]: field \"status\": \"\(status)\" is not valid; expected \(statusExpectation)"
        case 6:
            let (text, expected) = dateCase(year: year(seed / 84 % 11_000), month: seed / 5 % 12 + 1, day: seed / 7 % 31 + 1, shape: seed / 11 % 12,
                                            mutation: [4, 5, 8, 9][seed / 17 % 4], pick: (seed / 19 % 10) * 16 % 32)
            asOf = text
            let why: String
            switch expected {
            case .outOfRange(let w): why = w
            default: why = "a date YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %"
            }
            issue = "m.json at $.projects[0].claims[0]: field \"asOf\": \"\(text)\" is not valid; expected \(why)"
        case 7:
            extra = ",\"remark\":1"
            issue = "m.json at $.projects[0].claims[0]: unknown field \"remark\"; expected one of id, status, scope, section, asOf, published, source, url, quote, quoteLang, translation, note, via, supersedes, recorded, editor"
        default:
            break
        }
        let text = """
        {"format":"bordertrack/1","sources":[{"id":"s","name":"S","tier":"\(tier)"}],"projects":[{"id":"p","kind":"\(kind)","names":{"en":"P"},"claims":[{"status":"\(status)","asOf":"\(asOf)","source":"s","quote":"黑河"\(extra)}]}]}
        """
        return (text, issue)
    }

    @Test("JSON documents, some with one value one step from valid: exactly the values, or exactly the issue at its JSON path")
    func jsonValues() async {
        let tally = Tally()
        await propertyCheck(count: 800, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let (text, issue) = Self.jsonDocument(seed)
            let batch = DatasetJSON.decode(Array(text.utf8), file: "m.json")
            if let issue {
                tally.add("refused")
                #expect(batch.issues.map(\.description) == [issue], "\(text)")
            } else {
                tally.add("clean")
                #expect(batch.issues.isEmpty, "\(text)")
                #expect(batch.sources.map { [$0.0.id, $0.0.tier.rawValue] } == [["s", text.components(separatedBy: "\"tier\":\"")[1].components(separatedBy: "\"")[0]]])
                #expect(batch.claims.map { [$0.0.project, $0.0.source, $0.0.quote ?? "<nil>"] } == [["p", "s", "黑河"]])
                #expect(batch.claims.map { "\"status\":\"\($0.0.status.rawValue)\",\"asOf\":\"\($0.0.asOf)\"" }.allSatisfy(text.contains))
            }
        }
        #expect(tally.share("clean") > 0.25 && tally.share("refused") > 0.25)
    }

    @Test("a valid JSON document cut anywhere: empty, or split inside a character, or truncated at exactly that line and column")
    func jsonCuts() async {
        let valid = Array(Self.jsonDocument(0).text.utf8)
        #expect(DatasetJSON.decode(valid, file: "m.json").issues.isEmpty)
        await propertyCheck(count: 400, input: Gen.int(in: 0...(valid.count - 1))) { cut in
            let prefix = Array(valid.prefix(cut))
            let issues = DatasetJSON.decode(prefix, file: "m.json").issues.map(\.description)
            // Whole characters before the cut, and whether the cut splits one (a continuation byte follows).
            let splits = cut < valid.count && valid[cut] & 0xC0 == 0x80
            if cut == 0 {
                #expect(issues == ["m.json: the file is empty; expected a JSON object with \"format\": \"bordertrack/1\""])
            } else if splits {
                let start = prefix.lastIndex { $0 & 0xC0 != 0x80 }!
                #expect(issues == ["m.json:1: invalid UTF-8 at byte \(start); expected UTF-8 text"])
            } else {
                let column = String(decoding: prefix, as: UTF8.self).count + 1
                #expect(issues.count == 1)
                #expect(issues.first?.hasPrefix("m.json:1: not valid JSON at line 1, column \(column): ") == true, "\(issues)")
                #expect(issues.first?.hasSuffix(": the file is truncated") == true, "\(issues)")
            }
        }
    }

    @Test("JSON import of random bytes never crashes and always explains a refusal")
    func jsonBytes() async {
        await propertyCheck(count: 300, input: Self.nastyByte.array(of: 0...200)) { bytes in
            let batch = DatasetJSON.decode(bytes, file: "r.json")
            #expect(!batch.issues.isEmpty && batch.issues.allSatisfy { $0.origin.file == "r.json" && !$0.message.isEmpty })
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
        #expect(throws: PartialDateError.outOfRange("2021-02-29", "day must be 01–28 in 2021-02")) { try PartialDate(parsing: "2021-02-29") }
    }
}

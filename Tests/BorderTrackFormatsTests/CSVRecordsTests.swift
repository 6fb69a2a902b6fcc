import BorderTrackCore
import BorderTrackFormats
import BorderTrackSynthetic
import CSV
import Foundation
import PropertyBased
import Testing

/// The byte-level reader against RFC 4180 cases, against CSV.swift's `CSVReader` (the reader used before)
/// on the sample data, generated data and random well-formed tables, and its quoting errors.
@Suite("CSV records (byte-level reader)")
struct CSVRecordsTests {
    /// Rows as CSV.swift reads them (it skips nothing; blank lines are one empty field), with the line each
    /// starts on counted the way the old importer did.
    func oldRows(_ text: String) -> (rows: [[String]], lines: [Int]) {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return ([], []) }
        var rows: [[String]] = [], lines: [Int] = []
        var line = 1
        while let row = reader.next() {
            rows.append(row)
            lines.append(line)
            line += 1
            for f in row {
                var prevCR = false
                for u in f.unicodeScalars {
                    if u == "\n" { if !prevCR { line += 1 }; prevCR = false } else if u == "\r" { line += 1; prevCR = true } else { prevCR = false }
                }
            }
        }
        return (rows, lines)
    }

    func expectSameAsOld(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let new = CSVRecords.rows(of: Array(text.utf8))
        let old = oldRows(text)
        #expect(new.error == nil, sourceLocation: sourceLocation)
        #expect(new.rows == old.rows, sourceLocation: sourceLocation)
        #expect(new.lines == old.lines, sourceLocation: sourceLocation)
    }

    @Test("quoted fields hold commas, quotes, CR, LF and CRLF; line ends may be CRLF, LF or CR")
    func quoting() {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\r\nthree\rfour\"\r\nplain,\"\",end\nlast,row,here\rcr,only,end"
        let r = CSVRecords.rows(of: Array(text.utf8))
        #expect(r.error == nil)
        #expect(r.rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "one\ntwo\r\nthree\rfour"], ["plain", "", "end"],
                           ["last", "row", "here"], ["cr", "only", "end"]])
        #expect(r.lines == [1, 2, 6, 7, 8])
        expectSameAsOld(text)
    }

    @Test("edge cases read as CSV.swift read them: trailing comma, blank lines, no final newline, quotes inside unquoted fields")
    func edges() {
        for text in ["a,b,\n", "a,b,", "a\n\nb\n", "a\r\n\r\nb", "5\" pipe,x\n", "\"\"", "a,\"b\"", "\n", "x,\"q\"\r\n\r\n", "é,黑河,🚛\n"] {
            expectSameAsOld(text)
        }
        #expect(CSVRecords.rows(of: Array("a,b,".utf8)).rows == [["a", "b", ""]])
    }

    @Test("text after a closing quote is an error naming its line and field")
    func textAfterQuote() {
        let r = CSVRecords.rows(of: Array("a,b\n1,2\n3,\"x\"y\n4,5\n".utf8))
        #expect(r.rows == [["a", "b"], ["1", "2"]])
        #expect(r.error?.kind == .textAfterClosingQuote(UInt8(ascii: "y")))
        #expect(r.error?.line == 3)
        #expect(r.error?.fieldIndex == 1)
        let (_, b) = DatasetCSV.decode(Array("project,status,as_of,source,quote\np,proposed,2020,rg,\"x\"y\n".utf8), file: "c.csv")
        #expect(b.issues.map(\.description) == [
            "c.csv:2: field 5 (\"quote\"): \"y\" after the closing quote; expected a comma or the end of the line after a quoted field (a quote inside a quoted field is written \"\")",
        ])
    }

    @Test("a quoted field never closed is an error at the line it starts on; rows before it are still checked")
    func unterminated() {
        let text = "project,status,as_of,source,quote\r\np,proposed,2020-13,rg,ok\r\np,proposed,2020,rg,\"open\r\nand on\r\n"
        let r = CSVRecords.rows(of: Array(text.utf8))
        #expect(r.error?.kind == .unterminatedQuote)
        #expect(r.error?.line == 3)
        #expect(r.rows.count == 2)
        let (_, b) = DatasetCSV.decode(Array(text.utf8), file: "c.csv")
        #expect(b.issues.map(\.description) == [
            "c.csv:2: field \"as_of\": \"2020-13\" is not valid; expected month must be 01–12",
            "c.csv:3: field 5 (\"quote\"): the quoted field starting on this line is never closed; expected a closing quote (\") before the end of the file",
        ])
        let (_, header) = DatasetCSV.decode(Array("id,\"name".utf8), file: "s.csv")
        #expect(header.issues.map(\.description) == [
            "s.csv:1: field 2: the quoted field starting on this line is never closed; expected a closing quote (\") before the end of the file",
        ])
    }

    @Test("a byte order mark is skipped and line numbers stay physical")
    func bom() {
        let (_, b) = DatasetCSV.decode([0xEF, 0xBB, 0xBF] + Array("project,status,as_of,source\r\np,opened,2020,rg\r\n".utf8), file: "c.csv")
        #expect(b.issues.map(\.description).first?.hasPrefix("c.csv:2: field \"status\": \"opened\" is not valid") == true)
    }

    @Test("the sample data's tables read the same as with CSV.swift")
    func sample() throws {
        let dataset = try ReportFixture.sampleDataset()
        #expect(!dataset.claims.isEmpty)
        for table in CSVTable.allCases {
            let text = DatasetCSV.encode(table, of: dataset)
            expectSameAsOld(text)
            let (t, b) = DatasetCSV.decode(Array(text.utf8), file: "\(table).csv")
            #expect(t == table)
            #expect(b.issues.isEmpty)
        }
    }

    @Test("generated data (20,000 claims, parallel slices) reads the same as with CSV.swift")
    func generated() {
        let data = SyntheticData(projects: 2_000, claimsPerProject: 10, seed: 7)
        var rows: [[String]] = []
        data.claimRows { rows.append($0) }
        let text = DatasetCSV.write(rows)
        expectSameAsOld(text)
        let (table, batch) = DatasetCSV.decode(Array(text.utf8), file: "claims.csv")
        #expect(table == .claims)
        #expect(batch.issues.isEmpty)
        #expect(batch.claims.count == 20_000)
        #expect(batch.claims.map(\.1.location) == (0..<20_000).map { "line \($0 + 2)" })
        // The same claims as built one row at a time from CSV.swift's fields.
        let old = oldRows(text).rows
        let expected = old.dropFirst().map { r in
            try! Claim(id: nil, project: r[0], status: r[1], scope: r[2], asOf: r[3], published: r[4], source: r[5], url: r[6], quote: r[7])
        }
        #expect(batch.claims.map(\.0) == expected)
    }

    @Test("issues from parallel slices come out in file order and stop after the limit as a row-by-row read")
    func issueOrder() {
        var text = "project,status,as_of,source\n"
        for i in 0..<20_000 { text += i % 100 == 99 ? "p,opened,2020,rg\n" : "p,proposed,2020,rg\n" }
        let (_, b) = DatasetCSV.decode(Array(text.utf8), file: "c.csv")
        #expect(b.issues.count == ImportFailure.limit + 1)
        #expect(b.issues.map(\.origin.location) == (0...ImportFailure.limit).map { "line \(($0 + 1) * 100 + 1)" })
    }

    @Test("random well-formed tables read the same as with CSV.swift and round-trip through the writer")
    func randomTables() async {
        let cell = Gen.oneOf(Gen.always(Character(",")), Gen.always(Character("\"")), Gen.always(Character("\n")),
                             Gen.always(Character("\r")), Gen.always(Character("a")), Gen.always(Character("Ж")),
                             Gen.always(Character("黑")), Gen.always(Character(" "))).string(of: 0...8)
        let table = cell.array(of: 3...3).array(of: 1...6)
        await propertyCheck(input: table) { rows in
            let text = DatasetCSV.write(rows)
            let new = CSVRecords.rows(of: Array(text.utf8))
            #expect(new.error == nil)
            // A row of one empty cell is written as an empty line, which reads back as such; the rest is exact.
            #expect(new.rows == rows)
            let old = oldRows(text)
            #expect(new.rows == old.rows)
            #expect(new.lines == old.lines)
        }
    }
}

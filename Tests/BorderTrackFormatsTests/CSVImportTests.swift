import BorderTrackCore
import BorderTrackFormats
import Testing

@Suite("CSV tables")
struct CSVImportTests {
    func decode(_ text: String, file: String = "t.csv") -> (CSVTable?, ImportBatch) {
        DatasetCSV.decode(Array(text.utf8), file: file)
    }

    @Test("tables are recognised by their header")
    func recognise() {
        #expect(decode("id,name,tier\nrg,RG,state-media\n").0 == .sources)
        #expect(decode("id,kind,name_en\np,bridge,P\n").0 == .projects)
        #expect(decode("project,status,as_of,source\np,proposed,2020,rg\n").0 == .claims)
        #expect(decode("project,milestone,target\np,opening,2020\n").0 == .plans)
    }

    @Test("wrong header: names the file, line 1 and what was expected")
    func wrongHeader() {
        let (t, b) = decode("foo,bar\n1,2\n", file: "x.csv")
        #expect(t == nil)
        #expect(b.issues.count == 1)
        #expect(b.issues[0].description.hasPrefix("x.csv:1: unrecognised header \"foo,bar\"; expected a table with exactly one of the columns tier"))
        let (_, missing) = decode("project,status,source\np,proposed,rg\n", file: "c.csv")
        #expect(missing.issues.map(\.description) == ["c.csv:1: missing required column \"as_of\" in the claims table; expected at least project, status, as_of, source"])
        let (_, unknown) = decode("project,status,as-of,source,as_of\np,proposed,2020,rg,2020\n", file: "c.csv")
        #expect(unknown.issues.first?.description.contains("unknown column \"as-of\"") == true)
    }

    @Test("bad date and unknown status name line, column, value and expectation")
    func badValues() {
        let (_, b) = decode("project,status,as_of,source\np,proposed,2021-13,rg\np,opened,2021,rg\np,proposed,2021-02-29,rg\n", file: "c.csv")
        #expect(b.issues.map(\.description) == [
            "c.csv:2: field \"as_of\": \"2021-13\" is not valid; expected month must be 01–12",
            "c.csv:3: field \"status\": \"opened\" is not valid; expected one of proposed, agreed, construction, completed, operational, suspended, cancelled",
            "c.csv:4: field \"as_of\": \"2021-02-29\" is not valid; expected day must be 01–28 in 2021-02",
        ])
        #expect(b.claims.isEmpty)
    }

    @Test("line numbers count the physical lines of multi-line quoted fields")
    func lineNumbers() {
        let (_, b) = decode("project,status,as_of,source,quote\r\np,proposed,2020,rg,\"one\r\ntwo\r\nthree\"\r\np,proposed,20,rg,x\r\n", file: "c.csv")
        #expect(b.issues.map(\.origin.location) == ["line 5"])
    }

    @Test("non-UTF-8 bytes, NUL bytes and empty files are refused with their place")
    func encoding() {
        var bytes = Array("id,name,tier\nrg,R".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(",state-media\n".utf8)
        let (_, b) = DatasetCSV.decode(bytes, file: "s.csv")
        #expect(b.issues.map(\.description) == ["s.csv:2: invalid UTF-8 at byte 17; expected UTF-8 text"])
        let (_, nul) = DatasetCSV.decode(Array("id,name,tier\nrg,R\u{0}G,state-media\n".utf8), file: "s.csv")
        #expect(nul.issues.first?.description == "s.csv:2: NUL byte at byte 17; expected text without NUL characters")
        #expect(decode("", file: "e.csv").1.issues.map(\.description) == ["e.csv:1: the file is empty; expected a header row naming the columns"])
        #expect(decode("\u{FEFF}id,name,tier\nrg,R,state-media\n").1.sources.count == 1)
    }

    @Test("rows with the wrong number of fields are refused")
    func fieldCount() {
        let (_, b) = decode("id,name,tier\nrg,R\n", file: "s.csv")
        #expect(b.issues.map(\.description) == ["s.csv:2: the row has 2 fields; expected 3 as in the header"])
    }

    @Test("CSV writing quotes what must be quoted and round-trips quotes, commas, CR, LF, CRLF, Cyrillic, CJK, emoji")
    func roundTrip() throws {
        let nasty = "He said \"open\", then\nclosed;\r\nМост 黑河 🚛\rend, "
        let dataset = Dataset(
            sources: [try Source(id: "rg", name: "Российская газета, \"RG\"", tier: .stateMedia, country: "RU")],
            projects: [try Project(id: "p", kind: .bridge, names: try Names(en: "Bridge, \"new\"", ru: "Мост", zh: "黑河大桥"),
                                   countries: ["RU", "CN"], regions: ["Amur Oblast", "黑龙江"], location: try Location(lat: 50.25, lon: 127.5))],
            plans: [try Plan(id: "pl", project: "p", milestone: .opening, target: try PartialDate(parsing: "2020"), announced: nil, source: "rg")],
            claims: [try Claim(id: "c1", project: "p", status: .operational, scope: .full, asOf: try PartialDate(parsing: "2021-10-07"),
                               source: "rg", url: "https://rg.ru/a?b=1,2", quote: nasty, recorded: Timestamp(parsing: "2026-01-01T00:00:00Z"), editor: "ann")])
        var again = ImportBatch()
        for table in CSVTable.allCases {
            let text = DatasetCSV.encode(table, of: dataset)
            #expect(text.hasSuffix("\r\n"))
            let (t, b) = DatasetCSV.decode(Array(text.utf8), file: "\(table).csv")
            #expect(t == table)
            #expect(b.issues.isEmpty)
            again.append(b)
        }
        #expect(again.claims.map(\.0) == dataset.claims)
        #expect(again.claims[0].0.quote == nasty)
        #expect(again.projects.map(\.0) == dataset.projects)
        #expect(again.sources.map(\.0) == dataset.sources)
        #expect(again.plans.map(\.0) == dataset.plans)
    }
}

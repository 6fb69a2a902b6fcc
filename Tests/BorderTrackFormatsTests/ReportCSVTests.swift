import BorderTrackCore
import BorderTrackFormats
import CSV
import Testing

@Suite("Report as CSV")
struct ReportCSVTests {
    @Test("golden: the fixed dataset as of 2021-12-31 (CRLF shown as LF)")
    func golden() {
        let csv = ReportCSV.render(ReportFixture.report())
        // Compared with controls made visible, so the golden text holds no raw bidi override.
        ReportFixture.expectGolden(TerminalText.sanitize(csv.replacingOccurrences(of: "\r\n", with: "\n")), Self.golden, name: "report.csv")
    }

    @Test("RFC 4180: CRLF record ends, every field quoted, inner quotes doubled")
    func shape() {
        let csv = ReportCSV.render(ReportFixture.report())
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.hasPrefix(#""project","name_en","name_ru""#))
        #expect(csv.contains(#""'=HYPERLINK(""http://evil.example"",""click"")""#))
    }

    @Test("formula defusing: a leading = + - @ tab CR LF or full-width form gets a quote mark")
    func defuse() {
        for bad in ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", "＝1", "＋1", "－1", "＠x"] {
            #expect(ReportCSV.defuse(bad) == "'" + bad)
        }
        for fine in ["", "1", "a=b", " =1", "2021-10", "'=already", "Мост", "黑河"] {
            #expect(ReportCSV.defuse(fine) == fine)
        }
    }

    @Test("round trip through CSV.swift's reader: same cells as the rows, after defusing")
    func roundTrip() throws {
        let r = ReportFixture.report(asOf: nil)
        let csv = ReportCSV.render(r)
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        #expect(reader.headerRow == ReportCSV.columns)
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(reader.error == nil)
        let col = Dictionary(uniqueKeysWithValues: ReportCSV.columns.enumerated().map { ($1, $0) })
        // The cells read back, pinned: one row per claim (the later-published b6 and b5 included without --as-of),
        // one for the project without claims; formula-like quotes carry a leading apostrophe, other text is as stored.
        let pinned = ["project", "claim", "claim_status", "claim_as_of", "source", "local_claim", "open_discrepancies", "quote"]
        #expect(read.map { row in pinned.map { row[col[$0]!] } } == [
            [ReportFixture.bridge, "b1", "construction", "2016-12-24", "xinhua", "b5", "2", #"Construction began <script>alert(1)</script> & "quoted" 'single'"#],
            [ReportFixture.bridge, "b2", "completed", "2019-05-31", "rg", "b5", "2", #"'=HYPERLINK("http://evil.example","click")"#],
            [ReportFixture.bridge, "b3", "operational", "2021-10-07", "rg", "b5", "2", "'+1 truck crossed"],
            [ReportFixture.bridge, "b4", "completed", "2021-10-15", "amurlife", "b5", "2", "'-2 lanes still closed\nBridge \u{202E}nepo\u{202C} — not yet"],
            [ReportFixture.bridge, "b6", "completed", "2021-11-15", "hlj-gov", "b5", "2", "LATER-PUBLISHED account"],
            [ReportFixture.bridge, "b5", "operational", "2022-06-01", "portamur", "b5", "2", "'@SUM(A1:A9) trucks a day"],
            [ReportFixture.rail, "n1", "agreed", "2008-10", "rg", "n3", "2", ""],
            [ReportFixture.rail, "n2", "construction", "2014-02-26", "xinhua", "n3", "2", "铁路大桥开工 «начало»"],
            [ReportFixture.rail, "n3", "suspended", "2017~", "amurlife", "n3", "2", #"Works stopped; "no money""#],
            [ReportFixture.zone, "", "", "", "", "", "0", ""],
        ])
        // And every cell is the rendered row's cell, defused.
        #expect(read == Array(ReportCSV.rows(r).dropFirst().map { $0.map(ReportCSV.defuse) }))
        let b4 = try #require(read.first { $0[col["claim"]!] == "b4" })
        #expect(b4[col["quote"]!] == "'" + ReportFixture.bidiQuote)
        #expect(b4[col["name_ru"]!] == "Мост Благовещенск – Хэйхэ")
        #expect(b4[col["name_zh"]!] == "黑河—布拉戈维申斯克界河公路大桥")
        let b5 = try #require(read.first { $0[col["claim"]!] == "b5" })
        #expect(b5[col["quote"]!] == "'@SUM(A1:A9) trucks a day")
        let b3 = try #require(read.first { $0[col["claim"]!] == "b3" })
        #expect(b3[col["quote"]!] == "'+1 truck crossed")
        #expect(b3[col["claim_in_force"]!] == "yes")
        let zone = try #require(read.first { $0[col["project"]!] == ReportFixture.zone })
        #expect(zone[col["claim"]!] == "" && zone[col["official_status"]!] == "")
        // No cell starts with a character a spreadsheet reads as a formula (the ASCII ones, tab, CR, LF, full-width ones).
        let formula: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "＝", "＋", "－", "＠"]
        #expect(read.joined().filter { $0.first.map(formula.contains) ?? false } == [])
    }

    @Test("--as-of leaves out the claim published later")
    func asOf() {
        #expect(!ReportCSV.render(ReportFixture.report()).contains("LATER-PUBLISHED"))
        #expect(ReportCSV.render(ReportFixture.report(asOf: nil)).contains("LATER-PUBLISHED"))
    }

    static let golden = ##"""
"project","name_en","name_ru","name_zh","kind","countries","regions","official_status","official_scope","official_since","official_source","official_claim","local_status","local_scope","local_since","local_source","local_claim","open_discrepancies","worst_severity","claim","claim_status","claim_scope","claim_as_of","claim_published","claim_in_force","source","source_name","source_tier","source_country","perspective","url","quote","quote_lang","translation","note","via","via_name","report_as_of","report_day","generated_at","database","official_source_grade","local_source_grade","assessed_status","assessed_scope","assessed_since","assessed_grade","assessed_supporting","assessed_discounted","assessed_sections","source_grade","claim_credibility","claim_assessment"
"blagoveshchensk-heihe-road-bridge","Blagoveshchensk–Heihe road bridge","Мост Благовещенск – Хэйхэ","黑河—布拉戈维申斯克界河公路大桥","bridge","RU;CN","Amur Oblast;Heilongjiang","operational","full","2021-10-07","Rossiyskaya Gazeta","b3","completed","","2021-10-15","Amur Life «Амурская жизнь»","b4","2","critical","b1","construction","","2016-12-24","2016-12-24","no","xinhua","Xinhua 新华社","state-media","CN","official","https://www.xinhua.net/a?x=1&y=""2""","Construction began <script>alert(1)</script> & ""quoted"" 'single'","","","","","","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","F","F","completed","","2019-05-31","F2","b2;b4","b3","","F","3",""
"blagoveshchensk-heihe-road-bridge","Blagoveshchensk–Heihe road bridge","Мост Благовещенск – Хэйхэ","黑河—布拉戈维申斯克界河公路大桥","bridge","RU;CN","Amur Oblast;Heilongjiang","operational","full","2021-10-07","Rossiyskaya Gazeta","b3","completed","","2021-10-15","Amur Life «Амурская жизнь»","b4","2","critical","b2","completed","","2019-05-31","2019-06-01","no","rg","Rossiyskaya Gazeta","state-media","RU","official","https://rg.ru/2019/05/31/most.html","'=HYPERLINK(""http://evil.example"",""click"")","","","","","","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","F","F","completed","","2019-05-31","F2","b2;b4","b3","","F","2","supporting"
"blagoveshchensk-heihe-road-bridge","Blagoveshchensk–Heihe road bridge","Мост Благовещенск – Хэйхэ","黑河—布拉戈维申斯克界河公路大桥","bridge","RU;CN","Amur Oblast;Heilongjiang","operational","full","2021-10-07","Rossiyskaya Gazeta","b3","completed","","2021-10-15","Amur Life «Амурская жизнь»","b4","2","critical","b3","operational","full","2021-10-07","2021-10-07","yes","rg","Rossiyskaya Gazeta","state-media","RU","official","","'+1 truck crossed","","","","","","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","F","F","completed","","2019-05-31","F2","b2;b4","b3","","F","4","discounted: contradicted by 1 later independent local source"
"blagoveshchensk-heihe-road-bridge","Blagoveshchensk–Heihe road bridge","Мост Благовещенск – Хэйхэ","黑河—布拉戈维申斯克界河公路大桥","bridge","RU;CN","Amur Oblast;Heilongjiang","operational","full","2021-10-07","Rossiyskaya Gazeta","b3","completed","","2021-10-15","Amur Life «Амурская жизнь»","b4","2","critical","b4","completed","","2021-10-15","2021-10-20","yes","amurlife","Amur Life «Амурская жизнь»","local-media","RU","local","","'-2 lanes still closed
Bridge ⟨U+202E⟩nepo⟨U+202C⟩ — not yet","","'=not yet <b>open</b>","Port's *summary* of [Amur Life]","portamur","Port <Amur> & Co","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","F","F","completed","","2019-05-31","F2","b2;b4","b3","","F","2","supporting"
"nizhneleninskoye-tongjiang-rail-bridge","Nizhneleninskoye–Tongjiang rail bridge | section 2","Железнодорожный мост Нижнеленинское — Тунцзян","同江—下列宁斯阔耶铁路大桥","rail","RU;CN","Jewish Autonomous Oblast;Heilongjiang","construction","","2014-02-26","Xinhua 新华社","n2","suspended","","2017-01-01","Amur Life «Амурская жизнь»","n3","2","major","n1","agreed","","2008-10","","no","rg","Rossiyskaya Gazeta","state-media","RU","official","","","","","","","","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","F","F","suspended","","2017~","F3","n3","","","F","3",""
"nizhneleninskoye-tongjiang-rail-bridge","Nizhneleninskoye–Tongjiang rail bridge | section 2","Железнодорожный мост Нижнеленинское — Тунцзян","同江—下列宁斯阔耶铁路大桥","rail","RU;CN","Jewish Autonomous Oblast;Heilongjiang","construction","","2014-02-26","Xinhua 新华社","n2","suspended","","2017-01-01","Amur Life «Амурская жизнь»","n3","2","major","n2","construction","","2014-02-26","","yes","xinhua","Xinhua 新华社","state-media","CN","official","","铁路大桥开工 «начало»","zh","Rail bridge works begin","","","","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","F","F","suspended","","2017~","F3","n3","","","F","3",""
"nizhneleninskoye-tongjiang-rail-bridge","Nizhneleninskoye–Tongjiang rail bridge | section 2","Железнодорожный мост Нижнеленинское — Тунцзян","同江—下列宁斯阔耶铁路大桥","rail","RU;CN","Jewish Autonomous Oblast;Heilongjiang","construction","","2014-02-26","Xinhua 新华社","n2","suspended","","2017-01-01","Amur Life «Амурская жизнь»","n3","2","major","n3","suspended","","2017~","2017-03","yes","amurlife","Amur Life «Амурская жизнь»","local-media","RU","local","","Works stopped; ""no money""","","","","","","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","F","F","suspended","","2017~","F3","n3","","","F","3","supporting"
"heihe-ftz","Heihe cross-border economic cooperation zone","","黑河跨境经济合作区","ftz","CN","Heilongjiang","","","","","","","","","","","0","","","","","","","","","","","","","","","","","","","","2021-12-31","2021-12-31","2024-05-01T09:30:00Z","/var/lib/bordertrack/test.sqlite","","","","","","","","","","","",""

"""##
}

import BorderTrackCore
import Testing

/// The claims table's query in memory: date ranges on stored text, filters, search words, order and frequencies.
@Suite("Claims query")
struct ClaimsQueryTests {
    static func row(_ id: String, project: String = "p1", source: String = "xinhua", status: Status = .construction,
                    asOf: String = "2021-03", published: String? = nil, recorded: String = "2026-11-20T10:00:00Z",
                    editor: String = "ann", via: String? = nil, quote: String? = nil, lang: String? = nil,
                    tier: SourceTier? = .stateMedia, state: ClaimState = .current) throws -> ClaimRow {
        ClaimRow(claim: try Claim(id: id, project: project, status: status.rawValue, scope: nil, asOf: asOf, published: published,
                                  source: source, url: nil, quote: quote, recorded: recorded, editor: editor, quoteLang: lang, via: via),
                 tier: tier, state: state)
    }

    static func day(_ s: String) throws -> Day { try PartialDate(parsing: s).start }

    @Test("a range selects the dates that start within it, whatever their precision or qualifier")
    func dateRanges() throws {
        let march = ClaimDateRange(from: try Self.day("2021-03-01"), to: try PartialDate(parsing: "2021-03").end)
        #expect(march.lowerText == "2021-03")
        for inside in ["2021-03", "2021-03-01", "2021-03-31", "2021-03-15~", "2021-03?"] { #expect(march.contains(inside), "\(inside)") }
        for outside in ["2021", "2021-02", "2021-02-28", "2021-04", "2021-04-01", "2020-03"] { #expect(!march.contains(outside), "\(outside)") }
        let mid = ClaimDateRange(from: try Self.day("2021-03-15"), to: nil)
        #expect(mid.lowerText == "2021-03-15")
        #expect(!mid.contains("2021-03") && mid.contains("2021-03-15") && mid.contains("2022"))
        let year = ClaimDateRange(from: try Self.day("2021-01-01"), to: nil)
        #expect(year.lowerText == "2021" && year.contains("2021") && !year.contains("2020-12-31"))
        // Recording times: a day's range holds every time of that day.
        let day = ClaimDateRange(from: try Self.day("2026-11-20"), to: try Self.day("2026-11-20"))
        #expect(day.contains("2026-11-20T23:59:59Z") && day.contains("2026-11-20T00:00:00Z") && !day.contains("2026-11-21T00:00:00Z"))
    }

    @Test("filters, search words, order by column then id, and frequencies most frequent first")
    func filterSortCount() throws {
        let rows = [try Self.row("c3", source: "tass", asOf: "2020", via: "study", lang: nil, tier: .stateMedia),
                    try Self.row("c1", source: "xinhua", asOf: "2021-03-05", quote: "Мост готов", lang: "ru"),
                    try Self.row("c2", source: "xinhua", asOf: "2019", recorded: "2026-11-27T08:00:00Z", state: .superseded),
                    try Self.row("c4", project: "p2", source: "amur-gov", status: .operational, asOf: "2022", editor: "bo", tier: .regionalOfficial)]
        var q = ClaimsQuery()
        #expect(q.apply(rows).map(\.claim.id) == ["c2", "c4", "c3", "c1"])  // recorded descending, then id descending
        q.sort = .asOf; q.descending = false
        #expect(q.apply(rows).map(\.claim.id) == ["c2", "c3", "c1", "c4"])
        q.sources = ["xinhua"]
        #expect(q.apply(rows).map(\.claim.id) == ["c2", "c1"])
        q.states = [.current]
        #expect(q.apply(rows).map(\.claim.id) == ["c1"])
        var s = ClaimsQuery(); s.words = ["мост", "c1"]
        #expect(s.apply(rows).map(\.claim.id) == ["c1"])
        s.words = ["мост", "c2"]
        #expect(s.apply(rows).isEmpty)
        var v = ClaimsQuery(); v.vias = [""]
        #expect(v.apply(rows).count == 3)
        var t = ClaimsQuery(); t.tiers = [.regionalOfficial]
        #expect(t.apply(rows).map(\.claim.id) == ["c4"])
        #expect(ClaimsQuery().frequency(of: .source, in: rows) == [ClaimFrequency(value: "xinhua", count: 2),
                                                                   ClaimFrequency(value: "amur-gov", count: 1), ClaimFrequency(value: "tass", count: 1)])
        #expect(ClaimsQuery().frequency(of: .recorded, in: rows).first == ClaimFrequency(value: "2026-11-20", count: 3))
        // Enter on a frequency row: the table narrowed to that value, the same claims the row counted.
        let narrowed = ClaimsQuery().narrowed(.recorded, to: "2026-11-27")
        #expect(narrowed.apply(rows).map(\.claim.id) == ["c2"])
        #expect(ClaimsQuery().narrowed(.state, to: "superseded").apply(rows).map(\.claim.id) == ["c2"])
    }
}

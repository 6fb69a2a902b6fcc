import BorderTrackCore
import Testing

@Suite("Discrepancy detection")
struct DiscrepancyTests {
    func only(_ a: Analysis, _ kind: DiscrepancyKind) -> [Discrepancy] { a.discrepancies.filter { $0.kind == kind } }

    @Test("Blagoveshchensk–Heihe: federal says operating, local says not open for cargo → critical, explained")
    func blagoveshchensk() throws {
        var f = Fixture()
        f.claim("rg-1", "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07")
        f.claim("al-1", "completed", "2021-10-01", "amurlife", published: "2021-10-01")
        let d = try #require(only(f.analyse(), .statusConflict).first)
        #expect(d.severity == .critical)
        #expect(d.from == day("2021-10-07") && d.ongoing)
        #expect(d.sides[0].claims == ["rg-1"] && d.sides[1].claims == ["al-1"])
        #expect(d.official.status == .operational && d.local.status == .completed)
        #expect(d.explanation == "Official sources (Rossiyskaya Gazeta, 2021-10-07) say operating for passengers and cargo; local sources (Amur Life, 2021-10-01) say completed but not in service — since 2021-10-07.")
        #expect(d.id.hasPrefix("sc-") && d.id.count == 13)
    }

    @Test("severity: ranks 2 apart critical, 1 apart major, suspended major, scopes minor",
          arguments: [("construction", nil, "proposed", nil, Severity.critical), ("construction", nil, "completed", nil, .major),
                      ("suspended", nil, "construction", nil, .major), ("operational", "cargo", "operational", "full", .minor),
                      ("cancelled", nil, "operational", "full", .critical), ("agreed", nil, "construction", nil, .major)])
    func severities(_ o: String, _ os: String?, _ l: String, _ ls: String?, _ expected: Severity) throws {
        var f = Fixture()
        f.claim("o", o, "2020", "minvr", scope: os)
        f.claim("l", l, "2020", "amurlife", scope: ls)
        let d = try #require(only(f.analyse(), .statusConflict).first)
        #expect(d.severity == expected)
    }

    @Test("agreement, or an operational claim without scope, is no conflict")
    func agreement() {
        var f = Fixture()
        f.claim("o", "operational", "2020", "minvr", scope: "full")
        f.claim("l", "operational", "2020-03", "amurlife")
        #expect(only(f.analyse(), .statusConflict).isEmpty)
    }

    @Test("the conflict period ends when the sides come to agree")
    func closes() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-01", "amurlife")
        f.claim("l2", "operational", "2022-06-10", "amurlife", scope: "full")
        let d = try #require(only(f.analyse(), .statusConflict).first)
        #expect(!d.ongoing && d.from == day("2021-10-07") && d.to == day("2022-06-09"))
        #expect(d.explanation.hasSuffix("from 2021-10-07 to 2022-06-09."))
    }

    @Test("ids are stable when unrelated claims are added, or confirming claims inside the period")
    func stableIDs() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-01", "amurlife")
        let before = try #require(only(f.analyse(), .statusConflict).first).id
        f.projects.append(try Project(id: "other", kind: .rail, names: try Names(en: "Other")))
        f.claim("x1", "construction", "2015", "rg", project: "other")
        f.claim("x2", "proposed", "2015", "amurlife", project: "other")
        f.claim("early", "construction", "2016", "rg")   // another period of the same project
        f.claim("l2", "completed", "2022-01", "amur-gov") // confirms the local side
        let after = only(f.analyse(), .statusConflict).filter { $0.project == "bridge" }
        #expect(after.contains { $0.id == before })
        #expect(f.analyse().discrepancies.map(\.id) == f.analyse().discrepancies.map(\.id))
    }

    @Test("--as-of hides a later-published claim and the conflict it would make")
    func asOf() {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07")
        f.claim("l1", "completed", "2021-10-01", "amurlife", published: "2021-10-20")
        #expect(only(f.analyse(asOf: "2021-10-10"), .statusConflict).isEmpty)
        #expect(only(f.analyse(asOf: "2021-10-20"), .statusConflict).count == 1)
    }

    @Test("cross-border: Russian and Chinese sources disagree")
    func crossBorder() throws {
        var f = Fixture()
        f.claim("cn", "completed", "2016-10", "xinhua")
        f.claim("ru", "construction", "2017", "rg")
        let d = try #require(only(f.analyse(), .crossBorder).first)
        #expect(d.severity == .major)
        #expect(d.sides.map(\.label) == ["RU", "CN"])
        #expect(d.explanation.hasPrefix("Russian sources (Rossiyskaya Gazeta, 2017) say under construction; Chinese sources (Xinhua, 2016-10) say completed but not in service"))
    }

    @Test("official-split: a federal ministry against state media on the same side, within the horizon")
    func officialSplit() throws {
        var f = Fixture()
        f.claim("m", "construction", "2021-09", "minvr")
        f.claim("r", "operational", "2021-10-07", "rg", scope: "full")
        let d = try #require(only(f.analyse(), .officialSplit).first)
        #expect(d.severity == .critical)
        #expect(d.explanation.contains("Official sources on the Russian side disagree"))
        // A ministry's word from years ago is stale, not a disagreement.
        var g = Fixture()
        g.claim("m", "construction", "2015-01", "minvr")
        g.claim("r", "operational", "2021-10-07", "rg", scope: "full")
        #expect(only(g.analyse(), .officialSplit).isEmpty)
        // Different sides are cross-border, not a split.
        var h = Fixture()
        h.claim("m", "construction", "2021-09", "minvr")
        h.claim("x", "completed", "2021-09", "xinhua")
        #expect(only(h.analyse(), .officialSplit).isEmpty)
    }

    @Test("a regional government marked official can split with the federal centre")
    func regionalMarkedOfficial() {
        var f = Fixture()
        f.sources[2] = try! Source(id: "amur-gov", name: "Amur Region ministry", tier: .regionalOfficial, country: "RU", perspective: .official)
        f.claim("m", "operational", "2021-10", "minvr", scope: "full")
        f.claim("a", "completed", "2021-10-15", "amur-gov")
        #expect(only(f.analyse(), .officialSplit).count == 1)
    }

    @Test("regression: going back down without a suspension is flagged; through suspended it is not")
    func regression() throws {
        var f = Fixture()
        f.claim("a", "completed", "2019", "amurlife")
        f.claim("b", "construction", "2020", "amurlife")
        let d = try #require(only(f.analyse(), .regression).first)
        #expect(d.severity == .minor && d.claims == ["a", "b"])
        var g = Fixture()
        g.claim("a", "operational", "2019", "amurlife")
        g.claim("s", "suspended", "2020", "amurlife")
        g.claim("b", "construction", "2021", "amurlife")
        #expect(only(g.analyse(), .regression).isEmpty)
        var h = Fixture()
        h.claim("a", "operational", "2019", "rg")
        h.claim("b", "agreed", "2020", "minvr")
        #expect(only(h.analyse(), .regression).first?.severity == .major)
        // China's half completed, Russia's half under construction: two sides, no regression.
        var sides = Fixture()
        sides.claim("cn", "completed", "2016-10", "xinhua")
        sides.claim("ru", "construction", "2017", "rg")
        #expect(only(sides.analyse(), .regression).isEmpty)
    }

    @Test("stale-official: no official change for 24 months while local claims move")
    func stale() throws {
        var f = Fixture()
        f.claim("o", "construction", "2017-01", "minvr")
        f.claim("l1", "construction", "2018", "amurlife")
        f.claim("l2", "completed", "2019-06", "amurlife")
        let d = try #require(only(f.analyse(today: "2019-12-31"), .staleOfficial).first)
        #expect(d.from == day("2019-01-01") && d.severity == .major)
        #expect(only(f.analyse(today: "2019-12-31", stale: 36), .staleOfficial).isEmpty)
        var quiet = Fixture()
        quiet.claim("o", "construction", "2017-01", "minvr")
        quiet.claim("l", "construction", "2016", "amurlife")
        #expect(only(quiet.analyse(), .staleOfficial).isEmpty)
    }

    @Test("deadline-slip: the border-crossing target moving 2012 → 2021 is found; one small move is not")
    func slip() throws {
        var f = Fixture()
        f.plan("p1", "completion", target: "2012", announced: "2009")
        f.plan("p2", "completion", target: "2015", announced: "2012")
        f.plan("p3", "completion", target: "2021", announced: "2017")
        let d = try #require(only(f.analyse(), .deadlineSlip).first)
        #expect(d.plans == ["p1", "p2", "p3"])
        #expect(d.explanation.hasPrefix("The completion target moved 2 times, 108 months in all: 2012 (announced 2009) → 2015 (announced 2012) → 2021 (announced 2017)"))
        #expect(d.severity == .critical)  // 9 years, and the target has passed with nothing completed
        let id = d.id
        f.plan("p4", "completion", target: "2024", announced: "2022")
        #expect(only(f.analyse(), .deadlineSlip).first?.id == id)
        var g = Fixture()
        g.plan("a", "opening", target: "2020-10", announced: "2019")
        g.plan("b", "opening", target: "2021-01", announced: "2020")
        #expect(only(g.analyse(today: "2020-12-01"), .deadlineSlip).isEmpty)
    }

    @Test("flag workflow: state folds from events; a resolved flag the data no longer shows is obsolete")
    func flags() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-01", "amurlife")
        let id = try #require(only(f.analyse(), .statusConflict).first).id
        let t = Timestamp(parsing: "2026-01-01T00:00:00Z")!
        f.flags = [FlagEvent(seq: 1, discrepancy: id, project: "bridge", action: .ack, note: "checking", editor: "ann", at: t),
                   FlagEvent(seq: 2, discrepancy: id, project: "bridge", action: .resolve, verdict: .local, note: "no trucks", editor: "bo", at: t)]
        let d = try #require(f.analyse().discrepancies.first { $0.id == id })
        #expect(d.flag.state == .resolved && d.flag.verdict == .local && d.flag.lastEvent == 2)
        // The local side later reports the bridge open: the resolved conflict disappears from the data.
        f.claims.removeLast()
        let gone = try #require(f.analyse().discrepancies.first { $0.id == id })
        #expect(gone.flag.state == .obsolete)
        #expect(gone.explanation.contains("no longer shows"))
    }

    @Test("track record: verdict local makes the official claims lose")
    func trackRecord() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-01", "amurlife")
        let id = try #require(only(f.analyse(), .statusConflict).first).id
        f.flags = [FlagEvent(seq: 1, discrepancy: id, project: "bridge", action: .resolve, verdict: .local, note: "n", editor: "e",
                             at: Timestamp(parsing: "2026-01-01T00:00:00Z")!)]
        let records = Dictionary(uniqueKeysWithValues: f.analyse().trackRecord().map { ($0.source.id, $0) })
        #expect(records["rg"]?.lost == 1 && records["rg"]?.lossRate == 1)
        #expect(records["amurlife"]?.upheld == 1 && records["amurlife"]?.lost == 0)
        #expect(records["xinhua"]?.judged == 0 && records["xinhua"]?.lossRate == nil)
    }
}

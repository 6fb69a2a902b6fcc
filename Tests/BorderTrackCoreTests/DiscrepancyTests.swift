import BorderTrackCore
import Testing

@Suite("Discrepancy detection")
struct DiscrepancyTests {
    func only(_ a: Analysis, _ kind: DiscrepancyKind) -> [Discrepancy] { a.discrepancies.filter { $0.kind == kind } }

    @Test("each labelled scenario gets exactly the flags an analyst would keep", arguments: Scenario.all.indices)
    func scenario(_ k: Int) {
        let s = Scenario.all[k]
        let found = s.found()
        #expect(found.count == s.expected.count && Set(found) == Set(s.expected), "\(s.name)")
    }

    @Test("the labelled set: precision and recall")
    func precisionAndRecall() {
        var flagged = 0, kept = 0, expected = 0, recalled = 0
        for s in Scenario.all {
            let found = s.found()
            flagged += found.count
            kept += found.filter { s.expected.contains($0) }.count
            expected += s.expected.count
            recalled += s.expected.filter { found.contains($0) }.count
        }
        let precision = flagged == 0 ? 1 : Double(kept) / Double(flagged)
        let recall = expected == 0 ? 1 : Double(recalled) / Double(expected)
        print("labelled set: \(Scenario.all.count) scenarios, \(flagged) flags raised, \(expected) expected; precision \(precision), recall \(recall)")
        #expect(expected == 17)
        #expect(precision >= 0.9)
        #expect(recall == 1)
    }

    @Test("Blagoveshchensk–Heihe: one story across perspectives and sides, explained with the claims that prove it")
    func blagoveshchensk() throws {
        var f = Fixture()
        f.claim("rg-1", "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07")
        f.claim("amur-1", "completed", "2021-10-14", "amur-gov", published: "2021-10-14")
        f.claim("xh-1", "completed", "2021-10-20", "xinhua")
        f.claim("trucks", "operational", "2022-06-10", "amurlife", scope: "cargo")
        // Before official silence about the trucks would become a lag (24 months after 2022-06-10).
        let all = f.analyse(today: "2023-01-01").discrepancies
        #expect(all.count == 1)
        let d = try #require(all.first)
        #expect(d.kind == .statusConflict && d.severity == .critical)
        #expect(d.spans == ["official-local", "cross-border"])
        #expect(d.from == day("2021-10-07") && d.to == day("2022-06-10") && !d.ongoing)
        #expect(d.sides.map(\.label) == ["official RU", "official+local RU/CN"])
        #expect(d.sides[0].claims == ["rg-1"] && d.sides[1].claims == ["amur-1", "xh-1", "trucks"])
        #expect(d.official.claims == ["rg-1", "xh-1"] && d.official.status == .operational && d.official.scope == .full)
        #expect(d.local.claims == ["amur-1", "trucks"] && d.local.status == .completed)
        #expect(d.explanation == "Official and local accounts (Russian and Chinese sources) contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that, Amur Region ministry (2021-10-14) and Xinhua (2021-10-20) say completed but not in service (2 sources, 2 independent); Amur Life (2022-06-10) says operating for cargo — a later account reports less, with no suspension or closure reported between.")
        #expect(d.id == "sc-" + StableHash.of(["bridge", "contradiction", "amur-1", "rg-1"], digits: 10))
    }

    @Test("severity follows what is at stake", arguments: [
        ("construction", nil, "proposed", nil, Severity.critical), ("completed", nil, "construction", nil, .major),
        ("operational", "full", "operational", "cargo", .minor), ("operational", "full", "completed", nil, .critical),
        ("agreed", nil, "proposed", nil, .major),
    ] as [(String, String?, String, String?, Severity)])
    func severities(_ earlier: String, _ es: String?, _ later: String, _ ls: String?, _ expected: Severity) throws {
        var f = Fixture()
        f.claim("o", earlier, "2020-03", "minvr", scope: es)
        f.claim("l", later, "2020-09", "amurlife", scope: ls)
        let d = try #require(only(f.analyse(), .statusConflict).first)
        #expect(d.severity == expected)
    }

    @Test("a claim without scope agrees with any scope; on a pipeline a scope means nothing")
    func scopes() {
        var f = Fixture()
        f.claim("o", "operational", "2020-03", "minvr", scope: "full")
        f.claim("l", "operational", "2020-09", "amurlife")
        #expect(f.analyse().discrepancies.isEmpty)
        var g = Fixture()
        g.projects = [try! Project(id: "bridge", kind: .pipeline, names: try! Names(en: "Pipeline"), countries: ["RU", "CN"])]
        g.claim("o", "operational", "2019-12-02", "rg", scope: "full")
        g.claim("l", "operational", "2020-12", "xinhua", scope: "cargo")
        #expect(g.analyse().discrepancies.isEmpty)
    }

    @Test("ids stay when unrelated projects, earlier progress or later confirming claims are added")
    func stableIDs() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-14", "amurlife")
        let before = try #require(only(f.analyse(), .statusConflict).first).id
        f.projects.append(try Project(id: "other", kind: .rail, names: try Names(en: "Other")))
        f.claim("x1", "construction", "2015", "rg", project: "other")
        f.claim("x2", "proposed", "2016", "amurlife", project: "other")
        f.claim("early", "construction", "2016", "rg")      // progress before the story
        f.claim("l2", "completed", "2022-01", "amur-gov")    // confirms the local side
        let after = f.analyse().discrepancies.filter { $0.project == "bridge" }
        #expect(after.map(\.id) == [before])
        #expect(after[0].claims == ["o1", "l1", "l2"])
    }

    @Test("--as-of hides a later-published claim and the contradiction it would make")
    func asOf() {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07")
        f.claim("l1", "completed", "2021-10-14", "amurlife", published: "2021-10-20")
        #expect(f.analyse(asOf: "2021-10-19").discrepancies.isEmpty)
        #expect(only(f.analyse(asOf: "2021-10-20"), .statusConflict).count == 1)
    }

    @Test("a claim is about a day no later than its publication: 'operating' published in May contradicts 'completed' in June")
    func publicationBoundsTheClaim() {
        var f = Fixture()
        f.claim("o", "operational", "2021", "minvr", scope: "full", published: "2021-05-10")
        f.claim("l", "completed", "2021-06-01", "amurlife")
        #expect(only(f.analyse(), .statusConflict).map(\.claims) == [["o", "l"]])
        var g = Fixture()
        g.claim("o", "operational", "2021", "minvr", scope: "full")
        g.claim("l", "completed", "2021-06-01", "amurlife")
        #expect(g.analyse().discrepancies.isEmpty)
    }

    @Test("the claim the fewest drops are the contradicted side; on a tie the earlier claim")
    func contradictedSide() throws {
        var f = Fixture()
        f.claim("minec", "operational", "2021", "minvr", scope: "full")
        f.claim("rg", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("amur", "completed", "2021-10-14", "amur-gov")
        f.claim("c1", "operational", "2022-06-10", "amurlife", scope: "cargo")
        f.claim("c2", "operational", "2022-06-10", "xinhua", scope: "cargo")
        f.claim("c3", "operational", "2024-05-22", "minvr", scope: "cargo")
        let d = try #require(f.analyse().discrepancies.first)
        #expect(d.sides[0].claims == ["minec", "rg"])
        #expect(d.sides[1].claims == ["amur", "c1", "c2", "c3"])
        var g = Fixture()
        g.claim("x", "completed", "2010-08-31", "xinhua")
        g.claim("r", "agreed", "2011", "amurlife")
        #expect(try #require(g.analyse().discrepancies.first).sides.map(\.claims) == [["x"], ["r"]])
    }

    @Test("a story too large for the exact search (48 claims going up and down) still ends, leaving claims that can all be true")
    func largeStory() throws {
        var f = Fixture()
        for k in 0..<48 {
            let month = String(k % 12 + 1).count == 1 ? "0\(k % 12 + 1)" : "\(k % 12 + 1)"
            f.claim("c\(k)", k % 2 == 0 ? "completed" : "construction", "\(2000 + k / 12)-\(month)", k % 4 < 2 ? "minvr" : "amurlife")
        }
        let d = try #require(f.analyse().discrepancies.first)
        #expect(f.analyse().discrepancies.count == 1)
        #expect(d.sides[0].claims.count + d.sides[1].claims.count == 48)
        // What is kept can all be true: every kept "completed" comes after every kept "under construction".
        let kept = Set(d.sides[1].claims)
        let keptClaims = f.claims.filter { kept.contains($0.id) }
        let firstCompleted = keptClaims.filter { $0.status == .completed }.map(\.asOf.start).min()
        let lastConstruction = keptClaims.filter { $0.status == .construction }.map(\.asOf.start).max()
        if let a = firstCompleted, let b = lastConstruction { #expect(b < a) }
    }

    @Test("a source contradicting itself is named as such")
    func selfContradiction() throws {
        var f = Fixture()
        f.claim("a", "completed", "2020-05", "amurlife")
        f.claim("b", "construction", "2020-11", "amurlife")
        let d = try #require(only(f.analyse(), .regression).first)
        #expect(d.spans == ["within-source"])
        #expect(d.explanation == "Amur Life contradicts itself: Amur Life (2020-05) says completed but not in service; against that, Amur Life (2020-11) says under construction — a later account reports less, with no suspension or closure reported between.")
    }

    @Test("stale-official: the lag starts when local sources first report the other stage; the threshold is an option")
    func stale() throws {
        var f = Fixture()
        f.claim("o", "construction", "2017-01", "minvr")
        f.claim("l1", "construction", "2018", "amurlife")
        f.claim("l2", "completed", "2019-06", "amurlife")
        #expect(only(f.analyse(today: "2021-05-31"), .staleOfficial).isEmpty)
        let d = try #require(only(f.analyse(today: "2021-06-01"), .staleOfficial).first)
        #expect(d.from == day("2021-06-01") && d.severity == .major && d.ongoing)
        #expect(d.claims == ["o", "l2"])
        #expect(d.explanation == "No official source has changed its account since 2017-01 (Minvostokrazvitiya: under construction), 53 months, while local sources report completed but not in service (Amur Life, 2019-06).")
        #expect(only(f.analyse(today: "2021-06-01", stale: 36), .staleOfficial).isEmpty)
        // The local side agrees again: no lag.
        f.claim("l3", "construction", "2021-01", "amur-gov")
        #expect(only(f.analyse(today: "2021-06-01"), .staleOfficial).isEmpty)
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

    @Test("flag workflow: state folds from events; a resolved flag the new rules no longer raise is obsolete with its history")
    func flags() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-14", "amurlife")
        let id = try #require(only(f.analyse(), .statusConflict).first).id
        let t = Timestamp(parsing: "2026-01-01T00:00:00Z")!
        f.flags = [FlagEvent(seq: 1, discrepancy: id, project: "bridge", action: .ack, note: "checking", editor: "ann", at: t),
                   FlagEvent(seq: 2, discrepancy: id, project: "bridge", action: .resolve, verdict: .local, note: "no trucks", editor: "bo", at: t)]
        let d = try #require(f.analyse().discrepancies.first { $0.id == id })
        #expect(d.flag.state == .resolved && d.flag.verdict == .local && d.flag.lastEvent == 2)
        // The local claim was entered on the wrong project and is gone: the data no longer shows the story.
        f.claims.removeLast()
        let gone = try #require(f.analyse().discrepancies.first { $0.id == id })
        #expect(gone.flag.state == .obsolete && gone.flag.verdict == .local && gone.flag.note == "no trucks")
        #expect(gone.explanation == "Was resolved (verdict: local) by bo; the data no longer shows this discrepancy.")
        // A flag an editor acknowledged under the old rules (an id the new rules never make) is kept, obsolete.
        f.flags.append(FlagEvent(seq: 3, discrepancy: "os-b7479c7dd4", project: "bridge", action: .ack, note: "FTZ approved then launched",
                                 editor: "ann", at: t))
        let old = try #require(f.analyse().discrepancies.first { $0.id == "os-b7479c7dd4" })
        #expect(old.flag.state == .obsolete && old.kind == .officialSplit && !old.isOpen)
    }

    @Test("track record: verdict local makes the official claims lose")
    func trackRecord() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-14", "amurlife")
        let id = try #require(only(f.analyse(), .statusConflict).first).id
        f.flags = [FlagEvent(seq: 1, discrepancy: id, project: "bridge", action: .resolve, verdict: .local, note: "n", editor: "e",
                             at: Timestamp(parsing: "2026-01-01T00:00:00Z")!)]
        let records = Dictionary(uniqueKeysWithValues: f.analyse().trackRecord().map { ($0.source.id, $0) })
        #expect(records["rg"]?.lost == 1 && records["rg"]?.lossRate == 1)
        #expect(records["amurlife"]?.upheld == 1 && records["amurlife"]?.lost == 0)
        #expect(records["xinhua"]?.judged == 0 && records["xinhua"]?.lossRate == nil)
    }
}

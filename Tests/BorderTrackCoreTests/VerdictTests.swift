import BorderTrackCore
import Testing

/// A verdict names a party of what the discrepancy compares, and the track record blames exactly the
/// claims of the party it rejects.
@Suite("Verdicts and the track record")
struct VerdictTests {
    static let t = Timestamp(parsing: "2026-01-01T00:00:00Z")!

    /// The Russian ministry says the bridge operates for passengers and cargo; Xinhua, later, that it is only completed.
    static var crossBorder: Fixture {
        var f = Fixture()
        f.claim("ru", "operational", "2021-10-07", "minvr", scope: "full")
        f.claim("cn", "completed", "2021-10-20", "xinhua")
        return f
    }

    func resolved(_ f: inout Fixture, _ d: Discrepancy, _ verdict: Verdict) -> [String: SourceRecord] {
        f.flags = [FlagEvent(seq: 1, discrepancy: d.id, project: d.project, action: .resolve, verdict: verdict, note: "n", editor: "e", at: Self.t)]
        return Dictionary(uniqueKeysWithValues: f.analyse().trackRecord().map { ($0.source.id, $0) })
    }

    @Test("stored text: keywords, country:CC and source:id; anything else is not a verdict")
    func text() {
        for v in [Verdict.official, .local, .both, .neither, .country("RU"), .source("xinhua")] {
            #expect(Verdict(rawValue: v.rawValue) == v)
        }
        #expect(Verdict.country("CN").rawValue == "country:CN" && Verdict.country("CN").choice == "CN")
        #expect(Verdict.source("rg").rawValue == "source:rg" && Verdict.source("rg").choice == "rg")
        for bad in ["", "Official", "country:ru", "country:RUS", "source:", "source:Bad Id", "RU", "rg"] {
            #expect(Verdict(rawValue: bad) == nil, "\(bad)")
        }
    }

    @Test("the choices follow the kind: perspectives, countries, sources")
    func choices() throws {
        var sc = Fixture()
        sc.claim("o", "operational", "2021-10-07", "rg", scope: "full")
        sc.claim("l", "completed", "2021-10-14", "amurlife")
        #expect(try #require(sc.analyse().discrepancies.first).verdictChoices.map(\.choice) == ["official", "local", "both", "neither"])
        let d = try #require(Self.crossBorder.analyse().discrepancies.first)
        #expect(d.kind == .crossBorder && d.verdictChoices.map(\.choice) == ["RU", "CN", "both", "neither"])
        var os = Fixture()
        os.claim("r", "operational", "2021-10-07", "rg", scope: "full")
        os.claim("m", "construction", "2021-11-01", "minvr")
        let split = try #require(os.analyse().discrepancies.first)
        #expect(split.kind == .officialSplit && split.verdictChoices.map(\.choice) == ["rg", "minvr", "both", "neither"])
        #expect(Verdict.chosen("minvr", among: split.verdictChoices) == .source("minvr"))
        #expect(Verdict.chosen("local", among: split.verdictChoices) == nil)
        var own = Fixture()
        own.claim("a", "completed", "2020-05", "amurlife")
        own.claim("b", "construction", "2020-11", "amurlife")
        #expect(try #require(own.analyse().discrepancies.first).verdictChoices == [.both, .neither])
    }

    @Test("cross-border: the verdict for China's sources makes only the Russian claims lose")
    func country() throws {
        var f = Self.crossBorder
        let d = try #require(f.analyse().discrepancies.first)
        let r = resolved(&f, d, .country("CN"))
        #expect(r["minvr"]?.lost == 1 && r["minvr"]?.upheld == 0)
        #expect(r["xinhua"]?.lost == 0 && r["xinhua"]?.upheld == 1)
        #expect(r["amurlife"]?.judged == 0)
    }

    @Test("official split: the verdict for one source makes only the other lose")
    func source() throws {
        var f = Fixture()
        f.claim("r", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("m", "construction", "2021-11-01", "minvr")
        let d = try #require(f.analyse().discrepancies.first)
        let r = resolved(&f, d, .source("minvr"))
        #expect(r["rg"]?.lost == 1 && r["minvr"]?.upheld == 1 && r["minvr"]?.lost == 0)
    }

    /// Rossiyskaya Gazeta (official) says operating for all on 2021-10-07; Amur Life (local) says only completed a week later.
    static var statusConflict: Fixture {
        var f = Fixture()
        f.claim("o", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l", "completed", "2021-10-14", "amurlife")
        return f
    }

    func record(_ f: Fixture) -> [String: SourceRecord] {
        Dictionary(uniqueKeysWithValues: f.analyse().trackRecord().map { ($0.source.id, $0) })
    }

    @Test("status conflict: 'official' makes only the local claim lose; 'both' upholds every cited claim; 'neither' rejects them all")
    func officialBothNeither() throws {
        var f = Self.statusConflict
        let d = try #require(f.analyse().discrepancies.first)
        #expect(d.kind == .statusConflict && d.claims == ["o", "l"])
        let official = resolved(&f, d, .official)
        #expect(official["rg"].map { [$0.claims, $0.judged, $0.lost, $0.upheld] } == [1, 1, 0, 1])
        #expect(official["amurlife"].map { [$0.claims, $0.judged, $0.lost, $0.upheld] } == [1, 1, 1, 0])
        #expect(official["amurlife"]?.lossRate == 1.0 && official["rg"]?.lossRate == 0.0)
        let both = resolved(&f, d, .both)
        #expect(both["rg"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 0, 1])
        #expect(both["amurlife"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 0, 1])
        let neither = resolved(&f, d, .neither)
        #expect(neither["rg"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 1, 0])
        #expect(neither["amurlife"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 1, 0])
        // Sources the discrepancy does not cite are never judged, whatever the verdict.
        for r in [official, both, neither] {
            #expect(r["minvr"].map { [$0.claims, $0.judged, $0.lost, $0.upheld] } == [0, 0, 0, 0])
            #expect(r["minvr"]?.lossRate == nil)
        }
    }

    @Test("cross-border: 'both' and 'neither' judge the claims of both countries")
    func crossBorderBothNeither() throws {
        var f = Self.crossBorder
        let d = try #require(f.analyse().discrepancies.first)
        let both = resolved(&f, d, .both)
        #expect(both["minvr"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 0, 1] && both["xinhua"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 0, 1])
        let neither = resolved(&f, d, .neither)
        #expect(neither["minvr"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 1, 0] && neither["xinhua"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 1, 0])
    }

    @Test("reopen takes the verdict back: nobody is judged until it is resolved again, then by the new verdict")
    func reopen() throws {
        var f = Self.statusConflict
        let d = try #require(f.analyse().discrepancies.first)
        func event(_ seq: Int, _ action: FlagAction, _ verdict: Verdict? = nil) -> FlagEvent {
            FlagEvent(seq: seq, discrepancy: d.id, project: d.project, action: action, verdict: verdict, note: "n\(seq)", editor: "e", at: Self.t)
        }
        f.flags = [event(1, .resolve, .official)]
        #expect(record(f)["amurlife"]?.lost == 1)
        f.flags.append(event(2, .reopen))
        #expect(f.analyse().discrepancies.first?.flag.state == .open)
        #expect(record(f).values.allSatisfy { $0.judged == 0 && $0.lost == 0 && $0.upheld == 0 })
        f.flags.append(event(3, .resolve, .local))
        let again = record(f)
        #expect(again["rg"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 1, 0])
        #expect(again["amurlife"].map { [$0.judged, $0.lost, $0.upheld] } == [1, 0, 1])
        // An acknowledgement is not a verdict either.
        f.flags = [event(1, .ack)]
        #expect(record(f).values.allSatisfy { $0.judged == 0 })
    }

    @Test("a stored 'local' on a discrepancy with no local claims judges nobody (it used to blame both sides)")
    func legacy() throws {
        var f = Self.crossBorder
        let d = try #require(f.analyse().discrepancies.first)
        let r = resolved(&f, d, .local)
        #expect(r["minvr"]?.judged == 0 && r["xinhua"]?.judged == 0)
        // On a status conflict it keeps its meaning: the official claims lose.
        var g = Fixture()
        g.claim("o", "operational", "2021-10-07", "rg", scope: "full")
        g.claim("l", "completed", "2021-10-14", "amurlife")
        let sc = try #require(g.analyse().discrepancies.first)
        let q = resolved(&g, sc, .local)
        #expect(q["rg"]?.lost == 1 && q["amurlife"]?.upheld == 1)
        let n = resolved(&g, sc, .neither)
        #expect(n["rg"]?.lost == 1 && n["amurlife"]?.lost == 1)
    }
}

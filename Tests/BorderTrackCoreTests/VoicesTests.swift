import BorderTrackCore
import Testing

/// Independence of the voices behind claims: affiliation chains and secondary accounts (`via`) make one voice of
/// several sources, and explanations count corroboration in independent voices.
@Suite("Independent voices")
struct VoicesTests {
    static let sources: [String: Source] = {
        let list = [
            try! Source(id: "minvr", name: "Minvostokrazvitiya", tier: .federalOfficial, country: "RU"),
            try! Source(id: "tass", name: "TASS", tier: .stateMedia, country: "RU"),
            try! Source(id: "rg", name: "Rossiyskaya Gazeta", tier: .stateMedia, country: "RU"),
            try! Source(id: "amur-gov", name: "Amur Region government", tier: .regionalOfficial, country: "RU"),
            try! Source(id: "amurpravda", name: "Amurskaya Pravda", tier: .localMedia, country: "RU", affiliation: "amur-gov"),
            try! Source(id: "amurlife", name: "Amur Life", tier: .localMedia, country: "RU"),
            try! Source(id: "weekly", name: "Weekly", tier: .localMedia, country: "RU", affiliation: "amurpravda"),
            try! Source(id: "loop-a", name: "Loop A", tier: .business, affiliation: "loop-b"),
            try! Source(id: "loop-b", name: "Loop B", tier: .business, affiliation: "loop-a"),
            try! Source(id: "study", name: "The 2021 study", tier: .localMedia),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
    }()

    func claim(_ id: String, _ source: String, via: String? = nil, status: Status = .completed, asOf: String = "2021-10-07") -> Claim {
        try! Claim(id: id, project: "bridge", status: status, asOf: PartialDate(parsing: asOf), source: source, via: via)
    }

    @Test("two outlets repeating one ministry's release are two sources and one voice, whichever way it is recorded")
    func oneReleaseTwoOutlets() {
        // The ministry's claim known through each outlet…
        let relayed = [claim("a", "minvr", via: "tass"), claim("b", "minvr", via: "rg")]
        #expect(Voices(relayed, sources: Self.sources) == Voices(sources: 2, independent: 1))
        #expect(Voices(relayed, sources: Self.sources).phrase == "2 sources, 1 independent")
        // …or each outlet's report, known through the ministry's release.
        let reported = [claim("a", "tass", via: "minvr"), claim("b", "rg", via: "minvr")]
        #expect(Voices(reported, sources: Self.sources) == Voices(sources: 2, independent: 1))
        #expect(!Voices.independent(reported[0], reported[1], sources: Self.sources))
        // The outlets' own reporting is independent.
        let own = [claim("a", "tass"), claim("b", "rg")]
        #expect(Voices(own, sources: Self.sources) == Voices(sources: 2, independent: 2))
        #expect(Voices.independent(own[0], own[1], sources: Self.sources))
    }

    @Test("a regional newspaper repeating its founder is not an independent voice; another paper is")
    func newspaperAndFounder() {
        let claims = [claim("gov", "amur-gov"), claim("paper", "amurpravda"), claim("life", "amurlife")]
        #expect(Voices(claims, sources: Self.sources) == Voices(sources: 3, independent: 2))
        #expect(Voices(claims, sources: Self.sources).phrase == "3 sources, 2 independent")
        #expect(!Voices.independent(claims[0], claims[1], sources: Self.sources))
        #expect(Voices.independent(claims[1], claims[2], sources: Self.sources))
        // The chain goes all the way up: the founder's paper's own weekly is the founder's voice too.
        #expect(Voices.origin(of: "weekly", in: Self.sources) == "amur-gov")
        #expect(Voices([claim("w", "weekly"), claim("gov", "amur-gov")], sources: Self.sources).independent == 1)
    }

    @Test("claims known through one secondary account share it: a study citing two papers is one voice")
    func throughOneStudy() {
        let claims = [claim("a", "amurlife", via: "study"), claim("b", "amurpravda", via: "study"), claim("c", "rg")]
        #expect(Voices(claims, sources: Self.sources) == Voices(sources: 3, independent: 2))
        #expect(Voices.origins(of: claims[1], in: Self.sources) == ["amur-gov", "study"])
    }

    @Test("an affiliation cycle or an unknown affiliation ends the chain instead of looping")
    func cyclesEnd() {
        #expect(Voices.origin(of: "loop-a", in: Self.sources) == "loop-a" && Voices.origin(of: "loop-b", in: Self.sources) == "loop-a")
        #expect(Voices([claim("a", "loop-a"), claim("b", "loop-b")], sources: Self.sources).independent == 1)
        #expect(Voices.origin(of: "nobody", in: Self.sources) == "nobody")
        #expect(Voices([claim("a", "minvr")], sources: Self.sources).phrase == "1 source")
    }

    @Test("the discrepancy explanation counts independent voices and names the secondary account")
    func explanation() throws {
        var f = Fixture()
        f.sources += [
            try Source(id: "tass", name: "TASS", tier: .stateMedia, country: "RU"),
            try Source(id: "amurpravda", name: "Amurskaya Pravda", tier: .localMedia, country: "RU", affiliation: "amur-gov"),
            try Source(id: "study", name: "The 2021 study", tier: .localMedia),
        ]
        f.claims += [
            try Claim(id: "rg-1", project: "bridge", status: .operational, scope: .full, asOf: PartialDate(parsing: "2021-10-07"),
                      source: "minvr", via: "rg"),
            try Claim(id: "tass-1", project: "bridge", status: .operational, scope: .full, asOf: PartialDate(parsing: "2021-10-07"),
                      source: "minvr", via: "tass"),
            try Claim(id: "gov-1", project: "bridge", status: .completed, asOf: PartialDate(parsing: "2021-10-14"), source: "amur-gov"),
            try Claim(id: "ap-1", project: "bridge", status: .completed, asOf: PartialDate(parsing: "2021-10-14"), source: "amurpravda"),
            try Claim(id: "life-1", project: "bridge", status: .completed, asOf: PartialDate(parsing: "2021-10-15"), source: "amurlife",
                      via: "study"),
        ]
        let all = f.analyse(today: "2022-01-01").discrepancies
        let d = try #require(all.first)
        #expect(all.count == 1)
        #expect(d.explanation.contains("Minvostokrazvitiya (2021-10-07, via Rossiyskaya Gazeta) and Minvostokrazvitiya (2021-10-07, via TASS) say operating for passengers and cargo (2 sources, 1 independent)"), "\(d.explanation)")
        #expect(d.explanation.contains("Amur Life (2021-10-15, via The 2021 study) say completed but not in service (3 sources, 2 independent)"), "\(d.explanation)")
    }
}

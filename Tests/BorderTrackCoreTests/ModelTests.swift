import BorderTrackCore
import Testing

@Suite("Model validation")
struct ModelTests {
    @Test("status ranks follow the lifecycle; suspended and cancelled are off it")
    func ranks() {
        #expect(Status.allCases.compactMap(\.rank) == [0, 1, 2, 3, 4])
        #expect(Status.suspended.rank == nil && Status.cancelled.rank == nil)
        #expect(Status.proposed < Status.operational)
    }

    @Test("a source's perspective defaults from its tier and can be overridden")
    func perspective() throws {
        #expect(try Source(id: "rg", name: "RG", tier: .stateMedia).perspective == .official)
        #expect(try Source(id: "amur", name: "Amur", tier: .regionalOfficial).perspective == .local)
        #expect(try Source(id: "amur", name: "Amur", tier: .regionalOfficial, perspective: .official).perspective == .official)
        for tier in SourceTier.allCases {
            let expected: Perspective = [.federalOfficial, .stateMedia, .foreignOfficial].contains(tier) ? .official : .local
            #expect(tier.defaultPerspective == expected)
        }
    }

    @Test("invalid values are typed errors naming field, value and expectation")
    func errors() {
        #expect(throws: ModelError.self) { try Source(id: "Bad Id", name: "x", tier: .field) }
        do {
            _ = try Source(id: "ok", name: "x", tier: "ministry", country: nil, url: nil, perspective: nil)
            Issue.record("accepted an unknown tier")
        } catch {
            #expect(error.field == "tier" && error.value == "ministry")
            #expect(error.expected.contains("federal-official"))
        }
        do {
            _ = try Source(id: "ok", name: "x", tier: .field, country: "ru")
            Issue.record("accepted a lowercase country")
        } catch { #expect(error.field == "country") }
        #expect(throws: ModelError.missing(field: "names.en")) { try Names(en: "  ") }
        #expect(throws: ModelError.self) { try Location(lat: 91, lon: 0) }
        #expect(throws: ModelError.self) { try Location(lat: .nan, lon: 0) }
    }

    @Test("claims: scope only with operational; published not before asOf; derived ids are stable")
    func claims() throws {
        #expect(throws: ModelError.self) {
            try Claim(id: nil, project: "p", status: "construction", scope: "cargo", asOf: "2021", published: nil, source: "s", url: nil, quote: nil)
        }
        #expect(throws: ModelError.self) {
            try Claim(id: nil, project: "p", status: "operational", scope: nil, asOf: "2021-10", published: "2021-09", source: "s", url: nil, quote: nil)
        }
        let a = try Claim(id: nil, project: "p", status: "operational", scope: "full", asOf: "2021-10", published: "2021-10-07", source: "s", url: nil, quote: "q")
        let b = try Claim(id: "", project: "p", status: "operational", scope: "full", asOf: "2021-10", published: "2021-10-07", source: "s", url: nil, quote: "q")
        #expect(a.id == b.id && a.id.hasPrefix("c-") && a.id.count == 18)
        let c = try Claim(id: nil, project: "p", status: "operational", scope: "full", asOf: "2021-10", published: "2021-10-07", source: "s", url: nil, quote: "q2")
        #expect(c.id != a.id)
        do {
            _ = try Claim(id: nil, project: "p", status: "opened", scope: nil, asOf: "2021", published: nil, source: "s", url: nil, quote: nil)
            Issue.record("accepted unknown status")
        } catch {
            #expect(error.message == "field \"status\": \"opened\" is not valid; expected one of proposed, agreed, construction, completed, operational, suspended, cancelled")
        }
    }

    @Test("stable hash is FNV-1a and does not depend on the run")
    func stableHash() {
        #expect(StableHash.of([]) == "cbf29ce484222325")
        #expect(StableHash.of(["ab", "c"]) != StableHash.of(["a", "bc"]))
        #expect(StableHash.of(["x"], digits: 10).count == 10)
    }
}

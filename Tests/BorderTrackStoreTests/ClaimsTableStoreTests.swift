import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import Foundation
import Testing
#if Postgres
import BorderTrackPostgres
#endif

/// The claims table read from the store (`ClaimsTable`) on every engine: the same rows, order, counts and
/// frequencies as the same query applied in memory to every claim, withdrawn claims left out.
@Suite("Claims table in the store")
struct ClaimsTableStoreTests {
    static let json = """
    {"format": "bordertrack/1",
     "sources": [{"id": "xinhua", "name": "Xinhua", "tier": "state-media", "country": "CN"},
                 {"id": "amur-gov", "name": "Government of the Amur Region", "tier": "regional-official", "country": "RU"},
                 {"id": "amurpravda", "name": "Амурская правда", "tier": "local-media", "country": "RU", "affiliation": "amur-gov"},
                 {"id": "study", "name": "The 2021 study", "tier": "local-media"}],
     "projects": [{"id": "br", "kind": "bridge", "names": {"en": "Bridge"}, "countries": ["RU", "CN"],
       "claims": [{"id": "c1", "status": "completed", "asOf": "2019-11-28", "source": "amurpravda", "quote": "Долгая дорога в Китай",
                   "quoteLang": "ru", "via": "study", "recorded": "2026-11-20T10:00:00Z", "editor": "Аня"},
                  {"id": "c2", "status": "operational", "asOf": "2021", "published": "2021-06", "source": "amur-gov", "via": "study",
                   "recorded": "2026-11-21T10:00:00Z", "editor": "ann"},
                  {"id": "c3", "status": "construction", "asOf": "2018", "source": "xinhua", "quote": "黑河大桥", "quoteLang": "zh",
                   "recorded": "2026-11-21T10:00:00Z", "editor": "bo"},
                  {"id": "c4", "status": "proposed", "asOf": "2009", "source": "amur-gov", "recorded": "2026-11-22T10:00:00Z", "editor": "ann"}]},
      {"id": "rail", "kind": "rail", "names": {"en": "Rail"}, "countries": ["RU", "CN"],
       "claims": [{"id": "r1", "status": "construction", "asOf": "2018-03", "source": "xinhua", "recorded": "2026-11-22T11:00:00Z", "editor": "bo"},
                  {"id": "r2", "status": "completed", "asOf": "2018-03-15~", "source": "xinhua", "supersedes": "r1",
                   "recorded": "2026-11-23T11:00:00Z", "editor": "bo"},
                  {"id": "r3", "status": "agreed", "asOf": "2008-10", "published": "2008-10-14", "source": "amurpravda",
                   "recorded": "2026-11-23T11:00:00Z", "editor": "Аня"}]}]}
    """

    /// A tracker with the claims above, one more claim withdrawn, and every claim as a table row in memory.
    func loaded(_ engine: Engine) throws -> (any ClaimsTable, [ClaimRow]) {
        let store = try engine.make()
        _ = try store.importBatch(DatasetJSON.decode(Array(Self.json.utf8), file: "c.json"), editor: "ann")
        _ = try store.addClaim(try Claim(id: "w1", project: "rail", status: .cancelled, asOf: PartialDate(parsing: "2020"), source: "xinhua"), editor: "ann")
        try store.withdraw(.claim, id: "w1", reason: "recorded in error", editor: "ann")
        let table = try #require(store as? any ClaimsTable)
        let claims = try store.claims(project: nil)
        let tiers = Dictionary(uniqueKeysWithValues: try store.sources().map { ($0.id, $0.tier) })
        let superseded = Set(claims.compactMap(\.supersedes))
        return (table, claims.map { ClaimRow(claim: $0, tier: tiers[$0.source], state: superseded.contains($0.id) ? .superseded : .current) })
    }

    static var queries: [ClaimsQuery] {
        var out: [ClaimsQuery] = []
        for sort in ClaimColumn.sortable {
            for descending in [false, true] { var q = ClaimsQuery(); q.sort = sort; q.descending = descending; out.append(q) }
        }
        func q(_ f: (inout ClaimsQuery) -> Void) -> ClaimsQuery { var q = ClaimsQuery(); f(&q); return q }
        let day = { (s: String) in try! PartialDate(parsing: s) }
        out += [q { $0.sources = ["xinhua"] }, q { $0.tiers = [.localMedia] }, q { $0.statuses = [.completed, .agreed] },
                q { $0.projects = ["rail"] }, q { $0.editors = ["Аня"] }, q { $0.vias = [""] }, q { $0.vias = ["study"] },
                q { $0.langs = ["zh", "ru"] }, q { $0.states = [.superseded] }, q { $0.states = [.current] },
                q { $0.asOf = ClaimDateRange(from: day("2018-03").start, to: day("2018-03").end) },
                q { $0.asOf = ClaimDateRange(from: day("2018").start, to: nil) },
                q { $0.published = ClaimDateRange(from: nil, to: day("2021-06-30").end) },
                q { $0.recorded = ClaimDateRange(from: day("2026-11-21").start, to: day("2026-11-22").end) },
                q { $0.words = ["дорога"] }, q { $0.words = ["xinhua", "r"] }, q { $0.words = ["黑河"] },
                // Capitals in Cyrillic ("Долгая", editor "Аня") fold on both engines, whatever the server's locale.
                q { $0.words = ["долгая"] }, q { $0.words = ["аня"] },
                q { $0.sources = ["xinhua"]; $0.sort = .asOf; $0.descending = true }]
        return out
    }

    @Test("pages, counts and frequencies equal the in-memory query's, for every sort and filter", arguments: Engine.allCases)
    func agreesWithMemory(_ engine: Engine) throws {
        let (table, rows) = try loaded(engine)
        #expect(rows.count == 7)  // the withdrawn claim is not among them
        for q in Self.queries {
            let expected = q.apply(rows)
            #expect(try table.claimsCount(q) == expected.count, "\(q)")
            #expect(try table.claimsPage(q, offset: 0, limit: 100) == expected, "\(q)")
            #expect(try table.claimsPage(q, offset: 2, limit: 3) == Array(expected.dropFirst(2).prefix(3)), "\(q)")
            // By key from a known row, either way.
            if expected.count >= 3 {
                #expect(try table.claimsPage(q, from: expected[0], before: false, limit: 2) == Array(expected[1...2]), "\(q)")
                #expect(try table.claimsPage(q, from: expected[2], before: true, limit: 5) == Array(expected[0...1]), "\(q)")
            }
            for column in ClaimColumn.allCases {
                #expect(try table.claimsFrequency(q, column: column) == q.frequency(of: column, in: rows), "\(column) \(q)")
            }
        }
        #expect(try table.claimsCount(ClaimsQuery()) == 7)
        var superseded = ClaimsQuery(); superseded.states = [.superseded]
        #expect(try table.claimsPage(superseded, offset: 0, limit: 10).map(\.claim.id) == ["r1"])
        #expect(try table.claimsFrequency(ClaimsQuery(), column: .tier).first == ClaimFrequency(value: "state-media", count: 3))
    }
}

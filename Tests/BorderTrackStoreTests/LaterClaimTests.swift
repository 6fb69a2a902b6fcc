import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation
import Testing

/// A claim about a date after today (by the store's clock, 2026-11-23 here) and a day of tolerance is a plan:
/// every engine refuses it, one at a time and in imports (JSON and CSV), and writes nothing.
@Suite("Claims about a later date")
struct LaterClaimTests {
    static let expected = "a date that has begun by 2026-11-24 (today in UTC, and a day of tolerance): a statement about a later date is a plan, not a claim — record it as a deadline"

    @Test("addClaim refuses an asOf starting after the day after today; the day after itself and this month are accepted",
          arguments: Engine.allCases)
    func addClaim(_ engine: Engine) throws {
        let store = try loaded(engine)
        let later = try Claim(id: "c9", project: "bridge", status: .completed, asOf: try PartialDate(parsing: "2026-11-25"), source: "rg")
        #expect(throws: StoreError.invalid("field \"asOf\": \"2026-11-25\" is not valid; expected \(Self.expected)")) {
            try store.addClaim(later, editor: "ann")
        }
        #expect(try store.claims(project: "bridge").map(\.id) == ["c1", "c2"])
        for (id, asOf) in [("c10", "2026-11-24"), ("c11", "2026-11"), ("c12", "2026")] {
            let ok = try Claim(id: id, project: "bridge", status: .completed, asOf: try PartialDate(parsing: asOf), source: "rg")
            #expect(try store.addClaim(ok, editor: "ann").id == id)
        }
    }

    @Test("an import with a claim about a later date names the place and the field; nothing is written", arguments: Engine.allCases)
    func importRefused(_ engine: Engine) throws {
        let store = try loaded(engine)
        let before = DatasetJSON.encode(try store.dataset())
        var batch = DatasetJSON.decode(Array("""
        {"format": "bordertrack/1",
         "projects": [{"id": "p2", "kind": "rail", "names": {"en": "P2"},
           "claims": [{"id": "ok", "status": "proposed", "asOf": "2026-11-24", "source": "rg"},
                      {"id": "plan", "status": "operational", "asOf": "2031-01-01", "source": "rg"}]}]}
        """.utf8), file: "later.json")
        batch.append(DatasetCSV.decode(Array("""
        project,status,scope,as_of,published,source,url,quote
        bridge,completed,,2026-12,,amurlife,,
        bridge,completed,,2026-11-20,,amurlife,,

        """.utf8), file: "claims.csv").batch)
        do {
            _ = try store.importBatch(batch, editor: "ann")
            Issue.record("an import of claims about later dates succeeded")
        } catch let StoreError.importRejected(failure) {
            #expect(failure.issues.map(\.description) == [
                "later.json at $.projects[0].claims[1]: field \"asOf\": \"2031-01-01\" is not valid; expected \(Self.expected)",
                "claims.csv:2: field \"as_of\": \"2026-12\" is not valid; expected \(Self.expected)",
            ])
        }
        #expect(DatasetJSON.encode(try store.dataset()) == before)
    }
}

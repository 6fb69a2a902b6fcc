import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation
import Testing

/// Issue 16, item 12: an import's corrections follow the rule `claim add` applies, against the stored claims too,
/// on every engine.
@Suite("Corrections on import")
struct SupersedesImportTests {
    func rejected(_ store: any TrackerStore, _ claims: String) throws -> [String] {
        let batch = DatasetJSON.decode(Array("""
        {"format": "bordertrack/1", "sources": [],
         "projects": [{"id": "road", "kind": "road", "names": {"en": "Road"}, "claims": [\(claims)]}]}
        """.utf8), file: "b.json")
        let before = DatasetJSON.encode(try store.dataset())
        do {
            _ = try store.importBatch(batch, editor: "ann")
            return []
        } catch let StoreError.importRejected(failure) {
            #expect(DatasetJSON.encode(try store.dataset()) == before, "a rejected import changed the tracker")
            return failure.issues.map(\.description)
        }
    }

    @Test("stored claims: already corrected, withdrawn, or of another project", arguments: Engine.allCases)
    func stored(_ engine: Engine) throws {
        let store = try loaded(engine)
        _ = try store.addClaim(try Claim(id: "c3", project: "bridge", status: .operational, asOf: try PartialDate(parsing: "2022"),
                                         source: "rg", supersedes: "c2"), editor: "ann")
        _ = try store.withdraw(.claim, id: "c1", reason: "typo", editor: "ann")
        #expect(try rejected(store, #"{"id": "r1", "status": "proposed", "asOf": "2020", "source": "rg", "supersedes": "c2"}"#) == [
            #"b.json at $.projects[0].claims[0]: field "supersedes": claim "c2" was already superseded by "c3"; correct that one instead"#,
        ])
        #expect(try rejected(store, #"{"id": "r1", "status": "proposed", "asOf": "2020", "source": "rg", "supersedes": "c1"}"#) == [
            #"b.json at $.projects[0].claims[0]: field "supersedes": claim "c1" was withdrawn; expected a claim that still counts (record a new claim instead)"#,
        ])
        #expect(try rejected(store, #"{"id": "r1", "status": "proposed", "asOf": "2020", "source": "rg", "supersedes": "c3"}"#) == [
            #"b.json at $.projects[0].claims[0]: field "supersedes": claim "c3" belongs to project "bridge", not "road"; a correction must be about the same project"#,
        ])
    }

    @Test("in the batch: itself, a cycle, a fork; a chain is fine", arguments: Engine.allCases)
    func inBatch(_ engine: Engine) throws {
        let store = try loaded(engine)
        #expect(try rejected(store, """
            {"id": "a", "status": "proposed", "asOf": "2020", "source": "rg", "supersedes": "a"},
            {"id": "b", "status": "proposed", "asOf": "2020", "source": "rg", "supersedes": "d"},
            {"id": "d", "status": "agreed", "asOf": "2021", "source": "rg", "supersedes": "b"},
            {"id": "e", "status": "proposed", "asOf": "2020", "source": "rg"},
            {"id": "f", "status": "agreed", "asOf": "2021", "source": "rg", "supersedes": "e"},
            {"id": "g", "status": "agreed", "asOf": "2021", "source": "rg", "supersedes": "e"}
            """) == [
            #"b.json at $.projects[0].claims[0]: field "supersedes": claim "a" supersedes itself; expected the id of an earlier claim it corrects"#,
            #"b.json at $.projects[0].claims[1]: field "supersedes": claims "b" → "d" → "b" supersede each other in a cycle; a correction must supersede an earlier claim, so one of them must not name the other"#,
            #"b.json at $.projects[0].claims[5]: field "supersedes": claim "e" is already superseded by "f" in this import; a claim is corrected once — correct "f" instead"#,
        ])
        #expect(try rejected(store, """
            {"id": "x1", "status": "proposed", "asOf": "2020", "source": "rg"},
            {"id": "x2", "status": "agreed", "asOf": "2021", "source": "rg", "supersedes": "x1"},
            {"id": "x3", "status": "construction", "asOf": "2022", "source": "rg", "supersedes": "x2"}
            """) == [])
    }
}

import BorderTrackCore
import BorderTrackFormats
@testable import BorderTrackSQLite
@testable import BorderTrackStore
import Foundation
import Testing
#if Postgres
import BorderTrackPostgres
import BorderTrackTestSupport
#endif

/// Claim attribution (quote language, translation, note, `via`) and source affiliation through the store
/// contract, on every engine: stored and read back, exported and imported again byte for byte, copied whole,
/// checked on every write, and kept when an undo would orphan them.
@Suite("Claim attribution in the store")
struct AttributionStoreTests {
    static let json = """
    {"format": "bordertrack/1",
     "sources": [{"id": "amur-gov", "name": "Government of the Amur Region", "tier": "regional-official", "country": "RU"},
                 {"id": "amurpravda", "name": "Амурская правда", "tier": "local-media", "country": "RU", "affiliation": "amur-gov"},
                 {"id": "study", "name": "The 2021 study", "tier": "local-media"}],
     "projects": [{"id": "br", "kind": "bridge", "names": {"en": "Bridge"}, "countries": ["RU", "CN"],
       "claims": [{"id": "c1", "status": "completed", "asOf": "2019-11-28", "source": "amurpravda",
                   "quote": "Долгая дорога в Китай", "quoteLang": "ru", "translation": "The Long Road to China",
                   "note": "Title only", "via": "study"},
                  {"id": "c2", "status": "operational", "scope": "full", "asOf": "2021", "source": "amur-gov",
                   "note": "=the study's paraphrase", "via": "study"},
                  {"id": "c3", "status": "construction", "asOf": "2018", "source": "amur-gov", "quote": "黑河大桥", "quoteLang": "zh"},
                  {"id": "c4", "status": "proposed", "asOf": "2009", "source": "amur-gov"}]}]}
    """

    func loadedAttributed(_ engine: Engine) throws -> any TrackerStore {
        let store = try engine.make()
        _ = try store.importBatch(DatasetJSON.decode(Array(Self.json.utf8), file: "a.json"), editor: "ann")
        return store
    }

    func expectIntact(_ store: any TrackerStore) throws {
        let v = try store.verifyAudit()
        #expect(v.isIntact, "\(v.problem ?? "")")
    }

    @Test("stored, read back, exported (JSON and CSV) and imported again, copied whole; the chain verifies", arguments: Engine.allCases)
    func roundTrip(_ engine: Engine) throws {
        let store = try loadedAttributed(engine)
        let expected = DatasetJSON.decode(Array(Self.json.utf8), file: "a.json").dataset
        #expect(try store.sources().sorted { $0.id < $1.id } == expected.sources.sorted { $0.id < $1.id })
        func attribution(_ c: [Claim]) -> [[String?]] { c.map { [$0.id, $0.quote, $0.quoteLang, $0.translation, $0.note, $0.via] } }
        #expect(attribution(try store.claims(project: nil)) == attribution(expected.claims))
        #expect(try store.claims(project: nil).map(\.via) == ["study", "study", nil, nil])
        try expectIntact(store)
        let data = try store.dataset()
        let json = DatasetJSON.encode(data)
        let copy = try engine.make()
        _ = try copy.importBatch(DatasetJSON.decode(Array(json.utf8), file: "export.json"), editor: "cy")
        #expect(DatasetJSON.encode(try copy.dataset()) == json)
        try expectIntact(copy)
        let csvCopy = try engine.make()
        var batch = ImportBatch()
        for table in CSVTable.allCases { batch.append(DatasetCSV.decode(Array(DatasetCSV.encode(table, of: data).utf8), file: "\(table).csv").batch) }
        _ = try csvCopy.importBatch(batch, editor: "cy")
        #expect(try csvCopy.dataset() == data)
        for table in CSVTable.allCases {
            #expect(DatasetCSV.encode(table, of: try csvCopy.dataset()) == DatasetCSV.encode(table, of: data))
        }
        try StoreExpectations.copiesWhole(store, into: try engine.make(), data: data)
    }

    @Test("single writes check via and affiliation against the stored sources", arguments: Engine.allCases)
    func writes(_ engine: Engine) throws {
        let store = try loadedAttributed(engine)
        let viaUnknown = try Claim(id: "w1", project: "br", status: .completed, asOf: PartialDate(parsing: "2020"), source: "amur-gov",
                                   via: "nobody")
        #expect(refusal { try store.addClaim(viaUnknown, editor: "bo") } == WriteRefusal.unknownVia("nobody"))
        let orphan = try Source(id: "paper", name: "Paper", tier: .localMedia, affiliation: "nobody")
        #expect(refusal { try store.addSource(orphan, editor: "bo") } == WriteRefusal.unknownAffiliation("nobody"))
        let paper = try Source(id: "paper", name: "Paper", tier: .localMedia, country: "RU", affiliation: "amurpravda")
        try store.addSource(paper, editor: "bo")
        let viaPaper = try Claim(id: "w2", project: "br", status: .completed, asOf: PartialDate(parsing: "2020"), source: "amur-gov",
                                 translation: "Works finished", via: "paper")
        try store.addClaim(viaPaper, editor: "bo")
        let back = try store.claims(project: "br").first { $0.id == "w2" }
        #expect(back?.via == "paper" && back?.translation == "Works finished")
        #expect(try store.sources().first { $0.id == "paper" }?.affiliation == "amurpravda")
        try expectIntact(store)
    }

    @Test("a source named only as via or affiliation cannot be removed by undo", arguments: Engine.allCases)
    func undoKeepsReferences(_ engine: Engine) throws {
        let store = try loadedAttributed(engine)
        try store.addSource(try Source(id: "founder", name: "Founder", tier: .regionalOfficial, country: "RU"), editor: "bo")
        try store.addSource(try Source(id: "paper", name: "Paper", tier: .localMedia, country: "RU", affiliation: "founder"), editor: "cy")
        try store.addClaim(try Claim(id: "w3", project: "br", status: .completed, asOf: PartialDate(parsing: "2020"),
                                     source: "amur-gov", via: "paper"), editor: "cy")
        // Undoing cy's claim withdraws it; a withdrawn claim still names "paper" as via, so the source stays.
        _ = try store.undoLast(editor: "cy", expected: nil)
        let paperUndo = refusal { _ = try store.undoLast(editor: "cy", expected: nil) }
        #expect(paperUndo == .conflict("source \"paper\" is cited by 1 claims, plans or sources (as source, via or affiliation; withdrawn ones included); a source in use cannot be removed"))
        let founderUndo = refusal { _ = try store.undoLast(editor: "bo", expected: nil) }
        #expect(founderUndo == .conflict("source \"founder\" is cited by 1 claims, plans or sources (as source, via or affiliation; withdrawn ones included); a source in use cannot be removed"))
    }

    @Test("a tracker made before attribution opens, gains the columns, verifies and takes quotes with translations")
    func migration() throws {
        let dir = Scratch.path("bt-attribution").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/old.sqlite"
        do {
            // A tracker as the code before v9 left it: the same rows (claims and sources without the new fields have
            // the canonical bytes they had) and no attribution columns.
            let store = try SQLiteStore.open(path: path)
            _ = try store.importBatch(DatasetJSON.decode(Array(sampleJSON.utf8), file: "s.json"), editor: "ann")
            try store.executeForTesting(SQLiteStore.droppingAttributionForTesting + "PRAGMA user_version = 8;")
        }
        #expect(throws: StoreError.readOnly("\(path) needs its tables upgraded (v9: claim attribution); open it once without --read-only")) {
            try SQLiteStore.open(path: path, readOnly: true)
        }
        let store = try SQLiteStore.open(path: path)
        try expectIntact(store)
        #expect(try store.claims(project: nil).map(\.via) == [nil, nil])
        try StoreExpectations.takesAttribution(store)
        for sql in ["UPDATE claim SET note = 'x' WHERE id = 'c1'", "DELETE FROM claim WHERE id = 'c4'"] {
            #expect(throws: (any Error).self) { try store.executeForTesting(sql) }
        }
    }
}

extension SQLiteStore {
    /// SQL that takes a tracker back to before migration v9 (no attribution columns, v9 not recorded), for tests.
    static let droppingAttributionForTesting = """
        ALTER TABLE source DROP COLUMN affiliation;
        ALTER TABLE claim DROP COLUMN quote_lang;
        ALTER TABLE claim DROP COLUMN translation;
        ALTER TABLE claim DROP COLUMN note;
        ALTER TABLE claim DROP COLUMN via;
        ALTER TABLE summary DROP COLUMN oc_quote_lang;
        ALTER TABLE summary DROP COLUMN oc_translation;
        ALTER TABLE summary DROP COLUMN oc_note;
        ALTER TABLE summary DROP COLUMN oc_via;
        ALTER TABLE summary DROP COLUMN lc_quote_lang;
        ALTER TABLE summary DROP COLUMN lc_translation;
        ALTER TABLE summary DROP COLUMN lc_note;
        ALTER TABLE summary DROP COLUMN lc_via;
        DELETE FROM grdb_migrations WHERE identifier = 'v9: claim attribution';

        """
}

#if Postgres
extension AttributionStoreTests {
    @Test("PostgreSQL: a tracker made before attribution is migrated on open, verifies and takes the new fields",
          .enabled(if: PostgresFixture.baseURL != nil))
    func postgresMigration() throws {
        let url = try PostgresFixture.freshURL()
        do {
            let store = try PostgresStore.open(url: url)
            _ = try store.importBatch(DatasetJSON.decode(Array(sampleJSON.utf8), file: "s.json"), editor: "ann")
            for column in ["quote_lang", "translation", "note", "via"] { try store.executeForTesting("ALTER TABLE claim DROP COLUMN \(column)") }
            try store.executeForTesting("ALTER TABLE source DROP COLUMN affiliation")
            try store.executeForTesting("DELETE FROM bordertrack_migrations WHERE name = 'v7: claim attribution'")
        }
        #expect(throws: StoreError.self) { try PostgresStore.open(url: url, readOnly: true) }
        let store = try PostgresStore.open(url: url)
        try expectIntact(store)
        #expect(try store.claims(project: nil).map(\.via) == [nil, nil])
        try StoreExpectations.takesAttribution(store)
    }
}
#endif

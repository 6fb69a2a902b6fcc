import BorderTrackCore
import BorderTrackFormats
@testable import BorderTrackSQLite
@testable import BorderTrackStore
import Foundation
import Testing
#if Postgres
@testable import BorderTrackPostgres
import BorderTrackTestSupport
#endif

/// Sections and scopes by kind through the store contract, on every engine: stored and read back, exported and
/// imported again, checked on import and on every write, and kept valid when a project is edited or an edit undone.
@Suite("Sections and scopes by kind in the store")
struct SectionStoreTests {
    func date(_ s: String) throws -> PartialDate { try PartialDate(parsing: s) }

    func expectIntact(_ store: any TrackerStore) throws {
        let v = try store.verifyAudit()
        #expect(v.isIntact, "\(v.problem ?? "")")
    }

    /// The sample (a bridge, RU and CN) plus a pipeline and claims about one section of each.
    func sectioned(_ engine: Engine) throws -> any TrackerStore {
        let store = try loaded(engine)
        let batch = DatasetJSON.decode(Array("""
            {"format": "bordertrack/1", "sources": [],
             "projects": [{"id": "pipe", "kind": "pipeline", "names": {"en": "Pipe"}, "countries": ["RU", "CN"],
               "claims": [{"id": "p1", "status": "construction", "asOf": "2019", "source": "rg", "section": "CN"}]}]}
            """.utf8), file: "more.json")
        let more = try ImportBatch.merged(batch, DatasetCSV.decode(Array("""
            id,project,status,scope,as_of,source,section\r
            s1,bridge,operational,cargo,2022-03,amurlife,RU\r
            s2,bridge,construction,,2020,rg,CN\r
            """.utf8), file: "more.csv").batch)
        _ = try store.importBatch(more, editor: "bo")
        return store
    }

    @Test("sections are stored, read back, exported and imported again with the same content; the chain verifies", arguments: Engine.allCases)
    func roundTrip(_ engine: Engine) throws {
        let store = try sectioned(engine)
        let claims = try store.claims(project: nil)
        #expect(claims.map(\.id) == ["c1", "c2", "p1", "s1", "s2"])
        #expect(claims.map(\.section) == [nil, nil, "CN", "RU", "CN"])
        try expectIntact(store)
        let data = try store.dataset()
        // JSON: export, import into a fresh tracker, the same content.
        let copy = try engine.make()
        _ = try copy.importBatch(DatasetJSON.decode(Array(DatasetJSON.encode(data).utf8), file: "export.json"), editor: "cy")
        // (JSON groups claims by project: the same content, in the export's order.)
        #expect(DatasetJSON.encode(try copy.dataset()) == DatasetJSON.encode(data))
        #expect(Set(try copy.claims(project: nil)) == Set(data.claims))
        try expectIntact(copy)
        // CSV: every table, loaded in order.
        let csvCopy = try engine.make()
        var batch = ImportBatch()
        for table in CSVTable.allCases { batch.append(DatasetCSV.decode(Array(DatasetCSV.encode(table, of: data).utf8), file: "\(table).csv").batch) }
        _ = try csvCopy.importBatch(batch, editor: "cy")
        #expect(try csvCopy.dataset() == data)
        // A copy of everything (snapshot) keeps them too.
        let snap = try engine.make()
        try StoreExpectations.copiesWhole(store, into: snap, data: data)
        #expect(try snap.claims(project: nil).map(\.section) == [nil, nil, "CN", "RU", "CN"])
    }

    @Test("an import with a refused scope or section changes nothing: JSON paths and CSV lines, stored projects too", arguments: Engine.allCases)
    func importRefused(_ engine: Engine) throws {
        let store = try sectioned(engine)
        let before = try store.exportAll()
        // Claims about stored projects (a pipeline and the bridge), from a CSV file.
        let csv = DatasetCSV.decode(Array("""
            project,status,scope,as_of,source,section\r
            bridge,operational,full,2023,rg,\r
            pipe,operational,cargo,2023,rg,\r
            bridge,completed,,2023,rg,KZ\r
            """.utf8), file: "claims.csv").batch
        #expect(throws: StoreError.importRejected(ImportFailure(issues: [
            ImportIssue(origin: Origin(file: "claims.csv", location: "line 3"), field: "scope", value: "cargo",
                        message: "field \"scope\": \"cargo\" is not valid; expected no scope on a pipeline project: passenger, cargo and full apply only to bridge, rail, road, border-crossing"),
            ImportIssue(origin: Origin(file: "claims.csv", location: "line 4"), field: "section", value: "KZ",
                        message: "field \"section\": \"KZ\" is not valid; expected one of the project's countries (RU, CN)"),
        ]))) { try store.importBatch(csv, editor: "cy") }
        // A project and its claims in the same JSON file.
        let json = DatasetJSON.decode(Array("""
            {"format": "bordertrack/1", "sources": [],
             "projects": [{"id": "zone", "kind": "ftz", "names": {"en": "Zone"}, "countries": ["CN"],
               "claims": [{"status": "operational", "asOf": "2020", "source": "rg", "section": "CN"},
                          {"status": "operational", "scope": "passenger", "asOf": "2021", "source": "rg", "section": "RU"}]}]}
            """.utf8), file: "zone.json")
        do {
            _ = try store.importBatch(json, editor: "cy")
            Issue.record("the import was accepted")
        } catch StoreError.importRejected(let failure) {
            #expect(failure.issues.map(\.description) == [
                "zone.json at $.projects[0].claims[1]: field \"scope\": \"passenger\" is not valid; expected no scope on a ftz project: passenger, cargo and full apply only to bridge, rail, road, border-crossing",
            ])
        }
        let onlySection = DatasetJSON.decode(Array("""
            {"format": "bordertrack/1", "sources": [],
             "projects": [{"id": "zone", "kind": "ftz", "names": {"en": "Zone"}, "countries": ["CN"],
               "claims": [{"status": "operational", "asOf": "2021", "source": "rg", "section": "RU"}]}]}
            """.utf8), file: "zone.json")
        #expect(throws: StoreError.importRejected(ImportFailure(issues: [
            ImportIssue(origin: Origin(file: "zone.json", location: "$.projects[0].claims[0]"), field: "section", value: "RU",
                        message: "field \"section\": \"RU\" is not valid; expected one of the project's countries (CN)"),
        ]))) { try store.importBatch(onlySection, editor: "cy") }
        let after = try store.exportAll()
        #expect(after.claims.map(\.value) == before.claims.map(\.value) && after.projects.map(\.value) == before.projects.map(\.value))
        #expect(after.audit == before.audit)
    }

    @Test("a claim write is refused for a scope the kind does not take or a section not among the countries; a correction may change the section", arguments: Engine.allCases)
    func writes(_ engine: Engine) throws {
        let store = try sectioned(engine)
        let audit = try store.auditEntries(filter: AuditFilter()).count
        #expect(throws: StoreError.invalid("field \"scope\": \"full\" is not valid; expected no scope on a pipeline project: passenger, cargo and full apply only to bridge, rail, road, border-crossing")) {
            try store.addClaim(try Claim(id: "w1", project: "pipe", status: .operational, scope: .full, asOf: try date("2024"), source: "rg"), editor: "cy")
        }
        #expect(throws: StoreError.invalid("field \"section\": \"MN\" is not valid; expected one of the project's countries (RU, CN)")) {
            try store.addClaim(try Claim(id: "w2", project: "bridge", status: .completed, asOf: try date("2024"), source: "rg", section: "MN"), editor: "cy")
        }
        #expect(try store.auditEntries(filter: AuditFilter()).count == audit, "nothing was written")
        let added = try store.addClaim(try Claim(id: "w3", project: "pipe", status: .operational, asOf: try date("2024"), source: "rg", section: "RU"), editor: "cy")
        #expect(added.section == "RU")
        let fix = try store.addClaim(try Claim(id: "w4", project: "bridge", status: .construction, asOf: try date("2020"), source: "rg",
                                               supersedes: "s2", section: "RU"), editor: "cy")
        #expect(fix.section == "RU" && fix.supersedes == "s2")
        #expect(try store.claims(project: "bridge").map { "\($0.id) \($0.section ?? "-")" } == ["c1 -", "c2 -", "s1 RU", "s2 CN", "w4 RU"])
        let entry = try #require(try store.auditEntries(filter: AuditFilter()).last)
        #expect(entry.action == "claim.supersede" && entry.after?.contains("\"scope\":null,\"section\":\"RU\",\"source\":\"rg\"") == true)
        try expectIntact(store)
    }

    @Test("a project edit that would leave a claim invalid is refused naming the claims; after a withdrawal it goes through", arguments: Engine.allCases)
    func projectEdits(_ engine: Engine) throws {
        let store = try sectioned(engine)
        let bridge = try #require(try store.project(id: "bridge"))
        let pipeline = try Project(id: "bridge", kind: .pipeline, names: bridge.names, countries: bridge.countries)
        #expect(throws: StoreError.invalid("field \"kind\": \"pipeline\" is not valid; expected a kind that takes a scope (bridge, rail, road, border-crossing) while claims c1, s1 of project \"bridge\" give one: withdraw them first to change the kind")) {
            try store.updateProject(pipeline, expected: bridge, editor: "cy")
        }
        let ruOnly = try Project(id: "bridge", kind: .bridge, names: bridge.names, countries: ["RU"])
        #expect(throws: StoreError.invalid("field \"countries\": \"RU\" is not valid; expected a list that keeps CN while claim s2 of project \"bridge\" is about its section: withdraw it first to remove CN")) {
            try store.updateProject(ruOnly, expected: bridge, editor: "cy")
        }
        // Another kind that takes a scope, or a new name, is fine.
        let road = try Project(id: "bridge", kind: .road, names: bridge.names, countries: bridge.countries)
        #expect(try store.updateProject(road, expected: bridge, editor: "cy") == road)
        // Corrected claims still count (an export writes them): only a withdrawal lets the country go.
        _ = try store.addClaim(try Claim(id: "s3", project: "bridge", status: .construction, asOf: try date("2020"), source: "rg", supersedes: "s2"), editor: "cy")
        let ruOnlyRoad = try Project(id: "bridge", kind: .road, names: bridge.names, countries: ["RU"])
        #expect(throws: StoreError.self) { try store.updateProject(ruOnlyRoad, expected: road, editor: "cy") }
        try store.withdraw(.claim, id: "s3", reason: "test", editor: "cy")
        try store.withdraw(.claim, id: "s2", reason: "recorded in error", editor: "cy")
        #expect(try store.updateProject(ruOnlyRoad, expected: road, editor: "cy") == ruOnlyRoad)
        try expectIntact(store)
        let data = try store.dataset()
        let copy = try engine.make()
        _ = try copy.importBatch(DatasetJSON.decode(Array(DatasetJSON.encode(data).utf8), file: "export.json"), editor: "cy")
        #expect(DatasetJSON.encode(try copy.dataset()) == DatasetJSON.encode(data), "what remains still imports")
    }

    @Test("undo of a project edit is refused when claims recorded since depend on the version it brought", arguments: Engine.allCases)
    func undoRefused(_ engine: Engine) throws {
        let store = try sectioned(engine)
        let pipe = try #require(try store.project(id: "pipe"))
        let rail = try Project(id: "pipe", kind: .rail, names: pipe.names, countries: pipe.countries)
        _ = try store.updateProject(rail, expected: pipe, editor: "ann")
        _ = try store.addClaim(try Claim(id: "r1", project: "pipe", status: .operational, scope: .cargo, asOf: try date("2024"), source: "rg"), editor: "bo")
        let undoable = try #require(try store.lastUndoable(editor: "ann"))
        #expect(throws: StoreError.conflict("undo would bring back project \"pipe\"'s earlier version, which claims recorded since do not fit: field \"kind\": \"pipeline\" is not valid; expected a kind that takes a scope (bridge, rail, road, border-crossing) while claim r1 of project \"pipe\" gives one: withdraw it first to change the kind")) {
            try store.undoLast(editor: "ann", expected: undoable.auditSeq)
        }
        #expect(try store.project(id: "pipe") == rail)
        try store.withdraw(.claim, id: "r1", reason: "wrong project", editor: "bo")
        _ = try store.undoLast(editor: "ann", expected: nil)
        #expect(try store.project(id: "pipe") == pipe)
        try expectIntact(store)
    }

    @Test("a claim about the whole project has the canonical bytes it always had; a section joins them between scope and source")
    func canonical() throws {
        let whole = try Claim(id: "c1", project: "bridge", status: .operational, scope: .full, asOf: try date("2021-10-07"), source: "rg",
                              quote: "Мост", recorded: Timestamp(parsing: "2026-11-23T10:00:00Z"), editor: "ann")
        // Pinned from before sections existed: old audit entries must still verify.
        #expect(CanonicalRow.claim(whole) == #"{"asOf":"2021-10-07","editor":"ann","id":"c1","project":"bridge","published":null,"quote":"Мост","recorded":"2026-11-23T10:00:00Z","scope":"full","source":"rg","status":"operational","supersedes":null,"url":null}"#)
        let half = try Claim(id: "c1", project: "bridge", status: .operational, scope: .full, asOf: try date("2021-10-07"), source: "rg",
                             quote: "Мост", recorded: Timestamp(parsing: "2026-11-23T10:00:00Z"), editor: "ann", section: "CN")
        #expect(CanonicalRow.claim(half) == #"{"asOf":"2021-10-07","editor":"ann","id":"c1","project":"bridge","published":null,"quote":"Мост","recorded":"2026-11-23T10:00:00Z","scope":"full","section":"CN","source":"rg","status":"operational","supersedes":null,"url":null}"#)
        for c in [whole, half] {
            var bytes: [UInt8] = []
            CanonicalRow.appendClaim(c, recorded: "2026-11-23T10:00:00Z", editor: "ann", into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == CanonicalRow.claim(c))
        }
    }

    @Test("the paged list's stored summary follows the analysis: perspectives are about the whole, a section's claim is in its lane")
    func summaryCopies() throws {
        let store = try SQLiteStore.inMemory(clock: { Timestamp(parsing: "2026-11-23T10:00:00Z")! })
        _ = try store.importBatch(DatasetJSON.decode(Array("""
            {"format": "bordertrack/1", "sources": [{"id": "rg", "name": "RG", "tier": "state-media", "country": "RU"},
                                                     {"id": "al", "name": "Amur Life", "tier": "local-media", "country": "RU"}],
             "projects": [{"id": "bridge", "kind": "bridge", "names": {"en": "Bridge"}, "countries": ["RU", "CN"],
               "claims": [{"id": "o", "status": "completed", "asOf": "2021", "source": "rg", "section": "RU"},
                          {"id": "l", "status": "construction", "asOf": "2021", "source": "al"}]}]}
            """.utf8), file: "s.json"), editor: "ann")
        // Perspectives speak of the whole project: the official claim about Russia's part is in the
        // section's lane, not the official column; the stored row says so as the analysis does.
        let summary = try #require(try store.summaryRow(of: "bridge"))
        #expect(summary.official == nil)
        #expect(summary.local?.claim.id == "l" && summary.local?.claim.section == nil)
        let analysed = try #require(try store.projectAnalysis(id: "bridge", end: Day(year: 2026, month: 11, day: 23)!))
        #expect(analysed.summary.official == nil && analysed.timeline.sections.map(\.key) == [.section("RU")])
        #expect(analysed.timeline.sections[0].segments.map(\.claim.id) == ["o"])
    }

    @Test("a tracker made before sections opens, gains the column, verifies and takes sections; history stays append-only")
    func migration() throws {
        let dir = Scratch.path("bt-sections").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/old.sqlite"
        do {
            // A tracker as the code before sections left it: the same rows (a claim about the whole has the same
            // canonical bytes, pinned above) and no section columns, v6 not applied.
            let store = try SQLiteStore.open(path: path)
            _ = try store.importBatch(DatasetJSON.decode(Array(sampleJSON.utf8), file: "s.json"), editor: "ann")
            _ = try store.addClaim(try Claim(id: "c3", project: "bridge", status: .completed, asOf: try date("2021-09"), source: "rg"), editor: "bo")
            // The attribution columns came later (v9): a tracker from before sections has none of them either.
            try store.executeForTesting(SQLiteStore.droppingAttributionForTesting + """
                ALTER TABLE claim DROP COLUMN section;
                ALTER TABLE summary DROP COLUMN oc_section;
                ALTER TABLE summary DROP COLUMN lc_section;
                DELETE FROM grdb_migrations WHERE identifier = 'v6: claim sections';
                """)
        }
        #expect(throws: StoreError.readOnly("\(path) needs its tables upgraded (v6: claim sections, v9: claim attribution); open it once without --read-only")) {
            try SQLiteStore.open(path: path, readOnly: true)
        }
        let store = try SQLiteStore.open(path: path)
        try expectIntact(store)
        #expect(try store.claims(project: nil).map(\.section) == [nil, nil, nil])
        _ = try store.addClaim(try Claim(id: "c4", project: "bridge", status: .completed, asOf: try date("2021-09"), source: "rg", section: "CN"), editor: "bo")
        #expect(try store.claims(project: "bridge").last?.section == "CN")
        try expectIntact(store)
        for sql in ["UPDATE claim SET section = 'RU' WHERE id = 'c1'", "DELETE FROM claim WHERE id = 'c4'"] {
            #expect(throws: (any Error).self) { try store.executeForTesting(sql) }
        }
        #expect(try SQLiteStore.open(path: path, readOnly: true).claims(project: nil).count == 4)
    }
}

#if Postgres
extension SectionStoreTests {
    @Test("PostgreSQL: a tracker made before sections is migrated on open, verifies and takes sections; triggers hold",
          .enabled(if: PostgresFixture.baseURL != nil))
    func postgresMigration() throws {
        let url = try PostgresFixture.freshURL()
        do {
            let store = try PostgresStore.open(url: url)
            _ = try store.importBatch(DatasetJSON.decode(Array(sampleJSON.utf8), file: "s.json"), editor: "ann")
            _ = try store.addClaim(try Claim(id: "c3", project: "bridge", status: .completed, asOf: try date("2021-09"), source: "rg"), editor: "bo")
            try store.executeForTesting("ALTER TABLE claim DROP COLUMN section")
            try store.executeForTesting("DELETE FROM bordertrack_migrations WHERE name = 'v6: claim sections'")
        }
        #expect(throws: StoreError.self) { try PostgresStore.open(url: url, readOnly: true) }
        let store = try PostgresStore.open(url: url)
        try expectIntact(store)
        #expect(try store.claims(project: nil).map(\.section) == [nil, nil, nil])
        _ = try store.addClaim(try Claim(id: "c4", project: "bridge", status: .completed, asOf: try date("2021-09"), source: "rg", section: "CN"), editor: "bo")
        #expect(try store.claims(project: "bridge").last?.section == "CN")
        try expectIntact(store)
        for sql in ["UPDATE claim SET section = 'RU' WHERE id = 'c1'", "DELETE FROM claim WHERE id = 'c4'"] {
            #expect(throws: StoreError.engine("claim is append-only: record a new entry instead")) { try store.executeForTesting(sql) }
        }
    }
}
#endif

extension ImportBatch {
    /// Two batches as one (a later file in the same command).
    static func merged(_ a: ImportBatch, _ b: ImportBatch) throws -> ImportBatch {
        var out = a
        out.append(b)
        #expect(out.issues.isEmpty)
        return out
    }
}

import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import Foundation
import Testing

@Suite("Store contract")
struct StoreTests {
    @Test("import writes everything with editor and time; export gives it back", arguments: Engine.allCases)
    func importExport(_ engine: Engine) throws {
        let store = try loaded(engine)
        let d = try store.dataset()
        #expect(d.sources.count == 2 && d.projects.count == 1 && d.plans.count == 1 && d.claims.count == 2)
        #expect(d.claims.allSatisfy { $0.editor == "ann" && $0.recorded?.description == "2026-11-23T10:00:00Z" })
        #expect(d.claims[0].quote == "Мост открыт, \"готов\"")
        // import(export(db)) into an empty database exports byte-identical output
        let first = DatasetJSON.encode(d)
        let other = try engine.make()
        _ = try other.importBatch(DatasetJSON.decode(Array(first.utf8), file: "e.json"), editor: "bo")
        #expect(DatasetJSON.encode(try other.dataset()) == first)
    }

    @Test("a batch with any problem writes nothing, and lists every problem", arguments: Engine.allCases)
    func allOrNothing(_ engine: Engine) throws {
        let store = try loaded(engine)
        let before = DatasetJSON.encode(try store.dataset())
        let audit = try store.auditEntries(filter: AuditFilter()).count
        let bad = DatasetJSON.decode(Array("""
        {"format": "bordertrack/1", "sources": [{"id": "new", "name": "New", "tier": "field"}],
         "projects": [{"id": "p2", "kind": "rail", "names": {"en": "P2"},
           "claims": [{"id": "ok", "status": "proposed", "asOf": "2020", "source": "new"},
                      {"id": "c1", "status": "proposed", "asOf": "2020", "source": "rg"},
                      {"status": "proposed", "asOf": "2020", "source": "nobody"}]}]}
        """.utf8), file: "bad.json")
        do {
            _ = try store.importBatch(bad, editor: "ann")
            Issue.record("import with problems succeeded")
        } catch let StoreError.importRejected(failure) {
            #expect(failure.issues.map(\.description) == [
                "bad.json at $.projects[0].claims[1]: duplicate claim id \"c1\": already in the database",
                "bad.json at $.projects[0].claims[2]: field \"source\": unknown source \"nobody\"; expected the id of a source in the same import or already in the database",
            ])
        }
        #expect(DatasetJSON.encode(try store.dataset()) == before)
        #expect(try store.auditEntries(filter: AuditFilter()).count == audit)
    }

    @Test("duplicate ids inside one batch are named with the first place", arguments: Engine.allCases)
    func duplicatesInBatch(_ engine: Engine) throws {
        let store = try engine.make()
        var b = ImportBatch()
        let s = try Source(id: "rg", name: "RG", tier: .stateMedia)
        b.sources = [(s, Origin(file: "a.csv", location: "line 2")), (s, Origin(file: "a.csv", location: "line 3"))]
        #expect(throws: StoreError.importRejected(ImportFailure(issues: [ImportIssue(origin: Origin(file: "a.csv", location: "line 3"), field: "id", value: "rg", message: "duplicate source id \"rg\": first defined at a.csv:2")]))) {
            try store.importBatch(b, editor: "x")
        }
        #expect(try store.sources().isEmpty)
    }

    @Test("claims are append-only: a correction supersedes, the old text stays", arguments: Engine.allCases)
    func supersede(_ engine: Engine) throws {
        let store = try loaded(engine)
        let fix = try Claim(id: "c3", project: "bridge", status: .completed, asOf: try PartialDate(parsing: "2021-10-07"), source: "rg", supersedes: "c1")
        let stored = try store.addClaim(fix, editor: "bo")
        #expect(stored.editor == "bo" && stored.recorded != nil)
        let all = try store.claims(project: "bridge")
        #expect(all.map(\.id) == ["c1", "c2", "c3"])
        #expect(all[0].status == .operational)  // the old claim is untouched
        #expect(throws: StoreError.self) {
            try store.addClaim(try Claim(id: "c4", project: "bridge", status: .completed, asOf: try PartialDate(parsing: "2021"), source: "rg", supersedes: "c1"), editor: "cy")
        }
        #expect(throws: StoreError.notFound(kind: "project", id: "nope")) {
            try store.addClaim(try Claim(id: "c5", project: "nope", status: .completed, asOf: try PartialDate(parsing: "2021"), source: "rg"), editor: "cy")
        }
    }

    @Test("SQLite refuses UPDATE and DELETE of history rows", arguments: [Engine.sqliteFile])
    func triggers(_ engine: Engine) throws {
        let store = try loaded(engine) as! SQLiteStore
        for (sql, table) in [("UPDATE claim SET quote = 'x'", "claim"), ("DELETE FROM claim", "claim"), ("DELETE FROM audit", "audit"),
                             ("UPDATE plan SET target = '2030'", "plan")] {
            // The append-only trigger itself refuses, not some other error.
            var message = ""
            do { try store.executeForTesting(sql) } catch { message = "\(error)" }
            #expect(message.contains("\(table) is append-only: record a new entry instead"), "\(sql): \(message)")
        }
        #expect(try store.claims(project: nil).count == 2)
    }

    @Test("flag workflow with the stale-edit refusal", arguments: Engine.allCases)
    func flags(_ engine: Engine) throws {
        let store = try loaded(engine)
        let t = Timestamp(seconds: 0)
        let ack = try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .ack, note: "seen", editor: "ann", at: t), expectedLast: .some(nil))
        #expect(ack.seq > 0 && ack.at.description == "2026-11-23T10:00:00Z")
        // Bo opened the flag before Ann acknowledged it: his resolve is refused.
        #expect(refusal {
            try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .resolve, verdict: .local, note: "n", editor: "bo", at: t), expectedLast: .some(nil))
        } == .conflict("discrepancy sc-1 was changed by another editor since you opened it (ann recorded ack at 2026-11-23T10:00:00Z); reload and try again"))
        let res = try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .resolve, verdict: .local, note: "trucks queue", editor: "bo", at: t), expectedLast: .some(ack.seq))
        let events = try store.flagEvents()
        #expect(events.map(\.action) == [.ack, .resolve])
        #expect(FlagStatus.fold(events).state == .resolved && FlagStatus.fold(events).lastEvent == res.seq)
    }

    @Test("verdicts survive a re-run of the analysis", arguments: Engine.allCases)
    func verdictsStick(_ engine: Engine) throws {
        let store = try loaded(engine)
        let today = try PartialDate(parsing: "2026-11-23").start
        let a1 = Analysis(dataset: try store.dataset(), flags: try store.flagEvents(), today: today)
        let d = try #require(a1.discrepancies.first { $0.kind == .statusConflict })
        _ = try store.recordFlag(FlagEvent(discrepancy: d.id, project: d.project, action: .resolve, verdict: .local, note: "n", editor: "e", at: .init(seconds: 0)), expectedLast: .some(nil))
        _ = try store.addClaim(try Claim(id: "unrelated", project: "bridge", status: .construction, asOf: try PartialDate(parsing: "2015"), source: "rg"), editor: "e")
        let a2 = Analysis(dataset: try store.dataset(), flags: try store.flagEvents(), today: today)
        #expect(a2.discrepancies.first { $0.id == d.id }?.flag.state == .resolved)
    }

    @Test("the audit chain verifies, and catches edits behind the tool's back", arguments: [Engine.sqliteFile])
    func audit(_ engine: Engine) throws {
        let store = try loaded(engine) as! SQLiteStore
        _ = try store.addClaim(try Claim(id: "c9", project: "bridge", status: .construction, asOf: try PartialDate(parsing: "2019"), source: "amurlife"), editor: "bo")
        let ok = try store.verifyAudit()
        #expect(ok.isIntact && ok.entries == 5 && ok.rows == 7)
        try store.executeForTesting("DROP TRIGGER claim_no_update; UPDATE claim SET quote = 'forged' WHERE id = 'c2'")
        let broken = try store.verifyAudit()
        #expect(broken.problem == "the rows recorded by audit entry 4 (import) were changed, added or deleted behind the tool's back")
    }

    @Test("a read-only store refuses writes with a clear error", arguments: [Engine.sqliteFile])
    func readOnly(_ engine: Engine) throws {
        let store = try loaded(engine)
        let ro = try SQLiteStore.open(path: store.location, readOnly: true)
        #expect(try ro.claims(project: nil).count == 2)
        #expect(throws: StoreError.readOnly("this database was opened read-only; edits are disabled")) {
            try ro.addClaim(try Claim(id: "x", project: "bridge", status: .proposed, asOf: try PartialDate(parsing: "2019"), source: "rg"), editor: "v")
        }
    }

    @Test("a new database file is created with mode 0600")
    func permissions() throws {
        let store = try Engine.sqliteFile.make()
        let attrs = try FileManager.default.attributesOfItem(atPath: store.location)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
    }
}

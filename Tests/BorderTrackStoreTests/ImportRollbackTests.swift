import BorderTrackCore
import BorderTrackFormats
import BorderTrackPostgres
import BorderTrackSQLite
import BorderTrackStore
import Foundation
import Testing

/// An import is one transaction: when the database refuses a record part-way (here a trigger planted on the
/// `claim` table refuses the fourth claim of the batch, after its sources, projects, plans and three claims
/// went in), the tracker is left exactly as it was — rows, audit chain and history. (The change token may move:
/// on SQLite it counts the writing connection's statements, rolled back ones included, so a reader refreshes once
/// for nothing; it never stays put over a real change.)
@Suite("An import that fails part-way rolls back whole")
struct ImportRollbackTests {
    /// Two new sources, two new projects with plans and claims, claims for the loaded project; `boom` is the fourth claim.
    static let more = """
    {"format": "bordertrack/1",
     "sources": [{"id": "xinhua", "name": "Xinhua", "tier": "state-media", "country": "CN"},
                 {"id": "heihe", "name": "Heihe Daily", "tier": "local-media", "country": "CN"}],
     "projects": [
       {"id": "rail", "kind": "rail", "names": {"en": "Rail bridge"}, "countries": ["RU", "CN"],
        "plans": [{"id": "rp1", "milestone": "completion", "target": "2016", "announced": "2014-02", "source": "xinhua"},
                  {"id": "rp2", "milestone": "completion", "target": "2018", "announced": "2016-06", "source": "rg"}],
        "claims": [{"id": "r1", "status": "agreed", "asOf": "2008-10", "source": "rg"},
                   {"id": "r2", "status": "construction", "asOf": "2014-02-26", "source": "xinhua"},
                   {"id": "r3", "status": "suspended", "asOf": "2017", "source": "heihe"},
                   {"id": "boom", "status": "completed", "asOf": "2019-03", "source": "xinhua"},
                   {"id": "r5", "status": "operational", "scope": "cargo", "asOf": "2022-11", "source": "rg"}]},
       {"id": "port", "kind": "port", "names": {"en": "Port"},
        "claims": [{"id": "p1", "status": "proposed", "asOf": "2019", "source": "heihe"}]}]}
    """

    /// SQL that makes the database refuse the claim `boom` (and nothing else).
    static func refuseBoom(_ engine: Engine) -> String {
        switch engine {
        case .sqliteMemory, .sqliteFile:
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON claim WHEN NEW.id = 'boom' BEGIN SELECT RAISE(ABORT, 'injected failure: claim boom refused'); END"
        case .postgres:
            """
            CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.id = 'boom' THEN RAISE EXCEPTION 'injected failure: claim boom refused'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_boom BEFORE INSERT ON claim FOR EACH ROW EXECUTE FUNCTION refuse_boom()
            """
        }
    }

    /// Raw SQL on either engine (the stores' test hook).
    static func execute(_ store: any TrackerStore, _ sql: String) throws {
        if let s = store as? SQLiteStore { return try s.executeForTesting(sql) }
        #if Postgres
        if let p = store as? PostgresStore { return try p.executeForTesting(sql) }
        #endif
        Issue.record("no raw SQL hook for \(type(of: store))")
    }

    static func dropRefusal(_ engine: Engine) -> String {
        engine == .postgres ? "DROP TRIGGER refuse_boom ON claim; DROP FUNCTION refuse_boom()" : "DROP TRIGGER refuse_boom"
    }

    /// Everything a reader can see of a tracker, as values and as bytes.
    struct Seen: Equatable {
        let dataset: String
        let snapshot: TrackerSnapshot
        let audit: [AuditEntry]
        let verification: AuditVerification
        let flags: [FlagEvent]
        let history: [AuditEntry]

        init(_ store: any TrackerStore) throws {
            dataset = DatasetJSON.encode(try store.dataset())
            snapshot = try store.exportAll()
            audit = try store.auditEntries(filter: AuditFilter())
            verification = try store.verifyAudit()
            flags = try store.flagEvents()
            history = try store.auditEntries(filter: AuditFilter(project: "bridge"))
        }
    }

    @Test("a trigger refusing the fourth claim: sources, projects, plans and claims before it are gone, the chain unchanged", arguments: Engine.allCases)
    func refusedMidWrite(_ engine: Engine) throws {
        let store = try loaded(engine)
        // A flag event too, so every history table holds something.
        _ = try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .ack, note: "seen", editor: "ann",
                                           at: Timestamp(seconds: 0)), expectedLast: .some(nil))
        let batch = DatasetJSON.decode(Array(Self.more.utf8), file: "more.json")
        #expect(batch.issues.isEmpty)
        try Self.execute(store, Self.refuseBoom(engine))
        let before = try Seen(store)
        #expect(before.snapshot.claims.count == 2 && before.audit.count == 5, "\(before.audit.map(\.action))")

        var message = ""
        do { _ = try store.importBatch(batch, editor: "bo") } catch { message = "\(error)" }
        #expect(message.contains("injected failure: claim boom refused"), "\(message)")
        let after = try Seen(store)
        #expect(after.dataset == before.dataset)
        #expect(after.snapshot == before.snapshot)
        #expect(after.audit == before.audit && after.audit.map(\.hash) == before.audit.map(\.hash))
        #expect(after.verification == before.verification)
        #expect(after.flags == before.flags && after.history == before.history)
        #expect(try store.sources().map(\.id).sorted() == ["amurlife", "rg"])
        #expect(try store.projects().map(\.id) == ["bridge"])

        // The same batch is fine once the database stops refusing: the rollback was of good data, part-way.
        try Self.execute(store, Self.dropRefusal(engine))
        let summary = try store.importBatch(batch, editor: "bo")
        #expect(summary.description == "imported 2 sources, 2 projects, 2 plans, 6 claims")
        #expect(try store.claims(project: "rail").map(\.id) == ["r1", "r2", "r3", "boom", "r5"])
        #expect(try store.verifyAudit().problem == nil)
        #expect(try store.auditEntries(filter: AuditFilter()).prefix(before.audit.count).map(\.hash) == before.audit.map(\.hash))
    }
}

import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import Foundation
import Testing

/// `exportAll` / `importSnapshot`: whole trackers moved between engines, history included.
@Suite("Snapshots (copy between engines)")
struct SnapshotTests {
    /// The sample tracker with a correction and a flag workflow on top.
    func busyTracker(_ engine: Engine) throws -> any TrackerStore {
        let store = try loaded(engine)
        try store.addClaim(try Claim(id: "c3", project: "bridge", status: .completed, asOf: try PartialDate(parsing: "2021-10-07"),
                                     source: "rg", supersedes: "c1"), editor: "bo")
        try store.addPlan(try Plan(id: "p2", project: "bridge", milestone: .opening, target: try PartialDate(parsing: "2022"),
                                   announced: try PartialDate(parsing: "2021-11"), source: "amurlife"), editor: "bo")
        let ack = try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .ack, note: "seen", editor: "ann",
                                                 at: .init(seconds: 0)), expectedLast: .some(nil))
        try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .resolve, verdict: .local, note: "queues",
                                       editor: "bo", at: .init(seconds: 0)), expectedLast: .some(ack.seq))
        return store
    }

    @Test("a copy is the same tracker: rows, seqs, flag events and the audit chain; it verifies and takes new writes",
          arguments: Engine.allCases, Engine.allCases)
    func copy(_ from: Engine, _ to: Engine) throws {
        let source = try busyTracker(from)
        let snapshot = try source.exportAll()
        #expect(snapshot.audit.count == 8 && snapshot.flagEvents.count == 2 && snapshot.claims.count == 3)
        let target = try to.make(clock: { Timestamp(parsing: "2027-01-01T00:00:00Z")! })
        try target.importSnapshot(snapshot)
        #expect(try target.exportAll() == snapshot)
        #expect(DatasetJSON.encode(try target.dataset()) == DatasetJSON.encode(try source.dataset()))
        let v = try target.verifyAudit()
        let original = try source.verifyAudit()
        #expect(v.isIntact && v == original)
        // The copied flag history keeps its seqs: a stale edit is still refused, a current one accepted.
        let last = try #require(try target.flagEvents().last)
        #expect(refusal {
            try target.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .reopen, editor: "cy", at: .init(seconds: 0)),
                                  expectedLast: .some(last.seq - 1))
        } == .conflict("discrepancy sc-1 was changed by another editor since you opened it (bo recorded resolve at 2026-11-23T10:00:00Z); reload and try again"))
        let reopen = try target.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .reopen, editor: "cy",
                                                     at: .init(seconds: 0)), expectedLast: .some(last.seq))
        #expect(reopen.seq > last.seq)
        try target.addClaim(try Claim(id: "c9", project: "bridge", status: .operational, scope: .cargo,
                                      asOf: try PartialDate(parsing: "2022-06"), source: "amurlife"), editor: "cy")
        let after = try target.verifyAudit()
        #expect(after.isIntact && after.entries == 10)
        #expect(try target.claims(project: nil).map(\.id) == ["c1", "c2", "c3", "c9"])
    }

    @Test("a copy into a tracker that holds anything is refused and changes nothing", arguments: Engine.allCases)
    func refusesNonEmptyTarget(_ engine: Engine) throws {
        let snapshot = try busyTracker(.sqliteMemory).exportAll()
        let target = try loaded(engine)
        let before = try target.exportAll()
        do {
            try target.importSnapshot(snapshot)
            Issue.record("a copy into a non-empty tracker succeeded")
        } catch let StoreError.conflict(message) {
            #expect(message.hasSuffix("is not empty (2 source rows, 1 project rows, 1 plan rows, 2 claim rows, 4 audit rows); copy only into a new, empty tracker"))
        }
        #expect(try target.exportAll() == before)
    }

    @Test("the engine-independent verifier agrees with SQLite's own, intact and tampered")
    func verifierAgrees() throws {
        let tamperings = [
            "",
            "DROP TRIGGER claim_no_update; UPDATE claim SET quote = 'forged' WHERE id = 'c2'",
            "DROP TRIGGER claim_no_update; UPDATE claim SET quote = 'forged' WHERE id = 'c3'",
            "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 5",
            "DROP TRIGGER audit_no_update; UPDATE audit SET editor = 'mallory' WHERE seq = 2",
            "UPDATE source SET name = 'Forged' WHERE id = 'rg'",
            "DELETE FROM project",
            "DROP TRIGGER flag_event_no_delete; DELETE FROM flag_event WHERE seq = 2",
        ]
        var problems = Set<String?>()
        for sql in tamperings {
            let store = try busyTracker(.sqliteFile) as! SQLiteStore
            if !sql.isEmpty { try store.executeForTesting("PRAGMA foreign_keys = OFF; " + sql) }
            let own = try store.verifyAudit()
            #expect(AuditVerifier.verify(try store.exportAll()) == own, "\(sql)")
            problems.insert(own.problem)
        }
        #expect(problems.count == tamperings.count)  // each tampering is caught, each differently
        #expect(problems.contains(nil))
    }
}

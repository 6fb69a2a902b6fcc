import BorderTrackCore
import BorderTrackFormats
import BorderTrackSQLite
import BorderTrackStore
import Foundation
import Testing

/// Editing by several editors: new sources and projects, project edits with the stale-edit refusal,
/// withdrawals, and undo of one's own latest edit — on every engine, with the audit chain verified after each.
@Suite("Editing by several editors")
struct EditingTests {
    func date(_ s: String) throws -> PartialDate { try PartialDate(parsing: s) }

    func claim(_ id: String, _ status: Status, _ asOf: String, source: String = "rg", supersedes: String? = nil) throws -> Claim {
        try Claim(id: id, project: "bridge", status: status, asOf: try date(asOf), source: source, supersedes: supersedes)
    }

    func expectIntact(_ store: any TrackerStore, _ comment: Comment? = nil) throws {
        let v = try store.verifyAudit()
        #expect(v.isIntact, "\(v.problem ?? "")")
    }

    /// The export and the audit chain, to show that a refused edit wrote nothing.
    func state(_ store: any TrackerStore) throws -> TrackerSnapshot { try store.exportAll() }

    @Test("sources and projects are added once; a project edit keeps the old version in history", arguments: Engine.allCases)
    func addAndUpdate(_ engine: Engine) throws {
        let store = try loaded(engine)
        let source = try Source(id: "heihe-gov", name: "Heihe City Government", tier: .foreignOfficial, country: "CN")
        #expect(try store.addSource(source, editor: "cy") == source)
        #expect(throws: StoreError.invalid("duplicate source id \"heihe-gov\": a source with this id is already recorded")) {
            try store.addSource(source, editor: "cy")
        }
        let rail = try Project(id: "nizhneleninskoye-tongjiang", kind: .rail, names: try Names(en: "Nizhneleninskoye–Tongjiang rail bridge"),
                               countries: ["RU", "CN"])
        #expect(try store.addProject(rail, editor: "cy") == rail)
        #expect(throws: StoreError.self) { try store.addProject(rail, editor: "bo") }
        #expect(try store.sources().map(\.id) == ["rg", "amurlife", "heihe-gov"])
        try expectIntact(store)

        let edited = try Project(id: rail.id, kind: .rail, names: try Names(en: "Nizhneleninskoye–Tongjiang bridge", zh: "同江铁路大桥"),
                                 countries: ["RU", "CN"], regions: ["Jewish Autonomous Oblast", "Heilongjiang"],
                                 location: try Location(lat: 47.7, lon: 132.5))
        #expect(try store.updateProject(edited, expected: rail, editor: "ann") == edited)
        #expect(try store.project(id: rail.id) == edited)
        let last = try #require(try store.auditEntries(filter: AuditFilter(project: rail.id)).last)
        #expect(last.action == "project.update" && last.editor == "ann")
        #expect(last.before == CanonicalRow.project(rail) && last.after == CanonicalRow.project(edited))
        try expectIntact(store)

        // Bo opened the project before Ann's edit: his change is refused, naming Ann, and nothing is written.
        let before = try state(store)
        let stale = try Project(id: rail.id, kind: .bridge, names: try Names(en: "Tongjiang"))
        do {
            try store.updateProject(stale, expected: rail, editor: "bo")
            Issue.record("a stale project edit was accepted")
        } catch let StoreError.conflict(message) {
            #expect(message == "project \"\(rail.id)\" was changed by another editor since you opened it (project.update by ann at 2026-11-23T10:00:00Z); reload and try again")
        }
        #expect(try state(store) == before)
        // The id never changes; an unknown project is not found.
        #expect(throws: StoreError.self) {
            try store.updateProject(try Project(id: "other", kind: .rail, names: try Names(en: "X")), expected: edited, editor: "ann")
        }
        let ghost = try Project(id: "ghost", kind: .rail, names: try Names(en: "Ghost"))
        #expect(throws: StoreError.notFound(kind: "project", id: "ghost")) { try store.updateProject(ghost, expected: ghost, editor: "ann") }
        #expect(try state(store) == before)
    }

    @Test("a withdrawn claim or plan stops counting, stays in history, and cannot be withdrawn twice", arguments: Engine.allCases)
    func withdraw(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.withdraw(.claim, id: "c2", reason: "wrong project", editor: "bo")
        #expect(try store.dataset().claims.map(\.id) == ["c1"])
        #expect(try store.claims(project: "bridge").map(\.id) == ["c1"])
        #expect(try store.claims(project: nil).map(\.id) == ["c1"])
        #expect(!DatasetJSON.encode(try store.dataset()).contains("\"c2\""))
        let entry = try #require(try store.auditEntries(filter: AuditFilter(editor: "bo")).last)
        #expect(entry.action == "claim.withdraw" && entry.entityID == "c2" && entry.project == "bridge")
        #expect(entry.before?.contains("\"id\":\"c2\"") == true)
        let snapshot = try store.exportAll()
        #expect(snapshot.claims.map(\.value.id) == ["c1", "c2"])  // the row stays
        #expect(snapshot.withdrawals.map(\.value) == [Withdrawal(kind: .claim, target: "c2", project: "bridge", reason: "wrong project",
                                                                 editor: "bo", at: Timestamp(parsing: "2026-11-23T10:00:00Z")!)])
        try expectIntact(store)

        let before = try state(store)
        do {
            try store.withdraw(.claim, id: "c2", reason: nil, editor: "ann")
            Issue.record("a second withdrawal was accepted")
        } catch let StoreError.conflict(message) {
            #expect(message == "claim \"c2\" was already withdrawn by bo at 2026-11-23T10:00:00Z")
        }
        #expect(throws: StoreError.notFound(kind: "claim", id: "nope")) { try store.withdraw(.claim, id: "nope", reason: nil, editor: "ann") }
        #expect(try state(store) == before)

        try store.withdraw(.plan, id: "p1", reason: nil, editor: "ann")
        #expect(try store.plans(project: nil).isEmpty && (try store.dataset().plans.isEmpty))
        #expect(throws: StoreError.self) { try store.withdraw(.plan, id: "p1", reason: nil, editor: "ann") }
        try expectIntact(store)
    }

    @Test("a corrected claim cannot be withdrawn under its correction; a withdrawn claim cannot be corrected", arguments: Engine.allCases)
    func withdrawAndCorrections(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.addClaim(try claim("c3", .completed, "2021-10-07", supersedes: "c1"), editor: "bo")
        let before = try state(store)
        #expect(throws: StoreError.self) { try store.withdraw(.claim, id: "c1", reason: nil, editor: "ann") }
        #expect(try state(store) == before)
        try store.withdraw(.claim, id: "c3", reason: nil, editor: "bo")
        try store.withdraw(.claim, id: "c1", reason: nil, editor: "ann")
        #expect(try store.claims(project: nil).map(\.id) == ["c2"])
        #expect(throws: StoreError.self) { try store.addClaim(try claim("c4", .completed, "2021", supersedes: "c1"), editor: "cy") }
        // The export imports again (no correction points at a withdrawn claim).
        let other = try engine.make()
        _ = try other.importBatch(DatasetJSON.decode(Array(DatasetJSON.encode(try store.dataset()).utf8), file: "e.json"), editor: "x")
        #expect(try other.claims(project: nil).map(\.id) == ["c2"])
        try expectIntact(store)
    }

    @Test("undo of a correction withdraws it: the superseded claim counts again", arguments: Engine.allCases)
    func undoSupersede(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.addClaim(try claim("c3", .completed, "2021-10-07", supersedes: "c1"), editor: "bo")
        #expect(Timeline.effectiveClaims(try store.claims(project: nil), knownBy: nil).map(\.id) == ["c2", "c3"])
        let edit = try #require(try store.lastUndoable(editor: "bo"))
        #expect(edit.action == "claim.supersede" && edit.project == "bridge" && edit.auditSeq == 5)
        #expect(edit.summary == "correction c3 of claim c1 (completed, Rossiyskaya Gazeta) on bridge")
        #expect(try store.undoLast(editor: "bo", expected: edit.auditSeq) == edit)
        #expect(try store.claims(project: nil).map(\.id) == ["c1", "c2"])
        #expect(Timeline.effectiveClaims(try store.claims(project: nil), knownBy: nil).map(\.id) == ["c1", "c2"])
        let undo = try #require(try store.auditEntries(filter: AuditFilter()).last)
        #expect(undo.action == "undo" && undo.editor == "bo" && undo.entityID == "c3" && undo.before == "{\"undoes\":5}")
        #expect(try store.lastUndoable(editor: "bo") == nil)  // the undo is not undone again
        try expectIntact(store)
        // c1 may be corrected again now.
        try store.addClaim(try claim("c4", .operational, "2021-10-07", supersedes: "c1"), editor: "cy")
        try expectIntact(store)
    }

    @Test("undo of a flag event restores the state before it", arguments: Engine.allCases)
    func undoFlags(_ engine: Engine) throws {
        let store = try loaded(engine)
        let t = Timestamp(seconds: 0)
        func status() throws -> FlagStatus { FlagStatus.fold(try store.flagEvents().filter { $0.discrepancy == "sc-1" }) }
        let ack = try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .ack, note: "checking", editor: "ann", at: t),
                                       expectedLast: .some(nil))
        try store.recordFlag(FlagEvent(discrepancy: "sc-1", project: "bridge", action: .resolve, verdict: .local, note: "trucks queue",
                                       editor: "bo", at: t), expectedLast: .some(ack.seq))
        #expect(try status().state == .resolved)
        let edit = try #require(try store.lastUndoable(editor: "bo"))
        #expect(edit.action == "flag.resolve" && edit.summary == "resolution of discrepancy sc-1 (verdict local) on bridge")
        try store.undoLast(editor: "bo", expected: edit.auditSeq)
        let back = try status()
        #expect(back.state == .acknowledged && back.verdict == nil && back.note == "checking")
        try expectIntact(store)
        // Ann's acknowledgement undone: open again.
        try store.undoLast(editor: "ann", expected: try #require(try store.lastUndoable(editor: "ann")).auditSeq)
        #expect(try status().state == .open)
        try expectIntact(store)
        // A manual flag raised in error disappears from the queue when its addition is undone.
        try store.recordFlag(FlagEvent(discrepancy: "mf-1", project: "bridge", action: .add, severity: .minor, note: "typo", editor: "cy", at: t),
                             expectedLast: .some(nil))
        func manual() throws -> [String] {
            Analysis(dataset: try store.dataset(), flags: try store.flagEvents(), today: try date("2026-11-23").start)
                .discrepancies.filter { $0.kind == .manual }.map(\.id)
        }
        #expect(try manual() == ["mf-1"])
        try store.undoLast(editor: "cy", expected: nil)
        #expect(try manual().isEmpty)
        #expect(try store.flagEvents().last?.action == .withdraw)
        try expectIntact(store)
    }

    @Test("undo is refused, writing nothing, when another editor has built on the edit", arguments: Engine.allCases)
    func undoBuiltOn(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.addClaim(try claim("c9", .construction, "2019", source: "amurlife"), editor: "cy")
        try store.addClaim(try claim("c10", .completed, "2019", source: "amurlife", supersedes: "c9"), editor: "bo")
        let edit = try #require(try store.lastUndoable(editor: "cy"))
        #expect(edit.summary == "claim c9 (construction, Amur Life) on bridge")
        let before = try state(store)
        do {
            try store.undoLast(editor: "cy", expected: edit.auditSeq)
            Issue.record("undo under a correction was accepted")
        } catch let StoreError.conflict(message) {
            #expect(message.hasPrefix("claim \"c9\" is corrected by claim \"c10\" (recorded by bo at 2026-11-23T10:00:00Z)"))
        }
        #expect(try state(store) == before)

        // A flag changed by someone else since: refused likewise.
        let ack = try store.recordFlag(FlagEvent(discrepancy: "sc-2", project: "bridge", action: .ack, editor: "cy", at: .init(seconds: 0)),
                                       expectedLast: .some(nil))
        try store.recordFlag(FlagEvent(discrepancy: "sc-2", project: "bridge", action: .resolve, verdict: .both, note: "n", editor: "bo",
                                       at: .init(seconds: 0)), expectedLast: .some(ack.seq))
        let flagEdit = try #require(try store.lastUndoable(editor: "cy"))
        #expect(flagEdit.action == "flag.ack")
        let before2 = try state(store)
        #expect(refusal { try store.undoLast(editor: "cy", expected: flagEdit.auditSeq) }
                == .conflict("discrepancy sc-2 was changed since your edit (bo recorded resolve at 2026-11-23T10:00:00Z); undo would overwrite it"))
        #expect(try state(store) == before2)
        try expectIntact(store)
    }

    @Test("undo goes back one edit at a time, skips what was undone, and stops at an import", arguments: Engine.allCases)
    func undoSequence(_ engine: Engine) throws {
        let store = try loaded(engine)  // ann imported the sample
        try store.addClaim(try claim("c8", .agreed, "2015"), editor: "ann")
        try store.addPlan(try Plan(id: "p2", project: "bridge", milestone: .opening, target: try date("2022"), announced: nil, source: nil), editor: "ann")
        let first = try #require(try store.lastUndoable(editor: "ann"))
        #expect(first.action == "plan.add" && first.summary == "plan p2 (opening 2022) on bridge")
        try store.undoLast(editor: "ann", expected: first.auditSeq)
        #expect(try store.plans(project: nil).map(\.id) == ["p1"])
        let second = try #require(try store.lastUndoable(editor: "ann"))
        #expect(second.action == "claim.add" && second.summary == "claim c8 (agreed, Rossiyskaya Gazeta) on bridge")
        // A prompt shown before the first undo is stale now.
        let before = try state(store)
        #expect(refusal { try store.undoLast(editor: "ann", expected: first.auditSeq) }
                == .conflict("your latest undoable edit is now audit entry 5 (claim c8 (agreed, Rossiyskaya Gazeta) on bridge), not 6; look again before undoing"))
        #expect(try state(store) == before)
        try store.undoLast(editor: "ann", expected: second.auditSeq)
        #expect(try store.claims(project: nil).map(\.id) == ["c1", "c2"])
        // Next is ann's import: not undone.
        #expect(try store.lastUndoable(editor: "ann") == nil)
        #expect(throws: StoreError.invalid("nothing to undo: editor \"ann\" has no edit that can still be undone")) {
            try store.undoLast(editor: "ann", expected: nil)
        }
        try expectIntact(store)
    }

    @Test("undo walks back past more than one page of undone edits", arguments: Engine.allCases)
    func undoManyPages(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.addClaim(try claim("first", .agreed, "2015"), editor: "dee")
        for n in 0..<140 {  // 280 entries newer than "first": more than one page of the walk
            try store.addClaim(try claim("d\(n)", .proposed, "2010"), editor: "dee")
            try store.undoLast(editor: "dee", expected: nil)
        }
        let edit = try #require(try store.lastUndoable(editor: "dee"))
        #expect(edit.summary == "claim first (agreed, Rossiyskaya Gazeta) on bridge")
        #expect(try store.claims(project: nil).map(\.id) == ["c1", "c2", "first"])
    }

    @Test("an editor cannot undo another editor's edits", arguments: Engine.allCases)
    func undoOnlyYourOwn(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.addClaim(try claim("c8", .agreed, "2015"), editor: "ann")
        let annEdit = try #require(try store.lastUndoable(editor: "ann"))
        #expect(try store.lastUndoable(editor: "bo") == nil)
        let before = try state(store)
        #expect(refusal { try store.undoLast(editor: "bo", expected: annEdit.auditSeq) }
                == .conflict("audit entry 5 is no longer an edit of bo that can be undone (it was undone, withdrawn or followed by an import or withdrawal); look again"))
        #expect(refusal { try store.undoLast(editor: "bo", expected: nil) } == .invalid("nothing to undo: editor \"bo\" has no edit that can still be undone"))
        #expect(try state(store) == before)
        #expect(try store.claims(project: nil).map(\.id) == ["c1", "c2", "c8"])
    }

    @Test("undo of a project edit restores the previous version; an unused new project or source is removed", arguments: Engine.allCases)
    func undoProjectsAndSources(_ engine: Engine) throws {
        let store = try loaded(engine)
        let bridge = try #require(try store.project(id: "bridge"))
        let renamed = try Project(id: "bridge", kind: .bridge, names: try Names(en: "Amur bridge", ru: "Мост", zh: "大桥"), countries: ["RU", "CN"])
        try store.updateProject(renamed, expected: bridge, editor: "bo")
        let edit = try #require(try store.lastUndoable(editor: "bo"))
        #expect(edit.summary == "edit of project bridge (names.en)")
        try store.undoLast(editor: "bo", expected: edit.auditSeq)
        #expect(try store.project(id: "bridge") == bridge)
        try expectIntact(store)

        let zone = try Project(id: "heihe-ftz", kind: .ftz, names: try Names(en: "Heihe free trade zone"))
        try store.addProject(zone, editor: "cy")
        let source = try Source(id: "portamur", name: "Port Amur", tier: .localMedia, country: "RU")
        try store.addSource(source, editor: "cy")
        #expect(try store.lastUndoable(editor: "cy")?.summary == "new source portamur (Port Amur)")
        try store.undoLast(editor: "cy", expected: nil)
        #expect(try store.sources().map(\.id) == ["rg", "amurlife"])
        try expectIntact(store)
        #expect(try store.lastUndoable(editor: "cy")?.summary == "new project heihe-ftz (Heihe free trade zone)")
        try store.undoLast(editor: "cy", expected: nil)
        #expect(try store.project(id: "heihe-ftz") == nil)
        try expectIntact(store)
        // The id is free again.
        try store.addProject(zone, editor: "cy")
        try expectIntact(store)

        // A project something refers to is not removed.
        try store.addClaim(try Claim(id: "z1", project: "heihe-ftz", status: .proposed, asOf: try date("2020"), source: "rg"), editor: "bo")
        let before = try state(store)
        do {
            try store.undoLast(editor: "cy", expected: nil)
            Issue.record("a project in use was removed")
        } catch let StoreError.conflict(message) {
            #expect(message == "project \"heihe-ftz\" is referred to by 1 claims, plans or flag events (withdrawn ones included); a project in use cannot be removed")
        }
        #expect(try state(store) == before)
    }

    @Test("withdrawals and undos travel with a copy, which verifies", arguments: Engine.allCases, Engine.allCases)
    func copyCarriesWithdrawals(_ from: Engine, _ to: Engine) throws {
        let source = try loaded(from)
        try source.withdraw(.claim, id: "c2", reason: "duplicate", editor: "bo")
        try source.addClaim(try claim("c3", .completed, "2021-10-07", supersedes: "c1"), editor: "cy")
        try source.undoLast(editor: "cy", expected: nil)
        let snapshot = try source.exportAll()
        #expect(snapshot.withdrawals.map(\.value.target) == ["c2", "c3"])
        let target = try to.make()
        try target.importSnapshot(snapshot)
        #expect(try target.exportAll() == snapshot)
        #expect(try target.claims(project: nil).map(\.id) == ["c1"])
        #expect(try target.verifyAudit() == (try source.verifyAudit()))
        #expect(try target.verifyAudit().isIntact)
        // The copied history keeps undo's bookkeeping: cy has nothing left to undo, bo's withdrawal is not undone.
        #expect(try target.lastUndoable(editor: "cy") == nil)
        #expect(try target.lastUndoable(editor: "bo") == nil)
        #expect(AuditVerifier.verify(snapshot).isIntact)
    }

    @Test("the audit check covers withdrawals: a forged or added one is caught", arguments: [Engine.sqliteFile])
    func tamperedWithdrawal(_ engine: Engine) throws {
        let store = try loaded(engine) as! SQLiteStore
        try store.withdraw(.claim, id: "c2", reason: "duplicate", editor: "bo")
        #expect(try store.verifyAudit().isIntact)
        try store.executeForTesting("DROP TRIGGER withdrawal_no_update; UPDATE withdrawal SET reason = 'forged'")
        #expect(try store.verifyAudit().problem == "the row recorded by audit entry 5 was changed behind the tool's back (or has no audit entry)")
        let other = try loaded(engine) as! SQLiteStore
        try other.executeForTesting("INSERT INTO withdrawal (kind, target, project, editor, at, audit_seq) VALUES ('claim', 'c1', 'bridge', 'x', '2026-11-23T10:00:00Z', 99)")
        #expect(try other.verifyAudit().problem == "the row recorded by audit entry 99 was changed behind the tool's back (or has no audit entry)")
    }
}

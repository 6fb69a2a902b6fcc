import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation
import Testing

/// Editors' grades for sources (issue 21): set, clear, read back with the editor, audited, undone, copied, refused
/// on bad input with nothing written — on every engine, the audit chain verified after each write.
@Suite("Editors' source grades")
struct GradeStoreTests {
    func expectIntact(_ store: any TrackerStore) throws {
        let v = try store.verifyAudit()
        #expect(v.isIntact, "\(v.problem ?? "")")
    }

    @Test("a grade is stored with its reason and editor, audited, overrides in force, and cleared by a new event", arguments: Engine.allCases)
    func roundTrip(_ engine: Engine) throws {
        let store = try loaded(engine)
        #expect(try store.gradeOverrides().isEmpty)
        let set = try store.setGrade(source: "amurlife", grade: .b, reason: "  field team checked its reports  ", editor: "ann")
        #expect(set.grade == .b && set.reason == "field team checked its reports" && set.editor == "ann")
        let overrides = try store.gradeOverrides()
        #expect(overrides == ["amurlife": try GradeOverride(grade: .b, reason: "field team checked its reports", editor: "ann")])
        let entry = try #require(try store.auditEntries(filter: AuditFilter(editor: "ann")).last)
        #expect(entry.action == "grade.set" && entry.entity == "grade" && entry.entityID == "amurlife" && entry.project == nil)
        #expect(entry.before == nil && entry.after == CanonicalRow.grade(set))
        try expectIntact(store)

        // A second grade replaces the first; the audit entry keeps the one before.
        let e = try store.setGrade(source: "amurlife", grade: .e, reason: "reprints press releases", editor: "bo")
        #expect(try store.gradeOverrides()["amurlife"]?.grade == .e && store.gradeOverrides()["amurlife"]?.editor == "bo")
        let second = try #require(try store.auditEntries(filter: AuditFilter(editor: "bo")).last)
        #expect(second.before == CanonicalRow.grade(set) && second.after == CanonicalRow.grade(e))

        // Clearing gives the computed grade back; the history keeps all three events.
        let cleared = try store.setGrade(source: "amurlife", grade: nil, reason: "grade no longer needed", editor: "ann")
        #expect(cleared.grade == nil && cleared.action == "grade.clear")
        #expect(try store.gradeOverrides().isEmpty)
        #expect(try store.gradeEvents().map(\.grade) == [.b, .e, nil])
        #expect(try store.auditEntries(filter: AuditFilter()).last?.action == "grade.clear")
        try expectIntact(store)
    }

    @Test("bad input is refused naming field, value and expectation, and nothing is written", arguments: Engine.allCases)
    func badInput(_ engine: Engine) throws {
        let store = try loaded(engine)
        let before = try store.exportAll()
        #expect(refusal { try store.setGrade(source: "amurlife", grade: .c, reason: "   ", editor: "ann") }
                == .invalid("field \"reason\": \"   \"; expected a reason for setting the grade (it is shown beside it)"))
        #expect(refusal { try store.setGrade(source: "no-such", grade: .c, reason: "x", editor: "ann") }
                == .invalid("field \"source\": unknown source \"no-such\"; expected the id of a source in the database (see `bordertrack sources`)"))
        #expect(refusal { try store.setGrade(source: "rg", grade: nil, reason: "x", editor: "ann") }
                == .invalid("source \"rg\" has no editor's grade to clear; expected a source whose grade was set with `bordertrack source grade --grade`"))
        #expect(try store.exportAll() == before)
        #expect(try store.gradeEvents().isEmpty)
    }

    @Test("undo takes back a grade (the one before comes back), then the first; someone's later grade blocks it", arguments: Engine.allCases)
    func undo(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.setGrade(source: "rg", grade: .a, reason: "official record", editor: "ann")
        try store.setGrade(source: "rg", grade: .c, reason: "two wrong openings", editor: "ann")
        let last = try #require(try store.lastUndoable(editor: "ann"))
        #expect(last.action == "grade.set" && last.summary == "grade C for source rg")
        try store.undoLast(editor: "ann", expected: last.auditSeq)
        let restored = try #require(try store.gradeOverrides()["rg"])
        #expect(restored.grade == .a && restored.reason == "official record" && restored.editor == "ann")
        try expectIntact(store)
        // The undo is skipped: the first grade is next, and undoing it clears the grade.
        let first = try #require(try store.lastUndoable(editor: "ann"))
        #expect(first.summary == "grade A for source rg" && first.auditSeq < last.auditSeq)
        try store.undoLast(editor: "ann", expected: first.auditSeq)
        #expect(try store.gradeOverrides().isEmpty)
        #expect(try store.gradeEvents().map(\.grade) == [.a, .c, .a, nil])
        try expectIntact(store)

        // Bo grades after Ann: Ann's undo would overwrite him, so it is refused and nothing is written.
        try store.setGrade(source: "amurlife", grade: .d, reason: "late corrections", editor: "ann")
        try store.setGrade(source: "amurlife", grade: .b, reason: "checked on site", editor: "bo")
        let before = try store.exportAll()
        guard case .conflict(let why)? = refusal({ try store.undoLast(editor: "ann", expected: nil) }) else {
            Issue.record("an undo over another editor's grade was accepted"); return
        }
        #expect(why.contains("source \"amurlife\"'s grade was changed since your edit (bo recorded grade.set"), "\(why)")
        #expect(try store.exportAll() == before)
    }

    @Test("a graded source cannot be removed by undoing its addition; a copy carries the grades and verifies",
          arguments: Engine.allCases)
    func referencesAndCopy(_ engine: Engine) throws {
        let store = try loaded(engine)
        try store.addSource(try Source(id: "heihe-daily", name: "Heihe Daily", tier: .localMedia, country: "CN"), editor: "cy")
        try store.setGrade(source: "heihe-daily", grade: .d, reason: "no corrections policy", editor: "ann")
        #expect(throws: StoreError.self) { try store.undoLast(editor: "cy", expected: nil) }
        #expect(try store.sources().contains { $0.id == "heihe-daily" })

        let snapshot = try store.exportAll()
        #expect(snapshot.grades.map(\.value.source) == ["heihe-daily"])
        #expect(AuditVerifier.verify(snapshot).isIntact)
        for target in [Engine.sqliteMemory, engine] {
            let copy = try target.make()
            try copy.importSnapshot(snapshot)
            #expect(try copy.gradeOverrides() == store.gradeOverrides())
            #expect(try copy.exportAll().grades == snapshot.grades)
            try expectIntact(copy)
            // The copy takes new grades after the copied ones.
            try copy.setGrade(source: "rg", grade: .c, reason: "after the copy", editor: "bo")
            #expect(try copy.gradeEvents().map(\.source) == ["heihe-daily", "rg"])
            try expectIntact(copy)
        }
        // A grade row dropped from the copy is missed by the verification.
        var tampered = snapshot
        tampered.grades = []
        #expect(!AuditVerifier.verify(tampered).isIntact)
    }
}

/// Which editors' grades count on a day: the latest event per source recorded by then.
@Suite("Editors' grades as of a day")
struct GradeAsOfTests {
    @Test("with knownBy, grades recorded after the day do not count; a later clearing does not hide an earlier grade")
    func knownBy() throws {
        func at(_ s: String) -> Timestamp { Timestamp(parsing: s)! }
        let events = [
            GradeEvent(source: "rg", grade: .b, reason: "checked", editor: "ann", at: at("2021-03-01T10:00:00Z")),
            GradeEvent(source: "rg", grade: nil, reason: "withdrawn", editor: "bo", at: at("2022-01-10T10:00:00Z")),
            GradeEvent(source: "xinhua", grade: .d, reason: "late corrections", editor: "ann", at: at("2021-11-30T23:59:59Z")),
        ]
        #expect(GradeEvent.overrides(events).keys.sorted() == ["xinhua"])
        let end2021 = try PartialDate(parsing: "2021").end
        let then = GradeEvent.overrides(events, knownBy: end2021)
        #expect(then["rg"]?.grade == .b && then["rg"]?.editor == "ann" && then["xinhua"]?.grade == .d)
        #expect(GradeEvent.overrides(events, knownBy: try PartialDate(parsing: "2021-11-29").end).keys.sorted() == ["rg"])
        #expect(GradeEvent.overrides(events, knownBy: try PartialDate(parsing: "2020").end).isEmpty)
    }
}

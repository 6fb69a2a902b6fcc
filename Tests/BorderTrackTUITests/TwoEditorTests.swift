import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
@testable import BorderTrackTUI
import Foundation
import Testing
import BorderTrackTestSupport

/// Two editors in one process: two `AppState`s on two stores opened on one SQLite file, the runner's part
/// (write the edit, refresh the screen) done as `UIEffects` does it. The base an edit was started from is
/// fixed when the form opens: a refresh that changes it is shown in the form, and the save is refused.
@Suite("Two editors, one file: stale edits stay stale")
struct TwoEditorTests {
    static let today = Day(year: 2022, month: 6, day: 30)!
    let keys = AppFixture.keys

    /// A tracker file with the fixture's data, opened twice (editors ann and bo).
    struct Pair {
        let a: SQLiteStore
        let b: SQLiteStore
    }

    func pair() throws -> Pair {
        let path = Scratch.path("bt-two").appendingPathExtension("sqlite").path
        let clock: @Sendable () -> Timestamp = { Timestamp(parsing: "2022-06-30T10:00:00Z")! }
        let a = try SQLiteStore.open(path: path, clock: clock)
        let fixture = AppFixture.analysis()
        var batch = ImportBatch()
        let origin = Origin(file: "fixture")
        batch.sources = fixture.sources.values.sorted { $0.id < $1.id }.map { ($0, origin) }
        for summary in fixture.summaries {
            batch.projects.append((summary.project, origin))
            batch.claims += fixture.claims(of: summary.project.id).map { ($0, origin) }
            batch.plans += fixture.plans(of: summary.project.id).map { ($0, origin) }
        }
        _ = try a.importBatch(batch, editor: "import")
        return Pair(a: a, b: try SQLiteStore.open(path: path, clock: clock))
    }

    func load(_ store: SQLiteStore) throws -> Analysis {
        Analysis(dataset: try store.dataset(), flags: try store.flagEvents(), today: Self.today)
    }

    func state(_ store: SQLiteStore, _ editor: String) throws -> AppState {
        AppState(analysis: try load(store), session: .init(database: "t.sqlite", editor: editor, readOnly: false), rows: 30, cols: 110)
    }

    func press(_ s: inout AppState, _ key: Key) -> Effect? { s.handle(KeyEvent(key: key), keys: keys) }
    func type(_ s: inout AppState, _ text: String) { for ch in text { _ = press(&s, .char(ch)) } }
    func focus(_ s: inout AppState, _ id: String) {
        for _ in 0..<20 where s.form?.focused.id != id { _ = press(&s, .down) }
    }

    /// What the runner does with a save: one store call; success closes the form, a refusal keeps it (after
    /// showing the current data, as `UIEffects` does on a conflict). Returns the refusal, if any.
    @discardableResult
    func save(_ effect: Effect?, _ s: inout AppState, _ store: SQLiteStore) throws -> String? {
        guard case .save(let edit)? = effect else { Issue.record("no save effect: \(String(describing: effect))"); return nil }
        let editor = s.session.editor
        do {
            switch edit {
            case .addClaim(let c): try store.addClaim(c, editor: editor)
            case .updateProject(let p, let expected): try store.updateProject(p, expected: expected, editor: editor)
            case .flag(let id, let project, let action, let verdict, let severity, let note, let expectedLast):
                try store.recordFlag(FlagEvent(discrepancy: id, project: project, action: action, verdict: verdict, severity: severity,
                                               note: note, editor: editor, at: Timestamp(parsing: "2022-06-30T10:00:00Z")!),
                                     expectedLast: .some(expectedLast))
            default: Issue.record("unexpected edit \(edit)")
            }
        } catch let error as StoreError {
            s.replaceAnalysis(try load(store))
            let reason = error.errorDescription ?? "\(error)"
            s.saveFailed(reason)
            return reason
        }
        s.replaceAnalysis(try load(store))
        s.saveSucceeded(edit)
        return nil
    }

    /// Ctrl-S, then the runner's part.
    func saveKeys(_ s: inout AppState, _ store: SQLiteStore) throws -> String? {
        let effect = press(&s, .ctrl("s"))
        return try save(effect, &s, store)
    }

    @Test("both resolve (r) or acknowledge (y) one discrepancy; A saves; after the refresh B's form says so and B's save is refused",
          arguments: ["r", "y"])
    func flag(_ key: String) throws {
        let stores = try pair()
        var a = try state(stores.a, "ann"), b = try state(stores.b, "bo")
        _ = press(&a, .char("d")); _ = press(&b, .char("d"))
        let d = try #require(a.queueItem(0))
        #expect(b.queueItem(0)?.id == d.id)
        _ = press(&a, .char(Character(key))); _ = press(&b, .char(Character(key)))
        if key == "r" { type(&a, "l"); type(&b, "o") }
        focus(&a, "note"); type(&a, "A: lorries seen on the bridge")
        focus(&b, "note"); type(&b, "B: the ministry is right")
        #expect(!AppFixture.screen(b).contains("another editor changed this"))
        let saved1 = try saveKeys(&a, stores.a)

        #expect(saved1 == nil)
        // B's screen catches up with A's commit (the live refresh), the form still open with B's note.
        b.replaceAnalysis(try load(stores.b))
        #expect(b.form?["note"] == "B: the ministry is right")
        #expect(b.form?.baseChanged(in: b.data) == true)
        #expect(AppFixture.screen(b).contains("↻ another editor changed this since you opened it — saving will be refused; Esc to start"))
        let action = key == "r" ? "resolve" : "ack"
        let refusal = try saveKeys(&b, stores.b)
        #expect(refusal == "edit refused: discrepancy \(d.id) was changed by another editor since you opened it (ann recorded \(action) at 2022-06-30T10:00:00Z); reload and try again")
        #expect(b.form?["note"] == "B: the ministry is right" && b.form?.saving == false)
        // A's note is intact: one event, A's.
        let events = try stores.b.flagEvents().filter { $0.discrepancy == d.id }
        #expect(events.map(\.note) == ["A: lorries seen on the bridge"])
        #expect(events.map(\.editor) == ["ann"])
        // Saving again is refused again: the base does not move while the form is open.
        let saved2 = try saveKeys(&b, stores.b)

        #expect(saved2?.hasPrefix("edit refused: discrepancy \(d.id) was changed") == true)
    }

    @Test("a correction of a claim A corrected meanwhile: the form says so, the save is refused, then the picker offers A's correction and keeps what B typed")
    func correction() throws {
        let stores = try pair()
        var a = try state(stores.a, "ann"), b = try state(stores.b, "bo")
        _ = a.runCommand("goto bh-bridge"); _ = b.runCommand("goto bh-bridge")
        _ = press(&a, .char("c")); _ = press(&b, .char("c"))
        #expect(a.form?["claim"] == "bh-3" && b.form?["claim"] == "bh-3")
        focus(&a, "asOf"); _ = press(&a, .backspace); type(&a, "5")
        let saved3 = try saveKeys(&a, stores.a)

        #expect(saved3 == nil)
        let fix = try #require(try stores.a.claims(project: "bh-bridge").first { $0.supersedes == "bh-3" })
        focus(&b, "quote"); _ = press(&b, .ctrl("u")); type(&b, "мост открыт только для легковых")
        b.replaceAnalysis(try load(stores.b))
        #expect(b.form?.baseChanged(in: b.data) == true)
        #expect(AppFixture.screen(b).contains("↻ another editor changed this since you opened it"))
        let refusal = try saveKeys(&b, stores.b)
        #expect(refusal == "edit refused: claim \"bh-3\" was already superseded by \"\(fix.id)\"; correct that one instead")
        // The picker now offers the current state: A's correction, chosen; what B typed is kept, the rest follows A's claim.
        #expect(b.form?.fields.first?.options == [fix.id, "bh-2", "bh-1"])
        #expect(b.form?["claim"] == fix.id && b.form?["asOf"] == "2021-10-15")
        #expect(b.form?["quote"] == "мост открыт только для легковых")
        #expect(b.form?.baseChanged(in: b.data) == false)
        #expect(!AppFixture.screen(b).contains("another editor changed this"))
        let saved4 = try saveKeys(&b, stores.b)

        #expect(saved4 == nil)
        let claims = try stores.b.claims(project: "bh-bridge")
        #expect(claims.first { $0.supersedes == fix.id }?.quote == "мост открыт только для легковых")
    }

    @Test("a project edit whose project A changed meanwhile: the form says so and the save is refused")
    func projectEdit() throws {
        let stores = try pair()
        var a = try state(stores.a, "ann"), b = try state(stores.b, "bo")
        _ = a.runCommand("goto suifenhe"); _ = b.runCommand("goto suifenhe")
        _ = press(&a, .char("e")); _ = press(&b, .char("e"))
        focus(&a, "nameRu"); type(&a, "Суйфэньхэ")
        focus(&b, "nameEn"); type(&b, " free trade area")
        let saved5 = try saveKeys(&a, stores.a)

        #expect(saved5 == nil)
        b.replaceAnalysis(try load(stores.b))
        #expect(AppFixture.screen(b).contains("↻ another editor changed this since you opened it"))
        let refusal = try saveKeys(&b, stores.b)
        #expect(refusal?.hasPrefix("edit refused: project \"suifenhe\" was changed by another editor since you opened it (project.update by ann at") == true)
        #expect(try stores.b.project(id: "suifenhe")?.names.ru == "Суйфэньхэ")
        #expect(try stores.b.project(id: "suifenhe")?.names.en == "Suifenhe area")
    }
}

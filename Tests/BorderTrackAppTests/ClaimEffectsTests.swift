@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import BorderTrackTUI
import Testing

/// The runner performing what the detail's claim cursor asks for, against a real store.
@Suite("Claim cursor effects against the store")
struct ClaimEffectsTests {
    @Test("W, a reason, Ctrl-S, y withdraws the selected claim in the store; the claim's history holds the withdrawal with its reason")
    func withdrawAndHistory() throws {
        let (ui, _) = try RefresherTests.twoEditors(projects: 10)
        let effects = UIEffects(store: ui, editor: "ui", pollInterval: 0)
        var state = AppState(analysis: try AnalysisLoader.load(ui, asOf: nil), session: RefresherTests.session, rows: 30, cols: 100)
        let keys = AppKeys.defaults()
        _ = state.runCommand("goto p2")
        let before = state.data.claims(of: "p2").count
        _ = state.handle(KeyEvent(key: .down), keys: keys)
        let id = try #require(state.selectedClaim)
        _ = state.handle(KeyEvent(key: .char("W")), keys: keys)
        for ch in "typed twice" { _ = state.handle(KeyEvent(key: .char(ch)), keys: keys) }
        _ = state.handle(KeyEvent(key: .ctrl("s")), keys: keys)
        let answer = state.handle(KeyEvent(key: .char("y")), keys: keys)
        let effect = try #require(answer)
        effects.perform(effect, on: &state)
        #expect(state.message?.text == "claim \(id) withdrawn (it stays in the history)")
        #expect(state.data.claims(of: "p2").count == before - 1 && !state.data.claims(of: "p2").contains { $0.id == id })
        #expect(state.selectedClaim == nil)

        effects.perform(.loadClaimHistory(project: "p2", claim: id), on: &state)
        #expect(state.view == .history && state.historyClaim == id)
        let withdrawal = state.historyEntries.first { $0.action == "claim.withdraw" && $0.entityID == id }
        #expect(withdrawal?.editor == "ui")
        #expect(withdrawal.map { "\($0.summary) \($0.changes)".contains("typed twice") } == true, "the reason is kept")
        #expect(state.historyEntries.allSatisfy { $0.entityID == id || $0.changes.contains { $0.field == "supersedes" } })
    }
}

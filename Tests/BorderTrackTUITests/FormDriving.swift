import BorderTrackCore
@testable import BorderTrackTUI

/// Keys into an `AppState` as an editor types them: what the form test suites share.
protocol FormDriving {}

extension FormDriving {
    var keys: KeyMap { AppFixture.keys }

    func press(_ s: inout AppState, _ key: Key) -> Effect? { s.handle(KeyEvent(key: key), keys: keys) }
    func type(_ s: inout AppState, _ text: String) { for ch in text { _ = press(&s, .char(ch)) } }
    /// Moves the focus to a field by id.
    func focus(_ s: inout AppState, _ id: String) {
        for _ in 0..<20 where s.form?.focused.id != id { _ = press(&s, .down) }
    }

    /// The detail of a project of the fixture (or of `analysis`), at 100×30 unless told otherwise.
    func detail(_ project: String = "bh-bridge", rows: Int = 30, cols: Int = 100, analysis: Analysis = AppFixture.analysis()) -> AppState {
        var s = AppState(analysis: analysis, session: .init(database: "/data/tracker.sqlite", editor: "ann", readOnly: false),
                         rows: rows, cols: cols)
        _ = s.runCommand("goto \(project)")
        return s
    }
}

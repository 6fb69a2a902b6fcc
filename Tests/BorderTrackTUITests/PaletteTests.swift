import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// The command palette (Ctrl-P): every action of the view with its real key and every command, filtered as
/// typed, running what is picked.
@Suite("Command palette")
struct PaletteTests {
    let keys = AppFixture.keys

    func press(_ s: inout AppState, _ k: Key, keys: KeyMap? = nil) -> Effect? { s.handle(KeyEvent(key: k), keys: keys ?? self.keys) }

    func open(_ query: String = "", keys: KeyMap? = nil) -> AppState {
        var s = AppFixture.state(rows: 24, cols: 80)
        _ = press(&s, .ctrl("p"), keys: keys)
        for ch in query { _ = press(&s, .char(ch), keys: keys) }
        return s
    }

    @Test("Ctrl-P lists every action of the view with its keys, then every command; Esc closes")
    func lists() {
        var s = open()
        let entries = s.paletteEntries(keys: keys)
        let actions = entries.compactMap { e -> Action? in if case .action(let a) = e.target { return a }; return nil }
        #expect(actions == Action.allCases.filter { $0 != .palette && $0.views.contains(.list) })
        #expect(entries.first { $0.target == .action(.queue) }?.key == "d")
        #expect(entries.first { $0.target == .action(.down) }?.key == "j down")
        for c in Command.all { #expect(entries.contains { $0.key == ":" + c.name }, "\(c.name)") }
        _ = press(&s, .escape)
        #expect(s.palette == nil && s.view == .list)
        // In the detail view, list-only actions are left out.
        _ = s.runCommand("goto bh-bridge")
        _ = press(&s, .ctrl("p"))
        let detail = s.paletteEntries(keys: keys)
        #expect(!detail.contains { $0.target == .action(.addProject) })
        #expect(detail.contains { $0.target == .action(.timelineLeft) })
        // Commands called differently per view are offered as this view calls them.
        #expect(detail.filter { $0.key == ":filter" }.map(\.name) == ["kind=K status=S assessed=S country=CC region=R has-discrepancy"])
        var queue = AppFixture.state(rows: 24, cols: 80)
        _ = press(&queue, .char("d"))
        _ = press(&queue, .ctrl("p"))
        #expect(queue.paletteEntries(keys: keys).filter { $0.key == ":sort" }.map(\.name) == ["severity|date|kind|project|state [asc|desc]"])
    }

    @Test("typing keeps entries holding every word, in any order, case-insensitively, those naming it first; Enter runs the selected action")
    func filterAndRun() {
        var s = open("QUEUE disc")
        let entries = s.paletteEntries(keys: keys)
        #expect(entries.first?.target == .action(.queue))
        #expect(entries.allSatisfy { $0.searchText.contains("queue") && $0.searchText.contains("disc") })
        _ = press(&s, .enter)
        #expect(s.palette == nil && s.view == .queue)
        var none = open("zzqx")
        #expect(none.paletteEntries(keys: keys).isEmpty)
        #expect(AppFixture.screen(none).contains("nothing matches \"zzqx\""))
        #expect(press(&none, .enter) == nil && none.palette != nil)
    }

    @Test("↑/↓ select; a command taking values opens the : line with its name; one without runs")
    func commands() {
        var s = open(":goto")
        #expect(s.paletteEntries(keys: keys).count == 1)
        _ = press(&s, .enter)
        #expect(s.palette == nil && s.prompt == .init(kind: .command, text: "goto "))
        var q = open(":q quit")
        #expect(press(&q, .enter) == .recordCommand("q", then: .quit))
        var m = open("move")
        let moves = m.paletteEntries(keys: keys)
        #expect(moves.map(\.target).prefix(2) == [.action(.down), .action(.up)])
        _ = press(&m, .down)
        #expect(m.palette?.selection == 1)
        _ = press(&m, .up); _ = press(&m, .up)
        #expect(m.palette?.selection == 0)
        _ = press(&m, .down)
        _ = press(&m, .enter)
        #expect(m.palette == nil && m.listSelection == 0)
    }

    @Test("a rebound key shows as bound, and opens the palette")
    func rebound() {
        var map = keys
        map.rebind("queue", to: [.char("Q")])
        map.rebind("palette", to: [.ctrl("o")])
        var s = AppFixture.state(rows: 24, cols: 80)
        _ = press(&s, .ctrl("p"), keys: map)
        #expect(s.palette == nil)
        _ = press(&s, .ctrl("o"), keys: map)
        #expect(s.palette != nil)
        #expect(s.paletteEntries(keys: map).first { $0.target == .action(.queue) }?.key == "Q")
        _ = press(&s, .ctrl("o"), keys: map)
        #expect(s.palette == nil)
    }

    @Test("--ascii: the selected entry is marked with > (not only reversed), the frame and prompt are ASCII; it fits every size",
          arguments: [(24, 80), (12, 40), (40, 120)])
    func ascii(rows: Int, cols: Int) {
        var s = AppFixture.state(rows: rows, cols: cols)
        _ = press(&s, .ctrl("p"))
        let grid = Screen.render(s, keys: keys, theme: Theme(ascii: true))
        #expect(grid.lines[2] == "|> _" + String(repeating: " ", count: cols - 5) + "|")
        #expect(grid.lines[3].hasPrefix("|> q "))
        #expect(grid.lines[1].hasPrefix("+ Command palette (") && grid.lines[rows - 3].hasPrefix("+---"))
        for line in grid.lines { #expect(DisplayWidth.of(line) <= cols) }
        for line in Screen.render(s, keys: keys, theme: AppFixture.theme).lines { #expect(DisplayWidth.of(line) <= cols) }
    }
}

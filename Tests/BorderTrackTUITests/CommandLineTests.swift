import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// The `:` line: one command table for dispatch, help and completion; Tab completion; `:goto` by name; history.
@Suite("Command line: table, completion, :goto, history")
struct CommandLineTests {
    let keys = AppFixture.keys

    func press(_ s: inout AppState, _ k: Key) -> Effect? { s.handle(KeyEvent(key: k), keys: keys) }

    /// Opens the `:` line and types a text.
    func typed(_ text: String, view: String? = nil) -> AppState {
        var s = AppFixture.state(rows: 24, cols: 80)
        if let view { _ = press(&s, .char(Character(view))) }
        _ = press(&s, .char(":"))
        for ch in text { _ = press(&s, .char(ch)) }
        return s
    }

    @Test("every command and alias in the table is dispatched; the unknown-command message and help list them all")
    func oneTable() {
        for c in Command.all {
            for name in [c.name] + c.aliases {
                var s = AppFixture.state(rows: 24, cols: 80)
                _ = s.runCommand(name)
                #expect(s.message?.text.hasPrefix("unknown command") != true, "\(name): \(s.message?.text ?? "")")
            }
        }
        var s = AppFixture.state(rows: 24, cols: 80)
        _ = s.runCommand("frobnicate")
        let unknown = s.message?.text ?? ""
        for c in Command.all { #expect(unknown.contains(":" + c.name), "\(c.name) missing from \(unknown)") }
        let help = HelpView.commandLines().map(\.0)
        for c in Command.all { #expect(help.contains { $0 == ":" + c.name || $0.hasPrefix(":" + c.name + " ") }, "\(c.name)") }
        #expect(HelpView.commandLines().contains { $0.0 == ":goto ID|NAME" && $0.1.hasSuffix("(also :g)") })
        #expect(HelpView.commandLines().count == Command.all.reduce(0) { $0 + $1.usages.count })
    }

    @Test("Tab completes command names, then values: kinds, statuses, sources, fields, sort columns, formats",
          arguments: [
              ("go", nil, "goto "), ("ex", nil, "export "), ("filter kind=br", nil, "filter kind=bridge "),
              ("filter status=oper", nil, "filter status=operational "), ("filter has", nil, "filter has-discrepancy "),
              ("claims source=xi", nil, "claims source=xinhua "), ("claims tier=state", nil, "claims tier=state-media "),
              ("claims status=operational,constr", nil, "claims status=operational,construction "),
              ("filter sev", "d", "filter severity="), ("filter severity=crit", "d", "filter severity=critical "),
              ("filter state=al", "d", "filter state=all "), ("sort sev", "d", "sort severity "),
              ("sort discrepancies d", nil, "sort discrepancies desc "), ("export geo", nil, "export geojson "),
              ("freq pub", nil, "freq published "), ("asof to", nil, "asof today "),
          ] as [(String, String?, String)])
    func completes(line: String, view: String?, expected: String) {
        var s = typed(line, view: view)
        _ = press(&s, .tab)
        #expect(s.prompt?.text == expected)
        #expect(s.completion == nil)
    }

    @Test(":goto completes project ids from a part of any name (Latin, Cyrillic, CJK), case-insensitively",
          arguments: [("goto благ", "goto bh-bridge "), ("goto SUIF", "goto suifenhe "), ("goto 同江", "goto tongjiang "),
                      ("g 绥芬", "g suifenhe "), ("filter project=tong", "filter project=tongjiang ")])
    func completesProjects(line: String, expected: String) {
        var s = typed(line, view: line.hasPrefix("filter") ? "d" : nil)
        _ = press(&s, .tab)
        #expect(s.prompt?.text == expected)
    }

    @Test("several candidates: the common prefix, listed over the status bar; Tab again steps through them, Shift-Tab back")
    func severalCandidates() {
        var s = typed("claims source=")
        _ = press(&s, .tab)
        #expect(s.completion?.candidates == ["claims source=amur-gov", "claims source=amurlife", "claims source=rg", "claims source=xinhua"].map {
            String($0.dropFirst("claims ".count))
        })
        #expect(s.prompt?.text == "claims source=")
        #expect(Screen.render(s, keys: keys, theme: AppFixture.theme).lines[22].contains("4: source=amur-gov  source=amurlife"))
        _ = press(&s, .tab)
        #expect(s.prompt?.text == "claims source=amur-gov")
        _ = press(&s, .tab)
        #expect(s.prompt?.text == "claims source=amurlife")
        #expect(Screen.render(s, keys: keys, theme: AppFixture.theme).lines[22].contains("[source=amurlife]"))
        _ = press(&s, .backTab)
        _ = press(&s, .backTab)
        #expect(s.prompt?.text == "claims source=xinhua")
        // Typing starts afresh.
        _ = press(&s, .char(" "))
        #expect(s.completion == nil)
        var m = typed("filter kind=")
        _ = press(&m, .tab)
        #expect(m.completion?.candidates.count == ProjectKind.allCases.count)
        var none = typed("frobnicate x")
        _ = press(&none, .tab)
        #expect(none.completion?.note == "no completion for \"x\"")
        #expect(AppFixture.screen(none).contains("no completion for \"x\""))
        var goto = typed("goto мост")
        _ = press(&goto, .tab)
        #expect(goto.completion?.candidates == ["bh-bridge", "tongjiang"])
    }

    @Test(":goto opens the exact id, else the one project an id or name starts with or holds; several or none are said",
          arguments: [("goto bh-bridge", "bh-bridge"), ("goto благ", "bh-bridge"), ("goto SUIF", "suifenhe"), ("goto 同江", "tongjiang"),
                      ("g 黑河", "bh-bridge"), ("goto Suifenhe area", "suifenhe")])
    func gotoOpens(line: String, id: String) {
        var s = AppFixture.state(rows: 24, cols: 80)
        _ = s.runCommand(line)
        #expect(s.view == .detail && s.detailProject == id, "\(s.message?.text ?? "")")
    }

    @Test(":goto with several matches names them; with none says so; the view stays")
    func gotoAmbiguous() {
        var s = AppFixture.state(rows: 24, cols: 80)
        _ = s.runCommand("goto мост")
        #expect(s.view == .list)
        #expect(s.message == .init(text: "2 projects match \"мост\": bh-bridge, tongjiang — Tab completes", isError: true))
        _ = s.runCommand("goto blag")
        #expect(s.message == .init(text: "no project matches \"blag\" by id or name", isError: true))
        _ = s.runCommand("goto")
        #expect(s.message?.text == ":goto needs a project id or name (Tab completes)")
    }

    @Test("Enter keeps the command in the history and asks the runner to record it; ↑/↓ walk it, back to what was typed")
    func history() {
        var s = typed("filter kind=bridge")
        #expect(press(&s, .enter) == .recordCommand("filter kind=bridge", then: nil))
        _ = press(&s, .char(":"))
        for ch in "sort name" { _ = press(&s, .char(ch)) }
        #expect(press(&s, .enter) == .recordCommand("sort name", then: nil))
        _ = press(&s, .char(":"))
        for ch in "go" { _ = press(&s, .char(ch)) }
        _ = press(&s, .up)
        #expect(s.prompt?.text == "sort name")
        _ = press(&s, .up)
        #expect(s.prompt?.text == "filter kind=bridge")
        _ = press(&s, .up)
        #expect(s.prompt?.text == "filter kind=bridge")
        _ = press(&s, .down)
        _ = press(&s, .down)
        #expect(s.prompt?.text == "go")
        // The same command again is not kept twice; :q still quits after being recorded.
        _ = press(&s, .ctrl("u"))
        for ch in "sort name" { _ = press(&s, .char(ch)) }
        #expect(press(&s, .enter) == nil)
        #expect(s.history.entries == ["filter kind=bridge", "sort name"])
        _ = press(&s, .char(":"))
        _ = press(&s, .char("q"))
        #expect(press(&s, .enter) == .recordCommand("q", then: .quit))
    }

    @Test("the history keeps no control characters, no blank lines, and only the newest 500")
    func historyBounds() {
        let h = CommandHistory(["goto a\u{1B}[31m", "  ", "sort\u{9B}name\u{7}", "x\ny"])
        #expect(h.entries == ["goto a[31m", "sortname", "xy"])
        let many = CommandHistory((0..<600).map { "goto p\($0)" })
        #expect(many.entries.count == CommandHistory.limit)
        #expect(many.entries.first == "goto p100" && many.entries.last == "goto p599")
    }
}

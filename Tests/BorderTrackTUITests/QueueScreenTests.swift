import BorderTrackCore
import Foundation
@testable import BorderTrackTUI
import Testing

/// The queue's filter, sort, state counts and search, and the list's multi-word search, driven by keys
/// and commands as a user would, with the screens they give at 120×40, 80×24 and 40×12.
@Suite("Queue filter and search screens")
struct QueueScreenTests {
    let keys = AppFixture.keys
    static let t = Timestamp(seconds: 1_650_000_000)

    /// The fixture with two manual flags (one resolved) and its first detected discrepancy acknowledged.
    static func state(rows: Int, cols: Int) -> AppState {
        let first = AppFixture.analysis().openDiscrepancies.first!
        let flags = [
            FlagEvent(seq: 1, discrepancy: "mf-road", project: "suifenhe", action: .add, severity: .minor, note: "road to Suifenhe closed", editor: "ann", at: t),
            FlagEvent(seq: 2, discrepancy: "mf-rail", project: "tongjiang", action: .add, severity: .major, note: "rail gauge", editor: "ann", at: t),
            FlagEvent(seq: 3, discrepancy: "mf-rail", project: "tongjiang", action: .resolve, verdict: .both, note: "fixed", editor: "bo", at: t),
            FlagEvent(seq: 4, discrepancy: first.id, project: first.project, action: .ack, note: "seen", editor: "bo", at: t),
        ]
        return AppState(analysis: AppFixture.analysis(flags: flags), session: .init(database: "/data/tracker.sqlite", editor: "ann", readOnly: false),
                        rows: rows, cols: cols)
    }

    func press(_ s: inout AppState, _ text: String) {
        for ch in text { _ = s.handle(KeyEvent(key: .char(ch)), keys: keys) }
    }

    func command(_ s: inout AppState, _ line: String) {
        press(&s, ":")
        _ = s.handle(KeyEvent(key: .ctrl("u")), keys: keys)
        press(&s, line)
        _ = s.handle(KeyEvent(key: .enter), keys: keys)
    }

    func ids(_ s: AppState) -> [String] { (0..<s.queueCount).compactMap { s.queueItem($0)?.id } }

    @Test("the title and status line count open and acknowledged apart; resolved ones show with state=all or state=resolved")
    func states() {
        var s = Self.state(rows: 24, cols: 120)
        press(&s, "d")
        let screen = AppFixture.screen(s)
        #expect(screen.contains("Discrepancies (2 open, 1 acknowledged)"))
        #expect(screen.contains("│ 2 open, 1 ack │"))
        #expect(!ids(s).contains("mf-rail"))
        command(&s, "filter state=all")
        #expect(ids(s).contains("mf-rail") && s.queueCount == 4)
        #expect(AppFixture.screen(s).contains("Discrepancies (2 open, 1 acknowledged, 1 resolved) [state=all]"))
        command(&s, "filter state=resolved")
        #expect(ids(s) == ["mf-rail"])
        #expect(AppFixture.screen(s).contains("Discrepancies (1 resolved) [state=resolved]"))
        #expect(s.view == .queue, "filtering the queue stays in the queue")
    }

    @Test("f opens :filter with the current filter; bad input names field, value and expectation and changes nothing")
    func badInput() {
        var s = Self.state(rows: 24, cols: 120)
        press(&s, "d")
        command(&s, "filter kind=manual")
        #expect(ids(s) == ["mf-road"])
        press(&s, "f")
        #expect(s.prompt?.text == "filter kind=manual ")
        _ = s.handle(KeyEvent(key: .escape), keys: keys)
        let before = s.queueQuery
        for (line, said) in [("filter kind=nonsense", "filter kind=\"nonsense\": expected one of status-conflict"),
                             ("filter severity=high", "filter severity=\"high\": expected one of critical, major, minor"),
                             ("filter since=soon", "filter since=\"soon\": expected a date"),
                             ("filter colour=red", "filter \"colour=red\": expected project=ID"),
                             ("sort colour", ":sort \"colour\": expected one of severity, date, kind, project, state")] {
            command(&s, line)
            #expect(s.message?.isError == true && s.message?.text.hasPrefix(said) == true, "\(line): \(s.message?.text ?? "")")
            #expect(s.queueQuery == before, "\(line) changed nothing")
            #expect(s.view == .queue)
        }
        command(&s, "filter clear")
        #expect(s.queueQuery.filter.isEmpty && s.queueCount == 3)
        // The list's own filter is untouched by the queue's.
        #expect(s.filter.isEmpty && s.listCount == 3)
    }

    @Test("s, S and :sort order the queue; the selection stays on its discrepancy")
    func sort() {
        var s = Self.state(rows: 24, cols: 120)
        press(&s, "d")
        command(&s, "filter state=all")
        let selected = s.queueItem(s.queueSelection)?.id
        press(&s, "s")
        #expect(s.queueQuery.sort == .date && s.queueQuery.descending)
        #expect(s.queueItem(s.queueSelection)?.id == selected)
        let froms = (0..<s.queueCount).compactMap { s.queueItem($0)?.from }
        #expect(froms == froms.sorted(by: >))
        press(&s, "S")
        #expect((0..<s.queueCount).compactMap { s.queueItem($0)?.from } == froms.sorted())
        command(&s, "sort state")
        #expect((0..<s.queueCount).compactMap { s.queueItem($0)?.flag.state } == [.open, .open, .acknowledged, .resolved])
    }

    @Test("multi-word search in the list: any order, any case, Cyrillic and CJK, with n/N and the count")
    func listSearch() {
        var s = Self.state(rows: 24, cols: 120)
        press(&s, "/")
        press(&s, "ХЭЙХЭ мост")
        #expect(s.selectedSummary?.project.id == "bh-bridge")
        #expect(s.searchCount == "1 of 1")
        #expect(AppFixture.screen(s).contains("1 of 1"))
        _ = s.handle(KeyEvent(key: .enter), keys: keys)
        // A region and a source name, neither in any name.
        press(&s, "/")
        press(&s, "oblast rossiyskaya")
        _ = s.handle(KeyEvent(key: .enter), keys: keys)
        #expect(s.searchHits?.positions.count == 2)
        let first = s.listSelection
        press(&s, "n")
        #expect(s.listSelection != first && s.message?.text.hasSuffix("of 2") == true)
        press(&s, "N")
        #expect(s.listSelection == first)
        // A quote.
        press(&s, "/")
        press(&s, "эксплуатацию")
        _ = s.handle(KeyEvent(key: .enter), keys: keys)
        #expect(s.selectedSummary?.project.id == "bh-bridge")
        press(&s, "/")
        press(&s, "bridge rail-gauge")
        #expect(s.searchCount == "no match")
    }

    @Test("the search count in Russian and Chinese: position, matches with Russian plural forms, none")
    func searchCountInLanguage() {
        for (lang, one, none) in [(Catalogue.ru, "1 из 1", "нет совпадений"), (Catalogue.zh, "第 1 个，共 1 个", "无匹配")] {
            var s = Self.state(rows: 24, cols: 120)
            s.lang = lang
            press(&s, "/")
            press(&s, "ХЭЙХЭ мост")
            #expect(s.searchCount == one)
            #expect(AppFixture.screen(s).contains(one))
            press(&s, "/")
            press(&s, "bridge rail-gauge")
            #expect(s.searchCount == none)
        }
        #expect(Catalogue.ru.count("ui.message.search-matches", 2) == "2 совпадения")
        #expect(Catalogue.ru.count("ui.message.search-matches", 5) == "5 совпадений")
        #expect(Catalogue.ru.count("ui.message.search-matches", 21) == "21 совпадение")
    }

    @Test("a match is underlined (visible without colour) in the row, however the row is styled")
    func highlight() {
        var s = Self.state(rows: 24, cols: 120)
        press(&s, "d")
        press(&s, "/")
        press(&s, "suifenhe road")
        #expect(s.queueItem(s.queueSelection)?.id == "mf-road")
        let g = Screen.render(s, keys: keys, theme: AppFixture.theme)
        let row = g.lines.firstIndex { $0.contains("Suifenhe area") }!
        let col = DisplayWidth.of(String(g.lines[row].prefix(while: { $0 != "S" })))
        for x in col..<(col + 8) { #expect(g[row, x].style.attributes.contains(.underline), "column \(x)") }
        #expect(!g[row, col + 8].style.attributes.contains(.underline))
        #expect(g[row, col].style.attributes.contains(.reverse), "the selected row stays reversed")
    }

    /// The queue filtered to what needs work on one project, searched, at three sizes.
    func filtered(rows: Int, cols: Int) -> String {
        var s = Self.state(rows: rows, cols: cols)
        press(&s, "d")
        command(&s, "filter state=all severity=critical,minor")
        press(&s, "/")
        press(&s, "BRIDGE 黑河")
        return AppFixture.screen(s)
    }

    func check(_ got: String, _ expected: String, _ name: String) {
        #expect(got == expected)
        if got != expected, let dir = ProcessInfo.processInfo.environment["BORDERTRACK_GOLDEN_OUT"] {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? Data(got.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(name).txt"))
        }
    }

    @Test("the filtered, searched queue at 120×40")
    func snapshot120() { check(filtered(rows: 40, cols: 120), Self.golden120, "queue-filter-120x40") }

    @Test("the filtered, searched queue at 80×24")
    func snapshot80() { check(filtered(rows: 24, cols: 80), Self.golden80, "queue-filter-80x24") }

    @Test("the filtered, searched queue at 40×12")
    func snapshot40() { check(filtered(rows: 12, cols: 40), Self.golden40, "queue-filter-40x12") }

    /// The list searched for two words in two scripts.
    func listSearched(rows: Int, cols: Int) -> String {
        var s = Self.state(rows: rows, cols: cols)
        press(&s, "/")
        press(&s, "jewish Мост")
        return AppFixture.screen(s)
    }

    @Test("the list searched at 80×24 and 40×12: the count in the prompt line, Cyrillic names aligned")
    func listSnapshots() {
        check(listSearched(rows: 24, cols: 80), Self.list80, "list-search-80x24")
        check(listSearched(rows: 12, cols: 40), Self.list40, "list-search-40x12")
    }

    static let list80 = """
         BorderTrack · Projects (3)         a add claim  d discrepancies  m map  ? help
          NAME                     KIND     OFFICIAL      LOCAL         DISP  TARGET
          黑河—布拉戈维申斯克 bri… bridge   ● operational ◕ completed   ✖2    2022 +2
          Suifenhe area            ftz      ● operational –             •1
        › Мост Нижнеленинское–Тун… rail     ◔ agreed      –

















         3 projects │ 2 open, 1 ack │ as of today 2022-06-30 │ editor ann
        /jewish Мост▏                                                            1 of 1
        """
    static let list40 = """
         BorderTrack · Projects (3)
          NAME                 OFF   LOC   DISP
          黑河—布拉戈维申斯克… ● ope ◕ com ✖2
          Suifenhe area        ● ope –     •1
        › Мост Нижнеленинское… ◔ agr –





         as of today 2022-06-30 │ editor ann
        /jewish Мост▏                    1 of 1
        """

    static let golden120 = """
         Discrepancies (2 open, 1 ack) [severity=critical,minor state=all]       y ack  r resolve  enter open  esc back  ? help
          SEVERITY   KIND             PROJECT                                                                       1 of 2  1/3
        › ✖ critical status-conflict  黑河—布拉戈维申斯克 bridge  2021-10-07 – 2021-10-14  [acknowledged]
            Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers a…
            official RU: ● operational (full) — Rossiyskaya Gazeta 2…│ local RU: ◕ completed — Минэкономразвития Амурской облас…
          • minor    manual           Suifenhe area  since 2022-04-15  [open]
            Raised by ann on 2022-04-15: road to Suifenhe closed

          • minor    deadline-slip    黑河—布拉戈维申斯克 bridge  2018-03-01 – 2021-06-30  [open]
            The opening target moved 2 times, 24 months in all: 2020 (announced 2018-03) → 2021-01 (announced 2020-05) → 2022 …
            plans: bh-p1, bh-p2, bh-p3



























         /data/tracker.sqlite │ 3 projects │ 2 open, 1 ack │ as of today 2022-06-30 │ editor ann
        /BRIDGE 黑河▏                                                                                                    1 of 2
        """
    static let golden80 = """
         BorderTrack · Discrepancies (2 open, 1 ack) [severity=critical,minor state=all]
          SEVERITY   KIND             PROJECT                               1 of 2  1/3
        › ✖ critical status-conflict  黑河—布…  2021-10-07 – 2021-10-14  [acknowledged]
            Official and local accounts contradict each other: Rossiyskaya Gazeta (202…
            official RU: ● operational (full) — …│ local RU: ◕ completed — Минэкономраз…
          • minor    manual           Suifenhe area  since 2022-04-15  [open]
            Raised by ann on 2022-04-15: road to Suifenhe closed

          • minor    deadline-slip    黑河—布拉戈维申…  2018-03-01 – 2021-06-30  [open]
            The opening target moved 2 times, 24 months in all: 2020 (announced 2018-0…
            plans: bh-p1, bh-p2, bh-p3











         3 projects │ 2 open, 1 ack │ as of today 2022-06-30 │ editor ann
        /BRIDGE 黑河▏                                                            1 of 2
        """
    static let golden40 = """
         Discrepancies (2 open, 1 ack) [severit…
          SEVERITY   KIND             PROJECT
        › ✖ critical status-conflict  黑…  2021-
            Official and local accounts contra…
            official RU: ● o…│ local RU: ◕ comp…
          • minor    manual           Sui…  sinc
            Raised by ann on 2022-04-15: road …



         as of today 2022-06-30 │ editor ann
        /BRIDGE 黑河▏                    1 of 2
        """
}

import BorderTrackCore
import Foundation
@testable import BorderTrackTUI
import Testing

/// Every view rendered into the cell grid at the smallest supported size (40×12) and a large one (160×50),
/// compared with string literals: CJK and Cyrillic names must keep every column aligned.
@Suite("View snapshots")
struct SnapshotTests {
    let keys = AppFixture.keys

    func state(_ view: String, rows: Int, cols: Int) -> AppState {
        var s = AppFixture.state(rows: rows, cols: cols)
        switch view {
        case "detail": _ = s.runCommand("goto bh-bridge")
        case "halves": _ = s.runCommand("goto tongjiang")
        case "queue": _ = s.handle(KeyEvent(key: .char("d")), keys: keys)
        case "help": _ = s.handle(KeyEvent(key: .char("?")), keys: keys)
        case "palette": _ = s.handle(KeyEvent(key: .ctrl("p")), keys: keys)
        case "palette-sort":
            _ = s.handle(KeyEvent(key: .char("d")), keys: keys)
            _ = s.handle(KeyEvent(key: .ctrl("p")), keys: keys)
            for ch in "sort" { _ = s.handle(KeyEvent(key: .char(ch)), keys: keys) }
            _ = s.handle(KeyEvent(key: .down), keys: keys)
        case "form":
            _ = s.runCommand("goto tongjiang")
            _ = s.handle(KeyEvent(key: .char("a")), keys: keys)
            for _ in 0..<3 { _ = s.handle(KeyEvent(key: .down), keys: keys) }
            for ch in "2021-1" { _ = s.handle(KeyEvent(key: .char(ch)), keys: keys) }
        case "form-section":
            _ = s.runCommand("goto tongjiang")
            _ = s.handle(KeyEvent(key: .char("a")), keys: keys)
            for _ in 0..<2 { _ = s.handle(KeyEvent(key: .down), keys: keys) }
            for ch in "KZ" { _ = s.handle(KeyEvent(key: .char(ch)), keys: keys) }
        default: break
        }
        return s
    }

    /// Checks a snapshot and that no line is wider than the screen (`AppFixture.expectSnapshot`).
    func check(_ view: String, rows: Int, cols: Int, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        AppFixture.expectSnapshot(Screen.render(state(view, rows: rows, cols: cols), keys: keys, theme: AppFixture.theme), view,
                                  rows: rows, cols: cols, expected, sourceLocation: sourceLocation)
    }

    @Test("--ascii: the title, hints, status line and queue rows hold no Unicode drawing (data text aside)",
          arguments: ["list", "detail", "queue"])
    func asciiChrome(_ view: String) {
        var st = state(view, rows: 24, cols: 100)
        if view == "list" { _ = st.handle(KeyEvent(key: .char("S")), keys: keys) }  // a sort arrow in the status line
        let grid = Screen.render(st, keys: keys, theme: Theme(ascii: true))
        let title = grid.lines[0], status = grid.lines[22]
        // The detail's title is the project's (English) name; the rest is the program's own text.
        // The detail's title holds the project's name (data, en dash included): there only the program's glyphs are checked.
        for line in view == "detail" ? [status] : [title, status] { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
        for glyph in ["·", "←", "→", "│", "↓", "↑"] { #expect(!title.contains(glyph), "\(title)") }
        if view == "queue" {
            for line in grid.lines.dropFirst(2).prefix(6) where line.contains("critical") {
                #expect(line.contains("X critical "), "\(line)")
            }
        }
    }

    @Test("the list's row counter never covers a column title: after the last one, else in the name column's header")
    func rowCounterPlace() {
        var st = AppFixture.state(rows: 6, cols: 120)
        for _ in 0..<2 { _ = st.handle(KeyEvent(key: .down), keys: keys) }
        let wide = Screen.render(st, keys: keys, theme: AppFixture.theme).lines[1]
        #expect(wide.hasSuffix("TARGET  3/\(st.listCount) ") || wide.contains("TARGET") && wide.contains(" 3/\(st.listCount)"), "\(wide)")
        st.cols = 80
        let narrow = Screen.render(st, keys: keys, theme: AppFixture.theme).lines[1]
        for title in ["KIND", "SIDES", "UPDATED"] where narrow.contains(title.prefix(3)) {
            #expect(!narrow.contains(title.prefix(2) + "3/"), "\(narrow)")
        }
        #expect(narrow.contains("3/\(st.listCount)"), "\(narrow)")
    }

    @Test("the timeline cursor on a year's label reverses that digit instead of covering it")
    func cursorOnYearLabel() {
        let grid = Screen.render(state("halves", rows: 16, cols: 100), keys: keys, theme: AppFixture.theme)
        let axis = grid.lines[3]
        #expect(axis.contains("2016  2017  2018") && !axis.contains("▼"), "\(axis)")
        let col = DisplayWidth.of(String(axis[..<axis.range(of: "2017")!.lowerBound]))
        #expect(grid[3, col].style.attributes.contains(.reverse))
        #expect(!grid[3, col + 1].style.attributes.contains(.reverse))
    }

    @Test("a bridge built in halves: a lane per section, China's part completed while Russia's is being built, nothing disputed")
    func halves() {
        check("halves", rows: 16, cols: 100, """
             BorderTrack · Мост Нижнеленинское–Тунцзян    ↓ claims  ←/→ timeline  a add claim  esc back  ? help
             Мост Нижнеленинское–Тунцзян  [tongjiang]
             ru –   zh 同江铁路大桥
                      2008  2009  2010  2011  2012  2013  2014  2015   2016  2017  2018  2019  2020  2021  2022
             assessed      ◔-----------------------------------------------------------------------------------
             official      ◔-----------------------------------------------------------------------------------
             local
             side RU       ◔-----------------------------------------------------------------------------------
             § RU          ◔--------------------------------------------------◑================================
             § CN          ◔------------------------------------------------◕▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒
             disputes
                        ○· proposed  ◔- agreed  ◑= construction  ◕▒ completed  ●█ operational  ‖/ suspended
                        ✗x cancelled  ▲△· disputed (critical, major, minor)
             At 2017-01-01:
             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the detail of the Blagoveshchensk–Heihe bridge (timeline lanes at 160×50) at 40×12")
    func detail40x12() {
        check("detail", rows: 12, cols: 40, """
             黑河—布拉戈维申斯克 bridge
             黑河—布拉戈维申斯克 bridge  [bh-bridge]
             ru Мост Благовещенск – Хэйхэ   zh 黑河…
             At 2021-10-14:
               assessed ◕ completed  from 2021-10-14
               official ● operational (full)  Rossi…
               local    ◕ completed  Минэкономразви…
               RU       ◕ completed  Минэкономразви…
             bridge · RU–CN · Amur Oblast, Heilongj…

             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the discrepancy queue at 40×12")
    func queue40x12() {
        check("queue", rows: 12, cols: 40, """
             BorderTrack · Discrepancies (2 open)
              SEVERITY   KIND             PROJECT
            › ✖ critical status-conflict  黑…  2021-
                Official and local accounts contra…
                official RU: ● o…│ local RU: ◕ comp…
              • minor    deadline-slip    黑…  2018-
                The opening target moved 2 times, …
                plans: bh-p1, bh-p2, bh-p3


             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("help for the list view at 40×12")
    func help40x12() {
        check("help", rows: 12, cols: 40, """
             BorderTrack · Help            esc back
             Keys in the list view
              q             quit (from a sub-view:…
              ? f1          this help
              :             command line (see Comm…
              j down        move down (detail: sel…
              k up          move up (detail: the p…
              pgdn ctrl-f … page down
              pgup ctrl-b   page up
              g home        first row
             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the claim form with a date being typed at 40×12")
    func form40x12() {
        check("form", rows: 12, cols: 40, """
             Мост Нижнеленинское–Тунцзян
             Add a claim · tongjiang
               Status      construction
               Scope       (none)
               Section
             › As of       2021-1▏
                           ✖ a date YYYY, YYYY-MM
                           or YYYY-MM-DD, …
             the date the status held: YYYY, …
             Ctrl-S save · Enter/Tab/↓ next · ↑ …
             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the claim form's section refused as typed: not one of the project's countries, at 40×12")
    func formSection40x12() {
        check("form-section", rows: 12, cols: 40, """
             Мост Нижнеленинское–Тунцзян
             Add a claim · tongjiang
               Status      construction
               Scope       (none)
             › Section     KZ▏
                           ✖ one of the project's
                           countries (RU, CN)
               As of
             the country whose part it is about: R…
             Ctrl-S save · Enter/Tab/↓ next · ↑ …
             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the project list at 160×50")
    func list160x50() {
        check("list", rows: 50, cols: 160, """
             BorderTrack · Projects (3)                                                                                         a add claim  d discrepancies  m map  ? help
              NAME                                  KIND     SIDES                               OFFICIAL       LOCAL          ASSESSED          DISP  UPDATED    TARGET
            › 黑河—布拉戈维申斯克 bridge            bridge   RU–CN Amur Oblast, Heilongjiang     ● operational  ◕ completed    ◕ completed    F3 ✖2    2021-10-14 2022 +2
              Мост Нижнеленинское–Тунцзян           rail     RU–CN Jewish Autonomous Oblast      ◔ agreed       –              ◔ agreed       F6       2017
              Suifenhe area                         ftz      CN Heilongjiang                     ● operational  –              ● operational  F6       2019-08











































             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann │ sort discrepancies↓

            """)
    }

    @Test("the detail of the Blagoveshchensk–Heihe bridge (timeline lanes at 160×50) at 160×50")
    func detail160x50() {
        check("detail", rows: 50, cols: 160, """
             BorderTrack · 黑河—布拉戈维申斯克 bridge                                                                 ↓ claims  ←/→ timeline  a add claim  esc back  ? help
             黑河—布拉戈维申斯克 bridge  [bh-bridge]
             ru Мост Благовещенск – Хэйхэ   zh 黑河—布拉戈维申斯克界河公路大桥
                      2016                  2017                   2018                   2019                   2020                   2021              ▼    2022
             assessed                       ◑==============================================================================================================◕▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒
             official                       ◑==============================================================================================================●███████████████
             local                                                                                                                                         ◕▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒
             side RU                        ◑==============================================================================================================◕▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒
             disputes                                                                                                                                     ▲
                        ○· proposed  ◔- agreed  ◑= construction  ◕▒ completed  ●█ operational  ‖/ suspended  ✗x cancelled  ▲△· disputed (critical, major, minor)
             At 2021-10-14:
               assessed ◕ completed  from 2021-10-14
               official ● operational (full)  Rossiyskaya Gazeta (state media, RU), 2021-10-07
               local    ◕ completed  Минэкономразвития Амурской области (regional, RU), 2021-10-14
               RU       ◕ completed  Минэкономразвития Амурской области (regional, RU), 2021-10-14
             bridge · RU–CN · Amur Oblast, Heilongjiang · 50.25, 127.55

             Assessed ◕ completed since 2021-10-14  F3 (cannot be judged source, possibly true)
               carried by 2021-10-14 completed · Минэкономразвития Амурской области
               discounted: 2021-10-07 operational · Rossiyskaya Gazeta — contradicted by 1 later independent local source

             Discrepancies (2 open)
               ✖ critical status-conflict · sc-aa8fdcb1b8 · open
                 Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that,
                 Минэкономразвития Амурской области (2021-10-14) says completed but not in service — a later account reports less, with no suspension or closure reported
                 between.
               • minor deadline-slip · ds-894254512e · open
                 The opening target moved 2 times, 24 months in all: 2020 (announced 2018-03) → 2021-01 (announced 2020-05) → 2022 (announced 2021-06).

             Deadline history
               opening    target 2020       announced 2018-03 by Rossiyskaya Gazeta
               opening    target 2021-01    announced 2020-05 by Rossiyskaya Gazeta
               opening    target 2022       announced 2021-06 by Rossiyskaya Gazeta

             Claims (3, newest first)
               2021-10-14 ◕ completed  Минэкономразвития Амурской области (regional, RU) · local
                 “мост не открыт для грузов ␛[31m”
               2021-10-07 ● operational (full)  Rossiyskaya Gazeta (state media, RU) · official
                 “Мост введён в эксплуатацию”
               2016-12    ◑ construction  Rossiyskaya Gazeta (state media, RU) · official








             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the discrepancy queue at 160×50")
    func queue160x50() {
        check("queue", rows: 50, cols: 160, """
             BorderTrack · Discrepancies (2 open, 0 acknowledged)                                                            y ack  r resolve  enter open  esc back  ? help
              SEVERITY   KIND             PROJECT                                                                                                                       1/2
            › ✖ critical status-conflict  黑河—布拉戈维申斯克 bridge  2021-10-07 – 2021-10-14  [open]
                Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that, Минэкономразвити…
                official RU: ● operational (full) — Rossiyskaya Gazeta 2021-10-07            │ local RU: ◕ completed — Минэкономразвития Амурской области 2021-10-14
              • minor    deadline-slip    黑河—布拉戈维申斯克 bridge  2018-03-01 – 2021-06-30  [open]
                The opening target moved 2 times, 24 months in all: 2020 (announced 2018-03) → 2021-01 (announced 2020-05) → 2022 (announced 2021-06).
                plans: bh-p1, bh-p2, bh-p3








































             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("help for the list view at 160×50")
    func help160x50() {
        check("help", rows: 50, cols: 160, """
             BorderTrack · Help                                                                                                                                    esc back
             Keys in the list view
              q                        quit (from a sub-view: back)
              ? f1                     this help
              :                        command line (see Commands below): Tab completes commands and values, ↑/↓ earlier commands
              j down                   move down (detail: select the next claim)
              k up                     move up (detail: the previous claim; above the first, none)
              pgdn ctrl-f space        page down
              pgup ctrl-b              page up
              g home                   first row
              G end                    last row
              enter                    open the selected project (claims: as of the claim's date; frequency: filter by the value; detail: the selected claim whole)
              s                        sort by the next column
              S                        reverse the sort
              f                        filter: list kind= status= assessed= country= region= has-discrepancy · queue project= kind= severity= state= date= · claims: :clai…
              /                        search: every word, any order, in names (en, ru, zh), ids, regions, sources and quotes (claims: on Enter)
              n                        next match (the count shows which of how many)
              N                        previous match
              d                        discrepancy queue
              tab                      switch between projects and discrepancies
              a                        add a claim to the project (form)
              D                        add a deadline (an announced target) to the project
              A                        add a new project
              e                        edit the project's names, kind, regions, location
              !                        raise a manual flag on the project
              u                        undo your own last edit (a new compensating entry; history keeps both)
              h                        the project's history: every change, editor, time, before → after (at the selected claim; claim view: its own)
              C                        claims table: every claim of every project (:claims FILTER)
              ctrl-p                   command palette: every action and command, filtered as you type; Enter runs it
              m                        map of the listed projects (filter applied): arrows move to the nearest project that way, Enter opens it

             Commands (after :)
              :q                       quit (also :quit :q!)
              :goto ID|NAME            open a project: its id, else the one project whose id or name (en, ru, zh) starts with or holds the text (also :g)
              :asof DATE               the whole UI as known on DATE (YYYY, YYYY-MM, YYYY-MM-DD); :asof today (also :as-of)
              :filter kind=K status=S… filter the list; :filter clear (also :f)
              :filter project=ID kind… in the queue: filter it (state: open, acknowledged, resolved, obsolete); :filter clear
              :filter FILTER           in the claims table: the :claims filters
              :sort COLUMN [asc|desc]  name, kind, official, local, discrepancies, updated, target
              :sort severity|date|kin… in the queue: sort it (severity is the queue order)
              :sort COLUMN [asc|desc]  in the claims table: any of its columns
              :export FORMAT FILE      write a status report (markdown, html, csv, json, geojson) of the listed projects, as of the UI's date
              :claims [FILTER]         the claims table, filtered: source=S tier=T status=S project=P editor=E via=V|none lang=L|none state=current|superseded|all
              :claims asof=|published… a date (2021, 2021-03, 2021-03-05), FROM..TO, >=DATE or <=DATE
              :freq [COLUMN]           frequency of a claims column: project, source, tier, status, asof, published, recorded, editor, lang, via, state (also :frequency)
              :map                     the map of the listed projects (the filter applies): arrows, Enter, +/- zoom, H J K L pan
              :help                    this help
              Tab Shift-Tab            complete the command, then its values: project ids and names, fields (kind=, status=, source=…) and their values; again: the next c…
             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the claim form with a date being typed at 160×50")
    func form160x50() {
        check("form", rows: 50, cols: 160, """
             BorderTrack · Мост Нижнеленинское–Тунцзян                                                                ↓ claims  ←/→ timeline  a add claim  esc back  ? help
             Add a claim · tongjiang
               Status      construction
               Scope       (none)
               Section
             › As of       2021-1▏
                           ✖ a date YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %
               Published
               Source
               URL
               Quote
               Quote lang
               Translation
               Note
               Via































             the date the status held: YYYY, YYYY-MM or YYYY-MM-DD; ~ approximate, ? uncertain
             Ctrl-S save · Enter/Tab/↓ next · ↑ previous · ←/→ choose · Esc cancel
             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the command palette at 40×12")
    func palette40x12() {
        check("palette", rows: 12, cols: 40, """
             Projects (3)      enter run  esc close
            ┌ Command palette (38) ────────────────┐
            │› ▏                                   │
            │▶ q         quit (from a sub-view: ba…│
            │  ? f1      this help                 │
            │  :         command line (see Command…│
            │  j down    move down (detail: select…│
            │  k up      move up (detail: the prev…│
            │  pgdn ctr… page down                 │
            └──────────────────────────────────────┘
             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the command palette filtered by \"sort\" in the queue (the queue's :sort only), second entry selected, at 80×24")
    func paletteSort80x24() {
        check("palette-sort", rows: 24, cols: 80, """
             BorderTrack · Discrepancies (2 open, 0 acknowledged)      enter run  esc close
            ┌ Command palette (3) ─────────────────────────────────────────────────────────┐
            │› sort▏                                                                       │
            │  s                sort by the next column                                    │
            │▶ S                reverse the sort                                           │
            │  :sort            severity|date|kind|project|state [asc|desc]  in the queue:…│
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the command palette at 120×40")
    func palette120x40() {
        check("palette", rows: 40, cols: 120, """
             BorderTrack · Projects (3)                                                                        enter run  esc close
            ┌ Command palette (38) ────────────────────────────────────────────────────────────────────────────────────────────────┐
            │› ▏                                                                                                                   │
            │▶ q                quit (from a sub-view: back)                                                                       │
            │  ? f1             this help                                                                                          │
            │  :                command line (see Commands below): Tab completes commands and values, ↑/↓ earlier commands         │
            │  j down           move down (detail: select the next claim)                                                          │
            │  k up             move up (detail: the previous claim; above the first, none)                                        │
            │  pgdn ctrl-f spa… page down                                                                                          │
            │  pgup ctrl-b      page up                                                                                            │
            │  g home           first row                                                                                          │
            │  G end            last row                                                                                           │
            │  enter            open the selected project (claims: as of the claim's date; frequency: filter by the value; detail:…│
            │  s                sort by the next column                                                                            │
            │  S                reverse the sort                                                                                   │
            │  f                filter: list kind= status= assessed= country= region= has-discrepancy · queue project= kind= sever…│
            │  /                search: every word, any order, in names (en, ru, zh), ids, regions, sources and quotes (claims: on…│
            │  n                next match (the count shows which of how many)                                                     │
            │  N                previous match                                                                                     │
            │  d                discrepancy queue                                                                                  │
            │  tab              switch between projects and discrepancies                                                          │
            │  a                add a claim to the project (form)                                                                  │
            │  D                add a deadline (an announced target) to the project                                                │
            │  A                add a new project                                                                                  │
            │  e                edit the project's names, kind, regions, location                                                  │
            │  !                raise a manual flag on the project                                                                 │
            │  u                undo your own last edit (a new compensating entry; history keeps both)                             │
            │  h                the project's history: every change, editor, time, before → after (at the selected claim; claim vi…│
            │  C                claims table: every claim of every project (:claims FILTER)                                        │
            │  m                map of the listed projects (filter applied): arrows move to the nearest project that way, Enter op…│
            │  :q               quit                                                                                               │
            │  :goto            ID|NAME  open a project: its id, else the one project whose id or name (en, ru, zh) starts with or…│
            │  :asof            DATE  the whole UI as known on DATE (YYYY, YYYY-MM, YYYY-MM-DD); :asof today                       │
            │  :filter          kind=K status=S assessed=S country=CC region=R has-discrepancy  filter the list; :filter clear     │
            │  :sort            COLUMN [asc|desc]  name, kind, official, local, discrepancies, updated, target                     │
            │  :export          FORMAT FILE  write a status report (markdown, html, csv, json, geojson) of the listed projects, as…│
            │  :claims          [FILTER]  the claims table, filtered: source=S tier=T status=S project=P editor=E via=V|none lang=…│
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann │ sort discrepancies↓

            """)
    }
}

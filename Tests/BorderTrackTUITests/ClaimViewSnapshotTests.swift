import BorderTrackCore
import Foundation
@testable import BorderTrackTUI
import Testing

/// The detail with its claim cursor and the claim view at 120×40, 80×24 and 40×12, compared with string literals:
/// the selected claim marked, the long URL wrapped whole in the claim view, Cyrillic and CJK aligned.
@Suite("Claim cursor and claim view snapshots")
struct ClaimViewSnapshotTests: FormDriving {
    /// The Blagoveshchensk–Heihe detail with the claim holding the long URL selected (`claim`: its claim view).
    func state(_ view: String, rows: Int, cols: Int) -> AppState {
        var s = detail(rows: rows, cols: cols, analysis: ClaimCursorTests.analysis())
        for _ in 0..<3 { _ = press(&s, .down) }
        if view == "claim" { _ = press(&s, .enter) }
        if view == "withdraw" {
            _ = press(&s, .char("W"))
            type(&s, "двойная запись 重复")
        }
        return s
    }

    /// Checks a snapshot and that no line is wider than the screen (`AppFixture.expectSnapshot`).
    func check(_ view: String, rows: Int, cols: Int, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        AppFixture.expectSnapshot(Screen.render(state(view, rows: rows, cols: cols), keys: keys, theme: AppFixture.theme), view,
                                  rows: rows, cols: cols, expected, sourceLocation: sourceLocation)
    }

    @Test("the detail with the third claim selected at 120×40")
    func cursor120x40() {
        check("cursor", rows: 40, cols: 120, """
             BorderTrack · 黑河—布拉戈维申斯克 bridge                                   enter claim  O open URL  Y copy URL  ? help
             黑河—布拉戈维申斯克 bridge  [bh-bridge]
             ru Мост Благовещенск – Хэйхэ   zh 黑河—布拉戈维申斯克界河公路大桥
                      2016            2017             2018             2019             2020            2021             2022
             assessed                 ◑=================================================================================◕▒▒▒●██████
             official                 ◑================================================================================●███████████
             local                                                                                                      ◕▒▒▒●●●████
             side RU                  ◑================================================================================●◕▒▒▒●●●████
             disputes                                                                                                 ▲▲
                        ○· proposed  ◔- agreed  ◑= construction  ◕▒ completed  ●█ operational  ‖/ suspended  ✗x cancelled
                        ▲△· disputed (critical, major, minor)

             Discrepancies (2 open)
               ✖ critical status-conflict · sc-aa8fdcb1b8 · open
                 Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers
                 and cargo; against that, Минэкономразвития Амурской области (2021-10-14) says completed but not in service — a
                 later account reports less, with no suspension or closure reported between.
               • minor deadline-slip · ds-894254512e · open
                 The opening target moved 2 times, 24 months in all: 2020 (announced 2018-03) → 2021-01 (announced 2020-05) → 2022
                 (announced 2021-06).

             Deadline history
               opening    target 2020       announced 2018-03 by Rossiyskaya Gazeta
               opening    target 2021-01    announced 2020-05 by Rossiyskaya Gazeta
               opening    target 2022       announced 2021-06 by Rossiyskaya Gazeta

             Claims (6, newest first)
               2022-03    ● operational (full)  Amur Life (local media, RU) · local
                 “Грузовое движение по мосту открыто” [ru]
                 https://example.org/a␛]52;c;AAAA␇b
               2022-02    ● operational (full)  Amur Life (local media, RU) · local
                 “Грузовое движение по мосту открыто” [ru]
                 javascript:alert(1)
             ▶ 2022-01-15 ● operational (full)  Amur Life (local media, RU) · local
                 “Грузовое движение по мосту открыто” [ru]
                 https://www.amur.life/news/2022/01/15/most-blagoveshchensk-heihe-gruzovoe-dvizhenie-otkryto/segment-segment-segmen
                 t-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-
                 segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-end?utm=1
             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the detail with the third claim selected at 80×24")
    func cursor80x24() {
        check("cursor", rows: 24, cols: 80, """
             黑河—布拉戈维申斯克 bridge         enter claim  O open URL  Y copy URL  ? help
             黑河—布拉戈维申斯克 bridge  [bh-bridge]
             ru Мост Благовещенск – Хэйхэ   zh 黑河—布拉戈维申斯克界河公路大桥
                      2016      2017       2018      2019       2020       2021      2022
             assessed           ◑===================================================◕▒▒●███
             official           ◑===================================================●██████
             local                                                                  ◕▒▒●●██
             side RU            ◑===================================================◕▒▒●●██
             disputes                                                              ▲
                        ○· proposed  ◔- agreed  ◑= construction  ◕▒ completed
                        ●█ operational  ‖/ suspended  ✗x cancelled  ▲△· disputed
               2022-03    ● operational (full)  Amur Life (local media, RU) · local
                 “Грузовое движение по мосту открыто” [ru]
                 https://example.org/a␛]52;c;AAAA␇b
               2022-02    ● operational (full)  Amur Life (local media, RU) · local
                 “Грузовое движение по мосту открыто” [ru]
                 javascript:alert(1)
             ▶ 2022-01-15 ● operational (full)  Amur Life (local media, RU) · local
                 “Грузовое движение по мосту открыто” [ru]
                 https://www.amur.life/news/2022/01/15/most-blagoveshchensk-heihe-gruzovoe-
                 dvizhenie-otkryto/segment-segment-segment-segment-segment-segment-segment-
                 …(341 characters: select the claim, Enter shows the URL whole)
             3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the detail with the third claim selected at 40×12")
    func cursor40x12() {
        check("cursor", rows: 12, cols: 40, """
             黑河—布拉戈维申斯克 bridge
             黑河—布拉戈维申斯克 bridge  [bh-bridge]
             ru Мост Благовещенск – Хэйхэ   zh 黑河…
             ▶ 2022-01-15 ● operational (full)  Amu…
                 “Грузовое движение по мосту
                 открыто” [ru]
                 https://www.amur.life/news/2022/01
                 /15/most-blagoveshchensk-heihe-gru
                 …(341 characters: select the
                 claim, Enter shows the URL whole)
             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the claim view: the long URL wrapped whole, the quote, the keys, at 120×40")
    func claim120x40() {
        check("claim", rows: 40, cols: 120, """
             BorderTrack · Claim bh-4 · bh-bridge                                          O open URL  Y copy URL  esc back  ? help
             Claim bh-4 of bh-bridge
             Status       ● operational (full)
             Source       Amur Life (local media, RU) · local
             URL          https://www.amur.life/news/2022/01/15/most-blagoveshchensk-heihe-gruzovoe-dvizhenie-otkryto/segment-segme
                          nt-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segmen
                          t-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment-segment
                          -segment-segment-end?utm=1
             Quote        “Грузовое движение по мосту открыто” [ru]
             As of        2022-01-15
             Published    –
             Recorded     2022-01-15T00:00:00Z by ann
             Tier         local media

             Keys         O open URL · Y copy URL · c correct · W withdraw · h history · esc back























             /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the claim view at 80×24")
    func claim80x24() {
        check("claim", rows: 24, cols: 80, """
             BorderTrack · Claim bh-4 · bh-bridge  O open URL  Y copy URL  esc back  ? help
             Claim bh-4 of bh-bridge
             Status       ● operational (full)
             Source       Amur Life (local media, RU) · local
             URL          https://www.amur.life/news/2022/01/15/most-blagoveshchensk-heihe-
                          gruzovoe-dvizhenie-otkryto/segment-segment-segment-segment-segmen
                          t-segment-segment-segment-segment-segment-segment-segment-segment
                          -segment-segment-segment-segment-segment-segment-segment-segment-
                          segment-segment-segment-segment-segment-segment-segment-segment-s
                          egment-end?utm=1
             Quote        “Грузовое движение по мосту открыто” [ru]
             As of        2022-01-15
             Published    –
             Recorded     2022-01-15T00:00:00Z by ann
             Tier         local media

             Keys         O open URL · Y copy URL · c correct · W withdraw · h history ·
                          esc back




             3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the claim view at 40×12 (scrolled: j shows the rest)")
    func claim40x12() {
        check("claim", rows: 12, cols: 40, """
             BorderTrack · Claim bh-4 · bh-bridge
             Claim bh-4 of bh-bridge
             Status       ● operational (full)
             Source       Amur Life (local media,
                          RU) · local
             URL          https://www.amur.life/new
                          s/2022/01/15/most-blagove
                          shchensk-heihe-gruzovoe-d
                          vizhenie-otkryto/segment-
                          segment-segment-segment-s
             as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the withdrawal form (the reason, Cyrillic and CJK) at 80×24")
    func withdraw80x24() {
        check("withdraw", rows: 24, cols: 80, """
             黑河—布拉戈维申斯克 bridge         enter claim  O open URL  Y copy URL  ? help
             Withdraw claim bh-4 · bh-bridge
             › Reason      двойная запись 重复▏

















             why it was recorded in error (optional; kept in the history)
             Ctrl-S save · Enter/Tab/↓ next · ↑ previous · ←/→ choose · Esc cancel
             3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

            """)
    }

    @Test("the withdrawal form at 40×12")
    func withdraw40x12() {
        check("withdraw", rows: 12, cols: 40, """
             黑河—布拉戈维申斯克 bridge
             Withdraw claim bh-4 · bh-bridge
             › Reason      двойная запись 重复▏





             why it was recorded in error …
             Ctrl-S save · Enter/Tab/↓ next · ↑ …
             as of today 2022-06-30 │ editor ann

            """)
    }
}

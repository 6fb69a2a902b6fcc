import BorderTrackCore
import Foundation
@testable import BorderTrackTUI
import Testing

/// The detail view shows whose words a claim holds and how they are known: the quote in its language with the
/// language code, the translation under it marked as such, the editor's note, and "(via …)" after the source of
/// a claim known only through a secondary account.
@Suite("Detail view: quote, translation, via")
struct AttributionDetailTests {
    static let claims: [Claim] = [
        try! Claim(id: "sf-q", project: "suifenhe", status: .operational, asOf: try! PartialDate(parsing: "2020-07"),
                   source: "xinhua", quote: "绥芬河片区运行良好", quoteLang: "zh", translation: "The Suifenhe area runs well \u{1B}[31m",
                   note: "Headline only"),
        try! Claim(id: "sf-v", project: "suifenhe", status: .operational, asOf: try! PartialDate(parsing: "2021-04"),
                   source: "amur-gov", translation: "Goods keep crossing", via: "amurlife"),
    ]

    func screen(rows: Int, cols: Int) -> String {
        var s = AppState(analysis: AppFixture.analysis(adding: Self.claims),
                         session: .init(database: "/data/tracker.sqlite", editor: "ann", readOnly: false), rows: rows, cols: cols)
        _ = s.runCommand("goto suifenhe")
        let text = AppFixture.screen(s)
        if let dir = ProcessInfo.processInfo.environment["BORDERTRACK_GOLDEN_OUT"] {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: URL(fileURLWithPath: "\(dir)/detail-attribution-\(cols)x\(rows).txt"))
        }
        return text
    }

    @Test("quote with its language, translation marked under it, note, and (via …) at 100×34")
    func snapshot() {
        let text = screen(rows: 34, cols: 100)
        #expect(text == Self.expected100x34)
        #expect(!text.contains("\u{1B}"), "untrusted text reaches the terminal sanitised")
    }

    static let expected100x34 = """
     BorderTrack · Suifenhe area                  ↓ claims  ←/→ timeline  a add claim  esc back  ? help
     Suifenhe area  [suifenhe]
     ru –   zh 绥芬河片区
              2019                     2020                     2021   ▼                  2022
     assessed                ●█████████████████████████████████████████████████████████████████████████
     official                ●███████████████████████●█████████████████████████████████████████████████
     local                                                              ●██████████████████████████████
     side CN                 ●███████████████████████●█████████████████████████████████████████████████
     side RU                                                            ●██████████████████████████████
     disputes
                ○· proposed  ◔- agreed  ◑= construction  ◕▒ completed  ●█ operational  ‖/ suspended
                ✗x cancelled  ▲△· disputed (critical, major, minor)
     At 2021-04-01:
       assessed ● operational  from 2019-08-01
       official ● operational  新华社 Xinhua (state media, CN), 2020-07
       local    ● operational  Минэкономразвития Амурской области (regional, RU) (via Amur Life), 2021-…
       CN       ● operational  新华社 Xinhua (state media, CN), 2020-07
       RU       ● operational  Минэкономразвития Амурской области (regional, RU) (via Amur Life), 2021-…
     ftz · CN · Heilongjiang

     Assessed ● operational since 2019-08  F2 (cannot be judged source, probably true)
       carried by 2019-08 operational · 新华社 Xinhua; 2020-07 operational · 新华社 Xinhua; 2021-04
       operational · Минэкономразвития Амурской области

     Discrepancies (0 open)
       none open

     Deadline history
       no announced targets

     Claims (3, newest first)
       2021-04    ● operational  Минэкономразвития Амурской области (regional, RU) (via Amur Life) · lo…
     /data/tracker.sqlite │ 3 projects │ 2 open │ as of today 2022-06-30 │ editor ann

    """
}

import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// Rows whose names share a long start must still read apart when the name column is narrow (issue 19, point 3).
@Suite("Names that share a start, cut where they differ")
struct NameCutTests {
    static func state(cols: Int) -> AppState {
        let source = try! Source(id: "xinhua", name: "Xinhua", tier: .stateMedia, country: "CN")
        let names = [("harbin", "Heilongjiang Pilot Free Trade Zone – Harbin Area"), ("heihe", "Heilongjiang Pilot Free Trade Zone – Heihe Area"),
                     ("suifenhe", "Heilongjiang Pilot Free Trade Zone – Suifenhe Area"), ("bridge", "Blagoveshchensk–Heihe road bridge"),
                     ("pontoon", "Blagoveshchensk–Heihe pontoon bridge (winter crossing)")]
        let projects = names.map { try! Project(id: $0.0, kind: .ftz, names: try! Names(en: $0.1), countries: ["CN"], regions: ["Heilongjiang"]) }
        let claims = names.map { try! Claim(id: "c-" + $0.0, project: $0.0, status: .operational, asOf: try! PartialDate(parsing: "2020"), source: "xinhua") }
        let analysis = Analysis(dataset: Dataset(sources: [source], projects: projects, plans: [], claims: claims), flags: [],
                                today: try! PartialDate(parsing: "2022-06-30").start, asOf: nil)
        var s = AppState(analysis: analysis, session: .init(database: "t.sqlite", editor: "ann", readOnly: false), rows: 9, cols: cols)
        _ = s.runCommand("sort name")
        return s
    }

    @Test("at 80 columns the list keeps the words where the names differ")
    func list80() {
        let text = AppFixture.screen(Self.state(cols: 80))
        #expect(text == """
             BorderTrack · Projects (5)         a add claim  d discrepancies  m map  ? help
              NAME                     KIND     OFFICIAL      LOCAL         DISP  TARGET
              Blagoves…pontoon bridge… ftz      ● operational –
              Blagoveshche…road bridge ftz      ● operational –
              Heilongjiang…Harbin Area ftz      ● operational –
              Heilongjiang…Heihe Area  ftz      ● operational –
            › Heilongjia…Suifenhe Area ftz      ● operational –
             5 projects │ 0 open │ as of today 2022-06-30 │ editor ann │ sort name↑

            """)
    }

    @Test("at 40 columns too, every row differs", arguments: [40, 60, 100, 120])
    func rowsDiffer(cols: Int) {
        let lines = AppFixture.screen(Self.state(cols: cols)).split(separator: "\n", omittingEmptySubsequences: false)
        // The name column ends where the next column's title starts.
        let nameEnd = lines[1].distance(from: lines[1].startIndex, to: lines[1].range(of: cols < 70 ? " OFF" : " KIND")!.lowerBound)
        let rows = lines[2..<7].map { String($0.prefix(nameEnd).dropFirst(2)) }
        #expect(Set(rows).count == 5, "\(rows)")
    }
}

import BorderTrackCore
import BorderTrackFormats
import BorderTrackTUI
import Foundation
import Testing

/// The map view on the bundled sample data: frames at 120×40 and 80×24, the cursor, Enter, zoom and pan, the filter,
/// `--ascii`, labels apart, and every terminal size.
@Suite struct MapViewTests {
    static let sample: Analysis = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/sample.json")
        let batch = DatasetJSON.decode(Array(try! Data(contentsOf: url)), file: "sample.json")
        precondition(batch.issues.isEmpty)
        return Analysis(dataset: batch.dataset, flags: [], today: Day(year: 2026, month: 6, day: 30)!)
    }()

    static func state(rows: Int, cols: Int) -> AppState {
        var s = AppState(analysis: sample, session: .init(database: "sample.sqlite", editor: "ann", readOnly: false), rows: rows, cols: cols)
        _ = s.handle(KeyEvent(key: .char("m")), keys: AppFixture.keys)
        return s
    }

    static func screen(_ s: AppState, ascii: Bool = false) -> Grid {
        Screen.render(s, keys: AppFixture.keys, theme: Theme(ascii: ascii))
    }

    @Test func opensFromListWithKeyAndCommand() {
        var s = AppState(analysis: Self.sample, session: .init(database: "x", editor: "ann", readOnly: false), rows: 24, cols: 80)
        #expect(Self.screen(s).lines[0].contains("m map"))
        _ = s.handle(KeyEvent(key: .char("m")), keys: AppFixture.keys)
        #expect(s.view == .map)
        _ = s.handle(KeyEvent(key: .escape), keys: AppFixture.keys)
        #expect(s.view == .list)
        _ = s.runCommand("map")
        #expect(s.view == .map)
        #expect(s.map.sites?.count == 15 && s.map.sites?.unlocated.map(\.id) == ["ru-cn-checkpoint-modernisation"])
    }

    @Test func frame120x40() {
        let s = Self.state(rows: 40, cols: 120)
        AppFixture.expectSnapshot(Self.screen(s), "map", rows: 40, cols: 120, Self.expected120x40)
    }

    @Test func frame80x24() {
        let s = Self.state(rows: 24, cols: 80)
        AppFixture.expectSnapshot(Self.screen(s), "map", rows: 24, cols: 80, Self.expected80x24)
    }

    @Test func asciiFrameHasNoBrailleAndNoWideGlyphs() {
        let g = Self.screen(Self.state(rows: 24, cols: 80), ascii: true)
        for line in g.lines {
            #expect(!line.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        }
        // Markers keep their status symbols in ASCII: operational `@`, construction `c`.
        #expect(g.text.contains("@"))
    }

    @Test func cursorMovesToNearestInDirectionAndEnterOpens() {
        var s = Self.state(rows: 40, cols: 120)
        let ids = s.map.sites!.ids
        // Start at Zabaikalsk (the westernmost): → goes east, ← from there has nothing further west.
        s.map.selected = ids.firstIndex(of: "zabaikalsk-manzhouli-crossing")
        _ = s.handle(KeyEvent(key: .left), keys: AppFixture.keys)
        #expect(ids[s.map.selected!] == "zabaikalsk-manzhouli-crossing")
        _ = s.handle(KeyEvent(key: .right), keys: AppFixture.keys)
        let east = ids[s.map.selected!]
        #expect(east != "zabaikalsk-manzhouli-crossing")
        let pts = s.map.sites!.points
        #expect(pts[s.map.selected!].lon > pts[ids.firstIndex(of: "zabaikalsk-manzhouli-crossing")!].lon)
        // Down from Blagoveshchensk–Heihe reaches a project further south.
        s.map.selected = ids.firstIndex(of: "blagoveshchensk-heihe-road-bridge")
        let lat = pts[s.map.selected!].lat
        _ = s.handle(KeyEvent(key: .down), keys: AppFixture.keys)
        #expect(pts[s.map.selected!].lat < lat)
        let chosen = ids[s.map.selected!]
        _ = s.handle(KeyEvent(key: .enter), keys: AppFixture.keys)
        #expect(s.view == .detail && s.detailProject == chosen)
        _ = s.handle(KeyEvent(key: .escape), keys: AppFixture.keys)
        #expect(s.view == .map && ids[s.map.selected!] == chosen)
    }

    @Test func zoomAndPan() {
        var s = Self.state(rows: 24, cols: 80)
        _ = s.handle(KeyEvent(key: .char("+")), keys: AppFixture.keys)
        #expect(s.map.zoom == 2)
        _ = s.handle(KeyEvent(key: .char("L")), keys: AppFixture.keys)
        let c = s.map.center!
        _ = s.handle(KeyEvent(key: .char("H")), keys: AppFixture.keys)
        #expect(s.map.center!.lon < c.lon)
        _ = s.handle(KeyEvent(key: .char("-")), keys: AppFixture.keys)
        _ = s.handle(KeyEvent(key: .char("-")), keys: AppFixture.keys)
        #expect(s.map.zoom == 1 && s.map.center == nil)
        for _ in 0..<10 { _ = s.handle(KeyEvent(key: .char("+")), keys: AppFixture.keys) }
        #expect(s.map.zoom == MapState.maxZoom)
        _ = Self.screen(s)
    }

    @Test func filterApplies() {
        var s = Self.state(rows: 40, cols: 120)
        _ = s.runCommand("filter kind=bridge")
        #expect(s.view == .map)
        let ids = s.map.sites!.ids
        #expect(!ids.isEmpty && ids.allSatisfy { Self.sample.project(id: $0)?.kind == .bridge })
        #expect(!Self.screen(s).text.contains("Zabaikalsk"))
        _ = s.runCommand("filter clear")
        #expect(s.map.sites!.count == 15)
    }

    @Test func labelsInTheFrameDoNotOverlapMarkers() {
        let s = Self.state(rows: 40, cols: 120)
        let g = Self.screen(s)
        let symbols = Set(Status.allCases.map { Theme(ascii: false).symbol($0) })
        // Every marker cell holds exactly a status symbol (or `?`), never a label's letter.
        let lines = g.lines
        var markers = 0
        for line in lines { for ch in line where symbols.contains(String(ch)) { markers += 1 } }
        #expect(markers >= 8)
    }

    @Test func anySizeDrawsWithoutCrashing() {
        for (r, c) in [(0, 0), (1, 1), (2, 5), (8, 20), (12, 40), (3, 200), (60, 8)] {
            var s = Self.state(rows: r, cols: c)
            for k: Key in [.right, .down, .char("+"), .char("L"), .left, .up, .char("-")] {
                _ = s.handle(KeyEvent(key: k), keys: AppFixture.keys)
                let g = Self.screen(s)
                #expect(g.lines.count == r)
                _ = Self.screen(s, ascii: true)
            }
        }
    }

    @Test func hostileAndWideNamesAreSanitisedAndAligned() {
        var sites = MapSites()
        sites.append(id: "x", name: "Evil \u{1B}]0;pwn\u{07} bridge", point: GeoPoint(lon: 127.5, lat: 50.25), status: .construction)
        sites.append(id: "y", name: "黑河大桥 Мост", point: GeoPoint(lon: 131, lat: 44.4), status: .operational)
        var s = AppState(analysis: Self.sample, session: .init(database: "x", editor: "ann", readOnly: false), rows: 24, cols: 80)
        s.showMap(sites: sites)
        let g = Self.screen(s)
        #expect(!g.text.contains("\u{1B}"))
        #expect(g.text.contains("␛"))
        for line in g.lines { #expect(DisplayWidth.of(line) <= 80) }
    }

    static let expected120x40 = """
         BorderTrack · Map (15 located)                                     ←↑↓→ move  enter open  +/- zoom  HJKL pan  esc back
                                                                                           ⠸⠖⠃⣸⠉⢀⢮    │ No location (1)
                                    ⣀⣀⣀⠤⠔⠒⠒⠉⠉⠉⠓⠦⣄                                            ⠉⠉⠉⠁⠉    │ Reconstruction of Russi…
                                 ⢀⡴⠊⠁            ⠉⠉⠙⠒⣄                                                │
                                 ⠧⠤⢄                  ⢇                                               │
                                   ⢣                   ⢣                                              │
                                 ⢀⡴⠃                   ⠘⢄                                             │
                                ⣰⠃                      ⠸⡀                                            │
                               ⢠⠃                        ⢣⡀                                     ⢀⠔    │
                              ⣠⠃                          ⢱            Amursk deep wood proc…⠤⠔⠒⠁     │
            ⣀⠤⠤⣀              ⢱                           ⠘●Blagoveshchensk–He… +5          ◑⠆        │
         ⡠⠔⠉    ⠑⠤⠤⠒⠒⣄⡀    ⡠⠖⠒⠃         ⣀⠄                 ⢇                               ⠰⡁         │
        ⠐⠁          ⡸ ⠈●Zabaikalsk–Manzhouli …              ⠓⠒⠒⠲⢄⣀⡀                       ⢀⠤⠃         │
                   ⢰⠁  ⡠⢓⢧⠍ ⠑⠒⠊⠉⠒⠒⠉⠁                              ⠈⠢⡀                    ⢀⠇           │
                  ⡠⠃  ⢰⡡⠃                                           ⠈⠉⡇              ⢀⠤⠒⠊⠁            │
                 ⢀⡇                                            Bridge from Khabar… +1●                │
                 ⢇⡀⣀⣀⣀⣀ ⣠⢖⠒⠒⡄                                         ⠘⡄     ●Nizhneleninskoye–Tong…  │
                  ⠈⠁   ⠑⠙⠁  ⠈⠑⢄                                        ⠈⠉⠉⠉⢉⡹⠁     ⣀⡜                 │
                               ⠑⡄                                     ⣠⠤⠤⠒⠒⠃      ⡸                   │
                         ⢀⡠⠤⣀⢄⣀⡀⢱                                   ⡔⠚            ⡇              ⢰    │
                     ⡠⠤⠼⠉⠁     ⠈⠁                                 ⡰⠉             ⢸              ⢰⠁    │
                   ⢀⠎                                   ⡠⠤⢄⡤⣀⡠⢄⡠⣀⠜              ⡠⠃             ⢠⠃     │
                 ⣀⠤⠊                             ⣀⣀ ⣀⡠⠒⠉●Heilongjiang Pilot Fr…⣀⠇            ⢠⠊⠁      │
            ⢀⡸⠉⠉⠉                                 ⠈⠉                     ⢠⠔⡶⣒⡢⡀⡇           ⢀⠔⠁        │
        ⠠⢄⣀⠔⠁                                                          ⢰⠊⠁ ⣜ ⡸⠉           ⡠⠊          │
                                                                       ⠘◔Suifenhe Comprehen… +1       │
                                                                        ⡵              ⢀⠎             │
                                    ⣀⣀⡀⢀⡠⠔⠉⠑⠢⡄                          ⡇             ⡠⠃              │
                        ⢀⣀⠤⠤⠤⠤⠤⠔⠒⠒⠊⠉  ⠈⠁     ⡸                          ⡜⢀⢤⡤⡆      ⣀⠔⠉                │
                       ⡎⠁                    ⢱                     ⡰⠢⣀●Makhalino–Hunchun cro…         │
                       ⠃                     ⠈⢢                  ⢀⡤⠇ ⠙⢞⡍⠁      ⠁                      │
                                           ⡠⠒⠒⠁              ⣀⣀⣀⡠⠃  ⡰⠉⠉                               │
                                          ⡜             ⡠⠢⡀  ⠱⡀    ⡔⠁                                 │
                                         ⢀⠇            ⡰⠁ ⠉⠒⠒⠒⠁    ⡇                                  │
                                    ⢀⠤⣀⣰⢀⠕          ⢀⡠⠔⠁          ⢀⡇                                  │
                                   ⡰⠁   ⢙⠄        ⣠⠔⠊           ⣀⠜⠁                                   │
                                ⣀⠤⠒⠁   ⢠⠊       ⡔⠉           ⢀⡠⠊                                      │
         › Blagoveshchensk–Heihe road bridge  ● operational  50.20N 127.60E           ○prop ◔agre ◑cons ◕comp ●oper ‖susp ✗canc
         sample.sqlite │ 16 projects │ 8 open │ as of today 2026-06-30 │ editor ann

        """
    static let expected80x24 = """
         Map (15 located)           ←↑↓→ move  enter open  +/- zoom  HJKL pan  esc back
                         ⣀⡠⢄⡤⠤⣄⡀                       ⠛⠷⠭⠾   │ No location (1)
                      ⢀⣔⠉⠁     ⠈⠉⠳⢄                           │ Reconstruction of Russi…
                        ⡇         ⠈⢆                          │
                      ⡰⠊           ⠘⡄                         │
                     ⢰⠁             ⠑⡄     Amursk deep …⣀⠤⠊   │
          ⡤⠒⠒⢄⡠⢄⡀  ⢀⣠⠕    ⢀⡀         ●Blagovesh… +5    ◑⠃     │
         ⠊     ⢰⠉●Zabaikalsk–M…      ⠈⠒⠒⠦⢤⡀           ⢠⠜      │
              ⢠⠃⠐⠕⠉                   Bridge from …●⡔⠒⠉       │
              ⡎⣀⣀⣀⣤⠤⣀             Nizhnelenins…●⠒⠊⠉◑          │
              ⠈  ⠈⠁  ⠳⡀                Bolshoy Ussu…          │
                ⢀⣠⠤⠒⠒⠤⠝                  ⣠⠊⠁     ⢠⠃       ⡸   │
              ⢀⡔⠁                 ⣀●Heilongjiang…⡞      ⢀⠔⠁   │
          ⢀⡠⠒⠊⠁                ⠈⠙⠊⠁         ⣀⡴⡶⢦⡎      ⡠⠊     │
         ⠉⠁                                 ◔Suifenhe … +1    │
                        ⢀⡀⢀⠤⢄⣀              ⢸       ⡠⠊        │
                 ⡤⠒⠒⠒⠒⠊⠉⠁⠈⠁  ⢸            ⣄●Makhalino–Hu…     │
                 ⠃           ⣈⠆         ⢠⠼⢈⢿⠉  ⠈⠁             │
                           ⢀⠏      ⢠⢦⣀⣫⠉⠁⢠⠋                   │
                        ⢀⢄⡄⡾     ⢀⠔⠁  ⠈  ⣸                    │
                      ⢀⡠⠃ ⢨⠃   ⡠⠚⠁    ⢀⡠⠚                     │
         › Blagoveshchensk–Heihe road bridge  ● operational  50.20N 127.60E
         sample.sqlite │ 16 projects │ 8 open │ as of today 2026-06-30 │ editor ann

        """
}

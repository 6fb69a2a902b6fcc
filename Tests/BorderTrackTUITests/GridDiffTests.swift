import BorderTrackTUI
import Testing

@Suite("Diff renderer")
struct GridDiffTests {
    static func sample() -> Grid {
        var g = Grid(rows: 3, cols: 10)
        g.put("Heihe", row: 0, col: 0)
        g.put("黑河大桥", row: 1, col: 0)
        g.put("Мост", row: 2, col: 0)
        return g
    }

    @Test("identical grids: nothing to write")
    func identical() {
        let d = GridDiff.between(Self.sample(), Self.sample())
        #expect(d.runs.isEmpty && !d.isFullRedraw && d.isEmpty)
    }

    @Test("one changed cell: one run of one cell at its position")
    func oneCell() {
        var next = Self.sample()
        next.put("X", row: 2, col: 7, style: .fg(.red))
        let d = GridDiff.between(Self.sample(), next)
        #expect(!d.isFullRedraw)
        #expect(d.runs == [GridDiff.Run(row: 2, col: 7, cells: [Cell("X", style: .fg(.red))])])
    }

    @Test("a style change alone is a change")
    func styleOnly() {
        var next = Self.sample()
        next.restyle(Rect(row: 0, col: 1, height: 1, width: 2)) { $0.attributes = .bold }
        let d = GridDiff.between(Self.sample(), next)
        #expect(d.runs.map(\.col) == [1] && d.runs.first?.cells.count == 2)
    }

    @Test("a changed wide character is written whole, with its continuation")
    func wide() {
        var next = Self.sample()
        next.put("黒", row: 1, col: 2) // 河 → 黒 changes only the left cell
        let d = GridDiff.between(Self.sample(), next)
        #expect(d.runs.count == 1)
        #expect(d.runs[0].row == 1 && d.runs[0].col == 2 && d.runs[0].cells.count == 2)
        #expect(d.runs[0].cells[1].isContinuation)
        var narrow = Self.sample()
        narrow.put("ab", row: 1, col: 4) // over 大
        let e = GridDiff.between(Self.sample(), narrow)
        #expect(e.runs == [GridDiff.Run(row: 1, col: 4, cells: [Cell("a"), Cell("b")])])
    }

    @Test("separate changes in a row are separate runs")
    func separate() {
        var next = Self.sample()
        next.put("1", row: 0, col: 0)
        next.put("2", row: 0, col: 9)
        #expect(GridDiff.between(Self.sample(), next).runs.map(\.col) == [0, 9])
    }

    @Test("a size change or no previous frame: full redraw of every row")
    func full() {
        let next = Self.sample()
        for previous in [Grid(rows: 3, cols: 9), nil] {
            let d = GridDiff.between(previous, next)
            #expect(d.isFullRedraw)
            #expect(d.runs.count == 3)
            #expect(d.runs.allSatisfy { $0.col == 0 && $0.cells.count == 10 })
            #expect(d.runs.map(\.row) == [0, 1, 2])
        }
        #expect(GridDiff.between(nil, Grid(rows: 0, cols: 0)).runs.isEmpty)
    }
}

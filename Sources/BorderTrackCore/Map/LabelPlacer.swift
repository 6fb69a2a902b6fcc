/// Places labels beside markers on a grid of cells so that no two labels, and no label and marker, overlap.
///
/// Greedy in priority order (the selected marker first, then the sites' order): each label tries the cells right of
/// its marker, then left, then the row above and the row below (starting at the marker's column, else ending at it);
/// a label that fits nowhere is left out. Deterministic, so a frame is a pure function of its input.
public struct LabelPlacer: Sendable {
    /// A placed label: its row, first column and width in columns.
    public struct Placement: Hashable, Sendable {
        public let marker: Int
        public let row: Int, col: Int, width: Int
    }

    public let columns: Int, rows: Int
    private var taken: [Bool]
    public private(set) var placements: [Placement] = []

    /// A grid where the markers' own cells are already taken.
    public init(columns: Int, rows: Int, markers: [(col: Int, row: Int)]) {
        self.columns = max(0, columns); self.rows = max(0, rows)
        taken = [Bool](repeating: false, count: self.columns * self.rows)
        for m in markers where m.col >= 0 && m.row >= 0 && m.col < columns && m.row < rows { taken[m.row * columns + m.col] = true }
    }

    /// Marks cells as taken (a legend, a box drawn over the map).
    public mutating func block(row: Int, col: Int, width: Int) {
        for c in max(0, col)..<max(max(0, col), min(columns, col + width)) where row >= 0 && row < rows { taken[row * columns + c] = true }
    }

    func free(row: Int, col: Int, width: Int) -> Bool {
        guard row >= 0, row < rows, col >= 0, col + width <= columns, width > 0 else { return false }
        for c in col..<(col + width) where taken[row * columns + c] { return false }
        return true
    }

    /// Places a label `width` columns wide for the marker at (`col`, `row`), `gap` columns from it on its own row (a
    /// marker wider than its cell, as the report's discs, takes a gap of 2), keeping one blank column between it and
    /// the next label on its row; returns where, or nil when nothing fits.
    @discardableResult
    public mutating func place(marker: Int, col: Int, row: Int, width: Int, gap: Int = 1) -> Placement? {
        guard width > 0 else { return nil }
        let tries = [(row, col + gap), (row, col - width - gap + 1), (row - 1, col), (row + 1, col), (row - 1, col - width + 1),
                     (row + 1, col - width + 1)]
        for (r, c) in tries where free(row: r, col: c, width: width) {
            // A gap of one column after and before, where the grid has room, so neighbours do not run together.
            let p = Placement(marker: marker, row: r, col: c, width: width)
            for x in max(0, c - 1)..<min(columns, c + width + 1) { taken[r * columns + x] = true }
            placements.append(p)
            return p
        }
        return nil
    }
}

/// What to write to turn the screen showing one grid into the next: runs of changed cells.
public struct GridDiff: Hashable, Sendable {
    /// Consecutive cells of one row to write, starting at (row, col).
    ///
    /// A run never starts on a continuation cell nor ends on a wide cell without its continuation; the
    /// driver writes each non-continuation cell at `col + index`.
    public struct Run: Hashable, Sendable {
        public let row: Int
        public let col: Int
        public let cells: [Cell]

        public init(row: Int, col: Int, cells: [Cell]) { self.row = row; self.col = col; self.cells = cells }
    }

    /// Whether the screen must be cleared and everything drawn (first frame or size change).
    public let isFullRedraw: Bool
    public let runs: [Run]

    public init(isFullRedraw: Bool, runs: [Run]) { self.isFullRedraw = isFullRedraw; self.runs = runs }

    /// Whether there is nothing to write.
    public var isEmpty: Bool { runs.isEmpty && !isFullRedraw }

    /// The changes from `previous` (nil: nothing on screen yet) to `next`.
    ///
    /// A full redraw (every row as one run) when there is no previous grid or the sizes differ.
    public static func between(_ previous: Grid?, _ next: Grid) -> GridDiff {
        guard let previous, previous.size == next.size else {
            let runs = (0..<next.rows).compactMap { r -> Run? in
                next.cols > 0 ? Run(row: r, col: 0, cells: Array(next.row(r))) : nil
            }
            return GridDiff(isFullRedraw: true, runs: runs)
        }
        var runs: [Run] = []
        let cols = next.cols
        for r in 0..<next.rows {
            let old = Array(previous.row(r)), new = Array(next.row(r))
            guard old != new else { continue }
            var changed = (0..<cols).map { old[$0] != new[$0] }
            // Keep wide characters whole: a changed half pulls in the other half, in either grid.
            for c in 0..<cols where changed[c] {
                if c > 0 && (old[c].isContinuation || new[c].isContinuation) { changed[c - 1] = true }
            }
            for c in stride(from: cols - 1, through: 0, by: -1) where changed[c] {
                if c + 1 < cols && (old[c].isWide || new[c].isWide) { changed[c + 1] = true }
            }
            var c = 0
            while c < cols {
                guard changed[c] else { c += 1; continue }
                var end = c
                while end < cols && changed[end] { end += 1 }
                runs.append(Run(row: r, col: c, cells: Array(new[c..<end])))
                c = end
            }
        }
        return GridDiff(isFullRedraw: false, runs: runs)
    }
}

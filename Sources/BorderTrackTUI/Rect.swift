/// A rectangle of cells: top-left corner and size. Dimensions are never negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var col: Int
    public var height: Int
    public var width: Int

    public init(row: Int, col: Int, height: Int, width: Int) {
        self.row = row; self.col = col; self.height = max(0, height); self.width = max(0, width)
    }

    /// The rectangle covering a whole size.
    public init(_ size: Size) { self.init(row: 0, col: 0, height: size.rows, width: size.cols) }

    public var isEmpty: Bool { height == 0 || width == 0 }
    /// One past the last row.
    public var bottom: Int { row + height }
    /// One past the last column.
    public var right: Int { col + width }

    /// Smaller on every side by `n` cells (a frame's inside for `n == 1`).
    public func inset(by n: Int) -> Rect {
        Rect(row: row + n, col: col + n, height: height - 2 * n, width: width - 2 * n)
    }

    /// The part also inside `other` (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let r = max(row, other.row), c = max(col, other.col)
        return Rect(row: r, col: c, height: min(bottom, other.bottom) - r, width: min(right, other.right) - c)
    }

    /// Splits off `rows` rows at the top (clamped): (top, rest).
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let h = min(max(0, rows), height)
        return (Rect(row: row, col: col, height: h, width: width), Rect(row: row + h, col: col, height: height - h, width: width))
    }

    /// Splits off `rows` rows at the bottom (clamped): (rest, bottom).
    public func splitBottom(_ rows: Int) -> (Rect, Rect) {
        let (a, b) = splitTop(height - min(max(0, rows), height))
        return (a, b)
    }

    /// Splits off `cols` columns at the left (clamped): (left, rest).
    public func splitLeft(_ cols: Int) -> (Rect, Rect) {
        let w = min(max(0, cols), width)
        return (Rect(row: row, col: col, height: height, width: w), Rect(row: row, col: col + w, height: height, width: width - w))
    }

    /// Whether a cell lies inside.
    public func contains(row r: Int, col c: Int) -> Bool { r >= row && r < bottom && c >= col && c < right }

    public var description: String { "\(width)×\(height)@\(row),\(col)" }
}

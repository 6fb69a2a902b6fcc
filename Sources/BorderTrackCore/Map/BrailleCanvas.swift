/// A canvas of dots, two across and four down per character cell, drawn as Braille patterns (U+2800 + bits).
///
/// Dot bits in a cell (Unicode's numbering): column 0 rows 0–3 are 0x01, 0x02, 0x04, 0x40; column 1 rows 0–3 are
/// 0x08, 0x10, 0x20, 0x80. Points outside the canvas are ignored, so lines may run off its edges.
public struct BrailleCanvas: Sendable {
    /// Size in cells.
    public let columns: Int, rows: Int
    /// One byte of dots per cell, row-major.
    public private(set) var cells: [UInt8]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns); self.rows = max(0, rows)
        cells = [UInt8](repeating: 0, count: self.columns * self.rows)
    }

    /// Size in dots.
    public var dotWidth: Int { columns * 2 }
    public var dotHeight: Int { rows * 4 }

    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (x, y), in dots from the top left.
    @inline(__always)
    public mutating func set(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < columns * 2, y < rows * 4 else { return }
        cells[(y >> 2) * columns + (x >> 1)] |= Self.bits[x & 1][y & 3]
    }

    /// Draws a straight line between two points in dots (Bresenham's), clipped to the canvas.
    public mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) {
        // Far outside on the same side: nothing to draw (and no long walk).
        let w = Double(dotWidth), h = Double(dotHeight)
        if (a.x < 0 && b.x < 0) || (a.y < 0 && b.y < 0) || (a.x >= w && b.x >= w) || (a.y >= h && b.y >= h) { return }
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
        let limit = 4.0 * (w + h) + 8
        var x0 = Int(a.x.clamped(-limit, limit).rounded(.down)), y0 = Int(a.y.clamped(-limit, limit).rounded(.down))
        let x1 = Int(b.x.clamped(-limit, limit).rounded(.down)), y1 = Int(b.y.clamped(-limit, limit).rounded(.down))
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            set(x: x0, y: y0)
            if x0 == x1 && y0 == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x0 += sx }
            if e2 <= dx { err += dx; y0 += sy }
        }
    }

    /// The dots of a cell (0: none).
    public func dots(column: Int, row: Int) -> UInt8 {
        guard column >= 0, row >= 0, column < columns, row < rows else { return 0 }
        return cells[row * columns + column]
    }

    /// The Braille character of a cell's dots (U+2800 when none).
    public static func braille(_ dots: UInt8) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(dots))!)
    }

    /// An ASCII stand-in for a cell's dots, for `--ascii`: `.` for one or two dots, `:` for more, `'`/`,` for dots
    /// only at the top or the bottom.
    public static func ascii(_ dots: UInt8) -> Character {
        if dots == 0 { return " " }
        let top: UInt8 = 0x01 | 0x08 | 0x02 | 0x10, bottom: UInt8 = 0x04 | 0x20 | 0x40 | 0x80
        if dots & bottom == 0 { return "'" }
        if dots & top == 0 { return "." }
        return ":"
    }
}

extension Double {
    fileprivate func clamped(_ lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) }
}

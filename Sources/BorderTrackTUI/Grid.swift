import BorderTrackCore

/// A screen as a value: rows × columns of `Cell`s, which views draw into and the driver blits.
///
/// Invariants kept by every mutation: a wide cell (width 2) is always followed by its continuation cell,
/// never sits in the last column, and a continuation cell never appears elsewhere. Writing over either
/// half of a wide character blanks the other half. All writes are clipped to the grid; any size, 0×0
/// included, is valid.
public struct Grid: Hashable, Sendable, CustomStringConvertible {
    public let size: Size
    /// Cells in row-major order.
    public private(set) var cells: [Cell]

    /// A grid of `fill` cells (negative dimensions become 0).
    public init(rows: Int, cols: Int, fill: Style = .plain) {
        size = Size(rows: rows, cols: cols)
        cells = Array(repeating: .blank(fill), count: size.rows * size.cols)
    }

    /// A blank grid of a size.
    public init(size: Size, fill: Style = .plain) { self.init(rows: size.rows, cols: size.cols, fill: fill) }

    public var rows: Int { size.rows }
    public var cols: Int { size.cols }
    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(size) }

    /// The cell at a position; a blank for positions outside the grid.
    public subscript(row: Int, col: Int) -> Cell {
        guard contains(row, col) else { return .blank }
        return cells[row * cols + col]
    }

    /// The cells of one row (empty outside the grid).
    public func row(_ r: Int) -> ArraySlice<Cell> {
        guard r >= 0 && r < rows else { return [] }
        return cells[r * cols ..< (r + 1) * cols]
    }

    func contains(_ row: Int, _ col: Int) -> Bool { row >= 0 && row < rows && col >= 0 && col < cols }

    // MARK: Writing

    /// Writes one-line text at (row, col), sanitised with `TerminalText.singleLine`, clipped to `width`
    /// columns (default: to the right edge) and to the grid. Returns the column after the last one written.
    ///
    /// A wide character that would straddle the limit is replaced by a space. With an `ellipsis`, text too wide
    /// is cut at a grapheme boundary and ends with it (pass `glyphs.ellipsis`). Columns left of 0 are skipped.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, width: Int? = nil, style: Style = .plain,
                             ellipsis: String? = nil) -> Int {
        guard row >= 0 && row < rows else { return col }
        let limit = min(col + max(0, width ?? Int.max / 4), cols)
        guard limit > col && limit > 0 else { return col }
        var safe = TerminalText.singleLine(text)
        if let ellipsis { safe = DisplayWidth.truncate(safe, toWidth: limit - col, ellipsis: TerminalText.singleLine(ellipsis)) }
        var x = col
        for ch in safe {
            var w = DisplayWidth.of(ch)
            var g = ch
            if w == 0 {
                // A mark with no base (after a cut, or leading): show it on a dotted circle; drop other invisibles.
                guard ch.unicodeScalars.first.map({ $0.properties.generalCategory == .nonspacingMark
                    || $0.properties.generalCategory == .enclosingMark }) == true else { continue }
                g = Character("\u{25CC}" + String(ch))
                w = DisplayWidth.of(g)
                guard w == 1 else { continue }
            }
            if x + w > limit {
                // Never split a wide character at the edge: a space fills the last column instead.
                while x < limit { if x >= 0 { setCell(row, x, .blank(style)) }; x += 1 }
                break
            }
            if x >= 0 {
                setCell(row, x, Cell(g, style: style))
            } else if x + w > 0 {
                setCell(row, 0, .blank(style)) // the right half of a wide character cut by the left edge
            }
            x += w
        }
        return x
    }

    /// Writes one grapheme (sanitised) at a position; a wide one at the last column becomes a space.
    public mutating func put(_ ch: Character, row: Int, col: Int, style: Style = .plain) {
        put(String(ch), row: row, col: col, width: 2, style: style)
    }

    /// Fills a rectangle (clipped) with a one-column grapheme, a space by default.
    public mutating func fill(_ rect: Rect, with ch: Character = " ", style: Style = .plain) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let cell = DisplayWidth.of(ch) == 1 && !TerminalText.needsSanitizing(String(ch)) ? Cell(ch, style: style) : .blank(style)
        for y in r.row ..< r.bottom {
            for x in r.col ..< r.right { setCell(y, x, cell) }
        }
    }

    /// Blanks the whole grid.
    public mutating func clear(style: Style = .plain) {
        cells = Array(repeating: .blank(style), count: rows * cols)
    }

    /// Changes the style of every cell in a rectangle (clipped), keeping the text; e.g. to highlight a selected row.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.row ..< r.bottom {
            for x in r.col ..< r.right { change(&cells[y * cols + x].style) }
        }
    }

    /// Puts a cell, keeping the wide-character invariants.
    mutating func setCell(_ row: Int, _ col: Int, _ cell: Cell) {
        guard contains(row, col) else { return }
        var cell = cell
        if cell.isContinuation { return } // continuations are only created next to their wide cell
        if cell.isWide && col + 1 >= cols { cell = .blank(cell.style) }
        let i = row * cols + col
        // Break up any wide character we overwrite part of.
        if cells[i].isContinuation && col > 0 { cells[i - 1] = .blank(cells[i - 1].style) }
        if cells[i].isWide && col + 1 < cols { cells[i + 1] = .blank(cells[i + 1].style) }
        cells[i] = cell
        if cell.isWide {
            if cells[i + 1].isWide && col + 2 < cols { cells[i + 2] = .blank(cells[i + 2].style) }
            cells[i + 1] = .continuation(cell.style)
        }
    }

    // MARK: Boxes

    /// A horizontal line of `length` cells (clipped).
    public mutating func horizontalLine(row: Int, col: Int, length: Int, style: Style = .plain, glyphs: GlyphSet = .unicode) {
        fill(Rect(row: row, col: col, height: 1, width: length), with: glyphs.horizontal, style: style)
    }

    /// A vertical line of `length` cells (clipped).
    public mutating func verticalLine(row: Int, col: Int, length: Int, style: Style = .plain, glyphs: GlyphSet = .unicode) {
        fill(Rect(row: row, col: col, height: length, width: 1), with: glyphs.vertical, style: style)
    }

    /// A frame along the edge of `rect` (clipped), with an optional title in the top edge; the inside is untouched.
    ///
    /// Rectangles narrower or shorter than 2 get a line instead of a frame; an empty one draws nothing.
    public mutating func frame(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil,
                               glyphs: GlyphSet = .unicode) {
        guard !rect.isEmpty else { return }
        if rect.height == 1 { horizontalLine(row: rect.row, col: rect.col, length: rect.width, style: style, glyphs: glyphs); return }
        if rect.width == 1 { verticalLine(row: rect.row, col: rect.col, length: rect.height, style: style, glyphs: glyphs); return }
        let last = rect.right - 1, bottom = rect.bottom - 1
        horizontalLine(row: rect.row, col: rect.col + 1, length: rect.width - 2, style: style, glyphs: glyphs)
        horizontalLine(row: bottom, col: rect.col + 1, length: rect.width - 2, style: style, glyphs: glyphs)
        verticalLine(row: rect.row + 1, col: rect.col, length: rect.height - 2, style: style, glyphs: glyphs)
        verticalLine(row: rect.row + 1, col: last, length: rect.height - 2, style: style, glyphs: glyphs)
        fill(Rect(row: rect.row, col: rect.col, height: 1, width: 1), with: glyphs.topLeft, style: style)
        fill(Rect(row: rect.row, col: last, height: 1, width: 1), with: glyphs.topRight, style: style)
        fill(Rect(row: bottom, col: rect.col, height: 1, width: 1), with: glyphs.bottomLeft, style: style)
        fill(Rect(row: bottom, col: last, height: 1, width: 1), with: glyphs.bottomRight, style: style)
        if let title, rect.width > 4 {
            put(" " + title + " ", row: rect.row, col: rect.col + 1, width: rect.width - 2, style: titleStyle ?? style,
                ellipsis: glyphs.ellipsis)
        }
    }

    // MARK: Text

    /// Each row as text: continuation cells contribute nothing, trailing spaces are trimmed.
    public var lines: [String] {
        (0..<rows).map { r in
            var line = ""
            for c in row(r) where !c.isContinuation { line += c.text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The rows joined with newlines (for snapshot tests).
    public var text: String { lines.joined(separator: "\n") }

    public var description: String { text }
}

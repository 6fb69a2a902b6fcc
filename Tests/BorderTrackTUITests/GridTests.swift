import BorderTrackCore
import BorderTrackTUI
import Testing

@Suite("Cell grid")
struct GridTests {
    @Test("a table of Latin, Cyrillic and CJK names keeps the next column aligned")
    func alignment() {
        var g = Grid(rows: 4, cols: 30)
        let rows = [("Heihe bridge", "operating"), ("Мост Благовещенск", "operating"), ("黑河大桥", "construction"),
                    ("黑河—布拉戈维申斯克", "agreed")]
        for (r, (name, status)) in rows.enumerated() {
            g.put(name, row: r, col: 0, width: 14, ellipsis: "…")
            g.put(status, row: r, col: 15)
        }
        #expect(g.text == """
            Heihe bridge   operating
            Мост Благовещ… operating
            黑河大桥       construction
            黑河—布拉戈维… agreed
            """)
        for r in 0..<4 {
            // The status starts in column 15 on every row, whatever the script of the name.
            let before = g.row(r).prefix(15).filter { !$0.isContinuation }.map(\.width).reduce(0, +)
            #expect(before == 15)
            #expect(g[r, 15].text != " ")
        }
        #expect(g[2, 0].text == "黑" && g[2, 0].width == 2 && g[2, 1].isContinuation)
    }

    @Test("a wide character that would straddle the limit or the right edge becomes a space")
    func wideAtEdge() {
        var g = Grid(rows: 2, cols: 5)
        let end = g.put("ab黑河", row: 0, col: 0, style: .fg(.red))
        #expect(end == 5)
        #expect(g.lines == ["ab黑", ""])
        #expect(g[0, 4] == .blank(.fg(.red)))
        g.put("黑河大桥", row: 1, col: 0, width: 3)
        #expect(g[1, 2] == .blank)
        #expect(g.lines[1] == "黑")
        var h = Grid(rows: 1, cols: 8)
        h.put("黑河大桥", row: 0, col: 0, width: 7)
        h.put("|", row: 0, col: 7)
        #expect(h.text == "黑河大 |")
    }

    @Test("text is sanitised into one line before it reaches a cell")
    func sanitised() {
        var g = Grid(rows: 1, cols: 20)
        g.put("\u{1B}[31mX\n\u{202E}", row: 0, col: 0)
        #expect(g.text == "␛[31mX⏎⟨U+202E⟩")
        #expect(!g.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E } })
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteWide() {
        var g = Grid(rows: 1, cols: 6)
        g.put("黑河", row: 0, col: 0)
        g.put("x", row: 0, col: 1) // right half of 黑
        #expect(g.text == " x河")
        g.put("y", row: 0, col: 2) // left half of 河
        #expect(g.text == " xy")
        #expect(!g[0, 3].isContinuation)
        g.put("黑", row: 0, col: 1) // a wide character over two narrow ones
        #expect(g.text == " 黑")
        #expect(g[0, 2].isContinuation)
    }

    @Test("clipping: outside rows, negative columns, zero widths and a 0×0 grid")
    func clipping() {
        var g = Grid(rows: 2, cols: 4)
        g.put("abc", row: -1, col: 0)
        g.put("abc", row: 2, col: 0)
        g.put("abcdef", row: 0, col: -2)
        g.put("黑ab", row: 1, col: -1) // the right half of 黑 at column 0 becomes a space
        g.put("zzz", row: 0, col: 1, width: 0)
        #expect(g.lines == ["cdef", " ab"])
        var empty = Grid(rows: 0, cols: 0)
        empty.put("anything", row: 0, col: 0)
        empty.frame(Rect(row: 0, col: 0, height: 3, width: 3), title: "t")
        empty.fill(empty.bounds, with: "#")
        #expect(empty.lines.isEmpty && empty.text.isEmpty)
        let negative = Grid(rows: -3, cols: -1)
        #expect(negative.size == .zero)
    }

    @Test("combining marks stay with their letter; a lone mark gets a dotted circle")
    func combining() {
        var g = Grid(rows: 1, cols: 6)
        g.put("e\u{301}\u{301}x", row: 0, col: 0)
        #expect(g[0, 0].text == "e\u{301}\u{301}" && g[0, 1].text == "x")
        g.put("\u{301}y", row: 0, col: 2)
        #expect(g[0, 2].text == "\u{25CC}\u{301}" && g[0, 3].text == "y")
        #expect(g.text == "e\u{301}\u{301}x\u{25CC}\u{301}y")
    }

    @Test("frames and lines in the Unicode and ASCII glyph sets")
    func frames() {
        var g = Grid(rows: 4, cols: 12)
        g.frame(Rect(row: 0, col: 0, height: 4, width: 12), title: "Проект")
        g.put("黑河", row: 1, col: 1)
        g.horizontalLine(row: 2, col: 1, length: 10)
        #expect(g.text == """
            ┌ Проект ──┐
            │黑河      │
            │──────────│
            └──────────┘
            """)
        var a = Grid(rows: 3, cols: 8)
        a.frame(a.bounds, title: "a very long title", glyphs: .ascii)
        #expect(a.text == """
            + a ve~+
            |      |
            +------+
            """)
    }

    @Test("every glyph is one column wide in both sets")
    func glyphWidths() {
        for set in [GlyphSet.unicode, GlyphSet.ascii] {
            let boxes: [Character] = [set.horizontal, set.vertical, set.topLeft, set.topRight, set.bottomLeft,
                                      set.bottomRight, set.teeLeft, set.teeRight, set.teeUp, set.teeDown, set.cross]
            #expect(boxes.allSatisfy { displayWidth(of: $0) == 1 })
            #expect(set.ellipsis.displayWidth == 1)
            #expect(set.symbols.values.allSatisfy { $0.displayWidth == 1 })
            #expect(Set(set.symbols.keys) == Set(GlyphSet.unicode.symbols.keys))
        }
        #expect(GlyphSet.ascii.symbols.values.allSatisfy { $0.allSatisfy(\.isASCII) })
        #expect(GlyphSet.ascii.symbol("nope", fallback: "-") == "-")
    }

    @Test("restyle changes styles, not text; fill respects wide characters")
    func restyle() {
        var g = Grid(rows: 2, cols: 4)
        g.put("ab黑", row: 0, col: 0)
        g.restyle(Rect(row: 0, col: 0, height: 1, width: 4)) { $0.attributes.insert(.reverse) }
        #expect(g.lines == ["ab黑", ""])
        #expect(g.row(0).allSatisfy { $0.style.isReverse })
        #expect(!g[1, 0].style.isReverse)
        g.fill(Rect(row: 0, col: 3, height: 2, width: 1), with: ".")
        #expect(g.lines == ["ab .", "   ."])
    }
}

import BorderTrackCore
import BorderTrackFormats
import Testing

/// Rows written one at a time into columns fixed beforehand: wide text counted in cells, the last column free,
/// a cell too wide written whole, hostile text made visible.
@Suite struct StreamedTableTests {
    let table = StreamedTable([("ID", 5), ("NAME", 8), ("NOTE", 0)])

    @Test("headers and rows padded to the fixed widths; Cyrillic one cell a letter, CJK two")
    func widths() {
        #expect(table.header == "ID     NAME      NOTE\n")
        #expect(table.row(["a", "Мост", "free text of any length"]) == "a      Мост      free text of any length\n")
        #expect(table.row(["b-2", "黑河大桥", "—"]) == "b-2    黑河大桥  —\n")
        #expect(table.row(["c", "黑河", "x"]) == "c      黑河      x\n")
    }

    @Test("a header wider than its declared width widens the column; a cell too wide is written whole, the next row aligned")
    func overflow() {
        let t = StreamedTable([("IDENTIFIER", 2), ("X", 1)])
        #expect(t.header == "IDENTIFIER  X\n")
        #expect(t.row(["an-identifier-too-long", "1"]) == "an-identifier-too-long  1\n")
        #expect(t.row(["ok", "2"]) == "ok          2\n")
    }

    @Test("escape sequences, C1 controls, bidi overrides and newlines never reach the terminal raw")
    func hostile() {
        let line = table.row(["\u{1B}[2J", "a\u{9B}b", "x\u{202E}y\nz"])
        #expect(line == "␛[2J   a⟨U+9B⟩b  x⟨U+202E⟩y z\n")
        #expect(!line.unicodeScalars.contains { $0.value == 0x1B || (0x80..<0xA0).contains($0.value) || $0.value == 0x202E })
    }

    /// CLI tables measure with `DisplayWidth`, the TUI's measure: emoji sequences, flags, combining marks and
    /// zero-width characters keep the next column where the grid would put it.
    @Test("the CLI tables and the TUI grid measure text alike")
    func sameMeasureAsTheGrid() {
        let cells = ["👨‍👩‍👧", "🇷🇺🇨🇳", "e\u{301}te\u{301}", "黑河", "1️⃣x", "Мост", "plain", "\u{2060}a"]
        let streamed = StreamedTable([("NAME", 8), ("N", 1)])
        let rendered = TextTable.render(header: ["NAME", "N"], rows: cells.map { [$0, "1"] }).split(separator: "\n")
        for (k, c) in cells.enumerated() {
            let clean = TextTable.cell(c)
            #expect(streamed.row([c, "1"]) == clean + String(repeating: " ", count: max(0, 8 - DisplayWidth.of(clean)) + 2) + "1\n")
            // TextTable: every row's last column starts at the same display column.
            let line = String(rendered[k + 1])
            #expect(DisplayWidth.of(String(line.dropLast())) == DisplayWidth.of(String(rendered[0].dropLast())), "\(line)")
        }
    }
}

import BorderTrackCore

/// Plain-text tables aligned by display width (`DisplayWidth`: Cyrillic, CJK and emoji included), with cells sanitised.
public enum TextTable {
    /// Renders rows under a header; the last column is not padded; cells are made single-line and safe.
    public static func render(header: [String], rows: [[String]], maxWidths: [Int?] = []) -> String {
        let clean = rows.map { $0.map(TextTable.cell) }
        var widths = header.map { DisplayWidth.of($0) }
        for row in clean { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        for (i, m) in maxWidths.enumerated() where i < widths.count { if let m { widths[i] = min(widths[i], m) } }
        var out = ""
        func line(_ cells: [String]) {
            var parts: [String] = []
            for (i, c) in cells.enumerated() {
                let w = i < widths.count ? widths[i] : DisplayWidth.of(c)
                let fitted = truncate(c, to: w)
                parts.append(i + 1 == cells.count ? fitted : fitted + String(repeating: " ", count: max(0, w - DisplayWidth.of(fitted))))
            }
            out += parts.joined(separator: "  ") + "\n"
        }
        line(header)
        for row in clean { line(row) }
        return out
    }

    /// A cell's text: control characters and escape sequences made visible, newlines flattened.
    public static func cell(_ s: String) -> String {
        // Most cells need nothing made visible: returned as they are, without rebuilding them scalar by scalar.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) || !s.unicodeScalars.contains(where: needsEscape) { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A, 0x0D, 0x09: out += " "
            case 0x1B: out += "␛"
            case 0..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F: out += "␡"
            case 0x80..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF, 0x2060:
                out += "⟨U+" + String(u.value, radix: 16, uppercase: true) + "⟩"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Whether `cell` replaces this scalar (the cases of its switch that do not keep the scalar).
    static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0..<0x20, 0x7F, 0x80..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF, 0x2060: true
        default: false
        }
    }

    /// Cuts a string to at most `width` columns, ending with `…` when cut; never splits a grapheme
    /// (`DisplayWidth.truncate`).
    public static func truncate(_ s: String, to width: Int) -> String {
        DisplayWidth.truncate(s, toWidth: width)
    }
}

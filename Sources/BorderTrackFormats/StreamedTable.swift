import BorderTrackCore

/// A plain-text table written a row at a time, its column widths fixed before the first row.
///
/// `TextTable.render` measures every row before it writes one; a listing of a hundred thousand rows would wait
/// for all of them. Here the widths come from what the columns can hold (an id's longest length, the longest
/// name of a kind, a date's longest form), so each row is written as soon as it is known, and the same data
/// gives the same layout however it was read. The last column is never padded: free text goes there. A cell
/// wider than its column is written whole (the rows after it stay aligned); cells are sanitised like
/// `TextTable.cell`.
public struct StreamedTable: Sendable {
    /// Column headers and widths (the last width is not used for padding).
    public let headers: [String]
    public let widths: [Int]

    /// `columns` in order: each header and the widest cell it must hold (the header's own width counts too).
    public init(_ columns: [(header: String, width: Int)]) {
        headers = columns.map(\.header)
        widths = columns.map { max($0.width, DisplayWidth.of($0.header)) }
    }

    /// The header line, with its newline.
    public var header: String { line(headers, clean: false) }

    /// One row's line, with its newline.
    public func row(_ cells: [String]) -> String { line(cells, clean: true) }

    private func line(_ cells: [String], clean: Bool) -> String {
        var out = ""
        for (i, raw) in cells.enumerated() {
            let c = clean ? TextTable.cell(raw) : raw
            out += c
            if i + 1 < cells.count {
                let pad = i < widths.count ? widths[i] - DisplayWidth.of(c) : 0
                out += String(repeating: " ", count: max(0, pad) + 2)
            }
        }
        return out + "\n"
    }
}

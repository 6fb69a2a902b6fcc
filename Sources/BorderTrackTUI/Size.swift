/// A terminal or grid size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var cols: Int

    /// A size; negative dimensions become 0.
    public init(rows: Int, cols: Int) {
        self.rows = max(0, rows); self.cols = max(0, cols)
    }

    public static let zero = Size(rows: 0, cols: 0)

    /// Whether there is no cell at all.
    public var isEmpty: Bool { rows == 0 || cols == 0 }

    public var description: String { "\(cols)×\(rows)" }
}

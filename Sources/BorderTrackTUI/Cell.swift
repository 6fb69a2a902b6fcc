import BorderTrackCore
/// One terminal column: a grapheme with its width and style, or the right half of a wide grapheme.
///
/// A grapheme two columns wide is stored in its first column with `width == 2`; the column after it holds
/// a continuation cell (`width == 0`, empty text) that draws nothing.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown ("" in a continuation cell).
    public let text: String
    /// Columns the grapheme takes: 1 or 2, and 0 for a continuation cell.
    public let width: Int
    public var style: Style

    /// A cell holding one grapheme of width 1 or 2 (measured with `DisplayWidth`; anything else becomes a space).
    ///
    /// The grapheme is not sanitised here: `Grid.put` does that for text.
    public init(_ grapheme: Character, style: Style = .plain) {
        let w = DisplayWidth.of(grapheme)
        if w == 1 || w == 2 {
            self.text = String(grapheme); self.width = w
        } else {
            self.text = " "; self.width = 1
        }
        self.style = style
    }

    private init(text: String, width: Int, style: Style) {
        self.text = text; self.width = width; self.style = style
    }

    /// A space in the plain style.
    public static let blank = Cell(" ")

    /// A space in the given style.
    public static func blank(_ style: Style) -> Cell { Cell(" ", style: style) }

    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }

    /// Whether this is the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
    /// Whether this grapheme takes two columns.
    public var isWide: Bool { width == 2 }
}

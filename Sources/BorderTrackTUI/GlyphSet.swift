/// The drawing characters of the UI: box lines, ellipsis, symbols. `.ascii` is the `--ascii` fallback.
///
/// Every glyph is one column wide in both sets (box drawing is East Asian Ambiguous, which is why the
/// ASCII set exists for terminals and fonts that draw it double-width or not at all).
public struct GlyphSet: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// `├`: a horizontal line leaving a vertical one to the right.
    public var teeRight: Character
    /// `┤`
    public var teeLeft: Character
    /// `┬`
    public var teeDown: Character
    /// `┴`
    public var teeUp: Character
    public var cross: Character
    /// Marks cut text.
    public var ellipsis: String
    /// Named status symbols (`ok`, `warning`, `error`, `info`, `bullet`, `pointer`, `up`, `down`, `left`,
    /// `right`, `full`, `shade`, `marker`); views may add their own names.
    public var symbols: [String: String]

    public init(horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
                bottomLeft: Character, bottomRight: Character, teeRight: Character, teeLeft: Character,
                teeDown: Character, teeUp: Character, cross: Character, ellipsis: String, symbols: [String: String]) {
        self.horizontal = horizontal; self.vertical = vertical; self.topLeft = topLeft; self.topRight = topRight
        self.bottomLeft = bottomLeft; self.bottomRight = bottomRight; self.teeRight = teeRight; self.teeLeft = teeLeft
        self.teeDown = teeDown; self.teeUp = teeUp; self.cross = cross; self.ellipsis = ellipsis; self.symbols = symbols
    }

    /// Light box drawing and Unicode symbols.
    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼", ellipsis: "…",
        symbols: ["ok": "✓", "warning": "!", "error": "✗", "info": "i", "bullet": "•", "pointer": "›",
                  "up": "↑", "down": "↓", "left": "←", "right": "→", "full": "█", "shade": "░", "marker": "▲", "cursor": "▶"])

    /// Plain ASCII for terminals without Unicode line drawing.
    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+", ellipsis: "~",
        symbols: ["ok": "+", "warning": "!", "error": "x", "info": "i", "bullet": "*", "pointer": ">",
                  "up": "^", "down": "v", "left": "<", "right": ">", "full": "#", "shade": ".", "marker": "^", "cursor": ">"])

    /// The named symbol, or `fallback` when the set has none by that name.
    public func symbol(_ name: String, fallback: String = "?") -> String { symbols[name] ?? fallback }
}

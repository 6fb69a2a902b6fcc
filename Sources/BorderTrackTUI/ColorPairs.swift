/// Maps `Style` colours to curses colour numbers and foreground/background pairs, allocating pairs on demand.
///
/// Pure bookkeeping for the driver: it tells which pair number a style uses and when a new pair must be
/// defined (`init_pair`). Pair 0 is the terminal default; when pairs run out, pair 0 is used.
public struct ColorPairs: Hashable, Sendable {
    /// Colours the terminal has (curses `COLORS`).
    public let colors: Int
    /// Pair numbers available, pair 0 included (curses `COLOR_PAIRS`, capped to what a `short` holds).
    public let pairs: Int
    /// Whether -1 means the terminal's own colours (`use_default_colors` succeeded).
    public let defaultColors: Bool
    private var assigned: [Key: Int] = [:]

    struct Key: Hashable, Sendable { let fg: Int; let bg: Int }

    public init(colors: Int, pairs: Int, defaultColors: Bool) {
        self.colors = max(0, colors); self.pairs = max(0, min(pairs, Int(Int16.max))); self.defaultColors = defaultColors
    }

    /// The curses colour number (-1: default; 0–7 ANSI; 8 bright black for gray when 16 colours exist).
    public func number(of color: Style.Color, background: Bool) -> Int {
        switch color {
        case .default: return defaultColors ? -1 : (background ? 0 : 7)
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .gray: return colors >= 16 ? 8 : (background ? 7 : number(of: .default, background: false))
        }
    }

    /// Attributes to add for a style the palette cannot show exactly (gray text on an 8-colour terminal is dim).
    public func extraAttributes(for style: Style) -> Style.Attributes {
        style.foreground == .gray && colors < 16 ? .dim : []
    }

    /// The pair for a style's colours; `define` is set when the driver must `init_pair(pair, fg, bg)` first.
    public mutating func pair(for style: Style) -> (pair: Int, define: (fg: Int, bg: Int)?) {
        let key = Key(fg: number(of: style.foreground, background: false), bg: number(of: style.background, background: true))
        if style.foreground == .default && style.background == .default && defaultColors { return (0, nil) }
        if let p = assigned[key] { return (p, nil) }
        let next = assigned.count + 1
        guard next < pairs, key.fg < colors, key.bg < colors else { return (0, nil) }
        assigned[key] = next
        return (next, (key.fg, key.bg))
    }
}

import BorderTrackCore

/// How statuses, severities and chrome look: a symbol for every status (never colour alone) and colours.
public struct Theme: Sendable {
    public let glyphs: GlyphSet
    public let ascii: Bool
    /// The language the screen speaks (`Screen.render` sets the state's, so the two never differ).
    public var lang: Catalogue

    public init(ascii: Bool, lang: Catalogue = .en) {
        self.ascii = ascii
        self.lang = lang
        glyphs = ascii ? .ascii : .unicode
    }

    /// The status symbol: a filling circle along the lifecycle; bars and a cross off it.
    public func symbol(_ s: Status) -> String {
        switch s {
        case .proposed: ascii ? "o" : "○"
        case .agreed: ascii ? "a" : "◔"
        case .construction: ascii ? "c" : "◑"
        case .completed: ascii ? "C" : "◕"
        case .operational: ascii ? "@" : "●"
        case .suspended: ascii ? "=" : "‖"
        case .cancelled: ascii ? "x" : "✗"
        }
    }

    /// The timeline fill for a status: a pattern per status, so lanes read without colour.
    public func fill(_ s: Status) -> Character {
        switch s {
        case .proposed: ascii ? "." : "·"
        case .agreed: "-"
        case .construction: "="
        case .completed: ascii ? "#" : "▒"
        case .operational: ascii ? "@" : "█"
        case .suspended: "/"
        case .cancelled: "x"
        }
    }

    public func color(_ s: Status) -> Style.Color {
        switch s {
        case .proposed: .gray
        case .agreed: .blue
        case .construction: .yellow
        case .completed: .cyan
        case .operational: .green
        case .suspended: .magenta
        case .cancelled: .red
        }
    }

    /// "● operational" (with scope when given and `scope` is true).
    public func label(_ s: Status, _ scope: Scope?, withScope: Bool = false) -> String {
        var t = symbol(s) + " " + lang.status(s)
        if withScope, let scope { t += lang("ui.chrome.scope", lang.scope(scope)) }
        return t
    }

    /// A 3-column label for narrow screens: "● ope", "● дей", "● 运" (CJK: one character, each status's first differs).
    public func shortLabel(_ s: Status) -> String { symbol(s) + " " + DisplayWidth.prefix(lang.status(s), width: 3) }

    public func symbol(_ s: Severity) -> String {
        switch s {
        case .critical: ascii ? "X" : "✖"
        case .major: ascii ? "!" : "▲"
        case .minor: ascii ? "." : "•"
        }
    }

    public func color(_ s: Severity) -> Style.Color {
        switch s {
        case .critical: .red
        case .major: .yellow
        case .minor: .cyan
        }
    }

    public static let title = Style(foreground: .default, background: .default, attributes: [.reverse, .bold])
    public static let header = Style(attributes: [.bold, .underline])
    public static let selected = Style(attributes: [.reverse])
    public static let dim = Style(attributes: [.dim])
    public static let error = Style.fg(.red, [.bold])
}

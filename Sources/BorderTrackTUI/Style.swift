/// How a cell is drawn: colours and attributes.
public struct Style: Hashable, Sendable {
    /// A terminal colour; `default` is the terminal's own foreground or background.
    public enum Color: UInt8, CaseIterable, Hashable, Sendable {
        case `default`, red, green, yellow, blue, magenta, cyan, white, gray
    }

    /// Text attributes, combinable.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)
    }

    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground; self.background = background; self.attributes = attributes
    }

    /// Terminal defaults, no attributes.
    public static let plain = Style()

    /// Shorthand: a foreground colour with attributes.
    public static func fg(_ color: Color, _ attributes: Attributes = []) -> Style {
        Style(foreground: color, attributes: attributes)
    }

    /// This style with attributes added.
    public func with(_ more: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(more)
        return s
    }

    /// This style with another foreground.
    public func foreground(_ color: Color) -> Style {
        var s = self
        s.foreground = color
        return s
    }

    /// This style with another background.
    public func background(_ color: Color) -> Style {
        var s = self
        s.background = color
        return s
    }

    public var isBold: Bool { attributes.contains(.bold) }
    public var isDim: Bool { attributes.contains(.dim) }
    public var isReverse: Bool { attributes.contains(.reverse) }
    public var isUnderline: Bool { attributes.contains(.underline) }
}

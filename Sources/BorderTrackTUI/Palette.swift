/// The command palette (Ctrl-P): what was typed to filter it and the selected entry.
public struct Palette: Sendable, Equatable {
    /// Words every shown entry holds (any order, case-insensitive).
    public var query = ""
    /// The selected entry among those shown.
    public var selection = 0

    public init(query: String = "", selection: Int = 0) { self.query = query; self.selection = selection }
}

/// One line of the palette: an action with its keys, or a command with its syntax, and its help.
public struct PaletteEntry: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case action(Action)
        case command(Command)
    }

    public let target: Target
    /// The keys (`j down`), `(unbound)`, or the command (`:goto`).
    public let key: String
    /// The action's id (`page-down`) or the command's argument syntax.
    public let name: String
    public let help: String

    /// What the palette's filter looks in, lower-cased.
    var searchText: String { (key + " " + name + " " + help).lowercased() }
}

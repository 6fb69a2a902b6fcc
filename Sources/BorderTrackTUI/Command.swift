import BorderTrackCore

/// One command of the `:` line: its name, aliases, argument syntax, help and how its values complete.
///
/// `Command.all` is the one table the dispatcher's unknown-command message, the help view, Tab completion
/// and the command palette read.
public struct Command: Sendable, Equatable {
    /// How the words after a command's name complete on Tab.
    public enum Values: Sendable, Equatable {
        /// Nothing to complete.
        case nothing
        /// A project: ids, found by a prefix or part of the id or of any name.
        case project
        /// A date, or `today`.
        case date
        /// The current view's filter: `field=` names, then the field's values (list, queue or claims).
        case filter
        /// The claims table's filter: `field=` names, then the field's values.
        case claimsFilter
        /// The current view's sort columns, then `asc`/`desc`.
        case sort
        /// A report format, then a file name.
        case export
        /// A column of the claims table.
        case claimColumn
    }

    /// One way to call a command, as help shows it.
    public struct Usage: Sendable, Equatable {
        /// The argument syntax after the name (empty when it takes none).
        public let syntax: String
        /// The catalogue key of what it does (`ui.command.goto`).
        public let helpKey: String
        /// The views where the command is called this way (nil: every view); the palette offers only these.
        public let views: Set<ViewID>?

        init(syntax: String, help: String, views: Set<ViewID>?) { self.syntax = syntax; self.helpKey = help; self.views = views }

        /// What it does, in English.
        public var help: String { Catalogue.en[helpKey] }

        /// What it does, in `lang`.
        public func help(in lang: Catalogue) -> String { lang[helpKey] }

        /// The syntax with its placeholder words in `lang` (`DATE` → `ДАТА`); what is typed as is (`kind=`,
        /// `asc|desc`, `today`) stays.
        public func syntax(in lang: Catalogue) -> String {
            guard lang != .en else { return syntax }
            return syntax.split(separator: " ", omittingEmptySubsequences: false).map { word in
                word.split(separator: "|", omittingEmptySubsequences: false).map { part -> String in
                    let w = String(part)
                    guard let key = Usage.placeholderKeys[w] else { return w }
                    return lang[key]
                }.joined(separator: "|")
            }.joined(separator: " ")
        }

        /// The placeholder words of the syntax and their keys.
        static let placeholderKeys = ["ID": "ui.command.word.id", "NAME": "ui.command.word.name", "DATE": "ui.command.word.date",
                                      "FILTER": "ui.command.word.filter", "[FILTER]": "ui.command.word.optional-filter",
                                      "COLUMN": "ui.command.word.column", "[COLUMN]": "ui.command.word.optional-column",
                                      "FORMAT": "ui.command.word.format", "FILE": "ui.command.word.file"]
    }

    /// The canonical name (`goto`).
    public let name: String
    /// Other names the dispatcher accepts (`g`).
    public let aliases: [String]
    /// The ways to call it, each with its argument syntax and help.
    public let usages: [Usage]
    public let values: Values

    init(_ name: String, aliases: [String] = [], _ usages: [(String, String)], values: Values = .nothing) {
        self.init(name, aliases: aliases, usages: usages.map { Usage(syntax: $0.0, help: $0.1, views: nil) }, values: values)
    }

    init(_ name: String, aliases: [String] = [], usages: [Usage], values: Values) {
        self.name = name; self.aliases = aliases; self.values = values; self.usages = usages
    }

    /// The views where `:filter` and `:sort` act on the queue, the claims table, and (elsewhere) the list.
    static let queueViews: Set<ViewID> = [.queue], claimsViews: Set<ViewID> = [.claims, .frequency]
    static let listViews = Set(ViewID.allCases).subtracting(queueViews).subtracting(claimsViews)

    /// Whether the command takes arguments (the palette then opens the `:` line with its name typed).
    public var takesArguments: Bool { usages.contains { !$0.syntax.isEmpty } }

    /// The command a typed name or alias stands for.
    public static func named(_ word: String) -> Command? {
        all.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// Report formats `:export` writes.
    public static let exportFormats = ["markdown", "html", "csv", "json", "geojson"]

    /// Every command, in help order.
    public static let all: [Command] = [
        Command("q", aliases: ["quit", "q!"], [("", "ui.command.q")]),
        Command("goto", aliases: ["g"], [("ID|NAME", "ui.command.goto")],
                values: .project),
        Command("asof", aliases: ["as-of"], [("DATE", "ui.command.asof")], values: .date),
        Command("filter", aliases: ["f"], usages: [
            Usage(syntax: "kind=K status=S assessed=S country=CC region=R has-discrepancy", help: "ui.command.filter.list", views: listViews),
            Usage(syntax: "project=ID kind=K severity=S state=S|all date=D since=D until=D",
                  help: "ui.command.filter.queue", views: queueViews),
            Usage(syntax: "FILTER", help: "ui.command.filter.claims", views: claimsViews),
        ], values: .filter),
        Command("sort", usages: [
            Usage(syntax: "COLUMN [asc|desc]", help: "ui.command.sort.list", views: listViews),
            Usage(syntax: "severity|date|kind|project|state [asc|desc]", help: "ui.command.sort.queue", views: queueViews),
            Usage(syntax: "COLUMN [asc|desc]", help: "ui.command.sort.claims", views: claimsViews),
        ], values: .sort),
        Command("export", [("FORMAT FILE", "ui.command.export")],
                values: .export),
        Command("claims", [
            ("[FILTER]", "ui.command.claims"),
            ("asof=|published=|recorded=DATE", "ui.command.claims.dates"),
        ], values: .claimsFilter),
        Command("freq", aliases: ["frequency"], [("[COLUMN]", "ui.command.freq")],
                values: .claimColumn),
        Command("map", [("", "ui.command.map")]),
        Command("help", [("", "ui.command.help")]),
    ]

    /// The commands as the unknown-command message lists them (`:q, :goto ID|NAME, …`).
    public static var summary: String {
        all.map { ":" + $0.name + ($0.usages[0].syntax.isEmpty ? "" : " " + shortSyntax($0)) }.joined(separator: ", ")
    }

    /// A command's first argument word or two, for one-line lists.
    static func shortSyntax(_ c: Command) -> String {
        c.usages[0].syntax.split(separator: " ").prefix(c.name == "export" ? 2 : 1).joined(separator: " ")
    }
}

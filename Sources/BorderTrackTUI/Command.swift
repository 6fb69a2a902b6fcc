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
        public let help: String
        /// The views where the command is called this way (nil: every view); the palette offers only these.
        public let views: Set<ViewID>?
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
        Command("q", aliases: ["quit", "q!"], [("", "quit")]),
        Command("goto", aliases: ["g"], [("ID|NAME", "open a project: its id, else the one project whose id or name (en, ru, zh) starts with or holds the text")],
                values: .project),
        Command("asof", aliases: ["as-of"], [("DATE", "the whole UI as known on DATE (YYYY, YYYY-MM, YYYY-MM-DD); :asof today")], values: .date),
        Command("filter", aliases: ["f"], usages: [
            Usage(syntax: "kind=K status=S assessed=S country=CC region=R has-discrepancy", help: "filter the list; :filter clear", views: listViews),
            Usage(syntax: "project=ID kind=K severity=S state=S|all date=D since=D until=D",
                  help: "in the queue: filter it (state: open, acknowledged, resolved, obsolete); :filter clear", views: queueViews),
            Usage(syntax: "FILTER", help: "in the claims table: the :claims filters", views: claimsViews),
        ], values: .filter),
        Command("sort", usages: [
            Usage(syntax: "COLUMN [asc|desc]", help: "name, kind, official, local, discrepancies, updated, target", views: listViews),
            Usage(syntax: "severity|date|kind|project|state [asc|desc]", help: "in the queue: sort it (severity is the queue order)", views: queueViews),
            Usage(syntax: "COLUMN [asc|desc]", help: "in the claims table: any of its columns", views: claimsViews),
        ], values: .sort),
        Command("export", [("FORMAT FILE", "write a status report (markdown, html, csv, json, geojson) of the listed projects, as of the UI's date")],
                values: .export),
        Command("claims", [
            ("[FILTER]", "the claims table, filtered: source=S tier=T status=S project=P editor=E via=V|none lang=L|none state=current|superseded|all"),
            ("asof=|published=|recorded=DATE", "a date (2021, 2021-03, 2021-03-05), FROM..TO, >=DATE or <=DATE"),
        ], values: .claimsFilter),
        Command("freq", aliases: ["frequency"], [("[COLUMN]", "frequency of a claims column: project, source, tier, status, asof, published, recorded, editor, lang, via, state")],
                values: .claimColumn),
        Command("map", [("", "the map of the listed projects (the filter applies): arrows, Enter, +/- zoom, H J K L pan")]),
        Command("help", [("", "this help")]),
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

/// The screens of the terminal UI.
public enum ViewID: String, CaseIterable, Sendable {
    case list, detail, queue, help
}

/// Everything a key can do. The key table maps keys to these; help is generated from the same table.
public enum Action: String, CaseIterable, Sendable {
    case quit, help, command, back
    case down, up, pageDown = "page-down", pageUp = "page-up", top, bottom, open
    case sortNext = "sort-next", sortReverse = "sort-reverse", filter, search
    case searchNext = "search-next", searchPrev = "search-prev"
    case queue, projects, nextView = "next-view"
    case timelineLeft = "timeline-left", timelineRight = "timeline-right"
    case yearLeft = "year-left", yearRight = "year-right"

    /// Default key specs (see `KeySpec` for the syntax).
    public var defaultKeys: [String] {
        switch self {
        case .quit: ["q"]
        case .help: ["?", "f1"]
        case .command: [":"]
        case .back: ["esc", "backspace"]
        case .down: ["j", "down"]
        case .up: ["k", "up"]
        case .pageDown: ["pgdn", "ctrl-f", "space"]
        case .pageUp: ["pgup", "ctrl-b"]
        case .top: ["g", "home"]
        case .bottom: ["G", "end"]
        case .open: ["enter"]
        case .sortNext: ["s"]
        case .sortReverse: ["S"]
        case .filter: ["f"]
        case .search: ["/"]
        case .searchNext: ["n"]
        case .searchPrev: ["N"]
        case .queue: ["d"]
        case .projects: ["p"]
        case .nextView: ["tab"]
        case .timelineLeft: ["left", "["]
        case .timelineRight: ["right", "]"]
        case .yearLeft: ["{"]
        case .yearRight: ["}"]
        }
    }

    /// One line of help.
    public var help: String {
        switch self {
        case .quit: "quit (from a sub-view: back)"
        case .help: "this help"
        case .command: "command line (:q, :goto ID, :asof DATE, :filter …, :sort …)"
        case .back: "back to the previous view"
        case .down: "move down"
        case .up: "move up"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .top: "first row"
        case .bottom: "last row"
        case .open: "open the selected project"
        case .sortNext: "sort by the next column"
        case .sortReverse: "reverse the sort"
        case .filter: "filter: kind=, status=, country=, region=, has-discrepancy"
        case .search: "search names (en, ru, zh) and ids"
        case .searchNext: "next match"
        case .searchPrev: "previous match"
        case .queue: "discrepancy queue"
        case .projects: "project list"
        case .nextView: "switch between projects and discrepancies"
        case .timelineLeft: "timeline cursor one month earlier"
        case .timelineRight: "timeline cursor one month later"
        case .yearLeft: "timeline cursor one year earlier"
        case .yearRight: "timeline cursor one year later"
        }
    }

    /// The views where the action does something.
    public var views: Set<ViewID> {
        switch self {
        case .quit, .help, .command: [.list, .detail, .queue, .help]
        case .back: [.detail, .queue, .help]
        case .down, .up, .pageDown, .pageUp, .top, .bottom: [.list, .detail, .queue, .help]
        case .open: [.list, .queue]
        case .sortNext, .sortReverse, .filter, .search, .searchNext, .searchPrev: [.list]
        case .queue: [.list, .detail]
        case .projects: [.detail, .queue]
        case .nextView: [.list, .queue]
        case .timelineLeft, .timelineRight, .yearLeft, .yearRight: [.detail]
        }
    }
}

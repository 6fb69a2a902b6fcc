/// The screens of the terminal UI.
public enum ViewID: String, CaseIterable, Sendable {
    case list, detail, queue, help, history, claims, frequency
    /// One claim of the detail's list, whole: its URL and quote never cut.
    case claim
    /// The map of the list's projects (`MapView`).
    case map
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
    case addClaim = "add-claim", correctClaim = "correct-claim", addPlan = "add-deadline"
    case addProject = "add-project", editProject = "edit-project"
    case acknowledge, resolve, reopen, raiseFlag = "raise-flag"
    case undo, history
    case claims, frequency, columnLeft = "column-left", columnRight = "column-right"
    case openURL = "open-url", copyURL = "copy-url", withdrawClaim = "withdraw-claim"
    case palette
    case map, zoomIn = "zoom-in", zoomOut = "zoom-out"
    case panLeft = "pan-left", panRight = "pan-right", panUp = "pan-up", panDown = "pan-down"

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
        case .addClaim: ["a"]
        case .correctClaim: ["c"]
        case .addPlan: ["D"]
        case .addProject: ["A"]
        case .editProject: ["e"]
        case .acknowledge: ["y"]
        case .resolve: ["r"]
        case .reopen: ["o"]
        case .raiseFlag: ["!"]
        case .undo: ["u"]
        case .history: ["h"]
        case .claims: ["C"]
        case .frequency: ["F"]
        case .columnLeft: ["<"]
        case .columnRight: [">"]
        case .openURL: ["O"]
        case .copyURL: ["Y"]
        case .withdrawClaim: ["W"]
        case .palette: ["ctrl-p"]
        case .map: ["m"]
        case .zoomIn: ["+", "="]
        case .zoomOut: ["-"]
        case .panLeft: ["H"]
        case .panRight: ["L"]
        case .panUp: ["K"]
        case .panDown: ["J"]
        }
    }

    /// One line of help.
    public var help: String {
        switch self {
        case .quit: "quit (from a sub-view: back)"
        case .help: "this help"
        case .command: "command line (see Commands below): Tab completes commands and values, ↑/↓ earlier commands"
        case .back: "back to the previous view"
        case .down: "move down (detail: select the next claim)"
        case .up: "move up (detail: the previous claim; above the first, none)"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .top: "first row"
        case .bottom: "last row"
        case .open: "open the selected project (claims: as of the claim's date; frequency: filter by the value; detail: the selected claim whole)"
        case .sortNext: "sort by the next column"
        case .sortReverse: "reverse the sort"
        case .filter: "filter: list kind= status= assessed= country= region= has-discrepancy · queue project= kind= severity= state= date= · claims: :claims"
        case .search: "search: every word, any order, in names (en, ru, zh), ids, regions, sources and quotes (claims: on Enter)"
        case .searchNext: "next match (the count shows which of how many)"
        case .searchPrev: "previous match"
        case .queue: "discrepancy queue"
        case .projects: "project list"
        case .nextView: "switch between projects and discrepancies"
        case .timelineLeft: "timeline cursor one month earlier (claims: previous column)"
        case .timelineRight: "timeline cursor one month later (claims: next column)"
        case .yearLeft: "timeline cursor one year earlier"
        case .yearRight: "timeline cursor one year later"
        case .addClaim: "add a claim to the project (form)"
        case .correctClaim: "correct a claim (the selected one): a new claim supersedes it, the old one stays in history"
        case .addPlan: "add a deadline (an announced target) to the project"
        case .addProject: "add a new project"
        case .editProject: "edit the project's names, kind, regions, location"
        case .acknowledge: "acknowledge a discrepancy (seen, being looked into)"
        case .resolve: "resolve a discrepancy with a verdict and a note"
        case .reopen: "reopen an acknowledged or resolved discrepancy"
        case .raiseFlag: "raise a manual flag on the project"
        case .undo: "undo your own last edit (a new compensating entry; history keeps both)"
        case .history: "the project's history: every change, editor, time, before → after (at the selected claim; claim view: its own)"
        case .claims: "claims table: every claim of every project (:claims FILTER)"
        case .frequency: "frequency of the current column: count and bar per value; Enter filters the claims by it"
        case .columnLeft: "claims table: previous column (also ←)"
        case .columnRight: "claims table: next column (also →)"
        case .openURL: "open the selected claim's URL in $BROWSER, else xdg-open (http and https only)"
        case .copyURL: "copy the selected claim's URL to the clipboard (OSC 52; under tmux: set-clipboard on)"
        case .withdrawClaim: "withdraw the selected claim, recorded in error (asks y/n; it stays in history)"
        case .palette: "command palette: every action and command, filtered as you type; Enter runs it"
        case .map: "map of the listed projects (filter applied): arrows move to the nearest project that way, Enter opens it"
        case .zoomIn: "map: zoom in (around the selected project)"
        case .zoomOut: "map: zoom out"
        case .panLeft: "map: pan west"
        case .panRight: "map: pan east"
        case .panUp: "map: pan north"
        case .panDown: "map: pan south"
        }
    }

    /// Whether the action changes the database (refused, with the reason, in read-only mode).
    public var isEdit: Bool {
        switch self {
        case .addClaim, .correctClaim, .addPlan, .addProject, .editProject, .acknowledge, .resolve, .reopen, .raiseFlag, .undo, .withdrawClaim: true
        default: false
        }
    }

    /// The views where the action does something.
    public var views: Set<ViewID> {
        switch self {
        case .quit, .help, .command, .palette: [.list, .detail, .queue, .help, .history, .claims, .frequency, .claim, .map]
        case .back: [.detail, .queue, .help, .history, .claims, .frequency, .claim, .map]
        case .down, .up: [.list, .detail, .queue, .help, .history, .claims, .frequency, .claim, .map]
        case .pageDown, .pageUp, .top, .bottom: [.list, .detail, .queue, .help, .history, .claims, .frequency, .claim]
        case .open: [.list, .queue, .claims, .frequency, .detail, .map]
        case .filter: [.list, .queue, .claims, .map]
        case .sortNext, .sortReverse, .search: [.list, .queue, .claims]
        case .searchNext, .searchPrev: [.list, .queue]
        case .queue: [.list, .detail, .claims]
        case .projects: [.detail, .queue, .claims, .map]
        case .map: [.list, .detail, .queue, .claims]
        case .zoomIn, .zoomOut, .panLeft, .panRight, .panUp, .panDown: [.map]
        case .nextView: [.list, .queue]
        case .timelineLeft, .timelineRight: [.detail, .claims, .map]
        case .yearLeft, .yearRight: [.detail]
        case .claims: [.list, .detail, .queue, .frequency]
        case .frequency, .columnLeft, .columnRight: [.claims]
        case .addClaim, .addPlan, .editProject: [.list, .detail]
        case .history: [.list, .detail, .claim]
        case .correctClaim: [.detail, .claim]
        case .openURL, .copyURL, .withdrawClaim: [.detail, .claim]
        case .addProject: [.list]
        case .acknowledge, .resolve, .reopen: [.queue, .detail]
        case .raiseFlag: [.list, .detail, .queue]
        case .undo: [.list, .detail, .queue, .history]
        }
    }
}

import BorderTrackCore

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

    /// One line of help, in English (the key table's default; views show `help(in:)`).
    public var help: String { help(in: .en) }

    /// One line of help in a language: the catalogue's `ui.action.<id>`.
    public func help(in lang: Catalogue) -> String { lang["ui.action." + rawValue] }

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

import BorderTrackCore

/// The command palette: every action of the current view (with its real key from the key map) and every
/// command, filtered as you type; Enter runs the selected one.
extension AppState {
    /// The palette's entries for the current view, filtered by what was typed: actions in help order (those
    /// doing nothing in this view left out), then commands, one entry per way to call them here.
    public func paletteEntries(keys: KeyMap) -> [PaletteEntry] {
        var all: [PaletteEntry] = []
        for id in keys.actions {
            guard let a = Action(rawValue: id), a != .palette, a.views.contains(view) else { continue }
            let k = keys.keys(for: id).map(KeySpec.format).joined(separator: " ")
            all.append(PaletteEntry(target: .action(a), key: k.isEmpty ? lang["ui.help.unbound"] : k, name: id, help: a.help(in: lang)))
        }
        for c in Command.all {
            for u in c.usages where u.views?.contains(view) ?? true {
                all.append(PaletteEntry(target: .command(c), key: ":" + c.name, name: u.syntax(in: lang), help: u.help(in: lang)))
            }
        }
        let q = SearchQuery(palette?.query ?? "")
        guard !q.isEmpty else { return all }
        // Entries whose key or name holds more of the words come first (`queue disc`: the queue before the
        // filter, whose help only mentions both); otherwise the table's order is kept.
        func titled(_ e: PaletteEntry) -> Int {
            let title = (e.key + " " + e.name).lowercased()
            return q.words.filter { title.contains($0) }.count
        }
        return all.filter { q.matches($0.searchText) }.enumerated()
            .sorted { (titled($0.element), -$0.offset) > (titled($1.element), -$1.offset) }.map(\.element)
    }

    /// Opens the palette with nothing typed.
    mutating func openPalette() {
        prompt = nil; completion = nil
        palette = Palette()
    }

    /// A key in the open palette: typing filters, ↑/↓ select, Enter runs, Esc (or Ctrl-P) closes.
    mutating func handlePalette(_ key: Key, keys: KeyMap) -> Effect? {
        guard var p = palette else { return nil }
        let count = paletteEntries(keys: keys).count
        switch key {
        case .escape: palette = nil; return nil
        case .ctrl(let c) where keys.action(for: .ctrl(c)) == Action.palette.rawValue: palette = nil; return nil
        case .enter:
            let entries = paletteEntries(keys: keys)
            guard entries.indices.contains(p.selection) else { return nil }
            palette = nil
            return run(entries[p.selection])
        case .down, .tab: p.selection = min(p.selection + 1, max(0, count - 1))
        case .up, .backTab: p.selection = max(p.selection - 1, 0)
        case .pageDown: p.selection = min(p.selection + max(1, bodyRows - 3), max(0, count - 1))
        case .pageUp: p.selection = max(p.selection - max(1, bodyRows - 3), 0)
        case .backspace, .delete:
            if !p.query.isEmpty { p.query.removeLast() }
            p.selection = 0
        case .ctrl("u"): p.query = ""; p.selection = 0
        case .char(let c):
            guard !c.isNewline, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }) else { return nil }
            p.query.append(c); p.selection = 0
        default: return nil
        }
        palette = p
        return nil
    }

    /// Runs a palette entry: an action as its key would; a command at once when it takes no arguments, else
    /// the `:` line opens with its name typed.
    mutating func run(_ e: PaletteEntry) -> Effect? {
        switch e.target {
        case .action(let a): return apply(a)
        case .command(let c):
            if c.takesArguments {
                message = nil
                prompt = Prompt(kind: .command, text: c.name + " ")
                return nil
            }
            return submitCommand(c.name)
        }
    }
}

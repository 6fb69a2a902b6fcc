import BorderTrackCore

extension AppState {
    /// Applies one action; returns an effect for the runner when the store or terminal is needed.
    public mutating func apply(_ action: Action) -> Effect? {
        message = nil
        guard action.views.contains(view) else {
            if action == .quit { return .quit }
            return nil
        }
        if view == .queue, applyInQueue(action) { return nil }
        if view == .claims || view == .frequency, let handled = applyClaims(action) { return handled }
        if view == .detail || view == .claim, let handled = applyOnClaim(action) { return handled }
        if view == .map, let handled = applyOnMap(action) { return handled }
        switch action {
        case .quit:
            if view == .list { return .quit }
            back()
        case .help:
            if view != .help { previous = view; view = .help; helpTop = 0 }
        case .command: prompt = Prompt(kind: .command, text: "")
        case .filter: prompt = Prompt(kind: .command, text: "filter " + filter.description)
        case .search: prompt = Prompt(kind: .search, text: ""); lastSearch = ""; searchHits = nil
        case .back: back()
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(view == .queue ? max(1, bodyRows / 3) : bodyRows)
        case .pageUp: move(-(view == .queue ? max(1, bodyRows / 3) : bodyRows))
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .open:
            if view == .list, let s = selectedSummary { openDetail(s.project.id) }
            if view == .queue, let d = queueItem(queueSelection) { openDetail(d.project) }
        case .sortNext:
            sort = sort.next
            sortDescending = sort == .discrepancies || sort == .updated
            refreshRows()
            message = Message(text: lang(sortDescending ? "ui.message.sorted-desc" : "ui.message.sorted", sort.rawValue), isError: false)
        case .sortReverse:
            sortDescending.toggle()
            refreshRows()
        case .searchNext: searchStep(forward: true)
        case .searchPrev: searchStep(forward: false)
        case .queue: view = .queue; scrollIntoView()
        case .projects: view = .list
        case .nextView: view = view == .list ? .queue : .list
        case .timelineLeft: moveCursor(months: -1)
        case .timelineRight: moveCursor(months: 1)
        case .yearLeft: moveCursor(months: -12)
        case .yearRight: moveCursor(months: 12)
        case .addClaim, .correctClaim, .addPlan, .addProject, .editProject, .acknowledge, .resolve, .reopen, .raiseFlag, .undo:
            return startEdit(action)
        case .claims: openClaims()
        case .palette: openPalette()
        case .map: openMap()
        case .zoomIn, .zoomOut, .panLeft, .panRight, .panUp, .panDown: break
        case .frequency, .columnLeft, .columnRight, .openURL, .copyURL, .withdrawClaim: break
        case .history:
            guard let p = currentProject else { message = Message(text: lang["ui.message.no-project"], isError: true); return nil }
            return .loadHistory(project: p)
        }
        return nil
    }

    mutating func back() {
        switch view {
        case .help: view = previous
        case .history: view = previous == .history || previous == .help ? .list : previous
        case .detail:
            view = claims.detailFromClaims ? .claims : map.openedDetail ? .map : .list
            claims.detailFromClaims = false
            map.openedDetail = false
            if view == .map { reloadMap() }
        case .queue: view = .list
        case .claims, .frequency: _ = applyClaims(.back)
        case .claim: view = .detail
        case .map: view = .list
        case .list: break
        }
    }

    mutating func openDetail(_ id: String) {
        detailProject = id
        claims.detailFromClaims = false  // set again by the claims table when it opens the detail
        map.openedDetail = false  // likewise by the map
        detailTop = 0
        selectedClaim = nil
        timelineCursor = data.timeline(of: id)?.lanes.flatMap(\.segments).map(\.from).max() ?? data.end
        view = .detail
    }

    mutating func move(_ delta: Int) {
        func clamp(_ v: Int, _ count: Int) -> Int { max(0, min(v, count - 1)) }
        switch view {
        case .list: listSelection = clamp(listSelection.addingReportingOverflow(delta).partialValue, listCount)
        case .queue: queueSelection = clamp(queueSelection.addingReportingOverflow(delta).partialValue, queueCount)
        case .detail: detailTop = max(0, detailTop.addingReportingOverflow(delta).partialValue)
        case .help: helpTop = max(0, helpTop.addingReportingOverflow(delta).partialValue)
        case .history: historyTop = max(0, min(historyTop.addingReportingOverflow(delta).partialValue, max(0, historyEntries.count - 1)))
        case .claims, .frequency: moveClaims(delta)
        case .claim: claimTop = max(0, claimTop.addingReportingOverflow(delta).partialValue)
        case .map: break
        }
        scrollIntoView()
    }

    mutating func moveCursor(months: Int) {
        guard let id = detailProject, let t = data.timeline(of: id) else { return }
        let days = t.lanes.flatMap(\.segments)
        let lo = days.map(\.from).min() ?? data.end, hi = data.end
        let next = (timelineCursor ?? hi).adding(months: months)
        timelineCursor = min(max(next, lo), hi)
    }

    // MARK: - Prompt editing

    /// Adds typed text to the prompt; a search moves the selection as you type.
    public mutating func type(_ text: String) {
        guard var p = prompt else { return }
        completion = nil
        p.text += text
        prompt = p
        if p.kind == .search && view != .claims { lastSearch = p.text; search(p.text) }
    }

    /// Deletes the last character of the prompt; an empty prompt closes.
    public mutating func backspace() {
        guard var p = prompt else { return }
        completion = nil
        if p.text.isEmpty { prompt = nil; history.reset(); return }
        p.text.removeLast()
        prompt = p
        if p.kind == .search && view != .claims { lastSearch = p.text; search(p.text) }
    }

    /// Closes the prompt without running it.
    public mutating func cancelPrompt() { prompt = nil; completion = nil; history.reset() }

    /// Runs the prompt (Enter).
    public mutating func submitPrompt() -> Effect? {
        guard let p = prompt else { return nil }
        prompt = nil; completion = nil
        switch p.kind {
        case .search:
            if view == .claims { submitClaimsSearch(p.text); return nil }
            lastSearch = p.text
            return nil
        case .command:
            return submitCommand(p.text)
        }
    }

    /// Runs a command typed (or picked in the palette), keeping it in the history; the effect then asks the
    /// runner to append it to the history file before doing what the command asked for.
    mutating func submitCommand(_ line: String) -> Effect? {
        let added = history.add(line)
        let effect = runCommand(line)
        guard added, let kept = history.entries.last else { return effect }
        return .recordCommand(kept, then: effect)
    }

    /// Runs a command-line command: `q`, `goto ID`, `asof DATE|today`, `filter …`, `sort COLUMN [desc|asc]`.
    public mutating func runCommand(_ line: String) -> Effect? {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let typed = words.first else { return nil }
        // Aliases (`g`, `f`, `quit`) are the table's: each stands for its command's name from here on.
        let verb = Command.named(typed)?.name ?? typed
        words[0] = verb
        if view == .queue, runQueueCommand(words) { return nil }
        if let handled = claimsCommand(words) { return handled }
        let rest = words.dropFirst().joined(separator: " ")
        switch verb {
        case "q": return .quit
        case "goto":
            guard !rest.isEmpty else { message = Message(text: lang["ui.message.goto-empty"], isError: true); return nil }
            guard let id = gotoTarget(rest) else { return nil }
            if let i = listPosition(of: id) { listSelection = i; scrollIntoView() }
            openDetail(id)
        case "asof":
            if rest.isEmpty || rest == "today" || rest == "now" { return .reload(asOf: nil) }
            do { return .reload(asOf: try PartialDate(parsing: rest).end) } catch {
                message = Message(text: ":asof \"\(rest)\": " + lang.restating(error.expectation, as: "ui.form.error.date"), isError: true)
            }
        case "filter":
            do {
                filter = try ProjectFilter.parse(rest)
                refreshRows()
                message = Message(text: filter.isEmpty ? lang["ui.message.filter-cleared"] : lang.count("ui.message.filter", listCount, filter.description), isError: false)
                if view != .map { view = .list }
            } catch { message = Message(text: error.message(in: lang), isError: true) }
        case "sort":
            guard let c = words.dropFirst().first, let col = SortColumn(rawValue: c) else {
                message = Message(text: lang("ui.message.sort-expects", SortColumn.allCases.map(\.rawValue).joined(separator: ", ")), isError: true)
                return nil
            }
            sort = col
            sortDescending = words.count > 2 ? words[2] == "desc" : (col == .discrepancies || col == .updated)
            refreshRows()
            view = .list
        case "help": previous = view; view = .help
        case "map": openMap()
        case "export":
            let formats = Command.exportFormats
            guard words.count == 3, formats.contains(words[1]) else {
                message = Message(text: lang("ui.message.export-expects", formats.joined(separator: ", ")), isError: true)
                return nil
            }
            return .export(format: words[1], path: words[2], projects: pages.listIDs(listQuery), asOf: data.knownBy)
        default:
            message = Message(text: lang("ui.message.unknown-command", typed, Command.summary), isError: true)
        }
        return nil
    }
}

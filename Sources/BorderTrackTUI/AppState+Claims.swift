import BorderTrackCore

/// The claims table and its frequency view: opening them, moving, filtering, sorting, searching, counting.
extension AppState {
    /// Where the claims table is read (every page source the app has can; nil only for a source that cannot).
    var claimPages: (any ClaimPages)? { pages as? any ClaimPages }

    /// The claim row at a position of the table.
    public func claimRow(_ index: Int) -> ClaimRow? {
        guard index >= 0, index < claims.count else { return nil }
        return claimPages?.claimRow(claims.query, at: index)
    }

    /// Opens the claims table (from the frequency view: back to it), counting its rows.
    mutating func openClaims() {
        guard claimPages != nil else { message = Message(text: lang["ui.message.no-claims-table"], isError: true); return }
        if view != .claims && view != .frequency { claims.returnView = view }
        view = .claims
        recountClaims()
    }

    /// Counts the table again for its query (after a change of query or data) and keeps the cursor within it.
    mutating func recountClaims() {
        guard let cp = claimPages else { return }
        claims.count = cp.claimsCount(claims.query)
        claims.total = claims.query.isFiltered ? cp.claimsCount(claims.query.unfiltered) : claims.count
        claims.selection = max(0, min(claims.selection, claims.count - 1))
        scrollClaimsIntoView()
    }

    /// Keeps the table's and the frequency view's cursors on screen.
    mutating func scrollClaimsIntoView() {
        let height = bodyRows
        func fit(_ sel: Int, _ top: Int, count: Int) -> Int {
            var top = top
            if sel < top { top = sel }
            if sel >= top + height { top = sel - height + 1 }
            return max(0, min(top, max(0, count - height)))
        }
        claims.top = fit(claims.selection, claims.top, count: claims.count)
        claims.frequencyTop = fit(claims.frequencySelection, claims.frequencyTop, count: claims.frequency.count)
    }

    /// Moves the cursor of the claims table or the frequency view.
    mutating func moveClaims(_ delta: Int) {
        func clamp(_ v: Int, _ count: Int) -> Int { max(0, min(v, count - 1)) }
        if view == .frequency {
            claims.frequencySelection = clamp(claims.frequencySelection.addingReportingOverflow(delta).partialValue, claims.frequency.count)
        } else {
            claims.selection = clamp(claims.selection.addingReportingOverflow(delta).partialValue, claims.count)
        }
        scrollClaimsIntoView()
    }

    /// Sets the table's query, counting it again, with the cursor on the first row; says the result.
    mutating func setClaimsQuery(_ q: ClaimsQuery, say: Bool = true) {
        claims.query = q
        claims.selection = 0; claims.top = 0
        view = .claims
        recountClaims()
        if say {
            let f = ClaimsFilter.describe(q) + (q.words.isEmpty ? "" : " /" + q.words.joined(separator: " "))
            message = Message(text: q.isFiltered ? lang("ui.message.claims-filtered", f.trimmingWhitespace, claims.count, claims.total) : lang("ui.message.claims-all", claims.count),
                              isError: false)
        }
    }

    /// Opens the frequency view of a column over the table's current selection (one `GROUP BY` on a store).
    mutating func openFrequency(_ column: ClaimColumn) {
        guard let cp = claimPages else { return }
        claims.frequencyColumn = column
        claims.frequency = cp.claimsFrequency(claims.query, column: column)
        claims.frequencySelection = 0; claims.frequencyTop = 0
        view = .frequency
    }

    /// The claims table's and frequency view's answer to an action; nil when the general reducer handles it.
    mutating func applyClaims(_ action: Action) -> Effect?? {
        switch action {
        case .down: moveClaims(1)
        case .up: moveClaims(-1)
        case .pageDown: moveClaims(bodyRows)
        case .pageUp: moveClaims(-bodyRows)
        case .top: moveClaims(Int.min / 2)
        case .bottom: moveClaims(Int.max / 2)
        case .back, .quit:
            view = view == .frequency ? .claims : claims.returnView
            if view == .detail && detailProject == nil { view = .list }
        case .claims: openClaims()
        case .open where view == .frequency:
            guard claims.frequency.indices.contains(claims.frequencySelection) else { return .some(nil) }
            let f = claims.frequency[claims.frequencySelection]
            if f.value.isEmpty && claims.frequencyColumn.isDate {
                message = Message(text: lang("ui.message.freq-no-date", claims.frequencyColumn.rawValue), isError: true)
                return .some(nil)
            }
            setClaimsQuery(claims.query.narrowed(claims.frequencyColumn, to: f.value))
        case .open:
            guard let r = claimRow(claims.selection) else { return .some(nil) }
            openDetail(r.claim.project)
            timelineCursor = r.claim.asOf.start
            claims.detailFromClaims = true
            return .some(.reload(asOf: r.claim.asOf.end))
        case .frequency: openFrequency(claims.column)
        case .columnLeft, .timelineLeft: stepColumn(-1)
        case .columnRight, .timelineRight: stepColumn(1)
        case .sortNext:
            let cols = ClaimColumn.sortable
            let next = cols[((cols.firstIndex(of: claims.query.sort) ?? -1) + 1) % cols.count]
            var q = claims.query
            q.sort = next; q.descending = next.isDate
            setClaimsQuery(q, say: false)
            message = Message(text: lang(q.descending ? "ui.message.claims-sorted-desc" : "ui.message.claims-sorted", next.rawValue), isError: false)
        case .sortReverse:
            var q = claims.query
            q.descending.toggle()
            setClaimsQuery(q, say: false)
        case .filter: prompt = Prompt(kind: .command, text: "filter " + ClaimsFilter.describe(claims.query))
        case .search: prompt = Prompt(kind: .search, text: claims.query.words.joined(separator: " "))
        default: return nil
        }
        return .some(nil)
    }

    /// A click in the table or the frequency view selects the row under it; a second click, or a double click, opens it.
    mutating func clickClaims(_ m: MouseEvent) -> Effect? {
        let inTable = view == .claims
        let index = (inTable ? claims.top : claims.frequencyTop) + (m.row - 2)
        guard m.row >= 2, m.row < 2 + bodyRows, index >= 0, index < (inTable ? claims.count : claims.frequency.count) else { return nil }
        let again = index == (inTable ? claims.selection : claims.frequencySelection)
        if inTable { claims.selection = index } else { claims.frequencySelection = index }
        scrollClaimsIntoView()
        if m.kind == .doubleClick || (again && m.kind == .click) { return apply(.open) }
        return nil
    }

    /// Moves the current column (what the frequency view counts).
    mutating func stepColumn(_ delta: Int) {
        let all = ClaimColumn.allCases
        let i = all.firstIndex(of: claims.column) ?? 0
        claims.column = all[max(0, min(all.count - 1, i + delta))]
    }

    /// Applies a claims search (Enter on `/` in the table): every word must occur; empty clears the search.
    mutating func submitClaimsSearch(_ text: String) {
        var q = claims.query
        q.words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        setClaimsQuery(q)
        if claims.count == 0 { message = Message(text: lang("ui.message.no-claim-match", text), isError: true) }
    }

    /// The claims commands: `:claims [FILTER]`, `:freq [COLUMN]`, and `:filter`, `:sort` in the claims views.
    /// nil when the command is not one of them here.
    mutating func claimsCommand(_ words: [String]) -> Effect?? {
        guard let verb = words.first else { return nil }
        let rest = words.dropFirst().joined(separator: " ")
        let inClaims = view == .claims || view == .frequency
        switch verb {
        case "claims":
            guard claimPages != nil else { message = Message(text: lang["ui.message.no-claims-table"], isError: true); return .some(nil) }
            if rest.isEmpty { openClaims(); return .some(nil) }
            do {
                let q = try ClaimsFilter.parse(rest, into: claims.query)
                if view != .claims && view != .frequency { claims.returnView = view }
                setClaimsQuery(q)
            } catch { message = Message(text: error.message(in: lang), isError: true) }
        case "filter" where inClaims:
            do { setClaimsQuery(try ClaimsFilter.parse(rest, into: claims.query)) } catch {
                message = Message(text: error.message(in: lang), isError: true)
            }
        case "sort" where inClaims:
            let names = ClaimColumn.sortable.map(\.rawValue).joined(separator: ", ")
            guard words.count >= 2, let col = ClaimColumn(rawValue: words[1] == "as-of" ? "asof" : words[1]), col.isSortable,
                  words.count < 3 || ["asc", "desc"].contains(words[2]) else {
                message = Message(text: lang("ui.message.sort-expected", rest, names), isError: true)
                return .some(nil)
            }
            var q = claims.query
            q.sort = col
            q.descending = words.count > 2 ? words[2] == "desc" : col.isDate
            setClaimsQuery(q, say: false)
        case "freq":
            guard claimPages != nil else { return .some(nil) }
            guard let col = words.count > 1 ? ClaimColumn(rawValue: words[1] == "as-of" ? "asof" : words[1]) : claims.column else {
                message = Message(text: lang("ui.message.freq-expected", rest, ClaimsFilter.fields.joined(separator: ", ")), isError: true)
                return .some(nil)
            }
            if !inClaims { claims.returnView = view }
                claims.column = col
            if !inClaims { recountClaims() }
            openFrequency(col)
        default: return nil
        }
        return .some(nil)
    }
}

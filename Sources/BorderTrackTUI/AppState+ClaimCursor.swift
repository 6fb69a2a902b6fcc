import BorderTrackCore

/// The detail's claim cursor and what can be done on the selected claim: see it whole (the claim view),
/// correct, withdraw, its history, open and copy its URL.
extension AppState {
    /// The detail's claims in the order the list shows them (newest first).
    public var detailClaims: [Claim] {
        guard let id = detailProject else { return [] }
        return DetailView.claimOrder(data.claims(of: id))
    }

    /// The claim under the detail's cursor, while it is still one of the project's claims.
    public var cursorClaim: Claim? {
        guard let id = selectedClaim, let p = detailProject else { return nil }
        return data.claims(of: p).first { $0.id == id }
    }

    /// The detail's and the claim view's own meaning of an action (nil: the general one applies).
    ///
    /// In the detail ↓/↑ move the claim cursor and Enter shows the selected claim whole; with a claim selected
    /// (or in the claim view) `c` corrects it and `h` shows the history at it (the claim view: its own entries).
    mutating func applyOnClaim(_ action: Action) -> Effect?? {
        let onClaim = view == .claim || cursorClaim != nil
        switch action {
        case .down where view == .detail: moveClaimCursor(1)
        case .up where view == .detail: moveClaimCursor(-1)
        case .open where view == .detail: openClaimView()
        case .correctClaim where onClaim: return .some(correctSelectedClaim())
        case .withdrawClaim: withdrawSelectedClaim()
        case .openURL: return .some(openSelectedURL())
        case .copyURL: return .some(copySelectedURL())
        case .history where view == .claim:
            guard let c = requireClaim() else { return .some(nil) }
            return .some(.loadClaimHistory(project: c.project, claim: c.id))
        default: return nil
        }
        return .some(nil)
    }

    /// Moves the claim cursor by `delta` claims (↓ from none selects the newest; ↑ above the first selects none
    /// and shows the top of the detail), scrolling the detail so the selected claim's lines show.
    mutating func moveClaimCursor(_ delta: Int) {
        let claims = detailClaims
        guard !claims.isEmpty else {
            detailTop = max(0, detailTop.addingReportingOverflow(delta).partialValue)
            return
        }
        let current = selectedClaim.flatMap { id in claims.firstIndex { $0.id == id } }
        let next: Int? = switch current {
        case nil: delta > 0 ? (delta >= claims.count ? claims.count - 1 : delta - 1) : nil
        case let i?: i.addingReportingOverflow(delta).partialValue
        }
        guard let next, next >= 0 else {
            selectedClaim = nil
            detailTop = 0
            return
        }
        selectedClaim = claims[min(next, claims.count - 1)].id
        detailTop = DetailView.top(showingSelectedClaimOf: self)
    }

    /// The selected claim, or a message saying how to select one.
    mutating func requireClaim() -> Claim? {
        if let c = cursorClaim { return c }
        message = Message(text: lang["ui.message.no-claim"], isError: true)
        return nil
    }

    /// Shows the selected claim whole (Enter).
    mutating func openClaimView() {
        guard requireClaim() != nil else { return }
        claimTop = 0
        view = .claim
    }

    /// The correction form with the selected claim chosen; a claim already corrected names the claim that
    /// corrects it instead.
    mutating func correctSelectedClaim() -> Effect? {
        guard let c = requireClaim(), let project = detailProject else { return nil }
        if session.readOnly {
            message = Message(text: lang("ui.message.read-only", session.readOnlyReason), isError: true)
            return nil
        }
        let live = liveClaims(project)
        guard live.contains(where: { $0.id == c.id }) else {
            let by = data.claims(of: project).first { $0.supersedes == c.id }
            message = Message(text: by.map { lang("ui.message.corrected-by", c.id, $0.id) } ?? lang("ui.message.corrected", c.id), isError: true)
            return nil
        }
        form = Form.correctClaim(project: project, claims: live, countries: data.project(id: project)?.countries ?? [], selecting: c.id, lang: lang)
        form?.today = today
        return nil
    }

    /// Opens the withdrawal form (the reason) for the selected claim; saving it asks y/n (`confirmWithdrawal`).
    mutating func withdrawSelectedClaim() {
        guard let c = requireClaim() else { return }
        if session.readOnly {
            message = Message(text: lang("ui.message.read-only", session.readOnlyReason), isError: true)
            return
        }
        form = Form.withdrawClaim(c, lang: lang)
        form?.today = today
    }

    /// Closes the withdrawal form and asks y/n before the withdrawal is written.
    mutating func confirmWithdrawal(_ edit: Edit) {
        guard case .withdrawClaim(let id, _, let reason) = edit else { return }
        closeForm()
        confirm = Confirm(question: "Withdraw claim \(id) as recorded in error\(reason.map { " (\($0))" } ?? "") — it stops counting, stays in history? y/n",
                          effect: .save(edit))
    }

    /// Opens the selected claim's URL: http and https only; anything else is refused with the reason.
    mutating func openSelectedURL() -> Effect? {
        guard let c = requireClaim() else { return nil }
        guard let url = c.url, !url.isEmpty else {
            message = Message(text: lang("ui.message.no-url", c.id), isError: true)
            return nil
        }
        guard Self.isWebURL(url) else {
            message = Message(text: lang("ui.message.url-scheme", TerminalText.singleLine(url)), isError: true)
            return nil
        }
        return .openURL(url)
    }

    /// Copies the selected claim's URL, sanitised (no control characters reach the clipboard).
    mutating func copySelectedURL() -> Effect? {
        guard let c = requireClaim() else { return nil }
        guard let url = c.url, !url.isEmpty else {
            message = Message(text: lang("ui.message.no-url", c.id), isError: true)
            return nil
        }
        let safe = TerminalText.singleLine(url)
        message = Message(text: lang.count("ui.message.copied", safe.count), isError: false)
        return .copyToClipboard(safe)
    }

    /// Whether a URL is one the UI opens: `http://` or `https://` followed by a host, with no space or control
    /// character anywhere (a browser must not be handed an option or a second argument).
    public static func isWebURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }), url.count > scheme.count else { return false }
        return !url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
            && TerminalText.sanitize(url) == url
    }

    /// The audit entries about one claim: its recording, its withdrawal and the corrections of it.
    public static func entries(_ entries: [HistoryEntry], about claim: String) -> [HistoryEntry] {
        entries.filter { e in
            e.entityID == claim || e.changes.contains { $0.field == "supersedes" && ($0.after == claim || $0.before == claim) }
        }
    }
}

extension AppState {
    /// Keeps the claim cursor sensible after a saved edit: a correction of the selected claim selects the
    /// correction; a withdrawn selected claim leaves nothing selected (and its claim view). A claim added to the
    /// project on screen moves the timeline's cursor to its date, so the "At" lines show what it changed.
    mutating func followClaimCursor(after edit: Edit) {
        if case .addClaim(let c) = edit, c.project == detailProject { timelineCursor = c.asOf.start }
        switch edit {
        case .addClaim(let c) where c.supersedes != nil && c.supersedes == selectedClaim:
            selectedClaim = c.id
        case .withdrawClaim(let id, _, _) where id == selectedClaim:
            selectedClaim = nil
            if view == .claim { view = .detail }
        default: break
        }
    }
}

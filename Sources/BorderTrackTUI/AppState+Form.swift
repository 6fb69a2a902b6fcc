import BorderTrackCore

extension AppState {
    /// Typing in a form: fields, choices (type-ahead), completion, questions, save (Ctrl-S) and cancel.
    ///
    /// Enter in a one-line field moves to the next field, as Tab does: only Ctrl-S saves, so a form is never
    /// saved by accident. Leaving a field never fills it in.
    mutating func handleForm(_ key: Key) -> Effect? {
        guard var f = form else { return nil }
        var keep = true
        defer { if keep, form != nil { form = f } }
        if let question = f.question {
            f.question = nil
            guard case .char(let c) = key, c == "y" || c == "Y" else { return nil }
            switch question {
            case .discard: keep = false; closeForm(); return nil
            case .quit: return .quit
            case .saveWithoutQuote: return submit(&f, withoutQuote: true)
            }
        }
        if f.saving { return nil } // the runner answers before the next key is read
        let field = f.focused
        let typed = f.typeAhead
        f.typeAhead = ""
        switch key {
        case .escape:
            if f.isDirty { f.question = .discard } else { keep = false; closeForm() }
        case .ctrl("c"):
            if f.isDirty || parentForm?.isDirty == true { f.question = .quit } else { return .quit }
        case .tab:
            // Tab completes a partly typed source; an empty field is left empty.
            if field.kind == .source, !field.value.isEmpty, let first = sourceMatches(field.value).first, first.id != field.value {
                f.fields[f.focus].value = first.id
            } else {
                f.focus = (f.focus + 1) % f.fields.count
            }
        case .down: f.focus = (f.focus + 1) % f.fields.count
        case .backTab, .up: f.focus = (f.focus + f.fields.count - 1) % f.fields.count
        case .left, .right:
            let before = f.fields[f.focus].value
            f.fields[f.focus].cycle(key == .left ? -1 : 1)
            chose(&f, field: field.id, before: before)
        case .ctrl("s"):
            return submit(&f)
        case .enter:
            if field.kind == .multiline { f.fields[f.focus].value += "\n" } else { f.focus = (f.focus + 1) % f.fields.count }
        case .ctrl("u"):
            f.fields[f.focus].value = field.options.isEmpty || !field.required ? "" : field.value
        case .ctrl("n"):
            guard field.kind == .source else { break }
            parentForm = f
            f = Form.newSource(id: field.value, lang: lang)
        case .backspace, .delete:
            if field.options.isEmpty {
                if !f.fields[f.focus].value.isEmpty { f.fields[f.focus].value.removeLast() }
            } else if !field.required {
                f.fields[f.focus].value = ""
            }
        case .char(let c):
            if field.options.isEmpty {
                f.fields[f.focus].value.append(c)
            } else {
                let before = f.fields[f.focus].value
                f.typeAhead = f.fields[f.focus].typeAhead(typed + String(c))
                chose(&f, field: field.id, before: before)
            }
        default: break
        }
        f.submitError = nil
        return nil
    }

    /// What follows a new choice: another claim to correct brings its values into the fields not typed over;
    /// a status other than operational clears the scope (which only operational takes).
    func chose(_ f: inout Form, field: String, before: String) {
        guard f[field] != before else { return }
        switch field {
        case "claim":
            if case .correctClaim = f.purpose, let new = f.base.claims.first(where: { $0.id == f["claim"] }) {
                f.follow(from: f.base.claims.first { $0.id == before }, to: new)
            }
        case "status":
            if f["status"] != Status.operational.rawValue { f["scope"] = "" }
        case "discrepancy":
            // A resolution offers the verdicts of the discrepancy now picked (keeping the one chosen if it applies).
            guard let i = f.fields.firstIndex(where: { $0.id == "verdict" }), let d = data.discrepancy(id: f["discrepancy"]) else { return }
            f.fields[i] = Form.verdictField(for: d, value: f["verdict"], lang: f.lang)
        default: break
        }
    }

    /// Validates and hands the edit to the runner, or focuses the first field at fault. A claim without a
    /// quote is saved only after the editor confirms (`withoutQuote`).
    mutating func submit(_ f: inout Form, withoutQuote: Bool = false) -> Effect? {
        switch f.edit(in: data) {
        case .success(let edit):
            if case .addClaim(let c) = edit, c.quote == nil, !withoutQuote {
                f.question = .saveWithoutQuote
                return nil
            }
            if case .withdrawClaim = edit {
                confirmWithdrawal(edit)
                return nil
            }
            f.saving = true
            f.submitError = nil
            return .save(edit)
        case .failure(let problem):
            if let i = f.fields.firstIndex(where: { $0.id == problem.field }) { f.focus = i }
            f.submitError = problem.message
            return nil
        }
    }

    /// Closes the form (a nested source form returns to the form it was opened from).
    mutating func closeForm() {
        form = parentForm
        parentForm = nil
    }

    /// Sources whose id or name contains the typed text (ids starting with it first), at most 6.
    public func sourceMatches(_ text: String) -> [Source] {
        let q = text.lowercased()
        let all = data.sources.values.sorted { $0.id < $1.id }
        if q.isEmpty { return Array(all.prefix(6)) }
        let starts = all.filter { $0.id.hasPrefix(q) }
        let contains = all.filter { !$0.id.hasPrefix(q) && ($0.id.contains(q) || $0.name.lowercased().contains(q)) }
        return Array((starts + contains).prefix(6))
    }

    // MARK: - Answers from the runner

    /// The store accepted the edit: close the form (a new source goes back to the form that asked for it).
    public mutating func saveSucceeded(_ edit: Edit) {
        if case .addSource(let s) = edit, var parent = parentForm {
            // The source field Ctrl-N was pressed in (Source or Via), else the first.
            let asked = parent.fields.indices.contains(parent.focus) && parent.fields[parent.focus].kind == .source ? parent.focus : nil
            if let i = asked ?? parent.fields.firstIndex(where: { $0.kind == .source }) { parent.fields[i].value = s.id; parent.focus = i }
            form = parent
            parentForm = nil
        } else if form?.saving == true {
            form = nil
            parentForm = nil
        }
        followClaimCursor(after: edit)
        message = Message(text: edit.done(in: lang), isError: false)
    }

    /// The store refused the edit (conflict, busy, not permitted, invalid): the form stays with what was typed.
    public mutating func saveFailed(_ reason: String) {
        if form != nil {
            form?.saving = false
            form?.submitError = reason
            // A correction refused because its claim was corrected meanwhile offers the correction now.
            if case .correctClaim(let project)? = form?.purpose {
                let claims = data.claims(of: project)
                form?.rebaseCorrection(on: claims)
            }
        } else {
            message = Message(text: reason, isError: true)
        }
    }

    /// Asks before undoing the editor's last edit (the runner found it).
    public mutating func confirmUndo(summary: String, auditSeq: Int) {
        confirm = Confirm(question: lang("ui.confirm.undo", summary), effect: .save(.undo(expected: auditSeq)))
    }

    /// Shows a project's history (entries newest first); with `claim`, only the entries about that claim. Opened
    /// from the detail with a claim selected, the history starts at that claim's newest entry.
    public mutating func showHistory(project: String, entries: [HistoryEntry], claim: String? = nil) {
        let at = view == .detail && claim == nil ? cursorClaim?.id : nil
        if view != .history { previous = view }
        historyProject = project
        historyClaim = claim
        historyEntries = claim.map { Self.entries(entries, about: $0) } ?? entries
        historyTop = 0
        if let at, let i = historyEntries.firstIndex(where: { !Self.entries([$0], about: at).isEmpty }) { historyTop = i }
        view = .history
    }

    // MARK: - Opening forms

    /// The project an edit key applies to: the open project, the selected row, or the selected discrepancy's.
    var currentProject: String? {
        switch view {
        case .detail: detailProject
        case .list: selectedSummary?.project.id
        case .queue: queueItem(queueSelection)?.project
        case .history: historyProject
        case .claims: claimRow(claims.selection)?.claim.project
        case .claim: detailProject
        case .map: map.selected.flatMap { i in map.sites.map { $0.ids[i] } }
        case .help, .frequency: nil
        }
    }

    /// Claims of a project that no other claim corrects (the ones a correction can apply to).
    func liveClaims(_ project: String) -> [Claim] {
        let all = data.claims(of: project)
        let corrected = Set(all.compactMap(\.supersedes))
        return all.filter { !corrected.contains($0.id) }
    }

    /// Opens the form or asks the runner for what an edit action needs; explains when it cannot.
    mutating func startEdit(_ action: Action) -> Effect? {
        if session.readOnly {
            message = Message(text: lang("ui.message.read-only", session.readOnlyReason), isError: true)
            return nil
        }
        if action == .addProject { form = Form.project(lang: lang); return nil }
        if action == .undo { return .prepareUndo }
        guard let project = currentProject else {
            message = Message(text: lang["ui.message.no-project"], isError: true)
            return nil
        }
        switch action {
        case .addClaim: form = Form.addClaim(project: project, countries: data.project(id: project)?.countries ?? [], lang: lang)
        case .correctClaim:
            form = Form.correctClaim(project: project, claims: liveClaims(project), countries: data.project(id: project)?.countries ?? [], lang: lang)
            if form == nil { message = Message(text: lang["ui.message.nothing-to-correct"], isError: true) }
        case .addPlan: form = Form.addPlan(project: project, lang: lang)
        case .editProject:
            guard let p = data.project(id: project) else { return nil }
            form = Form.project(editing: p, lang: lang)
        case .acknowledge, .resolve, .reopen:
            let flagAction: FlagAction = action == .acknowledge ? .ack : action == .resolve ? .resolve : .reopen
            let allowed: Set<FlagState> = switch flagAction {
            case .ack: [.open]
            case .resolve: [.open, .acknowledged]
            default: [.acknowledged, .resolved, .obsolete]
            }
            var candidates = data.discrepancies(of: project).filter { allowed.contains($0.flag.state) }
            if view == .queue, let d = queueItem(queueSelection) {
                candidates = allowed.contains(d.flag.state) ? [d] : []
            }
            form = Form.flag(flagAction, project: project, discrepancies: candidates, lang: lang)
            if form == nil {
                let states = allowed.sorted { $0.rawValue < $1.rawValue }.map(lang.word)
                    .joined(separator: lang["ui.form.or"])
                message = Message(text: lang("ui.message.nothing-to-flag", lang == .en ? action.rawValue
                    : flagAction == .ack ? lang["ui.message.verb.ack"] : flagAction == .resolve ? lang["ui.message.verb.resolve"] : lang["ui.message.verb.reopen"], states), isError: true)
            }
        case .raiseFlag: form = Form.flag(.add, project: project, discrepancies: [], lang: lang)
        case .history: return .loadHistory(project: project)
        default: break
        }
        form?.today = today
        return nil
    }
}

import BorderTrackCore

extension AppState {
    /// Typing in a form: fields, choices, completion, save (Ctrl-S, or Enter outside a multi-line field) and cancel.
    mutating func handleForm(_ key: Key) -> Effect? {
        guard var f = form else { return nil }
        defer { if form != nil { form = f } }
        if f.confirmingDiscard {
            f.confirmingDiscard = false
            if case .char(let c) = key, c == "y" || c == "Y" { closeForm(); return nil }
            return nil
        }
        if f.saving { return nil } // the runner answers before the next key is read
        let field = f.focused
        switch key {
        case .escape:
            if f.isDirty { f.confirmingDiscard = true } else { closeForm() }
        case .tab:
            if field.kind == .source, let first = sourceMatches(field.value).first, first.id != field.value {
                f.fields[f.focus].value = first.id
            } else {
                f.focus = (f.focus + 1) % f.fields.count
            }
        case .down: f.focus = (f.focus + 1) % f.fields.count
        case .backTab, .up: f.focus = (f.focus + f.fields.count - 1) % f.fields.count
        case .left, .right:
            let before = f.fields[f.focus].value
            f.fields[f.focus].cycle(key == .left ? -1 : 1)
            if f.fields[f.focus].value != before { picked(field.id, in: &f) }
        case .ctrl("s"):
            return submit(&f)
        case .enter:
            if field.kind == .multiline { f.fields[f.focus].value += "\n" } else { return submit(&f) }
        case .ctrl("u"):
            f.fields[f.focus].value = field.options.isEmpty || !field.required ? "" : field.value
        case .ctrl("n"):
            guard field.kind == .source else { break }
            parentForm = f
            f = Form.newSource(id: field.value)
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
                f.fields[f.focus].choose(startingWith: c)
                if f.fields[f.focus].value != before { picked(field.id, in: &f) }
            }
        default: break
        }
        f.submitError = nil
        return nil
    }

    /// Validates and hands the edit to the runner, or focuses the first field at fault.
    mutating func submit(_ f: inout Form) -> Effect? {
        switch f.edit(in: data) {
        case .success(let edit):
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

    /// What follows from picking another claim or discrepancy: a correction copies the claim's fields; a
    /// resolution offers the verdicts of the discrepancy now picked (keeping the one chosen if it still applies).
    func picked(_ field: String, in f: inout Form) {
        switch field {
        case "claim": prefillCorrection(&f)
        case "discrepancy":
            guard let i = f.fields.firstIndex(where: { $0.id == "verdict" }), let d = data.discrepancy(id: f["discrepancy"]) else { return }
            f.fields[i] = Form.verdictField(for: d, value: f["verdict"])
        default: break
        }
    }

    /// Copies the chosen claim's fields into a correction form.
    func prefillCorrection(_ f: inout Form) {
        guard case .correctClaim(let project) = f.purpose,
              let c = data.claims(of: project).first(where: { $0.id == f["claim"] }) else { return }
        for field in Form.claimFields(from: c) { f[field.id] = field.value }
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
            if let i = parent.fields.firstIndex(where: { $0.kind == .source }) { parent.fields[i].value = s.id; parent.focus = i }
            form = parent
            parentForm = nil
        } else if form?.saving == true {
            form = nil
            parentForm = nil
        }
        message = Message(text: edit.done, isError: false)
    }

    /// The store refused the edit (conflict, busy, not permitted, invalid): the form stays with what was typed.
    public mutating func saveFailed(_ reason: String) {
        if form != nil {
            form?.saving = false
            form?.submitError = reason
        } else {
            message = Message(text: reason, isError: true)
        }
    }

    /// Asks before undoing the editor's last edit (the runner found it).
    public mutating func confirmUndo(summary: String, auditSeq: Int) {
        confirm = Confirm(question: "Undo your last edit: \(summary)? y/n", effect: .save(.undo(expected: auditSeq)))
    }

    /// Shows a project's history (entries newest first).
    public mutating func showHistory(project: String, entries: [HistoryEntry]) {
        if view != .history { previous = view }
        historyProject = project
        historyEntries = entries
        historyTop = 0
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
        case .help: nil
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
            message = Message(text: "read-only: \(session.readOnlyReason) — edits are disabled", isError: true)
            return nil
        }
        if action == .addProject { form = Form.project(); return nil }
        if action == .undo { return .prepareUndo }
        guard let project = currentProject else {
            message = Message(text: "no project selected", isError: true)
            return nil
        }
        switch action {
        case .addClaim: form = Form.addClaim(project: project, countries: data.project(id: project)?.countries ?? [])
        case .correctClaim:
            form = Form.correctClaim(project: project, claims: liveClaims(project), countries: data.project(id: project)?.countries ?? [])
            if form == nil { message = Message(text: "this project has no claims to correct", isError: true) }
        case .addPlan: form = Form.addPlan(project: project)
        case .editProject:
            guard let p = data.project(id: project) else { return nil }
            form = Form.project(editing: p)
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
            form = Form.flag(flagAction, project: project, discrepancies: candidates)
            if form == nil {
                let states = allowed.map(\.rawValue).sorted().joined(separator: " or ")
                message = Message(text: "nothing to \(action.rawValue) here: no discrepancy is \(states)", isError: true)
            }
        case .raiseFlag: form = Form.flag(.add, project: project, discrepancies: [])
        case .history: return .loadHistory(project: project)
        default: break
        }
        return nil
    }
}

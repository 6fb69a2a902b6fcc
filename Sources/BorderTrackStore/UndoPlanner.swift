import BorderTrackCore

/// Decides what `undo` does, engine-independently: which of an editor's edits is the latest that can be
/// undone, whether someone has built on it since, and the compensating write.
///
/// Rules (Docs/editing.md): an editor undoes only their own edits, newest first; undo entries and the
/// edits they compensated are skipped, as are claims and plans withdrawn since; an import or a
/// withdrawal stops the walk (they are not undone). The compensation is always a new row or a new
/// audit entry: a withdrawal, a flag event restoring the state before, the project's previous version,
/// or (for an unreferenced new source or project) its removal.
package enum UndoPlanner {
    /// The audit actions `undo` can compensate.
    package static let undoable: Set<String> = [
        "claim.add", "claim.supersede", "plan.add", "flag.add", "flag.ack", "flag.resolve", "flag.reopen",
        "project.update", "project.add", "source.add", "grade.set", "grade.clear",
    ]

    /// The compensating write.
    package enum Compensation: Equatable {
        /// Withdraw the claim or plan the edit recorded.
        case withdraw(Withdrawal)
        /// Append this flag event (it restores the state before the edit, or withdraws a manual flag).
        case flag(FlagEvent)
        /// Put the project back to this version.
        case restoreProject(Project)
        /// Remove the project (nothing refers to it).
        case removeProject(String)
        /// Remove the source (nothing refers to it).
        case removeSource(String)
        /// Append this grade event (it restores the source's grade before the edit).
        case grade(GradeEvent)
    }

    /// One planned undo: the edit, its compensation, and the audit entry to append for it.
    package struct Step {
        package let edit: UndoableEdit
        package let compensation: Compensation
        package let entity: String
        package let entityID: String
        package let project: String?
        /// `{"undoes":SEQ}`: names the compensated entry.
        package let before: String
        /// The compensating row's canonical JSON, the restored record's, or nil for a removal.
        package let after: String?
    }

    /// The `before` of an undo entry naming the entry it compensates.
    package static func marker(undoing seq: Int) -> String { "{\"undoes\":\(seq)}" }

    /// The seq an undo entry compensates (nil for other entries).
    package static func undoneSeq(_ e: AuditEntry) -> Int? {
        guard e.action == "undo", let b = e.before, b.hasPrefix("{\"undoes\":"), b.hasSuffix("}") else { return nil }
        return Int(b.dropFirst("{\"undoes\":".count).dropLast())
    }

    /// The editor's latest edit that undo would compensate, with its description; nil when there is none.
    package static func latest(editor: String, lookup: some UndoLookup) throws -> (entry: AuditEntry, edit: UndoableEdit)? {
        // Newest first, a page at a time: an undo entry always comes after the entry it compensates,
        // so the set of undone seqs is complete by the time the walk reaches them.
        let pageSize = 256
        var undone = Set<Int>()
        var below: Int? = nil
        while true {
            let page = try lookup.auditEntries(editor: editor, below: below, limit: pageSize)
            for e in page {
                if let seq = undoneSeq(e) { undone.insert(seq); continue }
                switch try step(e, undone: undone, lookup: lookup) {
                case .take(let edit): return (e, edit)
                case .stop: return nil
                case .skip: continue
                }
            }
            guard page.count == pageSize, let last = page.last else { return nil }
            below = last.seq
        }
    }

    /// What the walk does at one entry.
    private enum WalkStep {
        /// This is the edit undo takes.
        case take(UndoableEdit)
        /// An import or a withdrawal: undo stops here.
        case stop
        /// Already taken back: go on to older entries.
        case skip
    }

    private static func step(_ e: AuditEntry, undone: Set<Int>, lookup: some UndoLookup) throws -> WalkStep {
        if e.action == "undo" || undone.contains(e.seq) { return .skip }
        guard undoable.contains(e.action) else { return .stop }
        switch e.action {
        case "claim.add", "claim.supersede": if try lookup.withdrawal(.claim, id: e.entityID) != nil { return .skip }
        case "plan.add": if try lookup.withdrawal(.plan, id: e.entityID) != nil { return .skip }
        default: break
        }
        return .take(UndoableEdit(auditSeq: e.seq, action: e.action, project: e.project, summary: try describe(e, lookup: lookup), at: e.at))
    }

    /// Plans the undo of the editor's latest undoable edit; refuses (`conflict`) when it is not `expected`
    /// or someone has built on it, (`invalid`) when there is nothing to undo.
    package static func plan(editor: String, expected: Int?, at now: Timestamp, lookup: some UndoLookup) throws -> Step {
        guard let (entry, edit) = try latest(editor: editor, lookup: lookup) else {
            if let expected {
                throw StoreError.conflict("audit entry \(expected) is no longer an edit of \(editor) that can be undone (it was undone, withdrawn or followed by an import or withdrawal); look again")
            }
            throw StoreError.invalid("nothing to undo: editor \"\(editor)\" has no edit that can still be undone")
        }
        if let expected, expected != entry.seq {
            throw StoreError.conflict("your latest undoable edit is now audit entry \(entry.seq) (\(edit.summary)), not \(expected); look again before undoing")
        }
        let marker = marker(undoing: entry.seq)
        let id = entry.entityID
        switch entry.action {
        case "claim.add", "claim.supersede", "plan.add":
            let kind: WithdrawKind = entry.action == "plan.add" ? .plan : .claim
            let (w, _) = try Withdrawal.checked(kind, id: id, reason: "undo of audit entry \(entry.seq)", editor: editor, at: now, lookup: lookup)
            return Step(edit: edit, compensation: .withdraw(w), entity: kind.rawValue, entityID: id, project: w.project,
                        before: marker, after: CanonicalRow.withdrawal(w))
        case "flag.add", "flag.ack", "flag.resolve", "flag.reopen":
            let events = try lookup.flagEvents(discrepancy: id)
            guard let k = events.lastIndex(where: { CanonicalRow.flag($0) == entry.after }) else {
                throw StoreError.corrupt("the flag event of audit entry \(entry.seq) is missing")
            }
            // Built on = the flag is no longer in the state this edit left (later events that were
            // themselves undone bring it back to that state, and do not block).
            let left = FlagStatus.fold(Array(events[...k])), current = FlagStatus.fold(events)
            if (left.state, left.verdict, left.note, left.withdrawn) != (current.state, current.verdict, current.note, current.withdrawn) {
                let last = events[events.count - 1]
                throw StoreError.conflict("discrepancy \(id) was changed since your edit (\(last.editor) recorded \(last.action.rawValue) at \(last.at)); undo would overwrite it")
            }
            let done = events[k]
            let before = FlagStatus.fold(Array(events[..<k]))
            let restore: FlagEvent
            if done.action == .add {
                restore = FlagEvent(discrepancy: id, project: done.project, action: .withdraw, note: "undo of audit entry \(entry.seq)",
                                    editor: editor, at: now)
            } else {
                let action: FlagAction = switch before.state {
                case .acknowledged: .ack
                case .resolved: .resolve
                case .open, .obsolete: .reopen
                }
                restore = FlagEvent(discrepancy: id, project: done.project, action: action,
                                    verdict: action == .resolve ? before.verdict : nil, note: before.note, editor: editor, at: now)
            }
            return Step(edit: edit, compensation: .flag(restore), entity: "flag", entityID: id, project: done.project,
                        before: marker, after: CanonicalRow.flag(restore))
        case "project.update", "project.add":
            guard let current = try lookup.project(id: id) else {
                throw StoreError.conflict("project \"\(id)\" no longer exists")
            }
            if CanonicalRow.project(current) != entry.after {
                throw StoreError.conflict("project \"\(id)\" was changed since your edit\(try changedBy("project", id, lookup)); undo would overwrite that change")
            }
            if entry.action == "project.add" {
                let refs = try lookup.references(project: id)
                if refs > 0 {
                    throw StoreError.conflict("project \"\(id)\" is referred to by \(refs) claims, plans or flag events (withdrawn ones included); a project in use cannot be removed")
                }
                return Step(edit: edit, compensation: .removeProject(id), entity: "project", entityID: id, project: id, before: marker, after: nil)
            }
            guard let text = entry.before, let old = CanonicalRow.decodeProject(text) else {
                throw StoreError.corrupt("audit entry \(entry.seq) does not hold the project's previous version")
            }
            // Claims recorded since the edit may depend on the kind or countries it brought.
            do { try ProjectEdit.checkClaims(old, replacing: current, lookup: lookup) } catch StoreError.invalid(let why) {
                throw StoreError.conflict("undo would bring back project \"\(id)\"'s earlier version, which claims recorded since do not fit: \(why)")
            }
            return Step(edit: edit, compensation: .restoreProject(old), entity: "project", entityID: id, project: id,
                        before: marker, after: CanonicalRow.project(old))
        case "source.add":
            guard let current = try lookup.source(id: id) else { throw StoreError.conflict("source \"\(id)\" no longer exists") }
            if CanonicalRow.source(current) != entry.after {
                throw StoreError.conflict("source \"\(id)\" was changed since your edit\(try changedBy("source", id, lookup))")
            }
            let refs = try lookup.references(source: id)
            if refs > 0 {
                throw StoreError.conflict("source \"\(id)\" is cited by \(refs) claims, plans or sources (as source, via or affiliation; withdrawn ones included); a source in use cannot be removed")
            }
            return Step(edit: edit, compensation: .removeSource(id), entity: "source", entityID: id, project: nil, before: marker, after: nil)
        case "grade.set", "grade.clear":
            let events = try lookup.gradeEvents(source: id).map { (event: $0.value, auditSeq: $0.auditSeq) }
            guard let k = events.firstIndex(where: { $0.auditSeq == entry.seq }) else {
                throw StoreError.corrupt("the grade event of audit entry \(entry.seq) is missing")
            }
            // Built on = the grade in force is no longer the one this edit left (later events that were themselves
            // undone bring it back to that state, and do not block).
            func state(_ g: GradeEvent) -> String { g.grade.map { "\($0.rawValue) \(g.reason)" } ?? "" }
            let last = events[events.count - 1].event
            if state(last) != state(events[k].event) {
                throw StoreError.conflict("source \"\(id)\"'s grade was changed since your edit (\(last.editor) recorded \(last.action) at \(last.at)); undo would overwrite it")
            }
            let before = k > 0 ? events[k - 1].event : nil
            let restore = GradeEvent(source: id, grade: before?.grade, reason: before.flatMap { $0.grade == nil ? nil : $0.reason }
                                         ?? "undo of audit entry \(entry.seq)", editor: editor, at: now)
            return Step(edit: edit, compensation: .grade(restore), entity: "grade", entityID: id, project: nil,
                        before: marker, after: CanonicalRow.grade(restore))
        default:
            throw StoreError.invalid("audit action \"\(entry.action)\" cannot be undone")
        }
    }

    /// ` (by EDITOR at TIME)` from the latest entry about a record, or empty.
    package static func changedBy(_ entity: String, _ id: String, _ lookup: some UndoLookup) throws -> String {
        guard let e = try lookup.latestEntry(entity: entity, id: id) else { return "" }
        return " (by \(e.editor) at \(e.at))"
    }

    /// The edit described for people, e.g. `claim c1 (operational full, Amur Life) on bridge`.
    package static func describe(_ e: AuditEntry, lookup: some UndoLookup) throws -> String {
        let id = e.entityID
        func sourceName(_ s: String?) throws -> String? {
            guard let s else { return nil }
            return try lookup.source(id: s)?.name ?? s
        }
        switch e.action {
        case "claim.add", "claim.supersede":
            guard let c = try lookup.claim(id: id) else { return "claim \(id)" }
            let status = c.status.rawValue + (c.scope.map { " " + $0.rawValue } ?? "")
            let what = c.supersedes.map { "correction \(id) of claim \($0)" } ?? "claim \(id)"
            return "\(what) (\(status), \(try sourceName(c.source) ?? c.source)) on \(c.project)"
        case "plan.add":
            guard let p = try lookup.plan(id: id) else { return "plan \(id)" }
            let from = try sourceName(p.source).map { ", \($0)" } ?? ""
            return "plan \(id) (\(p.milestone.rawValue) \(p.target)\(from)) on \(p.project)"
        case "flag.add":
            return "manual flag \(id) on \(e.project ?? "?")"
        case "flag.ack":
            return "acknowledgement of discrepancy \(id) on \(e.project ?? "?")"
        case "flag.resolve":
            let verdict = try lookup.flagEvents(discrepancy: id).last { CanonicalRow.flag($0) == e.after }?.verdict
            return "resolution of discrepancy \(id)\(verdict.map { " (verdict \($0.rawValue))" } ?? "") on \(e.project ?? "?")"
        case "flag.reopen":
            return "reopening of discrepancy \(id) on \(e.project ?? "?")"
        case "project.update":
            let fields = ProjectChange.fields(from: e.before.flatMap(CanonicalRow.decodeProject), to: e.after.flatMap(CanonicalRow.decodeProject))
            return "edit of project \(id) (\(fields.isEmpty ? "no field" : fields.joined(separator: ", ")))"
        case "project.add":
            let name = e.after.flatMap(CanonicalRow.decodeProject)?.names.en
            return "new project \(id)\(name.map { " (\($0))" } ?? "")"
        case "grade.set", "grade.clear":
            let g = try lookup.gradeEvents(source: id).first { $0.auditSeq == e.seq }?.value
            return (g?.grade).map { "grade \($0.rawValue) for source \(id)" } ?? "clearing of source \(id)'s grade"
        case "source.add":
            return "new source \(id)\(try lookup.source(id: id).map { " (\($0.name))" } ?? "")"
        default:
            return "\(e.action) \(id)"
        }
    }
}

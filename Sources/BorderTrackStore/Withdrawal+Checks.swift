import BorderTrackCore

extension Withdrawal {
    /// Checks that `id` can be withdrawn and builds the row; returns it with the withdrawn row's canonical JSON.
    ///
    /// `notFound` when there is no such claim or plan; `conflict` when it is already withdrawn, or (a claim)
    /// when a correction that still counts supersedes it — withdrawing it would leave the correction
    /// pointing at nothing, so the correction must be withdrawn first.
    package static func checked(_ kind: WithdrawKind, id: String, reason: String?, editor: String, at: Timestamp,
                                lookup: some UndoLookup) throws -> (withdrawal: Withdrawal, row: String) {
        let why = reason?.trimmingWhitespace.isEmpty == false ? reason : nil
        if let why, why.utf8.contains(0) {
            throw StoreError.invalid("field \"reason\": \"\(TextEscaper.escapeForMessage(why))\" is not valid; expected text without NUL characters")
        }
        let project: String, row: String
        switch kind {
        case .claim:
            guard let c = try lookup.claim(id: id) else { throw StoreError.notFound(kind: "claim", id: id) }
            project = c.project; row = CanonicalRow.claim(c)
        case .plan:
            guard let p = try lookup.plan(id: id) else { throw StoreError.notFound(kind: "plan", id: id) }
            project = p.project; row = CanonicalRow.plan(p)
        }
        if let w = try lookup.withdrawal(kind, id: id) {
            throw StoreError.conflict("\(kind.rawValue) \"\(id)\" was already withdrawn by \(w.editor) at \(w.at)")
        }
        if kind == .claim, let fix = try lookup.liveCorrection(of: id) {
            throw StoreError.conflict("claim \"\(id)\" is corrected by claim \"\(fix.id)\" (recorded by \(fix.editor ?? "?") at \(fix.recorded?.description ?? "?")); withdraw \"\(fix.id)\" first, or leave the correction in place")
        }
        return (Withdrawal(kind: kind, target: id, project: project, reason: why, editor: editor, at: at), row)
    }
}

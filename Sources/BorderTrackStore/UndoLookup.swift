import BorderTrackCore

/// What planning a withdrawal or an undo reads; each engine answers from its open write transaction.
package protocol UndoLookup {
    /// Up to `limit` of the audit entries `editor` wrote with seq below `below` (all when nil), newest first.
    func auditEntries(editor: String, below: Int?, limit: Int) throws -> [AuditEntry]
    /// The latest audit entry about one record (`entity` as in `AuditEntry.entity`), by any editor.
    func latestEntry(entity: String, id: String) throws -> AuditEntry?
    /// The withdrawal of a claim or plan, if it was withdrawn.
    func withdrawal(_ kind: WithdrawKind, id: String) throws -> Withdrawal?
    /// A claim by id, withdrawn or not.
    func claim(id: String) throws -> Claim?
    /// A plan by id, withdrawn or not.
    func plan(id: String) throws -> Plan?
    /// A project's claims that are not withdrawn and have a scope or a section (corrected ones included), in
    /// recording order: what a change of the project's kind or countries can make invalid.
    func scopedClaims(project: String) throws -> [Claim]
    /// The claim that corrects `claim` and still counts (not withdrawn), if any.
    func liveCorrection(of claim: String) throws -> Claim?
    /// One discrepancy's flag events in seq order.
    func flagEvents(discrepancy: String) throws -> [FlagEvent]
    func project(id: String) throws -> Project?
    func source(id: String) throws -> Source?
    /// How many claims, plans and flag events (withdrawn ones included) name the project.
    func references(project: String) throws -> Int
    /// How many claims (as `source` or `via`), plans, sources (as `affiliation`) and grade events name the source, withdrawn ones included.
    func references(source: String) throws -> Int
    /// One source's grade events in recording order, each with the audit entry that recorded it.
    func gradeEvents(source: String) throws -> [TrackerSnapshot.Row<GradeEvent>]
}

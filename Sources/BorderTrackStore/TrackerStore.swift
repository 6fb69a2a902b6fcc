import BorderTrackCore

/// The one contract every storage engine keeps (SQLite embedded, PostgreSQL for teams).
///
/// Writes are transactional and carry the editor's name; claims, plans and flag events are
/// append-only; every write appends to the audit chain in the same transaction.
public protocol TrackerStore: Sendable {
    /// Where the data lives (a path or a URL without password), for the status bar and reports.
    var location: String { get }
    /// Whether writes are refused.
    var isReadOnly: Bool { get }
    /// Why a tracker opened read-only although writing was asked for (nil: it was not, or the engine cannot say).
    var readOnlyNote: String? { get }

    /// Checks and writes a batch, all or nothing; throws `StoreError.importRejected` listing problems.
    func importBatch(_ batch: ImportBatch, editor: String) throws -> ImportSummary
    /// The whole content, in recording order.
    func dataset() throws -> Dataset
    func sources() throws -> [Source]
    func projects() throws -> [Project]
    func project(id: String) throws -> Project?
    /// Claims of one project (or all when nil), in recording order, superseded ones included.
    func claims(project: String?) throws -> [Claim]
    func plans(project: String?) throws -> [Plan]
    /// Records one claim; fills `recorded`/`editor`; returns the stored claim.
    @discardableResult func addClaim(_ claim: Claim, editor: String) throws -> Claim
    /// Records one plan entry.
    @discardableResult func addPlan(_ plan: Plan, editor: String) throws -> Plan
    /// All flag events in seq order.
    func flagEvents() throws -> [FlagEvent]
    /// Appends a flag event. When `expectedLast` is given, refuses (`conflict`) if the flag's last
    /// event is no longer that one: someone else changed it meanwhile.
    @discardableResult func recordFlag(_ event: FlagEvent, expectedLast: Int??) throws -> FlagEvent
    /// The audit chain, optionally filtered.
    func auditEntries(filter: AuditFilter) throws -> [AuditEntry]
    /// Walks the chain and the rows it covers.
    func verifyAudit() throws -> AuditVerification
    /// A number that changes when another connection commits (for live refresh).
    func changeToken() throws -> Int
    /// Everything stored, with recording order, audit links and the audit chain (read in one transaction).
    func exportAll() throws -> TrackerSnapshot
    /// Writes a snapshot verbatim (same seqs, audit entries and hashes) in one transaction;
    /// refuses (`conflict`) unless this tracker is empty.
    func importSnapshot(_ snapshot: TrackerSnapshot) throws

    // MARK: - Editing by several editors

    /// Records a new source (for example created inline from the claim form); a duplicate id is `invalid`.
    @discardableResult func addSource(_ source: Source, editor: String) throws -> Source
    /// Records a new project; a duplicate id is `invalid`.
    @discardableResult func addProject(_ project: Project, editor: String) throws -> Project
    /// Changes a project's descriptive fields (names, kind, countries, regions, location, programmes; never its id).
    /// Refuses with `StoreError.conflict(...)` unless the stored project still equals `expected` (another editor changed it
    /// meanwhile — the message says who and when if known). The previous version stays in history.
    @discardableResult func updateProject(_ project: Project, expected: Project, editor: String) throws -> Project
    /// Withdraws a claim or plan recorded in error, with a new append-only row (never a DELETE); the withdrawn row
    /// no longer counts in `dataset()`, `claims(project:)`, `plans(project:)` and exports, but stays in the audit history.
    /// Refuses with `conflict` if it is already withdrawn, `notFound` if it does not exist.
    func withdraw(_ kind: WithdrawKind, id: String, reason: String?, editor: String) throws
    /// The most recent edit `editor` made that can still be undone (nil when none), for a confirmation prompt.
    func lastUndoable(editor: String) throws -> UndoableEdit?
    /// Undoes `editor`'s most recent undoable edit with a compensating entry (history stays append-only).
    /// `expected` is the `auditSeq` the user saw in the prompt: if the editor's last undoable edit is no longer
    /// that one, or another editor has since built on it (e.g. superseded the claim, changed the flag), refuse with `conflict`.
    @discardableResult func undoLast(editor: String, expected: Int?) throws -> UndoableEdit
    /// Every project in recording order with how many claims it has (withdrawn ones left out) and the latest date
    /// they are as of, handed to `each` one at a time as they are read (`bordertrack project list`).
    func listProjects(_ each: (ProjectListing) throws -> Void) throws
    /// The length of the longest project id (ids are ASCII slugs, so also its width in columns); 0 when none.
    func longestProjectID() throws -> Int

    // MARK: - Editors' source grades

    /// Sets (`grade`) or clears (`nil`) an editor's reliability grade for a source, with a reason (required), as a new
    /// append-only event audited like every edit; returns the stored event. Refuses with `invalid` (nothing written)
    /// when the reason is empty, the source does not exist, or a grade that is not set is cleared.
    @discardableResult func setGrade(source: String, grade: SourceGrade?, reason: String, editor: String) throws -> GradeEvent
    /// The editors' grades in force, by source id (each source's latest event; cleared grades left out), with the editor.
    func gradeOverrides() throws -> [String: GradeOverride]
    /// Every grade event in recording order (sets and clears, undos included): a source's grade history.
    func gradeEvents() throws -> [GradeEvent]
}

extension TrackerStore {
    /// From the whole dataset: an engine without a streamed read of its own.
    public func listProjects(_ each: (ProjectListing) throws -> Void) throws {
        let data = try dataset()
        var counts: [String: Int] = [:], latest: [String: PartialDate] = [:]
        for c in data.claims {
            counts[c.project, default: 0] += 1
            if latest[c.project].map({ c.asOf > $0 }) ?? true { latest[c.project] = c.asOf }
        }
        for p in data.projects {
            try each(ProjectListing(id: p.id, kind: p.kind, name: p.names.en, claims: counts[p.id] ?? 0, latest: latest[p.id]))
        }
    }

    public func longestProjectID() throws -> Int {
        try projects().longestID
    }
}

extension TrackerStore {
    public var readOnlyNote: String? { nil }
}

/// What an import wrote.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
    public var sources = 0, projects = 0, plans = 0, claims = 0
    public init() {}
    public var description: String {
        "imported \(sources) sources, \(projects) projects, \(plans) plans, \(claims) claims"
    }
}

/// Which audit entries to list.
public struct AuditFilter: Sendable {
    public var project: String?
    public var editor: String?
    public var since: Timestamp?
    public init(project: String? = nil, editor: String? = nil, since: Timestamp? = nil) {
        self.project = project; self.editor = editor; self.since = since
    }
}

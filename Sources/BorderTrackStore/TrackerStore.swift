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

import BorderTrackCore

/// A whole tracker as stored, bookkeeping included: what `bordertrack copy` moves between engines.
///
/// Unlike a `Dataset` (what export writes), a snapshot keeps every row's recording order (`seq`),
/// the audit entry that wrote it (`auditSeq`), the flag events, and the audit chain verbatim, so
/// the copy verifies exactly like the original.
public struct TrackerSnapshot: Hashable, Sendable {
    /// One stored row with its bookkeeping.
    public struct Row<Value: Hashable & Sendable>: Hashable, Sendable {
        public var value: Value
        /// The row's recording order in its table.
        public var seq: Int
        /// The audit entry that recorded the row.
        public var auditSeq: Int
        /// The edit version of a mutable record (sources, projects); 1 for append-only rows.
        public var version: Int

        public init(_ value: Value, seq: Int, auditSeq: Int, version: Int = 1) {
            self.value = value; self.seq = seq; self.auditSeq = auditSeq; self.version = version
        }
    }

    public var sources: [Row<Source>]
    public var projects: [Row<Project>]
    public var plans: [Row<Plan>]
    public var claims: [Row<Claim>]
    /// Flag events; each value's `seq` equals its row's `seq`.
    public var flagEvents: [Row<FlagEvent>]
    /// Withdrawals of claims and plans recorded in error.
    public var withdrawals: [Row<Withdrawal>]
    /// The audit chain in seq order.
    public var audit: [AuditEntry]
    /// Editors' grade events for sources (append-only).
    public var grades: [Row<GradeEvent>]

    public init(sources: [Row<Source>] = [], projects: [Row<Project>] = [], plans: [Row<Plan>] = [],
                claims: [Row<Claim>] = [], flagEvents: [Row<FlagEvent>] = [], withdrawals: [Row<Withdrawal>] = [],
                audit: [AuditEntry] = [], grades: [Row<GradeEvent>] = []) {
        self.sources = sources; self.projects = projects; self.plans = plans; self.claims = claims
        self.flagEvents = flagEvents; self.withdrawals = withdrawals; self.audit = audit; self.grades = grades
    }

    /// The content as export sees it (withdrawn claims and plans left out).
    public var dataset: Dataset {
        let gone = Set(withdrawals.map { "\($0.value.kind.rawValue)/\($0.value.target)" })
        return Dataset(sources: sources.map(\.value), projects: projects.map(\.value),
                       plans: plans.map(\.value).filter { !gone.contains("plan/\($0.id)") },
                       claims: claims.map(\.value).filter { !gone.contains("claim/\($0.id)") })
    }

    /// Whether nothing at all is stored (no rows, no audit entries).
    public var isEmpty: Bool {
        sources.isEmpty && projects.isEmpty && plans.isEmpty && claims.isEmpty && flagEvents.isEmpty && withdrawals.isEmpty && audit.isEmpty
            && grades.isEmpty
    }

    /// The refusal to copy into a tracker that already holds data (`counts`: table name and rows).
    public static func targetNotEmpty(_ location: String, counts: [(table: String, rows: Int)]) -> StoreError {
        let held = counts.filter { $0.rows > 0 }.map { "\($0.rows) \($0.table) rows" }.joined(separator: ", ")
        return .conflict("\(location) is not empty (\(held)); copy only into a new, empty tracker")
    }

    /// The tables a snapshot fills, in load order.
    public static let tables = ["source", "project", "plan", "claim", "flag_event", "withdrawal", "audit", "source_grade"]

    /// One line for messages: `3 sources, 12 projects, 4 plans, 80 claims, 2 flag events, 1 withdrawals, 22 audit entries`.
    public var summary: String {
        "\(sources.count) sources, \(projects.count) projects, \(plans.count) plans, \(claims.count) claims, "
            + "\(flagEvents.count) flag events, \(withdrawals.count) withdrawals, \(audit.count) audit entries"
            + (grades.isEmpty ? "" : ", \(grades.count) grade events")
    }
}

#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

/// `UndoLookup` answered from a PostgreSQL transaction.
struct PostgresUndoLookup: UndoLookup {
    let store: PostgresStore
    let link: PostgresLink

    func auditEntries(editor: String, below: Int?, limit: Int) throws -> [AuditEntry] {
        try link.query("SELECT * FROM audit WHERE editor = \(editor) AND seq < \(below ?? Int.max) ORDER BY seq DESC LIMIT \(limit)")
            .map(store.entry)
    }

    func latestEntry(entity: String, id: String) throws -> AuditEntry? {
        try link.query("SELECT * FROM audit WHERE entity = \(entity) AND entity_id = \(id) ORDER BY seq DESC LIMIT 1").first.map(store.entry)
    }

    func withdrawal(_ kind: WithdrawKind, id: String) throws -> Withdrawal? {
        try store.withdrawalRows(link, kind: kind, target: id).first?.value
    }

    func claim(id: String) throws -> Claim? {
        try store.claimRows(link.query("SELECT * FROM claim WHERE id = \(id)")).first?.value
    }

    func plan(id: String) throws -> Plan? {
        try store.planRows(link, project: nil, withdrawn: true, id: id).first?.value
    }

    func scopedClaims(project: String) throws -> [Claim] {
        try store.claimRows(link.query("""
            SELECT * FROM claim WHERE project = \(project) AND (scope IS NOT NULL OR section IS NOT NULL)
            AND id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY seq
            """)).map(\.value)
    }

    func liveCorrection(of claim: String) throws -> Claim? {
        try store.claimRows(link.query("""
            SELECT * FROM claim WHERE supersedes = \(claim)
            AND id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY seq LIMIT 1
            """)).first?.value
    }

    func flagEvents(discrepancy: String) throws -> [FlagEvent] {
        try store.flagRows(link).map(\.value).filter { $0.discrepancy == discrepancy }
    }

    func project(id: String) throws -> Project? { try store.projectRows(link, id: id).first?.value }

    func source(id: String) throws -> Source? { try store.sourceRows(link).first { $0.value.id == id }?.value }

    func references(project: String) throws -> Int {
        try link.int("""
            SELECT (SELECT count(*) FROM claim WHERE project = \(project)) + (SELECT count(*) FROM plan WHERE project = \(project))
                 + (SELECT count(*) FROM flag_event WHERE project = \(project))
            """) ?? 0
    }

    func references(source: String) throws -> Int {
        try link.int("""
            SELECT (SELECT count(*) FROM claim WHERE source = \(source) OR via = \(source)) + (SELECT count(*) FROM plan WHERE source = \(source))
                 + (SELECT count(*) FROM source WHERE affiliation = \(source)) + (SELECT count(*) FROM source_grade WHERE source = \(source))
            """) ?? 0
    }

    func gradeEvents(source: String) throws -> [TrackerSnapshot.Row<GradeEvent>] { try store.gradeRows(link, source: source) }
}
#endif

import BorderTrackCore
import BorderTrackStore
import GRDB

/// `UndoLookup` answered from a SQLite transaction.
struct SQLiteUndoLookup: UndoLookup {
    let store: SQLiteStore
    let db: Database

    func auditEntries(editor: String, below: Int?, limit: Int) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE editor = ? AND seq < ? ORDER BY seq DESC LIMIT ?",
                         arguments: [editor, below ?? Int.max, limit]).map(store.entry)
    }

    func latestEntry(entity: String, id: String) throws -> AuditEntry? {
        try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                         arguments: [entity, id]).map(store.entry)
    }

    func withdrawal(_ kind: WithdrawKind, id: String) throws -> Withdrawal? {
        guard let r = try Row.fetchOne(db, sql: "SELECT * FROM withdrawal WHERE kind = ? AND target = ?", arguments: [kind.rawValue, id]) else {
            return nil
        }
        guard let at = Timestamp(parsing: r["at"]) else { throw StoreError.corrupt("withdrawal row \(r["seq"] as Int) has an unreadable time") }
        return Withdrawal(kind: kind, target: r["target"], project: r["project"], reason: r["reason"], editor: r["editor"], at: at)
    }

    func claim(id: String) throws -> Claim? { try claims("SELECT * FROM claim WHERE id = ?", [id]).first }

    func plan(id: String) throws -> Plan? {
        guard let r = try Row.fetchOne(db, sql: "SELECT * FROM plan WHERE id = ?", arguments: [id]) else { return nil }
        do {
            return try Plan(id: r["id"] as String?, project: r["project"], milestone: r["milestone"], target: r["target"],
                            announced: r["announced"], source: r["source"], recorded: r["recorded"], editor: r["editor"])
        } catch { throw store.corrupt("plan", r, error) }
    }

    func scopedClaims(project: String) throws -> [Claim] {
        try claims("""
            SELECT * FROM claim WHERE project = ? AND (scope IS NOT NULL OR section IS NOT NULL)
            AND id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY seq
            """, [project])
    }

    func liveCorrection(of claim: String) throws -> Claim? {
        try claims("""
            SELECT * FROM claim WHERE supersedes = ?
            AND id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY seq LIMIT 1
            """, [claim]).first
    }

    func flagEvents(discrepancy: String) throws -> [FlagEvent] {
        try store.fetchFlags(db).filter { $0.discrepancy == discrepancy }
    }

    func project(id: String) throws -> Project? { try store.fetchProjects(db, where: id).first }

    func source(id: String) throws -> Source? { try store.fetchSources(db).first { $0.id == id } }

    func references(project: String) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM claim WHERE project = ?1) + (SELECT count(*) FROM plan WHERE project = ?1)
                 + (SELECT count(*) FROM flag_event WHERE project = ?1)
            """, arguments: [project]) ?? 0
    }

    func references(source: String) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM claim WHERE source = ?1 OR via = ?1) + (SELECT count(*) FROM plan WHERE source = ?1)
                 + (SELECT count(*) FROM source WHERE affiliation = ?1) + (SELECT count(*) FROM source_grade WHERE source = ?1)
            """, arguments: [source]) ?? 0
    }

    func gradeEvents(source: String) throws -> [TrackerSnapshot.Row<GradeEvent>] { try store.fetchGradeEvents(db, source: source) }

    private func claims(_ sql: String, _ args: [String]) throws -> [Claim] {
        try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { r in
            do {
                return try Claim(id: r["id"] as String?, project: r["project"], status: r["status"], scope: r["scope"],
                                 asOf: r["as_of"], published: r["published"], source: r["source"], url: r["url"],
                                 quote: r["quote"], recorded: r["recorded"], editor: r["editor"], supersedes: r["supersedes"],
                                 section: r["section"], quoteLang: r["quote_lang"], translation: r["translation"],
                                 note: r["note"], via: r["via"])
            } catch { throw store.corrupt("claim", r, error) }
        }
    }
}

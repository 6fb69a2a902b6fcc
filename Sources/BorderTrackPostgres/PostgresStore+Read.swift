#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    public func dataset() throws -> Dataset {
        try read { link in
            Dataset(sources: try sourceRows(link).map(\.value), projects: try projectRows(link, id: nil).map(\.value),
                    plans: try planRows(link, project: nil, withdrawn: false).map(\.value),
                    claims: try claimRows(link, project: nil, withdrawn: false).map(\.value))
        }
    }

    public func sources() throws -> [Source] { try run("read sources") { try sourceRows($0).map(\.value) } }
    public func projects() throws -> [Project] { try run("read projects") { try projectRows($0, id: nil).map(\.value) } }
    public func project(id: String) throws -> Project? { try run("read projects") { try projectRows($0, id: id).first?.value } }
    public func claims(project: String?) throws -> [Claim] {
        try run("read claims") { try claimRows($0, project: project, withdrawn: false).map(\.value) }
    }
    public func plans(project: String?) throws -> [Plan] {
        try run("read plans") { try planRows($0, project: project, withdrawn: false).map(\.value) }
    }
    public func flagEvents() throws -> [FlagEvent] { try run("read flag events") { try flagRows($0).map(\.value) } }

    /// The audit head's seq: it grows with every commit, whoever makes it (the UI polls it, or listens).
    public func changeToken() throws -> Int {
        try run("read the audit chain") { try $0.int("SELECT coalesce(max(seq), 0) FROM audit") ?? 0 }
    }

    // MARK: - Row readers (validated: a row that fails the model's checks is reported as damage)

    func corrupt(_ table: String, _ r: PostgresRandomAccessRow, _ e: any Error) -> StoreError {
        let seq = (try? r.int("seq")).map(String.init) ?? "?"
        return .corrupt("\(table) row \(seq) does not pass validation: \(e)")
    }

    func sourceRows(_ link: PostgresLink) throws -> [TrackerSnapshot.Row<Source>] {
        try sourceRows(link.query("SELECT * FROM source ORDER BY seq"))
    }

    /// Sources from rows of `SELECT * FROM source …`.
    func sourceRows(_ rows: [PostgresRandomAccessRow]) throws -> [TrackerSnapshot.Row<Source>] {
        try rows.map { r in
            do {
                let s = try Source(id: r.text("id"), name: r.text("name"), tier: r.text("tier"), country: r.optionalText("country"),
                                   url: r.optionalText("url"), perspective: r.optionalText("perspective"),
                                   affiliation: r.optionalText("affiliation"))
                return .init(s, seq: try r.int("seq"), auditSeq: try r.int("audit_seq"), version: try r.int("version"))
            } catch { throw corrupt("source", r, error) }
        }
    }

    func projectRows(_ link: PostgresLink, id: String?) throws -> [TrackerSnapshot.Row<Project>] {
        try projectRows(try id.map { try link.query("SELECT * FROM project WHERE id = \($0)") }
            ?? link.query("SELECT * FROM project ORDER BY seq"))
    }

    /// Projects from rows of `SELECT * FROM project …`.
    func projectRows(_ rows: [PostgresRandomAccessRow]) throws -> [TrackerSnapshot.Row<Project>] {
        try rows.map { r in
            do {
                let names = try Names(en: r.text("name_en"), ru: r.optionalText("name_ru"), zh: r.optionalText("name_zh"))
                var loc: Location? = nil
                if let lat = try r.optionalDouble("lat"), let lon = try r.optionalDouble("lon") { loc = try Location(lat: lat, lon: lon) }
                func list(_ s: String) -> [String] { s.isEmpty ? [] : s.split(separator: ";").map(String.init) }
                let p = try Project(id: r.text("id"), kind: r.text("kind"), names: names, countries: list(r.text("countries")),
                                    regions: list(r.text("regions")), location: loc, programs: list(r.text("programs")))
                return .init(p, seq: try r.int("seq"), auditSeq: try r.int("audit_seq"), version: try r.int("version"))
            } catch { throw corrupt("project", r, error) }
        }
    }

    /// The SQL condition leaving out withdrawn rows of `kind` (empty when `withdrawn` rows are wanted too).
    static func liveOnly(_ kind: WithdrawKind, _ withdrawn: Bool) -> String {
        withdrawn ? "" : " AND id NOT IN (SELECT target FROM withdrawal WHERE kind = '\(kind.rawValue)')"
    }

    /// Plans in recording order; withdrawn ones only when `withdrawn` (audit checks and snapshots need every row).
    func planRows(_ link: PostgresLink, project: String?, withdrawn: Bool, id: String? = nil) throws -> [TrackerSnapshot.Row<Plan>] {
        let live = Self.liveOnly(.plan, withdrawn)
        let rows = try id.map { try link.query("SELECT * FROM plan WHERE id = \($0)") }
            ?? project.map { try link.query("SELECT * FROM plan WHERE project = \($0)\(unescaped: live) ORDER BY seq") }
            ?? link.query("SELECT * FROM plan WHERE true\(unescaped: live) ORDER BY seq")
        return try planRows(rows)
    }

    /// Plans from rows of `SELECT * FROM plan …`.
    func planRows(_ rows: [PostgresRandomAccessRow]) throws -> [TrackerSnapshot.Row<Plan>] {
        try rows.map { r in
            do {
                let p = try Plan(id: r.optionalText("id"), project: r.text("project"), milestone: r.text("milestone"),
                                 target: r.text("target"), announced: r.optionalText("announced"), source: r.optionalText("source"),
                                 recorded: r.optionalText("recorded"), editor: r.optionalText("editor"))
                return .init(p, seq: try r.int("seq"), auditSeq: try r.int("audit_seq"))
            } catch { throw corrupt("plan", r, error) }
        }
    }

    /// Claims in recording order; withdrawn ones only when `withdrawn` (audit checks and snapshots need every row).
    func claimRows(_ link: PostgresLink, project: String?, withdrawn: Bool) throws -> [TrackerSnapshot.Row<Claim>] {
        let live = Self.liveOnly(.claim, withdrawn)
        let rows = try project.map { try link.query("SELECT * FROM claim WHERE project = \($0)\(unescaped: live) ORDER BY seq") }
            ?? link.query("SELECT * FROM claim WHERE true\(unescaped: live) ORDER BY seq")
        return try claimRows(rows)
    }

    /// Claims from rows of `SELECT * FROM claim …`.
    func claimRows(_ rows: [PostgresRandomAccessRow]) throws -> [TrackerSnapshot.Row<Claim>] {
        try rows.map { r in
            do {
                let c = try Claim(id: r.optionalText("id"), project: r.text("project"), status: r.text("status"),
                                  scope: r.optionalText("scope"), asOf: r.text("as_of"), published: r.optionalText("published"),
                                  source: r.text("source"), url: r.optionalText("url"), quote: r.optionalText("quote"),
                                  recorded: r.optionalText("recorded"), editor: r.optionalText("editor"),
                                  supersedes: r.optionalText("supersedes"), section: r.optionalText("section"),
                                  quoteLang: r.optionalText("quote_lang"), translation: r.optionalText("translation"),
                                  note: r.optionalText("note"), via: r.optionalText("via"))
                return .init(c, seq: try r.int("seq"), auditSeq: try r.int("audit_seq"))
            } catch { throw corrupt("claim", r, error) }
        }
    }

    /// Flag events in recording order: all, or one project's.
    func flagRows(_ link: PostgresLink, project: String? = nil) throws -> [TrackerSnapshot.Row<FlagEvent>] {
        try flagRows(project.map { try link.query("SELECT * FROM flag_event WHERE project = \($0) ORDER BY seq") }
                     ?? link.query("SELECT * FROM flag_event ORDER BY seq"))
    }

    /// Flag events from rows of `SELECT * FROM flag_event …`.
    func flagRows(_ rows: [PostgresRandomAccessRow]) throws -> [TrackerSnapshot.Row<FlagEvent>] {
        try rows.map { r in
            let seq = try r.int("seq")
            guard let action = FlagAction(rawValue: try r.text("action")), let at = Timestamp(parsing: try r.text("at")) else {
                throw StoreError.corrupt("flag_event \(seq) has an unreadable action or time")
            }
            let f = FlagEvent(seq: seq, discrepancy: try r.text("discrepancy"), project: try r.text("project"), action: action,
                              verdict: try r.optionalText("verdict").flatMap(Verdict.init(rawValue:)),
                              severity: try r.optionalText("severity").flatMap(Severity.init(rawValue:)),
                              note: try r.text("note"), editor: try r.text("editor"), at: at)
            return .init(f, seq: seq, auditSeq: try r.int("audit_seq"))
        }
    }

    /// Withdrawals in recording order (or the one of `kind` and `target`).
    func withdrawalRows(_ link: PostgresLink, kind: WithdrawKind? = nil, target: String? = nil) throws -> [TrackerSnapshot.Row<Withdrawal>] {
        let rows = try kind.map { try link.query("SELECT * FROM withdrawal WHERE kind = \($0.rawValue) AND target = \(target ?? "")") }
            ?? link.query("SELECT * FROM withdrawal ORDER BY seq")
        return try rows.map { r in
            let seq = try r.int("seq")
            guard let kind = WithdrawKind(rawValue: try r.text("kind")), let at = Timestamp(parsing: try r.text("at")) else {
                throw StoreError.corrupt("withdrawal row \(seq) has an unreadable kind or time")
            }
            let w = Withdrawal(kind: kind, target: try r.text("target"), project: try r.text("project"), reason: try r.optionalText("reason"),
                               editor: try r.text("editor"), at: at)
            return .init(w, seq: seq, auditSeq: try r.int("audit_seq"))
        }
    }
}
#endif

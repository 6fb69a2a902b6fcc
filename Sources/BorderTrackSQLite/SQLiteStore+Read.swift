import BorderTrackCore
import BorderTrackStore
import GRDB

extension SQLiteStore {
    public func dataset() throws -> Dataset {
        try read { db in
            Dataset(sources: try fetchSources(db), projects: try fetchProjects(db, where: nil),
                    plans: try fetchPlans(db, project: nil, withdrawn: false), claims: try fetchClaims(db, project: nil, withdrawn: false))
        }
    }

    public func sources() throws -> [Source] { try read { try fetchSources($0) } }
    public func projects() throws -> [Project] { try read { try fetchProjects($0, where: nil) } }
    public func project(id: String) throws -> Project? { try read { try fetchProjects($0, where: id).first } }
    public func claims(project: String?) throws -> [Claim] { try read { try fetchClaims($0, project: project, withdrawn: false) } }
    public func plans(project: String?) throws -> [Plan] { try read { try fetchPlans($0, project: project, withdrawn: false) } }

    public func flagEvents() throws -> [FlagEvent] { try read { try fetchFlags($0) } }

    func fetchFlags(_ db: Database) throws -> [FlagEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM flag_event ORDER BY seq").map(SQLiteStore.flagEvent)
    }

    public func changeToken() throws -> Int {
        try run {
            try writer.unsafeReentrantRead { db in
                (try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0) &* 1_000_003 &+ db.totalChangesCount
            }
        }
    }

    // MARK: - Row readers (validated: a row that fails the model's checks is reported as damage)

    func corrupt(_ table: String, _ r: Row, _ e: Error) -> StoreError {
        .corrupt("\(table) row \(r["seq"] as Int? ?? -1) does not pass validation: \(e)")
    }

    func fetchSources(_ db: Database) throws -> [Source] {
        try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY seq").map { r in
            do {
                return try Source(id: r["id"], name: r["name"], tier: r["tier"] as String, country: r["country"],
                                  url: r["url"], perspective: r["perspective"] as String?, affiliation: r["affiliation"] as String?)
            } catch { throw corrupt("source", r, error) }
        }
    }

    func fetchProjects(_ db: Database, where id: String?) throws -> [Project] {
        let rows = id == nil
            ? try Row.fetchAll(db, sql: "SELECT * FROM project ORDER BY seq")
            : try Row.fetchAll(db, sql: "SELECT * FROM project WHERE id = ?", arguments: [id])
        return try rows.map { try project(from: $0) }
    }

    /// Projects by id (ids not stored are left out).
    func fetchProjects(_ db: Database, ids: [String]) throws -> [String: Project] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var out: [String: Project] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM project WHERE id IN (\(marks))", arguments: StatementArguments(ids))
        while let r = try cursor.next() {
            let p = try project(from: r)
            out[p.id] = p
        }
        return out
    }

    /// A project from its row, validated like input; `base` shifts every position (a copy inside another row).
    func project(from r: Row, base b: Int = 0, searchKey: String? = nil) throws -> Project {
        do {
            // Columns by position (`SELECT *` in table order: seq, id, kind, name_en, name_ru, name_zh, countries,
            // regions, lat, lon, programs, …): a lookup by name lower-cases the name on every call.
            let names = try Names(en: r[b + 3], ru: r[b + 4], zh: r[b + 5])
            var loc: Location? = nil
            if let lat = r[b + 8] as Double?, let lon = r[b + 9] as Double? { loc = try Location(lat: lat, lon: lon) }
            func list(_ s: String) -> [String] { s.isEmpty ? [] : s.split(separator: ";").map(String.init) }
            if let searchKey {
                return try Project.stored(id: r[b + 1], kind: r[b + 2], names: names, countries: list(r[b + 6]),
                                          regions: list(r[b + 7]), location: loc, programs: list(r[b + 10]), searchKey: searchKey)
            }
            return try Project(id: r[b + 1], kind: r[b + 2] as String, names: names, countries: list(r[b + 6]),
                               regions: list(r[b + 7]), location: loc, programs: list(r[b + 10]))
        } catch { throw corrupt("project", r, error) }
    }

    /// The SQL condition leaving out withdrawn rows of `kind` (empty when `withdrawn` rows are wanted too).
    func liveOnly(_ kind: WithdrawKind, _ withdrawn: Bool) -> String {
        withdrawn ? "" : " AND id NOT IN (SELECT target FROM withdrawal WHERE kind = '\(kind.rawValue)')"
    }

    /// Plans in recording order; withdrawn ones only when `withdrawn` (audit checks and snapshots need every row).
    func fetchPlans(_ db: Database, project: String?, withdrawn: Bool) throws -> [Plan] {
        let rows = project == nil
            ? try Row.fetchAll(db, sql: "SELECT * FROM plan WHERE 1\(liveOnly(.plan, withdrawn)) ORDER BY seq")
            : try Row.fetchAll(db, sql: "SELECT * FROM plan WHERE project = ?\(liveOnly(.plan, withdrawn)) ORDER BY seq", arguments: [project])
        return try rows.map { try plan(from: $0) }
    }

    /// Plans by id, in recording order.
    func fetchPlans(_ db: Database, ids: [String]) throws -> [Plan] {
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try Row.fetchAll(db, sql: "SELECT * FROM plan WHERE id IN (\(marks)) ORDER BY seq", arguments: StatementArguments(ids)).map { try plan(from: $0) }
    }

    /// A plan from its row, validated like input; `base` shifts every position (a copy inside another row).
    ///
    /// Columns by position (`SELECT *` in table order: seq, id, project, milestone, target, announced, source,
    /// recorded, editor, audit_seq).
    func plan(from r: Row, base b: Int = 0) throws -> Plan {
        do {
            return try Plan(id: r[b + 1] as String?, project: r[b + 2], milestone: r[b + 3], target: r[b + 4],
                            announced: r[b + 5], source: r[b + 6], recorded: r[b + 7], editor: r[b + 8])
        } catch { throw corrupt("plan", r, error) }
    }

    /// Claims in recording order; withdrawn ones only when `withdrawn` (audit checks and snapshots need every row).
    func fetchClaims(_ db: Database, project: String?, withdrawn: Bool) throws -> [Claim] {
        let rows = project == nil
            ? try Row.fetchCursor(db, sql: "SELECT * FROM claim WHERE 1\(liveOnly(.claim, withdrawn)) ORDER BY seq")
            : try Row.fetchCursor(db, sql: "SELECT * FROM claim WHERE project = ?\(liveOnly(.claim, withdrawn)) ORDER BY seq", arguments: [project])
        var out: [Claim] = []
        while let r = try rows.next() { out.append(try claim(from: r)) }
        return out
    }

    /// A claim from its row, validated like input; `base` shifts every position (a copy inside another row),
    /// `section` is the position of the section column and `attribution` of the four that follow it (quote_lang,
    /// translation, note, via), added later, so not beside the others in a copy.
    func claim(from r: Row, base b: Int = 0, section: Int = 14, attribution a: Int = 15) throws -> Claim {
        do {
            // Columns by position (`SELECT *` in table order: seq, id, project, status, scope, as_of, published,
            // source, url, quote, supersedes, recorded, editor, audit_seq, section, quote_lang, translation,
            // note, via).
            return try Claim(id: r[b + 1] as String?, project: r[b + 2], status: r[b + 3], scope: r[b + 4],
                             asOf: r[b + 5], published: r[b + 6], source: r[b + 7], url: r[b + 8],
                             quote: r[b + 9], recorded: r[b + 11], editor: r[b + 12], supersedes: r[b + 10],
                             section: r[section], quoteLang: r[a], translation: r[a + 1], note: r[a + 2], via: r[a + 3])
        } catch { throw corrupt("claim", r, error) }
    }

    /// Withdrawals in recording order, with the audit entry that recorded each.
    func fetchWithdrawals(_ db: Database) throws -> [(Withdrawal, Int)] {
        try Row.fetchAll(db, sql: "SELECT * FROM withdrawal ORDER BY seq").map { r in
            guard let kind = WithdrawKind(rawValue: r["kind"]), let at = Timestamp(parsing: r["at"]) else {
                throw StoreError.corrupt("withdrawal row \(r["seq"] as Int) has an unreadable kind or time")
            }
            return (Withdrawal(kind: kind, target: r["target"], project: r["project"], reason: r["reason"], editor: r["editor"], at: at),
                    r["audit_seq"])
        }
    }
}

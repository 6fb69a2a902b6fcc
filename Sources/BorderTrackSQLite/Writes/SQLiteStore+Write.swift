import BorderTrackCore
import BorderTrackStore
import GRDB

extension SQLiteStore {
    /// Imports a batch in one transaction, all or nothing: every duplicate and reference is checked (on a
    /// second core while the rows go in, see `insertBatch`), and a batch with any problem writes nothing.
    /// The rows, the audit entries and their hashes are the same as written entry by entry.
    public func importBatch(_ batch: ImportBatch, editor: String) throws -> ImportSummary {
        let now = clock()
        var trace = PhaseTrace()
        let summary = try write { db in
            trace.mark("began the transaction")
            let wasEmpty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS(SELECT 1 FROM project) AND NOT EXISTS(SELECT 1 FROM flag_event)") == true
            // A new tracker's summaries come from the batch in memory, analysed on another core while the rows
            // go in, and are written in the same transaction.
            var fresh: FreshAnalysis? = nil
            if wasEmpty, !batch.projects.isEmpty, batch.issues.isEmpty {
                let context = try analysisContext(db, end: now.day, options: .init(), adding: batch.sources.map(\.0))
                fresh = FreshAnalysis.start(batch, at: now, editor: editor, context: context)
            }
            let existing = try existingIDs(db, batch: batch)
            trace.mark("looked up existing ids")
            let summary = try insertBatch(db, batch, existing: existing, editor: editor, at: now, trace: &trace)
            if let fresh {
                try deriveFreshImport(db, fresh, at: now)
                trace.mark("derived summaries")
            }
            return summary
        }
        trace.mark("committed")
        return summary
    }

    /// The ids among the batch's that already exist in the database. Each distinct id is looked up once,
    /// and not at all in an empty table.
    func existingIDs(_ db: Database, batch: ImportBatch) throws -> ImportBatch.Existing {
        func present(_ table: String, _ ids: @autoclosure () -> [String]) throws -> Set<String> {
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM \(table))") == true else { return [] }
            let distinct = Array(Set(ids()))
            var found = Set<String>()
            var start = 0
            while start < distinct.count {
                let chunk = Array(distinct[start..<min(distinct.count, start + 500)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                found.formUnion(try String.fetchAll(db, sql: "SELECT id FROM \(table) WHERE id IN (\(marks))",
                                                    arguments: StatementArguments(chunk)))
                start += 500
            }
            return found
        }
        var existing = ImportBatch.Existing(today: clock().day)
        existing.sources = try present("source", batch.sources.map(\.0.id) + batch.sources.compactMap(\.0.affiliation)
            + batch.claims.map(\.0.source) + batch.claims.compactMap(\.0.via) + batch.plans.compactMap(\.0.source))
        existing.projects = try present("project", batch.projects.map(\.0.id)
            + batch.claims.map(\.0.project) + batch.plans.map(\.0.project))
        existing.plans = try present("plan", batch.plans.map(\.0.id))
        existing.claims = try present("claim", batch.claims.map(\.0.id) + batch.claims.compactMap(\.0.supersedes))
        // Stored projects whose kind and countries a claim's scope or section must fit (usually none are needed).
        let scoped = batch.scopedProjectIDs
        var start = 0
        while start < scoped.count {
            existing.projectDetails.merge(try fetchProjects(db, ids: Array(scoped[start..<min(scoped.count, start + 500)])),
                                          uniquingKeysWith: { a, _ in a })
            start += 500
        }
        // Stored claims the batch corrects: their project, whether withdrawn, and what corrects them already.
        let corrected = batch.supersededIDs.filter { existing.claims.contains($0) }
        start = 0
        while start < corrected.count {
            let chunk = Array(corrected[start..<min(corrected.count, start + 500)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: """
                SELECT c.id, c.project,
                       EXISTS(SELECT 1 FROM withdrawal w WHERE w.kind = 'claim' AND w.target = c.id) AS withdrawn,
                       (SELECT s.id FROM claim s WHERE s.supersedes = c.id
                           AND s.id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY s.seq LIMIT 1) AS corrected_by
                FROM claim c WHERE c.id IN (\(marks))
                """, arguments: StatementArguments(chunk)) {
                existing.claimLinks[row["id"]] = ImportBatch.StoredClaimLink(project: row["project"], withdrawn: row["withdrawn"],
                                                                             supersededBy: row["corrected_by"])
            }
            start += 500
        }
        // `existing` marks ids already stored; the batch's own ids are added by `problems(against:)`.
        // A referenced id found here is stored; a batch id found here is a duplicate.
        return existing
    }

    public func addClaim(_ claim: Claim, editor: String) throws -> Claim {
        let stamped = claim.recording(at: clock(), by: editor)
        return try write { db in
            guard let project = try fetchProjects(db, where: stamped.project).first else {
                throw StoreError.notFound(kind: "project", id: stamped.project)
            }
            try ProjectEdit.checkClaim(stamped, against: project, today: clock().day)
            if try !exists(db, "source", stamped.source) {
                throw WriteRefusal.unknownClaimSource(stamped.source)
            }
            if let via = stamped.via, try !exists(db, "source", via) {
                throw WriteRefusal.unknownVia(via)
            }
            if try exists(db, "claim", stamped.id) {
                throw WriteRefusal.duplicateClaim(stamped.id)
            }
            if let s = stamped.supersedes {
                guard let target = try String.fetchOne(db, sql: "SELECT project FROM claim WHERE id = ?", arguments: [s]) else {
                    throw StoreError.notFound(kind: "claim to supersede", id: s)
                }
                if target != stamped.project {
                    throw WriteRefusal.correctionOfOtherProject(claim: s, belongsTo: target, not: stamped.project)
                }
                if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM withdrawal WHERE kind = 'claim' AND target = ?)", arguments: [s]) == true {
                    throw WriteRefusal.correctionOfWithdrawn(s)
                }
                if let by = try String.fetchOne(db, sql: """
                    SELECT id FROM claim WHERE supersedes = ? AND id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim')
                    """, arguments: [s]) {
                    throw WriteRefusal.alreadySuperseded(s, by: by)
                }
            }
            let seq = try nextAuditSeq(db)
            try insertClaim(db, stamped, auditSeq: seq)
            _ = try appendAudit(db, at: stamped.recorded!, editor: editor, action: stamped.supersedes == nil ? "claim.add" : "claim.supersede",
                                entity: "claim", entityID: stamped.id, project: stamped.project, before: nil,
                                after: CanonicalRow.claim(stamped))
            return stamped
        }
    }

    public func addPlan(_ plan: Plan, editor: String) throws -> Plan {
        let stamped = plan.recording(at: clock(), by: editor)
        return try write { db in
            try requireProject(db, stamped.project)
            if let s = stamped.source, try !exists(db, "source", s) {
                throw WriteRefusal.unknownPlanSource(s)
            }
            if try exists(db, "plan", stamped.id) { throw WriteRefusal.duplicatePlan(stamped.id) }
            let seq = try nextAuditSeq(db)
            try insertPlan(db, stamped, auditSeq: seq)
            _ = try appendAudit(db, at: stamped.recorded!, editor: editor, action: "plan.add", entity: "plan", entityID: stamped.id,
                                project: stamped.project, before: nil, after: CanonicalRow.plan(stamped))
            return stamped
        }
    }

    public func recordFlag(_ event: FlagEvent, expectedLast: Int??) throws -> FlagEvent {
        let now = clock()
        return try write { db in
            try requireProject(db, event.project)
            let last = try Int.fetchOne(db, sql: "SELECT max(seq) FROM flag_event WHERE discrepancy = ?", arguments: [event.discrepancy])
            if let expected = expectedLast, expected != last {
                let who = try Row.fetchOne(db, sql: "SELECT editor, action, at FROM flag_event WHERE seq = ?", arguments: [last])
                let detail = who.map { "\($0["editor"] as String) recorded \($0["action"] as String) at \($0["at"] as String)" } ?? "its history changed"
                throw WriteRefusal.flagChanged(event.discrepancy, detail: detail)
            }
            let seq = try nextAuditSeq(db)
            let stored = FlagEvent(seq: 0, discrepancy: event.discrepancy, project: event.project, action: event.action,
                                   verdict: event.verdict, severity: event.severity, note: event.note, editor: event.editor, at: now)
            let rowSeq = try insertFlag(db, stored, auditSeq: seq)
            _ = try appendAudit(db, at: now, editor: event.editor, action: "flag.\(event.action.rawValue)", entity: "flag",
                                entityID: event.discrepancy, project: event.project, before: nil, after: CanonicalRow.flag(stored))
            return FlagEvent(seq: rowSeq, discrepancy: stored.discrepancy, project: stored.project, action: stored.action,
                             verdict: stored.verdict, severity: stored.severity, note: stored.note, editor: stored.editor, at: now)
        }
    }

    // MARK: - Row writers

    func requireProject(_ db: Database, _ id: String) throws {
        if try !exists(db, "project", id) { throw StoreError.notFound(kind: "project", id: id) }
    }

    func exists(_ db: Database, _ table: String, _ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) ?? false
    }

    func insertSource(_ db: Database, _ s: Source, auditSeq: Int) throws {
        try db.cachedStatement(sql: """
            INSERT INTO source (id, name, tier, country, url, perspective, audit_seq, affiliation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [s.id, s.name, s.tier.rawValue, s.country, s.url, s.perspectiveOverride?.rawValue, auditSeq,
                                     s.affiliation])
    }

    func insertProject(_ db: Database, _ p: Project, auditSeq: Int) throws {
        var row = try SQLiteStore.projectInsert(db, rowsPerStatement: 1)
        try SQLiteStore.addProjectRow(p, auditSeq: auditSeq, to: &row)
        try row.finish()
    }

    /// An insert into `project`, `rowsPerStatement` rows at a time (`OR FAIL`; see `BulkClaimInserter`).
    static func projectInsert(_ db: Database, rowsPerStatement: Int) throws -> RawInsert {
        try RawInsert(db, "INSERT OR FAIL INTO project (id, kind, name_en, name_ru, name_zh, countries, regions, lat, lon, programs, audit_seq)",
                      columns: 11, rowsPerStatement: rowsPerStatement)
    }

    /// Adds a project's row to an insert from `projectInsert`.
    static func addProjectRow(_ p: Project, auditSeq: Int, to row: inout RawInsert) throws {
        row.text(p.id); row.text(p.kind.rawValue); row.text(p.names.en); row.text(p.names.ru); row.text(p.names.zh)
        row.text(p.countries.joined(separator: ";")); row.text(p.regions.joined(separator: ";"))
        row.double(p.location?.lat); row.double(p.location?.lon); row.text(p.programs.joined(separator: ";"))
        row.int(auditSeq)
        try row.endRow()
    }

    func insertPlan(_ db: Database, _ p: Plan, auditSeq: Int) throws {
        try db.cachedStatement(sql: """
            INSERT INTO plan (id, project, milestone, target, announced, source, recorded, editor, audit_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [p.id, p.project, p.milestone.rawValue, p.target.description, p.announced?.description,
                                     p.source, p.recorded?.description, p.editor, auditSeq])
    }

    /// Inserts one claim as it stands (recorded time and editor its own).
    func insertClaim(_ db: Database, _ c: Claim, auditSeq: Int) throws {
        var row = try BulkClaimInserter(db, recorded: nil, editor: nil, auditSeq: auditSeq, rowsPerStatement: 1)
        try row.insert(c)
        try row.finish()
    }

    // MARK: - Audit chain

    func nextAuditSeq(_ db: Database) throws -> Int {
        (try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0) + 1
    }

    /// Appends one chained entry; must run inside the write transaction that makes the change.
    @discardableResult
    func appendAudit(_ db: Database, at: Timestamp, editor: String, action: String, entity: String, entityID: String,
                     project: String?, before: String?, after: String?) throws -> Int {
        // One appender, one encoding: the chain's head read back, the entry hashed and inserted (`AuditChainWriter`).
        var chain = try AuditChainWriter(db)
        return try chain.append(db, at: at, editor: editor, action: action, entity: entity, entityID: entityID,
                                project: project, before: before, after: after)
    }
}

import BorderTrackCore
import BorderTrackStore
import GRDB

extension SQLiteStore {
    @discardableResult
    public func addSource(_ source: Source, editor: String) throws -> Source {
        let now = clock()
        return try write { db in
            if try exists(db, "source", source.id) {
                throw WriteRefusal.duplicateSource(source.id)
            }
            if let a = source.affiliation, try !exists(db, "source", a) {
                throw WriteRefusal.unknownAffiliation(a)
            }
            let seq = try appendAudit(db, at: now, editor: editor, action: "source.add", entity: "source", entityID: source.id,
                                      project: nil, before: nil, after: CanonicalRow.source(source))
            try insertSource(db, source, auditSeq: seq)
            return source
        }
    }

    @discardableResult
    public func addProject(_ project: Project, editor: String) throws -> Project {
        let now = clock()
        return try write { db in
            if try exists(db, "project", project.id) {
                throw WriteRefusal.duplicateProject(project.id)
            }
            let seq = try appendAudit(db, at: now, editor: editor, action: "project.add", entity: "project", entityID: project.id,
                                      project: project.id, before: nil, after: CanonicalRow.project(project))
            try insertProject(db, project, auditSeq: seq)
            return project
        }
    }

    @discardableResult
    public func updateProject(_ project: Project, expected: Project, editor: String) throws -> Project {
        try ProjectEdit.checkSameID(project, expected)
        let now = clock()
        return try write { db in
            guard let current = try fetchProjects(db, where: expected.id).first else {
                throw StoreError.notFound(kind: "project", id: expected.id)
            }
            let lookup = SQLiteUndoLookup(store: self, db: db)
            if current != expected {
                throw ProjectEdit.stale(current: current, latest: try lookup.latestEntry(entity: "project", id: current.id))
            }
            if project == current { return current }
            try ProjectEdit.checkClaims(project, replacing: current, lookup: lookup)
            let seq = try appendAudit(db, at: now, editor: editor, action: "project.update", entity: "project", entityID: project.id,
                                      project: project.id, before: CanonicalRow.project(current), after: CanonicalRow.project(project))
            try updateProjectRow(db, project, auditSeq: seq)
            return project
        }
    }

    public func withdraw(_ kind: WithdrawKind, id: String, reason: String?, editor: String) throws {
        let now = clock()
        try write { db in
            let (w, row) = try Withdrawal.checked(kind, id: id, reason: reason, editor: editor, at: now,
                                                  lookup: SQLiteUndoLookup(store: self, db: db))
            let seq = try appendAudit(db, at: now, editor: editor, action: "\(kind.rawValue).withdraw", entity: kind.rawValue, entityID: id,
                                      project: w.project, before: row, after: CanonicalRow.withdrawal(w))
            try insertWithdrawal(db, w, seq: nil, auditSeq: seq)
        }
    }

    public func lastUndoable(editor: String) throws -> UndoableEdit? {
        try read { db in try UndoPlanner.latest(editor: editor, lookup: SQLiteUndoLookup(store: self, db: db))?.edit }
    }

    @discardableResult
    public func undoLast(editor: String, expected: Int?) throws -> UndoableEdit {
        let now = clock()
        return try write { db in
            let step = try UndoPlanner.plan(editor: editor, expected: expected, at: now, lookup: SQLiteUndoLookup(store: self, db: db))
            let seq = try appendAudit(db, at: now, editor: editor, action: "undo", entity: step.entity, entityID: step.entityID,
                                      project: step.project, before: step.before, after: step.after)
            switch step.compensation {
            case .withdraw(let w): try insertWithdrawal(db, w, seq: nil, auditSeq: seq)
            case .flag(let e): _ = try insertFlag(db, e, auditSeq: seq)
            case .restoreProject(let p): try updateProjectRow(db, p, auditSeq: seq)
            case .removeProject(let id): try db.execute(sql: "DELETE FROM project WHERE id = ?", arguments: [id])
            case .removeSource(let id): try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [id])
            case .grade(let g): try insertGrade(db, g, seq: nil, auditSeq: seq)
            }
            return step.edit
        }
    }

    // MARK: - Row writers

    func updateProjectRow(_ db: Database, _ p: Project, auditSeq: Int) throws {
        try db.execute(sql: """
            UPDATE project SET kind = ?, name_en = ?, name_ru = ?, name_zh = ?, countries = ?, regions = ?, lat = ?, lon = ?,
                programs = ?, version = version + 1, audit_seq = ? WHERE id = ?
            """, arguments: [p.kind.rawValue, p.names.en, p.names.ru, p.names.zh, p.countries.joined(separator: ";"),
                             p.regions.joined(separator: ";"), p.location?.lat, p.location?.lon, p.programs.joined(separator: ";"),
                             auditSeq, p.id])
    }

    func insertWithdrawal(_ db: Database, _ w: Withdrawal, seq: Int?, auditSeq: Int) throws {
        try db.execute(sql: """
            INSERT INTO withdrawal (seq, kind, target, project, reason, editor, at, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, w.kind.rawValue, w.target, w.project, w.reason, w.editor, w.at.description, auditSeq])
    }

    /// Inserts a flag event (its `at` as given) and returns its row seq.
    func insertFlag(_ db: Database, _ e: FlagEvent, auditSeq: Int) throws -> Int {
        try db.execute(sql: """
            INSERT INTO flag_event (discrepancy, project, action, verdict, severity, note, editor, at, audit_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [e.discrepancy, e.project, e.action.rawValue, e.verdict?.rawValue, e.severity?.rawValue, e.note,
                             e.editor, e.at.description, auditSeq])
        return Int(db.lastInsertedRowID)
    }
}

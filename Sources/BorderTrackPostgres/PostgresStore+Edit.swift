#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    @discardableResult
    public func addSource(_ source: Source, editor: String) throws -> Source {
        let now = clock()
        return try write("add sources (that needs bordertrack_admin)") { link in
            let r = try link.query("""
                SELECT head.*, EXISTS(SELECT 1 FROM source WHERE id = \(source.id)) AS taken,
                       (\(source.affiliation)::text IS NULL OR EXISTS(SELECT 1 FROM source WHERE id = \(source.affiliation))) AS affiliation_exists
                FROM (SELECT 1) one \(unescaped: PostgresAuditAppender.headJoin)
                """)[0]
            if try r["taken"].decode(Bool.self) {
                throw WriteRefusal.duplicateSource(source.id)
            }
            if let a = source.affiliation, try !r["affiliation_exists"].decode(Bool.self) {
                throw WriteRefusal.unknownAffiliation(a)
            }
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(head: r))
            let seq = writes.chain.append(at: now, editor: editor, action: "source.add", entity: "source", entityID: source.id,
                                          project: nil, before: nil, after: CanonicalRow.source(source))
            var rows = Self.sourceInsert()
            rows.add(Self.sourceValues(source, auditSeq: seq))
            writes.insert(rows)
            try writes.run(link, channel: changeChannel)
            return source
        }
    }

    @discardableResult
    public func addProject(_ project: Project, editor: String) throws -> Project {
        let now = clock()
        return try write("add projects (that needs bordertrack_admin)") { link in
            let r = try link.query("""
                SELECT head.*, EXISTS(SELECT 1 FROM project WHERE id = \(project.id)) AS taken
                FROM (SELECT 1) one \(unescaped: PostgresAuditAppender.headJoin)
                """)[0]
            if try r["taken"].decode(Bool.self) {
                throw WriteRefusal.duplicateProject(project.id)
            }
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(head: r))
            let seq = writes.chain.append(at: now, editor: editor, action: "project.add", entity: "project", entityID: project.id,
                                          project: project.id, before: nil, after: CanonicalRow.project(project))
            var rows = Self.projectInsert()
            rows.add(Self.projectValues(project, auditSeq: seq))
            writes.insert(rows)
            try writes.run(link, channel: changeChannel)
            return project
        }
    }

    @discardableResult
    public func updateProject(_ project: Project, expected: Project, editor: String) throws -> Project {
        try ProjectEdit.checkSameID(project, expected)
        let now = clock()
        return try write("edit projects (that needs bordertrack_admin)") { link in
            guard let current = try projectRows(link, id: expected.id).first?.value else {
                throw StoreError.notFound(kind: "project", id: expected.id)
            }
            let lookup = PostgresUndoLookup(store: self, link: link)
            if current != expected {
                throw ProjectEdit.stale(current: current, latest: try lookup.latestEntry(entity: "project", id: current.id))
            }
            if project == current { return current }
            try ProjectEdit.checkClaims(project, replacing: current, lookup: lookup)
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(link))
            let seq = writes.chain.append(at: now, editor: editor, action: "project.update", entity: "project", entityID: project.id,
                                          project: project.id, before: CanonicalRow.project(current), after: CanonicalRow.project(project))
            try updateProjectRow(link, project, auditSeq: seq)
            try writes.run(link, channel: changeChannel)
            return project
        }
    }

    public func withdraw(_ kind: WithdrawKind, id: String, reason: String?, editor: String) throws {
        let now = clock()
        try write("withdraw \(kind.rawValue)s") { link in
            let (w, row) = try Withdrawal.checked(kind, id: id, reason: reason, editor: editor, at: now,
                                                  lookup: PostgresUndoLookup(store: self, link: link))
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(link))
            let seq = writes.chain.append(at: now, editor: editor, action: "\(kind.rawValue).withdraw", entity: kind.rawValue, entityID: id,
                                          project: w.project, before: row, after: CanonicalRow.withdrawal(w))
            var rows = Self.withdrawalInsert()
            rows.add(Self.withdrawalValues(w, auditSeq: seq))
            writes.insert(rows)
            try writes.run(link, channel: changeChannel)
        }
    }

    public func lastUndoable(editor: String) throws -> UndoableEdit? {
        try read { link in try UndoPlanner.latest(editor: editor, lookup: PostgresUndoLookup(store: self, link: link))?.edit }
    }

    @discardableResult
    public func undoLast(editor: String, expected: Int?) throws -> UndoableEdit {
        let now = clock()
        return try write("undo edits") { link in
            let step = try UndoPlanner.plan(editor: editor, expected: expected, at: now, lookup: PostgresUndoLookup(store: self, link: link))
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(link))
            let seq = writes.chain.append(at: now, editor: editor, action: "undo", entity: step.entity, entityID: step.entityID,
                                          project: step.project, before: step.before, after: step.after)
            switch step.compensation {
            case .withdraw(let w):
                var rows = Self.withdrawalInsert()
                rows.add(Self.withdrawalValues(w, auditSeq: seq))
                writes.insert(rows)
            case .flag(let e):
                guard let rowSeq = try link.int("SELECT nextval(pg_get_serial_sequence('flag_event', 'seq'))") else {
                    throw StoreError.engine("the flag_event sequence gave no value")
                }
                var rows = Self.flagInsert()
                rows.add(Self.flagValues(e, seq: rowSeq, auditSeq: seq))
                writes.insert(rows)
            case .restoreProject(let p):
                try updateProjectRow(link, p, auditSeq: seq)
            case .removeProject(let id):
                try link.query("DELETE FROM project WHERE id = \(id)")
            case .removeSource(let id):
                try link.query("DELETE FROM source WHERE id = \(id)")
            case .grade(let g):
                var rows = Self.gradeInsert()
                rows.add(Self.gradeValues(g, auditSeq: seq))
                writes.insert(rows)
            }
            try writes.run(link, channel: changeChannel)
            return step.edit
        }
    }

    /// Writes a project's descriptive fields, bumping its version.
    func updateProjectRow(_ link: PostgresLink, _ p: Project, auditSeq: Int) throws {
        try link.query("""
            UPDATE project SET kind = \(p.kind.rawValue), name_en = \(p.names.en), name_ru = \(p.names.ru), name_zh = \(p.names.zh),
                countries = \(p.countries.joined(separator: ";")), regions = \(p.regions.joined(separator: ";")),
                lat = \(p.location?.lat), lon = \(p.location?.lon), programs = \(p.programs.joined(separator: ";")),
                version = version + 1, audit_seq = \(auditSeq)
            WHERE id = \(p.id)
            """)
    }
}
#endif

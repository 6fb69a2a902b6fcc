import BorderTrackCore
import BorderTrackStore
import GRDB

extension SQLiteStore {
    public func exportAll() throws -> TrackerSnapshot {
        try read { db in
            func bookkeeping(_ table: String) throws -> [(seq: Int, auditSeq: Int, version: Int)] {
                let version = table == "source" || table == "project" ? "version" : "1"
                return try Row.fetchAll(db, sql: "SELECT seq, audit_seq, \(version) AS version FROM \(table) ORDER BY seq")
                    .map { ($0["seq"], $0["audit_seq"], $0["version"]) }
            }
            func rows<T>(_ values: [T], _ table: String) throws -> [TrackerSnapshot.Row<T>] {
                let books = try bookkeeping(table)
                guard books.count == values.count else { throw StoreError.corrupt("\(table) changed while it was read") }
                return zip(values, books).map { TrackerSnapshot.Row($0, seq: $1.seq, auditSeq: $1.auditSeq, version: $1.version) }
            }
            return TrackerSnapshot(
                sources: try rows(try fetchSources(db), "source"),
                projects: try rows(try fetchProjects(db, where: nil), "project"),
                plans: try rows(try fetchPlans(db, project: nil, withdrawn: true), "plan"),
                claims: try rows(try fetchClaims(db, project: nil, withdrawn: true), "claim"),
                flagEvents: try rows(try fetchFlags(db), "flag_event"),
                withdrawals: try rows(try fetchWithdrawals(db).map(\.0), "withdrawal"),
                audit: try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq").map(entry),
                grades: try rows(try fetchGradeEvents(db).map(\.0), "source_grade"))
        }
    }

    public func importSnapshot(_ snapshot: TrackerSnapshot) throws {
        try write { db in
            let counts = try TrackerSnapshot.tables.map { t in (table: t, rows: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t)") ?? 0) }
            if counts.contains(where: { $0.rows > 0 }) { throw TrackerSnapshot.targetNotEmpty(location, counts: counts) }
            for r in snapshot.sources {
                let s = r.value
                try db.execute(sql: """
                    INSERT INTO source (seq, id, name, tier, country, url, perspective, version, audit_seq, affiliation)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.seq, s.id, s.name, s.tier.rawValue, s.country, s.url, s.perspectiveOverride?.rawValue, r.version, r.auditSeq,
                                     s.affiliation])
            }
            for r in snapshot.projects {
                let p = r.value
                try db.execute(sql: """
                    INSERT INTO project (seq, id, kind, name_en, name_ru, name_zh, countries, regions, lat, lon, programs, version, audit_seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.seq, p.id, p.kind.rawValue, p.names.en, p.names.ru, p.names.zh,
                                     p.countries.joined(separator: ";"), p.regions.joined(separator: ";"),
                                     p.location?.lat, p.location?.lon, p.programs.joined(separator: ";"), r.version, r.auditSeq])
            }
            for r in snapshot.plans {
                let p = r.value
                try db.execute(sql: """
                    INSERT INTO plan (seq, id, project, milestone, target, announced, source, recorded, editor, audit_seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.seq, p.id, p.project, p.milestone.rawValue, p.target.description, p.announced?.description,
                                     p.source, p.recorded?.description, p.editor, r.auditSeq])
            }
            for r in snapshot.claims {
                let c = r.value
                try db.execute(sql: """
                    INSERT INTO claim (seq, id, project, status, scope, as_of, published, source, url, quote, supersedes, recorded, editor, audit_seq, section,
                                       quote_lang, translation, note, via)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.seq, c.id, c.project, c.status.rawValue, c.scope?.rawValue, c.asOf.description,
                                     c.published?.description, c.source, c.url, c.quote, c.supersedes,
                                     c.recorded?.description, c.editor, r.auditSeq, c.section,
                                     c.quoteLang, c.translation, c.note, c.via])
            }
            for r in snapshot.flagEvents {
                let f = r.value
                try db.execute(sql: """
                    INSERT INTO flag_event (seq, discrepancy, project, action, verdict, severity, note, editor, at, audit_seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [r.seq, f.discrepancy, f.project, f.action.rawValue, f.verdict?.rawValue,
                                     f.severity?.rawValue, f.note, f.editor, f.at.description, r.auditSeq])
            }
            for r in snapshot.withdrawals {
                try insertWithdrawal(db, r.value, seq: r.seq, auditSeq: r.auditSeq)
            }
            for r in snapshot.grades {
                try insertGrade(db, r.value, seq: r.seq, auditSeq: r.auditSeq)
            }
            for e in snapshot.audit {
                try db.execute(sql: """
                    INSERT INTO audit (seq, at, editor, action, entity, entity_id, project, before, after, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [e.seq, e.at.description, e.editor, e.action, e.entity, e.entityID, e.project,
                                     e.before, e.after, e.prevHash, e.hash])
            }
        }
    }
}

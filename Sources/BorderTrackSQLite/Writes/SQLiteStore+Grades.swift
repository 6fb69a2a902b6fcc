import BorderTrackCore
import BorderTrackStore
import GRDB

extension SQLiteStore {
    @discardableResult
    public func setGrade(source: String, grade: SourceGrade?, reason: String, editor: String) throws -> GradeEvent {
        let now = clock()
        let event = try GradeEvent.checked(source: source, grade: grade, reason: reason, editor: editor, at: now)
        return try write { db in
            guard try exists(db, "source", source) else { throw GradeEvent.unknownSource(source) }
            let previous = try fetchGradeEvents(db, source: source).last?.value
            if grade == nil, previous?.grade == nil {
                throw GradeEvent.nothingToClear(source)
            }
            let seq = try appendAudit(db, at: now, editor: editor, action: event.action, entity: "grade", entityID: source,
                                      project: nil, before: previous.map(CanonicalRow.grade), after: CanonicalRow.grade(event))
            try insertGrade(db, event, seq: nil, auditSeq: seq)
            return event
        }
    }

    public func gradeOverrides() throws -> [String: GradeOverride] {
        try GradeEvent.overrides(gradeEvents())
    }

    public func gradeEvents() throws -> [GradeEvent] {
        try read { db in try fetchGradeEvents(db).map(\.0) }
    }

    /// Grade events in recording order, with the audit entry that recorded each.
    func fetchGradeEvents(_ db: Database) throws -> [(GradeEvent, Int)] {
        try Row.fetchAll(db, sql: "SELECT * FROM source_grade ORDER BY seq").map { try gradeEvent($0) }
    }

    /// One source's grade events in recording order, with their bookkeeping.
    func fetchGradeEvents(_ db: Database, source: String) throws -> [TrackerSnapshot.Row<GradeEvent>] {
        try Row.fetchAll(db, sql: "SELECT * FROM source_grade WHERE source = ? ORDER BY seq", arguments: [source]).map { r in
            let (g, audit) = try gradeEvent(r)
            return TrackerSnapshot.Row(g, seq: r["seq"], auditSeq: audit)
        }
    }

    private func gradeEvent(_ r: Row) throws -> (GradeEvent, Int) {
        let text: String? = r["grade"]
        guard let at = Timestamp(parsing: r["at"]), text.map({ SourceGrade(rawValue: $0) != nil }) ?? true else {
            throw StoreError.corrupt("source_grade row \(r["seq"] as Int) has an unreadable grade or time")
        }
        return (GradeEvent(source: r["source"], grade: text.flatMap(SourceGrade.init(rawValue:)), reason: r["reason"], editor: r["editor"], at: at),
                r["audit_seq"])
    }

    func insertGrade(_ db: Database, _ g: GradeEvent, seq: Int?, auditSeq: Int) throws {
        try db.execute(sql: """
            INSERT INTO source_grade (seq, source, grade, reason, editor, at, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, g.source, g.grade?.rawValue, g.reason, g.editor, g.at.description, auditSeq])
    }
}

#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    @discardableResult
    public func setGrade(source: String, grade: SourceGrade?, reason: String, editor: String) throws -> GradeEvent {
        let now = clock()
        let event = try GradeEvent.checked(source: source, grade: grade, reason: reason, editor: editor, at: now)
        return try write("grade sources") { link in
            let r = try link.query("""
                SELECT head.*, EXISTS(SELECT 1 FROM source WHERE id = \(source)) AS known
                FROM (SELECT 1) one \(unescaped: PostgresAuditAppender.headJoin)
                """)[0]
            guard try r["known"].decode(Bool.self) else { throw GradeEvent.unknownSource(source) }
            let previous = try gradeRows(link, source: source).last?.value
            if grade == nil, previous?.grade == nil { throw GradeEvent.nothingToClear(source) }
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(head: r))
            let seq = writes.chain.append(at: now, editor: editor, action: event.action, entity: "grade", entityID: source,
                                          project: nil, before: previous.map(CanonicalRow.grade), after: CanonicalRow.grade(event))
            var rows = Self.gradeInsert()
            rows.add(Self.gradeValues(event, auditSeq: seq))
            writes.insert(rows)
            try writes.run(link, channel: changeChannel)
            return event
        }
    }

    public func gradeOverrides() throws -> [String: GradeOverride] {
        GradeEvent.overrides(try gradeEvents())
    }

    public func gradeEvents() throws -> [GradeEvent] {
        try read { link in try gradeRows(link).map(\.value) }
    }

    /// Grade events (of one source, or all) in recording order, with their bookkeeping.
    func gradeRows(_ link: PostgresLink, source: String? = nil) throws -> [TrackerSnapshot.Row<GradeEvent>] {
        let rows = try source.map { try link.query("SELECT * FROM source_grade WHERE source = \($0) ORDER BY seq") }
            ?? link.query("SELECT * FROM source_grade ORDER BY seq")
        return try gradeRows(rows)
    }

    /// Grade events from `source_grade` rows (in seq order), with their bookkeeping.
    func gradeRows(_ rows: [PostgresRandomAccessRow]) throws -> [TrackerSnapshot.Row<GradeEvent>] {
        try rows.map { r in
            let seq = try r.int("seq")
            let text = try r.optionalText("grade")
            guard let at = Timestamp(parsing: try r.text("at")), text.map({ SourceGrade(rawValue: $0) != nil }) ?? true else {
                throw StoreError.corrupt("source_grade row \(seq) has an unreadable grade or time")
            }
            let g = GradeEvent(source: try r.text("source"), grade: text.flatMap(SourceGrade.init(rawValue:)), reason: try r.text("reason"),
                               editor: try r.text("editor"), at: at)
            return .init(g, seq: seq, auditSeq: try r.int("audit_seq"))
        }
    }

    static func gradeInsert(withSeq: Bool = false) -> PostgresBulkInsert {
        PostgresBulkInsert(table: "source_grade", columns: (withSeq ? ["seq"] : []) + ["source", "grade", "reason", "editor", "at", "audit_seq"])
    }

    /// A grade event's values; with `seq` for `gradeInsert(withSeq: true)` (copies), without for new rows.
    static func gradeValues(_ g: GradeEvent, seq: Int? = nil, auditSeq: Int) -> [PostgresBulkInsert.Value] {
        (seq.map { [.int($0)] } ?? []) + [.text(g.source), .text(g.grade?.rawValue), .text(g.reason), .text(g.editor),
                                           .text(g.at.description), .int(auditSeq)]
    }
}
#endif

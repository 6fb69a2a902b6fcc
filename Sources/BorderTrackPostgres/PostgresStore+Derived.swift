#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

/// The derived tables (`summary`, `queue_entry`, `queue_bucket`, `queue_text`, `derived_state`) on the team server:
/// each project's summary and its open discrepancies' queue entries, so a large tracker's screens read pages
/// instead of analysing everything at start — the same rows as SQLite's (`DerivedRows`).
///
/// Every write keeps them current in its own transaction (`keepDerivedCurrent`, under the write lock): when the
/// state row was current before the write, for today and its detector options, the projects the write's audit
/// entries name are recomputed and the state row moves to the new head. Writes that reach beyond single
/// projects (an import, a source) and a new day leave them stale, never wrong; `refreshDerived` then rebuilds
/// them, once, for whoever opens the UI next. Readers need no write: every role that reads the tracker reads them.
extension PostgresStore {
    /// Projects one write may recompute in its own transaction; more (an edit behind many stale entries) are left
    /// to `refreshDerived`.
    static let maxDerivedPerWrite = 256

    /// Claims (of the projects a write changed) one write may analyse in its own transaction. A project's analysis
    /// grows faster than its claims, and it runs under the write lock every other writer waits on: a project with
    /// hundreds of claims is left to `refreshDerived`, which recomputes it once for all the writes since.
    static let maxDerivedClaimsPerWrite = 64

    /// Rows analysed at a time by a rebuild or a check.
    static let derivedBatch = 4096

    /// The derived tables' state; nil before they were ever built.
    public func derivedState() throws -> DerivedState? {
        try run("read the derived summaries") { link in try derivedState(link) }
    }

    func derivedState(_ link: PostgresLink) throws -> DerivedState? {
        try link.query("SELECT * FROM derived_state WHERE id = 1").first.map { r in
            DerivedState(auditSeq: try r.int("audit_seq"), day: Day(ordinal: try r.int("day")), options: try r.text("options"),
                         projects: try r.int("projects"), queue: try r.int("queue"))
        }
    }

    /// The last audit entry's seq (0 when none).
    func auditHead(_ link: PostgresLink) throws -> Int {
        try link.int("SELECT coalesce(max(seq), 0) FROM audit") ?? 0
    }

    /// Whether the derived tables reflect every audit entry for this day and these options (read only).
    public func derivedIsCurrent(today: Day, options: DiscrepancyDetector.Options) throws -> Bool {
        try read { link in
            guard let st = try derivedState(link) else { return false }
            return st.isCurrent(head: try auditHead(link), today: today, options: options)
        }
    }

    /// Brings the derived tables up to date for the analysis day `today`: nothing when they are current (a read,
    /// so a viewer can open them), the changed projects only, or a rebuild (the first time, an import, a source,
    /// another day or other options), in one write transaction. `progress(done, total)` is called during a rebuild.
    @discardableResult
    public func refreshDerived(today: Day, options: DiscrepancyDetector.Options = .init(),
                               progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> DerivedRefresh {
        if try derivedIsCurrent(today: today, options: options) { return .current }
        return try write("bring the derived summaries up to date", derived: false) { link in
            let head = try auditHead(link)
            let described = DerivedState.describe(options)
            if let st = try derivedState(link), st.day == today, st.options == described {
                if st.auditSeq == head { return .current }
                if let ids = try changes(link, after: st.auditSeq).projects {
                    let context = try analysisContext(link, end: today, options: options)
                    var projects = st.projects, queue = st.queue
                    for id in ids {
                        let delta = try deriveProject(link, id: id, context: context)
                        projects += delta.projects; queue += delta.queue
                    }
                    // A grade letter the edit moved: every project citing the source is assessed again.
                    let regraded = try regrade(link, context: context, done: Set(ids))
                    if let rebuilt = regraded.rebuilt {
                        try saveDerivedState(link, DerivedState(auditSeq: head, day: today, options: described, projects: rebuilt.projects,
                                                                queue: rebuilt.queue))
                        return .rebuilt(projects: rebuilt.projects)
                    }
                    try saveDerivedState(link, DerivedState(auditSeq: head, day: today, options: described, projects: projects, queue: queue))
                    return .projects(ids + regraded.projects)
                }
            }
            let n = try rebuildDerived(link, context: try analysisContext(link, end: today, options: options), progress: progress)
            try saveDerivedState(link, DerivedState(auditSeq: head, day: today, options: described, projects: n.projects, queue: n.queue))
            return .rebuilt(projects: n.projects)
        }
    }

    /// Recomputes, inside a write's transaction, the projects its audit entries changed — when the derived
    /// tables were current before it, for today, and those projects are not too large to analyse under the write
    /// lock (`maxDerivedClaimsPerWrite`). Otherwise, or when this fails (a role without rights on them,
    /// a row that does not read back), they are left as they were: stale, never wrong, and the write stands.
    func keepDerivedCurrent(_ link: PostgresLink) throws {
        guard let r = try link.query("SELECT s.*, (SELECT coalesce(max(seq), 0) FROM audit) AS head FROM derived_state s WHERE id = 1").first
        else { return }
        let st = DerivedState(auditSeq: try r.int("audit_seq"), day: Day(ordinal: try r.int("day")), options: try r.text("options"),
                              projects: try r.int("projects"), queue: try r.int("queue"))
        let head = try r.int("head")
        guard st.auditSeq < head, st.day == clock().day, let options = DerivedState.detectorOptions(st.options) else { return }
        guard let ids = try changes(link, after: st.auditSeq).projects, ids.count <= Self.maxDerivedPerWrite,
              try link.int("SELECT count(*) FROM claim WHERE project = ANY(\(ids))") ?? 0 <= Self.maxDerivedClaimsPerWrite else { return }
        try link.execute("SAVEPOINT derived")
        do {
            let context = try analysisContext(link, end: st.day, options: options)
            var projects = st.projects, queue = st.queue
            for id in ids {
                let delta = try deriveProject(link, id: id, context: context)
                projects += delta.projects; queue += delta.queue
            }
            // A moved grade letter that would assess most of the tracker again is left to the next refresh (stale).
            let regraded = try regrade(link, context: context, done: Set(ids), rebuilding: false)
            guard regraded.rebuilt == nil else {
                try link.execute("ROLLBACK TO SAVEPOINT derived")
                return
            }
            try saveDerivedState(link, DerivedState(auditSeq: head, day: st.day, options: st.options, projects: projects, queue: queue))
            try link.execute("RELEASE SAVEPOINT derived")
        } catch {
            try link.execute("ROLLBACK TO SAVEPOINT derived")
        }
    }

    /// What every project's analysis shares: the stored sources (and `adding`, not stored yet), the analysis day,
    /// the detector.
    func analysisContext(_ link: PostgresLink, end: Day, options: DiscrepancyDetector.Options,
                         adding: [Source] = []) throws -> ProjectAnalysis.Context {
        var sources = Dictionary(try sourceRows(link).map { ($0.value.id, $0.value) }, uniquingKeysWith: { a, _ in a })
        for s in adding where sources[s.id] == nil { sources[s.id] = s }
        let plain = ProjectAnalysis.Context(sources: sources, end: end, knownBy: nil, detector: DiscrepancyDetector(options: options),
                                            setGrades: try setGrades(link))
        return plain.grading(plain.grades(records: try Self.sourceRecords(link.query("SELECT * FROM source_record"))))
    }

    /// The editors' grades by source id (letters only: what the assessment weighs).
    func setGrades(_ link: PostgresLink) throws -> [String: SourceGrade] {
        GradeEvent.overrides(try gradeRows(link).map(\.value)).mapValues(\.grade)
    }

    /// The sources' summed track records from `source_record` rows.
    static func sourceRecords(_ rows: [PostgresRandomAccessRow]) throws -> [String: SourceTally] {
        var out: [String: SourceTally] = [:]
        for r in rows {
            out[try r.text("source")] = SourceTally(upheld: try r.int("upheld"), rejected: try r.int("rejected"),
                                                    confirmed: try r.int("confirmed"), contradicted: try r.int("contradicted"))
        }
        return out
    }

    /// Replaces one project's tallies and moves the sums by the difference (two round trips).
    func replaceTallies(_ link: PostgresLink, project: String, with tallies: [String: SourceTally]) throws {
        let old = try link.query("DELETE FROM source_tally WHERE project = \(project) RETURNING source, upheld, rejected, confirmed, contradicted")
        var delta = tallies
        for (source, t) in try Self.sourceRecords(old) { delta[source, default: SourceTally()] = delta[source, default: SourceTally()] - t }
        let new = tallies.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        let moved = delta.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        guard !new.isEmpty || !moved.isEmpty else { return }
        try link.query("""
            WITH ins AS (
                INSERT INTO source_tally (project, source, upheld, rejected, confirmed, contradicted)
                SELECT \(project), * FROM unnest(\(new.map(\.key))::text[], \(new.map(\.value.upheld))::bigint[],
                    \(new.map(\.value.rejected))::bigint[], \(new.map(\.value.confirmed))::bigint[], \(new.map(\.value.contradicted))::bigint[])
            )
            INSERT INTO source_record (source, upheld, rejected, confirmed, contradicted)
            SELECT * FROM unnest(\(moved.map(\.key))::text[], \(moved.map(\.value.upheld))::bigint[], \(moved.map(\.value.rejected))::bigint[],
                \(moved.map(\.value.confirmed))::bigint[], \(moved.map(\.value.contradicted))::bigint[])
            ON CONFLICT (source) DO UPDATE SET upheld = source_record.upheld + excluded.upheld,
                rejected = source_record.rejected + excluded.rejected, confirmed = source_record.confirmed + excluded.confirmed,
                contradicted = source_record.contradicted + excluded.contradicted
            """)
    }

    /// Writes every project's tallies into the emptied tables, and their sums (a rebuild's); returns the sums.
    @discardableResult
    func writeTallies(_ link: PostgresLink, _ tallies: [(project: String, tallies: [String: SourceTally])]) throws -> [String: SourceTally] {
        var rows = PostgresBulkInsert(table: "source_tally", columns: ["project", "source", "upheld", "rejected", "confirmed", "contradicted"])
        var sums: [String: SourceTally] = [:]
        for (project, ts) in tallies {
            for (source, t) in ts.sorted(by: { $0.key < $1.key }) where !t.isEmpty {
                rows.add([.text(project), .text(source), .int(t.upheld), .int(t.rejected), .int(t.confirmed), .int(t.contradicted)])
                sums[source, default: SourceTally()] = sums[source, default: SourceTally()] + t
            }
        }
        try insertAll(link, rows)
        var records = PostgresBulkInsert(table: "source_record", columns: ["source", "upheld", "rejected", "confirmed", "contradicted"])
        for (source, t) in sums.sorted(by: { $0.key < $1.key }) {
            records.add([.text(source), .int(t.upheld), .int(t.rejected), .int(t.confirmed), .int(t.contradicted)])
        }
        try insertAll(link, records)
        return sums
    }

    /// After projects were derived with `context`'s grades: when their tallies moved a source's grade letter, the
    /// other projects citing it are derived again with the new grades (all of them by a rebuild when they are most
    /// of the tracker, or — `rebuilding` false — the rebuild is left to the caller). Returns the projects derived
    /// again, or the rebuild's counts.
    func regrade(_ link: PostgresLink, context: ProjectAnalysis.Context, done: Set<String>, rebuilding: Bool = true)
        throws -> (projects: [String], rebuilt: (projects: Int, queue: Int)?) {
        let after = context.grades(records: try Self.sourceRecords(link.query("SELECT * FROM source_record")))
        let moved = DerivedGrades.changed(context.grades ?? [:], after)
        guard !moved.isEmpty else { return ([], nil) }
        let regraded = context.grading(after)
        let affected = try link.query(#"SELECT DISTINCT project COLLATE "C" AS project FROM claim WHERE source = ANY(\#(moved)) ORDER BY 1"#)
            .map { try $0.text("project") }
        let total = try link.int("SELECT count(*) FROM summary") ?? 0
        if DerivedGrades.rebuildInstead(affected: affected.count, of: total) {
            guard rebuilding else { return ([], (0, 0)) }
            return ([], try rebuildDerived(link, context: regraded, progress: nil, regrading: false))
        }
        var again: [String] = []
        for id in affected {
            _ = try deriveProject(link, id: id, context: regraded)
            if !done.contains(id) { again.append(id) }
        }
        return (again, nil)
    }

    func saveDerivedState(_ link: PostgresLink, _ st: DerivedState) throws {
        try link.query("""
            INSERT INTO derived_state (id, audit_seq, day, options, projects, queue)
            VALUES (1, \(st.auditSeq), \(st.day.ordinal), \(st.options), \(st.projects), \(st.queue))
            ON CONFLICT (id) DO UPDATE SET audit_seq = excluded.audit_seq, day = excluded.day, options = excluded.options,
                projects = excluded.projects, queue = excluded.queue
            """)
    }

    /// One project analysed from its stored claims, plans and flag events; nil when there is no such project.
    func analyseProject(_ link: PostgresLink, id: String, context: ProjectAnalysis.Context) throws -> ProjectAnalysis? {
        guard let p = try projectRows(link, id: id).first?.value else { return nil }
        let events = ProjectAnalysis.flagEventsByProject(try flagRows(link, project: id).map(\.value))[id] ?? []
        return ProjectAnalysis(project: p, claims: try claimRows(link, project: id, withdrawn: false).map(\.value),
                               plans: try planRows(link, project: id, withdrawn: false).map(\.value), events: events, context: context)
    }

    /// One project analysed as of `end` from what is stored, read in one snapshot; nil when there is no such project.
    ///
    /// The screens' detail keystroke: the snapshot's statements (begin, sources, project, claims, plans, flag events,
    /// commit) go out back to back, each sent by the event loop as the previous one answers, rather than one
    /// blocking wait each.
    public func projectAnalysis(id: String, end: Day, options: DiscrepancyDetector.Options = .init()) throws -> ProjectAnalysis? {
        try run("read this tracker") { link in
            let rows: [[PostgresRandomAccessRow]]
            do {
                rows = try link.queries([
                    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
                    "SELECT * FROM source ORDER BY seq",
                    "SELECT * FROM project WHERE id = \(id)",
                    "SELECT * FROM claim WHERE project = \(id)\(unescaped: Self.liveOnly(.claim, false)) ORDER BY seq",
                    "SELECT * FROM plan WHERE project = \(id)\(unescaped: Self.liveOnly(.plan, false)) ORDER BY seq",
                    "SELECT * FROM flag_event WHERE project = \(id) ORDER BY seq",
                    "SELECT * FROM source_record",
                    "SELECT * FROM source_grade ORDER BY seq",
                    "COMMIT",
                ])
            } catch {
                try? link.execute("ROLLBACK")
                throw error
            }
            guard let p = try projectRows(rows[2]).first?.value else { return nil }
            let sources = Dictionary(try sourceRows(rows[1]).map { ($0.value.id, $0.value) }, uniquingKeysWith: { a, _ in a })
            let plain = ProjectAnalysis.Context(sources: sources, end: end, knownBy: nil, detector: DiscrepancyDetector(options: options),
                                                setGrades: GradeEvent.overrides(try gradeRows(rows[7]).map(\.value)).mapValues(\.grade))
            let context = plain.grading(plain.grades(records: try Self.sourceRecords(rows[6])))
            let events = ProjectAnalysis.flagEventsByProject(try flagRows(rows[5]).map(\.value))[id] ?? []
            return ProjectAnalysis(project: p, claims: try claimRows(rows[3]).map(\.value), plans: try planRows(rows[4]).map(\.value),
                                   events: events, context: context)
        }
    }

    /// Recomputes one project's summary row and queue entries from its stored content; returns how the number of
    /// summary rows and of queue entries changed.
    func deriveProject(_ link: PostgresLink, id: String, context: ProjectAnalysis.Context) throws -> (projects: Int, queue: Int) {
        // Its old rows go in one round trip; the queue keys they held are counted again below.
        let gone = try link.query("""
            WITH q AS (DELETE FROM queue_entry WHERE project = \(id) RETURNING severity, minus_from),
                 t AS (DELETE FROM queue_text WHERE project = \(id)),
                 s AS (DELETE FROM summary WHERE project = \(id) RETURNING 1)
            SELECT true AS queued, severity, minus_from FROM q UNION ALL SELECT false, 0, 0 FROM s
            """)
        var keys: [(Int, Int)] = [], hadSummary = false
        for r in gone {
            if try r["queued"].decode(Bool.self) { keys.append((try r.int("severity"), try r.int("minus_from"))) } else { hadSummary = true }
        }
        guard let part = try analyseProject(link, id: id, context: context) else {
            try replaceTallies(link, project: id, with: [:])
            try recountBuckets(link, keys)
            return (hadSummary ? -1 : 0, -keys.count)
        }
        var summary = Self.summaryInsert()
        try DerivedRows.addSummary(part, to: &summary)
        try insertAll(link, summary)
        try replaceTallies(link, project: id, with: part.sourceTallies)
        let entries = DerivedQueueRow.entries(part)
        try writeQueue(link, entries)
        try recountBuckets(link, keys + entries.map { ($0.severity, $0.minusFrom) })
        return (hadSummary ? 0 : 1, entries.count - keys.count)
    }

    /// Recomputes every project, `derivedBatch` at a time in id order (each batch analysed on all cores), and
    /// returns how many summary rows and queue entries it wrote. Readers keep seeing the old rows until it commits.
    func rebuildDerived(_ link: PostgresLink, context: ProjectAnalysis.Context,
                        progress: (@Sendable (Int, Int) -> Void)?, regrading: Bool = true) throws -> (projects: Int, queue: Int) {
        var trace = PhaseTrace()
        for table in Self.derivedTables { try link.execute("DELETE FROM \(table)") }
        var tallies: [(project: String, tallies: [String: SourceTally])] = []
        let ids = try link.query(#"SELECT id FROM project ORDER BY id COLLATE "C""#).map { try $0.text("id") }
        let plans = Dictionary(grouping: try planRows(link, project: nil, withdrawn: false).map(\.value), by: \.project)
        let events = ProjectAnalysis.flagEventsByProject(try flagRows(link).map(\.value))
        var queued: [DerivedQueueRow] = []
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + Self.derivedBatch)])
            let (projects, claims) = try rebuildInput(link, batch)
            let (parts, queues) = DerivedRows.analyse(projects, claims: claims, plans: plans, events: events, context: context)
            var summaries = Self.summaryInsert()
            for part in parts {
                try DerivedRows.addSummary(part, to: &summaries)
                if !part.sourceTallies.isEmpty { tallies.append((part.summary.project.id, part.sourceTallies)) }
            }
            try insertAll(link, summaries)
            for q in queues { queued += q }
            start += batch.count
            progress?(start, ids.count)
        }
        trace.mark("derived: analysed and wrote \(ids.count) projects")
        DerivedQueueRow.sort(&queued)
        let written = try writeWholeQueue(link, queued)
        trace.mark("derived: \(written) queue entries")
        try writeTallies(link, tallies)
        trace.mark("derived: \(tallies.count) projects' track records")
        // Assessed with the grades from before: when the new records move a letter, the projects citing it again
        // (or everything, when that is most of the tracker: a tracker's first grading).
        if regrading, context.grades != nil {
            let again = try regrade(link, context: context, done: [])
            trace.mark("derived: \(again.rebuilt.map { "rebuilt \($0.projects)" } ?? "\(again.projects.count)") projects graded again")
            if let rebuilt = again.rebuilt { return rebuilt }
        }
        return (ids.count, written)
    }

    /// Builds the derived tables of a tracker that had no projects before this import from the import's own
    /// content, analysed meanwhile on another core (`FreshAnalysis`), inside the import's transaction: nothing is
    /// read back, and `refreshDerived` then finds them current at `head` for `day`.
    func deriveFreshImport(_ link: PostgresLink, _ analysis: FreshAnalysis, head: Int, day: Day) throws {
        for table in Self.derivedTables { try link.execute("DELETE FROM \(table)") }
        let result = analysis.parts()
        var summaries = Self.summaryInsert()
        var tallies: [(project: String, tallies: [String: SourceTally])] = []
        for part in result.parts {
            try DerivedRows.addSummary(part, to: &summaries)
            if !part.sourceTallies.isEmpty { tallies.append((part.summary.project.id, part.sourceTallies)) }
        }
        try insertAll(link, summaries)
        try writeTallies(link, tallies)
        let written = try writeWholeQueue(link, result.queue)
        try saveDerivedState(link, DerivedState(auditSeq: head, day: day, options: DerivedState.describe(analysis.context.detector.options),
                                                projects: result.parts.count, queue: written))
    }

    /// Writes a whole queue (sorted) into the emptied queue tables with its bucket counts; returns the entries written.
    func writeWholeQueue(_ link: PostgresLink, _ queued: [DerivedQueueRow]) throws -> Int {
        let written = try writeQueue(link, queued)
        try link.execute("""
            INSERT INTO queue_bucket (severity, minus_from, n) SELECT severity, minus_from, count(*) FROM queue_entry GROUP BY severity, minus_from
            """)
        return written
    }

    /// A batch of projects (in the order of `ids`) with their live claims in recording order.
    func rebuildInput(_ link: PostgresLink, _ ids: [String]) throws -> (projects: [Project], claims: [[Claim]]) {
        let found = Dictionary(try projectRows(link.query("SELECT * FROM project WHERE id = ANY(\(ids))")).map { ($0.value.id, $0.value) },
                               uniquingKeysWith: { a, _ in a })
        let claims = Dictionary(grouping: try claimRows(link.query("""
            SELECT * FROM claim WHERE project = ANY(\(ids)) AND id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY seq
            """)).map(\.value), by: \.project)
        let projects = ids.compactMap { found[$0] }
        return (projects, projects.map { claims[$0.id] ?? [] })
    }

    /// The derived tables a rebuild empties first.
    static let derivedTables = ["summary", "queue_entry", "queue_text", "queue_bucket", "source_tally", "source_record"]

    /// An insert into `summary` (`DerivedRows.summaryColumns`).
    static func summaryInsert() -> PostgresBulkInsert {
        PostgresBulkInsert(table: "summary", columns: DerivedRows.summaryColumns)
    }

    /// Writes rows: many by `COPY`, a few in statements of at most 30,000 parameters.
    func insertAll(_ link: PostgresLink, _ insert: PostgresBulkInsert) throws {
        if insert.copyText != nil { return try link.copy(insert) }
        let perStatement = max(1, 30_000 / insert.columns.count)
        var start = 0
        while start < insert.rows.count {
            var binds = PostgresBindings()
            let sql = insert.statement(insert.rows[start..<min(insert.rows.count, start + perStatement)], binds: &binds)
            try link.query(PostgresQuery(unsafeSQL: sql, binds: binds))
            start += perStatement
        }
    }

    /// Writes queue entries and their texts (arrays, one statement each); of entries with the same key the last
    /// stays, as a stored one with that key is replaced. Returns how many keys it wrote.
    @discardableResult
    func writeQueue(_ link: PostgresLink, _ entries: [DerivedQueueRow]) throws -> Int {
        var last: [QueueKey: Int] = [:], lastText: [String: Int] = [:]
        for (i, e) in entries.enumerated() {
            last[e.key] = i
            lastText[e.project + "\u{0}" + e.id] = i
        }
        let kept = entries.indices.filter { last[entries[$0].key] == $0 }
        let texts = entries.indices.filter { lastText[entries[$0].project + "\u{0}" + entries[$0].id] == $0 }
        guard !kept.isEmpty else { return 0 }
        try link.query("""
            INSERT INTO queue_entry (severity, minus_from, id, project)
            SELECT * FROM unnest(\(kept.map { entries[$0].severity })::bigint[], \(kept.map { entries[$0].minusFrom })::bigint[],
                                 \(kept.map { entries[$0].id })::text[], \(kept.map { entries[$0].project })::text[])
            ON CONFLICT (severity, minus_from, id) DO UPDATE SET project = excluded.project
            """)
        try link.query("""
            INSERT INTO queue_text (project, id, kind, state, to_day, ongoing, explanation)
            SELECT * FROM unnest(\(texts.map { entries[$0].project })::text[], \(texts.map { entries[$0].id })::text[],
                                 \(texts.map { entries[$0].kind })::text[], \(texts.map { entries[$0].state })::text[],
                                 \(texts.map { entries[$0].to })::bigint[], \(texts.map { entries[$0].ongoing ? 1 : 0 })::bigint[],
                                 \(texts.map { entries[$0].explanation })::text[])
            ON CONFLICT (project, id) DO UPDATE SET kind = excluded.kind, state = excluded.state, to_day = excluded.to_day,
                ongoing = excluded.ongoing, explanation = excluded.explanation
            """)
        return kept.count
    }

    /// Counts the queue entries of the given (severity, start day) buckets again (a bucket left empty goes).
    func recountBuckets(_ link: PostgresLink, _ keys: [(Int, Int)]) throws {
        guard !keys.isEmpty else { return }
        try link.query("""
            WITH k AS (SELECT DISTINCT s, m FROM unnest(\(keys.map(\.0))::bigint[], \(keys.map(\.1))::bigint[]) AS k(s, m)),
                 c AS (SELECT s, m, (SELECT count(*) FROM queue_entry e WHERE e.severity = k.s AND e.minus_from = k.m) AS n FROM k),
                 d AS (DELETE FROM queue_bucket b USING c WHERE b.severity = c.s AND b.minus_from = c.m AND c.n = 0)
            INSERT INTO queue_bucket (severity, minus_from, n) SELECT s, m, n FROM c WHERE n > 0
            ON CONFLICT (severity, minus_from) DO UPDATE SET n = excluded.n
            """)
    }
}
#endif

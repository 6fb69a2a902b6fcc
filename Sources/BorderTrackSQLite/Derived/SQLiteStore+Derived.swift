import BorderTrackCore
import BorderTrackStore
import Dispatch
import Foundation
import GRDB

/// The derived tables (`summary`, `queue_entry`, `derived_state`): each project's summary and its open
/// discrepancies' queue keys, kept so a large tracker's screens read pages instead of analysing
/// everything at start.
///
/// They are a cache of `ProjectAnalysis`, never history: `derived_state.audit_seq` says up to which audit
/// entry they are current, and for which analysis day and detector options. `refreshDerived` brings
/// them up to date in one write transaction — nothing to do, only the projects the new audit entries
/// name, or a rebuild (an import, a source change, a new day). A crash or a writer that does not
/// maintain them (the CLI, another version) leaves them stale, never wrong: the next refresh sees it.
extension SQLiteStore {
    /// Where the derived tables stand (shared with the other engines).
    public typealias DerivedState = BorderTrackStore.DerivedState

    /// What `refreshDerived` did.
    public typealias DerivedRefresh = BorderTrackStore.DerivedRefresh

    /// The derived tables' state; nil before they were ever built.
    public func derivedState() throws -> DerivedState? {
        try read { db in try SQLiteStore.derivedState(db) }
    }

    static func derivedState(_ db: Database) throws -> DerivedState? {
        try Row.fetchOne(db, sql: "SELECT * FROM derived_state WHERE id = 1").map {
            DerivedState(auditSeq: $0["audit_seq"], day: Day(ordinal: $0["day"]), options: $0["options"],
                         projects: $0["projects"], queue: $0["queue"])
        }
    }

    /// Whether the derived tables reflect every audit entry for this day and these options (read only).
    public func derivedIsCurrent(today: Day, options: DiscrepancyDetector.Options) throws -> Bool {
        try read { db in
            guard let st = try SQLiteStore.derivedState(db) else { return false }
            let head = try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
            return st.isCurrent(head: head, today: today, options: options)
        }
    }

    /// Brings the derived tables up to date with the data, for the analysis day `today`.
    ///
    /// When only claims, plans, flags or details of single projects changed since they were computed, only
    /// those projects are recomputed; otherwise (first time, an import, a source, another day or other
    /// options) every project is. `progress(done, total)` is called during a rebuild.
    @discardableResult
    public func refreshDerived(today: Day, options: DiscrepancyDetector.Options = .init(),
                               progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> DerivedRefresh {
        try write { db in
            let head = try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
            let described = DerivedState.describe(options)
            if let st = try SQLiteStore.derivedState(db), st.day == today, st.options == described {
                if st.auditSeq == head { return .current }
                let context = try analysisContext(db, end: today, options: options)
                let rows = try Row.fetchAll(db, sql: "SELECT seq, entity, project FROM audit WHERE seq > ? ORDER BY seq", arguments: [st.auditSeq])
                let changes = StoreChanges.from(rows.map { (seq: $0["seq"], entity: $0["entity"], project: $0["project"]) }, after: st.auditSeq)
                if let ids = changes.projects {
                    var projects = st.projects, queue = st.queue
                    for id in ids {
                        let delta = try deriveProject(db, id: id, context: context)
                        projects += delta.projects; queue += delta.queue
                    }
                    // A grade letter the edit moved: every project citing the source is assessed again.
                    let regraded = try regrade(db, context: context, done: Set(ids))
                    if let rebuilt = regraded.rebuilt {
                        try SQLiteStore.saveDerivedState(db, auditSeq: head, day: today, options: described, projects: rebuilt.projects,
                                                         queue: rebuilt.queue)
                        return .rebuilt(projects: rebuilt.projects)
                    }
                    try SQLiteStore.saveDerivedState(db, auditSeq: head, day: today, options: described, projects: projects, queue: queue)
                    return .projects(ids + regraded.projects)
                }
            }
            let n = try rebuildDerived(db, context: try analysisContext(db, end: today, options: options), progress: progress)
            try SQLiteStore.saveDerivedState(db, auditSeq: head, day: today, options: described, projects: n.projects, queue: n.queue)
            return .rebuilt(projects: n.projects)
        }
    }

    /// Builds the derived tables of a tracker that was empty before this import from the import's own
    /// content, analysed meanwhile on another core (`FreshAnalysis`), inside the import's transaction (nothing
    /// is read back; `refreshDerived` then finds them current).
    func deriveFreshImport(_ db: Database, _ analysis: FreshAnalysis, at now: Timestamp) throws {
        let head = try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0
        let n = try rebuildDerived(db, context: analysis.context, progress: nil, fresh: analysis.parts())
        try SQLiteStore.saveDerivedState(db, auditSeq: head, day: now.day, options: DerivedState.describe(analysis.context.detector.options),
                                         projects: n.projects, queue: n.queue)
    }

    /// What every project's analysis shares: the stored sources (and `adding`, not stored yet), the analysis
    /// day, the detector.
    func analysisContext(_ db: Database, end: Day, options: DiscrepancyDetector.Options, adding: [Source] = []) throws -> ProjectAnalysis.Context {
        var sources = Dictionary(try fetchSources(db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for s in adding where sources[s.id] == nil { sources[s.id] = s }
        let plain = ProjectAnalysis.Context(sources: sources, end: end, knownBy: nil, detector: DiscrepancyDetector(options: options),
                                            setGrades: try setGrades(db))
        return plain.grading(plain.grades(records: try SQLiteStore.sourceRecords(db)))
    }

    /// The editors' grades by source id (letters only: what the assessment weighs).
    func setGrades(_ db: Database) throws -> [String: SourceGrade] {
        GradeEvent.overrides(try fetchGradeEvents(db).map(\.0)).mapValues(\.grade)
    }

    /// The sources' summed track records (`source_record`).
    static func sourceRecords(_ db: Database) throws -> [String: SourceTally] {
        var out: [String: SourceTally] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT source, upheld, rejected, confirmed, contradicted FROM source_record")
        while let r = try rows.next() {
            out[r[0]] = SourceTally(upheld: r[1], rejected: r[2], confirmed: r[3], contradicted: r[4])
        }
        return out
    }

    /// Replaces one project's tallies and moves the sums by the difference.
    static func replaceTallies(_ db: Database, project: String, with tallies: [String: SourceTally]) throws {
        let old = try Row.fetchAll(db.cachedStatement(sql: "SELECT source, upheld, rejected, confirmed, contradicted FROM source_tally WHERE project = ?"),
                                   arguments: [project])
        var delta: [String: SourceTally] = tallies
        for r in old {
            let t = SourceTally(upheld: r[1], rejected: r[2], confirmed: r[3], contradicted: r[4])
            delta[r[0], default: SourceTally()] = delta[r[0], default: SourceTally()] - t
        }
        if !old.isEmpty { try db.cachedStatement(sql: "DELETE FROM source_tally WHERE project = ?").execute(arguments: [project]) }
        for (source, t) in tallies.sorted(by: { $0.key < $1.key }) where !t.isEmpty {
            try db.cachedStatement(sql: "INSERT INTO source_tally (project, source, upheld, rejected, confirmed, contradicted) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [project, source, t.upheld, t.rejected, t.confirmed, t.contradicted])
        }
        for (source, d) in delta where !d.isEmpty {
            try db.cachedStatement(sql: """
                INSERT INTO source_record (source, upheld, rejected, confirmed, contradicted) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (source) DO UPDATE SET upheld = upheld + ?2, rejected = rejected + ?3, confirmed = confirmed + ?4,
                    contradicted = contradicted + ?5
                """).execute(arguments: [source, d.upheld, d.rejected, d.confirmed, d.contradicted])
            try db.cachedStatement(sql: "DELETE FROM source_record WHERE source = ? AND upheld = 0 AND rejected = 0 AND confirmed = 0 AND contradicted = 0")
                .execute(arguments: [source])
        }
    }

    /// Writes every project's tallies into emptied tables, and their sums (a rebuild's).
    @discardableResult
    static func writeTallies(_ db: Database, _ tallies: [(project: String, tallies: [String: SourceTally])]) throws -> [String: SourceTally] {
        var rows = try RawInsert(db, "INSERT OR FAIL INTO source_tally (project, source, upheld, rejected, confirmed, contradicted)",
                                 columns: 6, rowsPerStatement: 64)
        var sums: [String: SourceTally] = [:]
        for (project, ts) in tallies.sorted(by: { $0.project.utf8.lexicographicallyPrecedes($1.project.utf8) }) {
            for (source, t) in ts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) where !t.isEmpty {
                rows.text(project); rows.text(source); rows.int(t.upheld); rows.int(t.rejected); rows.int(t.confirmed); rows.int(t.contradicted)
                try rows.endRow()
                sums[source, default: SourceTally()] = sums[source, default: SourceTally()] + t
            }
        }
        try rows.finish()
        var records = try RawInsert(db, "INSERT OR FAIL INTO source_record (source, upheld, rejected, confirmed, contradicted)", columns: 5, rowsPerStatement: 64)
        for (source, t) in sums.sorted(by: { $0.key < $1.key }) {
            records.text(source); records.int(t.upheld); records.int(t.rejected); records.int(t.confirmed); records.int(t.contradicted)
            try records.endRow()
        }
        try records.finish()
        return sums
    }

    /// After projects were derived with `context`'s grades: when their tallies moved a source's grade letter, the
    /// other projects citing it are derived again with the new grades (all of them by a rebuild when they are most
    /// of the tracker). Returns the projects derived again, or the rebuild's counts.
    func regrade(_ db: Database, context: ProjectAnalysis.Context, done: Set<String>)
        throws -> (projects: [String], rebuilt: (projects: Int, queue: Int)?) {
        let after = context.grades(records: try SQLiteStore.sourceRecords(db))
        let moved = DerivedGrades.changed(context.grades ?? [:], after)
        guard !moved.isEmpty else { return ([], nil) }
        let regraded = context.grading(after)
        let marks = Array(repeating: "?", count: moved.count).joined(separator: ",")
        let affected = try String.fetchAll(db, sql: "SELECT DISTINCT project FROM claim WHERE source IN (\(marks)) ORDER BY project",
                                           arguments: StatementArguments(moved))
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM summary") ?? 0
        if DerivedGrades.rebuildInstead(affected: affected.count, of: total) {
            return ([], try rebuildDerived(db, context: regraded, progress: nil, regrading: false))
        }
        var again: [String] = []
        for id in affected {
            _ = try deriveProject(db, id: id, context: regraded)
            if !done.contains(id) { again.append(id) }
        }
        return (again, nil)
    }

    static func saveDerivedState(_ db: Database, auditSeq: Int, day: Day, options: String, projects: Int, queue: Int) throws {
        try db.execute(sql: """
            INSERT INTO derived_state (id, audit_seq, day, options, projects, queue) VALUES (1, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET audit_seq = excluded.audit_seq, day = excluded.day, options = excluded.options,
                projects = excluded.projects, queue = excluded.queue
            """, arguments: [auditSeq, day.ordinal, options, projects, queue])
    }

    /// Recomputes one project's summary and queue entries from its stored content; returns how the
    /// number of summary rows and of queue entries changed.
    func deriveProject(_ db: Database, id: String, context: ProjectAnalysis.Context) throws -> (projects: Int, queue: Int) {
        let hadSummary = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM summary WHERE project = ?)", arguments: [id]) == true
        // Its entries leave their buckets, then the queue.
        try db.cachedStatement(sql: """
            UPDATE queue_bucket SET n = n - (SELECT count(*) FROM queue_entry AS q WHERE q.project = ?1
                AND q.severity = queue_bucket.severity AND q.minus_from = queue_bucket.minus_from)
            WHERE (severity, minus_from) IN (SELECT severity, minus_from FROM queue_entry WHERE project = ?1)
            """).execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM queue_bucket WHERE n <= 0 AND (severity, minus_from) IN (SELECT severity, minus_from FROM queue_entry WHERE project = ?)")
            .execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM queue_text WHERE project = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM queue_entry WHERE project = ?").execute(arguments: [id])
        let removed = db.changesCount
        guard let part = try analyseProject(db, id: id, context: context) else {
            try SQLiteStore.replaceTallies(db, project: id, with: [:])
            try db.execute(sql: "DELETE FROM summary WHERE project = ?", arguments: [id])
            return (hadSummary ? -1 : 0, -removed)
        }
        try SQLiteStore.writeSummary(db, part, replace: true)
        try SQLiteStore.replaceTallies(db, project: id, with: part.sourceTallies)
        let entries = DerivedQueueRow.entries(part)
        try SQLiteStore.writeQueue(db, entries)
        return (hadSummary ? 0 : 1, entries.count - removed)
    }

    /// One project analysed from its stored claims, plans and flag events; nil when there is no such project.
    func analyseProject(_ db: Database, id: String, context: ProjectAnalysis.Context) throws -> ProjectAnalysis? {
        guard let p = try fetchProjects(db, where: id).first else { return nil }
        let flags = try Row.fetchAll(db, sql: "SELECT * FROM flag_event WHERE project = ? ORDER BY seq", arguments: [id])
        let events = ProjectAnalysis.flagEventsByProject(try flags.map(SQLiteStore.flagEvent))[id] ?? []
        return ProjectAnalysis(project: p, claims: try fetchClaims(db, project: id, withdrawn: false),
                               plans: try fetchPlans(db, project: id, withdrawn: false), events: events, context: context)
    }

    /// One project analysed as of `end` from what is stored, read in one transaction (a large tracker's
    /// screens analyse the projects they show); nil when there is no such project.
    public func projectAnalysis(id: String, end: Day, options: DiscrepancyDetector.Options = .init()) throws -> ProjectAnalysis? {
        try read { db in try analyseProject(db, id: id, context: try analysisContext(db, end: end, options: options)) }
    }

    /// Recomputes every project — streaming claims in project order from the tables and analysing batches on
    /// all cores, or writing a fresh import's analyses (in id order) — and returns how many summary rows and
    /// queue entries it wrote.
    func rebuildDerived(_ db: Database, context: ProjectAnalysis.Context, progress: (@Sendable (Int, Int) -> Void)?,
                        fresh: FreshAnalysis.Result? = nil, regrading: Bool = true) throws -> (projects: Int, queue: Int) {
        try db.execute(sql: """
            DELETE FROM summary; DELETE FROM queue_entry; DELETE FROM queue_text; DELETE FROM queue_bucket;
            DELETE FROM source_tally; DELETE FROM source_record
            """)
        var tallies: [(project: String, tallies: [String: SourceTally])] = []
        // Filling empty tables and then indexing sorted data is faster than keeping eight indexes up to date.
        let indexes = try SQLiteStore.dropSecondaryIndexes(db, of: ["summary", "queue_entry"])
        var trace = PhaseTrace()
        var summaries = try SQLiteStore.summaryInsert(db, replace: false, rowsPerStatement: 16)
        let total: Int
        var queued: [DerivedQueueRow]
        if let fresh {
            for part in fresh.parts {
                try DerivedRows.addSummary(part, to: &summaries)
                if !part.sourceTallies.isEmpty { tallies.append((part.summary.project.id, part.sourceTallies)) }
            }
            try summaries.finish()
            total = fresh.parts.count
            queued = fresh.queue
            trace.mark("derived: wrote \(total) projects analysed during the import")
        } else {
            queued = []
            let plans = Dictionary(grouping: try fetchPlans(db, project: nil, withdrawn: false), by: \.project)
            let events = ProjectAnalysis.flagEventsByProject(try fetchFlags(db))
            total = try Int.fetchOne(db, sql: "SELECT count(*) FROM project") ?? 0
            var analysing: UInt64 = 0, writing: UInt64 = 0
            var done = 0
            func write(_ batch: RebuildFeed.Batch) throws {
                var t = PhaseTrace.now()
                let (parts, queues) = DerivedRows.analyse(batch.projects, claims: batch.claims, plans: plans, events: events, context: context)
                analysing += PhaseTrace.now() - t
                t = PhaseTrace.now()
                for (part, rows) in zip(parts, queues) {
                    try DerivedRows.addSummary(part, to: &summaries)
                    queued += rows
                    if !part.sourceTallies.isEmpty { tallies.append((part.summary.project.id, part.sourceTallies)) }
                }
                writing += PhaseTrace.now() - t
                done += batch.projects.count
                progress?(min(total, done), total)
            }
            if let pool = writer as? DatabasePool {
                // A file tracker: the next batches are read on another thread (a reader connection) while this
                // one analyses and writes.
                let feed = RebuildFeed(reader: pool, store: self, batchSize: 4096)
                defer { feed.close() }
                while let batch = try feed.next() { try write(batch) }
            } else {
                try readRebuildBatches(db, batchSize: 4096) { batch in try write(batch); return true }
            }
            try summaries.finish()
            trace.mark("derived: read, analysed (\(analysing / 1_000_000) ms) and wrote (\(writing / 1_000_000) ms) \(total) projects")
            DerivedQueueRow.sort(&queued)
        }
        let written = try SQLiteStore.writeQueue(db, queued, sortedIntoEmpty: true)
        trace.mark("derived: \(written) queue entries")
        try SQLiteStore.writeTallies(db, tallies)
        trace.mark("derived: \(tallies.count) projects' track records")
        try SQLiteStore.createIndexes(db, indexes)
        trace.mark("derived: indexes")
        // Assessed with the grades from before (a fresh import's are assessed with its own): when the new records move a letter, the projects citing it again
        // (or everything, when that is most of the tracker: a tracker's first grading).
        if regrading, fresh == nil, context.grades != nil {
            let again = try regrade(db, context: context, done: [])
            trace.mark("derived: \(again.rebuilt.map { "rebuilt \($0.projects)" } ?? "\(again.projects.count)") projects graded again")
            if let rebuilt = again.rebuilt { return rebuilt }
        }
        return (total, written)
    }

    /// Writes one analysed project's summary row (its queue entries go through `writeQueue`).
    static func writeSummary(_ db: Database, _ part: ProjectAnalysis, replace: Bool) throws {
        var row = try summaryInsert(db, replace: replace, rowsPerStatement: 1)
        try DerivedRows.addSummary(part, to: &row)
        try row.finish()
    }

    /// An insert into `summary`, `rowsPerStatement` rows at a time: `OR REPLACE` a project's row, or `OR FAIL`
    /// into an emptied table (no statement journal; see `BulkClaimInserter`).
    static func summaryInsert(_ db: Database, replace: Bool, rowsPerStatement: Int) throws -> RawInsert {
        try RawInsert(db, "INSERT OR \(replace ? "REPLACE" : "FAIL") INTO summary (\(DerivedRows.summaryColumns.joined(separator: ", ")))",
                      columns: DerivedRows.summaryColumns.count, rowsPerStatement: rowsPerStatement)
    }

    /// Drops the indexes the schema declares on `tables` (not those of UNIQUE and PRIMARY KEY constraints) and
    /// returns their SQL for `createIndexes`. Filling a table and then indexing it (one sort) is faster than
    /// keeping its indexes up to date row by row. Inside a transaction only: a failure before the indexes are
    /// created again rolls back the drops too.
    static func dropSecondaryIndexes(_ db: Database, of tables: [String]) throws -> [String] {
        let names = tables.map { "'\($0)'" }.joined(separator: ", ")
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (\(names)) AND sql IS NOT NULL ORDER BY name
            """)
        for index in indexes { try db.execute(sql: "DROP INDEX \(index["name"] as String)") }
        return indexes.map { $0["sql"] }
    }

    /// Creates indexes again from their SQL (`dropSecondaryIndexes`).
    static func createIndexes(_ db: Database, _ indexes: [String]) throws {
        var trace = PhaseTrace()
        for sql in indexes {
            try db.execute(sql: sql)
            trace.mark("  " + (sql.split(separator: " ").dropFirst(2).first.map(String.init) ?? "index"))
        }
    }

    /// Writes queue entries, a later entry with the same key replacing an earlier one, and counts them into
    /// their buckets. A rebuild passes them sorted into emptied tables: appended to the key order instead of
    /// inserted all over it, with `OR FAIL` (no statement journal; see `BulkClaimInserter`) once equal keys are
    /// down to the last, and the buckets counted as they go by.
    @discardableResult
    static func writeQueue(_ db: Database, _ entries: [DerivedQueueRow], sortedIntoEmpty: Bool = false) throws -> Int {
        var written = 0
        if !sortedIntoEmpty {
            // Only keys not stored yet (and not earlier in `entries`) make a bucket larger.
            var seen = Set<String>()
            for e in entries where seen.insert("\(e.severity) \(e.minusFrom) \(e.id)").inserted {
                let stored = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM queue_entry WHERE severity = ? AND minus_from = ? AND id = ?)"),
                                               arguments: [e.severity, e.minusFrom, e.id]) ?? false
                if stored { continue }
                try db.cachedStatement(sql: """
                    INSERT INTO queue_bucket (severity, minus_from, n) VALUES (?, ?, 1)
                    ON CONFLICT (severity, minus_from) DO UPDATE SET n = n + 1
                    """).execute(arguments: [e.severity, e.minusFrom])
            }
        }
        var buckets = try RawInsert(db, "INSERT OR FAIL INTO queue_bucket (severity, minus_from, n)", columns: 3, rowsPerStatement: 256)
        var bucket: (severity: Int, minusFrom: Int, n: Int)? = nil
        func close() throws {
            guard let b = bucket else { return }
            buckets.int(b.severity); buckets.int(b.minusFrom); buckets.int(b.n)
            try buckets.endRow()
        }
        let verb = sortedIntoEmpty ? "FAIL" : "REPLACE", many = entries.count > 64 ? 256 : 1
        var queue = try RawInsert(db, "INSERT OR \(verb) INTO queue_entry (severity, minus_from, id, project)", columns: 4, rowsPerStatement: many)
        var kept: [Int] = []
        for (i, e) in entries.enumerated() {
            if sortedIntoEmpty, i + 1 < entries.count, entries[i + 1].severity == e.severity,
               entries[i + 1].minusFrom == e.minusFrom, entries[i + 1].id == e.id { continue }
            kept.append(i)
            queue.int(e.severity); queue.int(e.minusFrom); queue.text(e.id); queue.text(e.project)
            try queue.endRow()
            written += 1
            guard sortedIntoEmpty else { continue }
            if let b = bucket, b.severity == e.severity, b.minusFrom == e.minusFrom {
                bucket!.n += 1
            } else {
                try close()
                bucket = (e.severity, e.minusFrom, 1)
            }
        }
        try queue.finish()
        try close()
        try buckets.finish()
        // The listed fields beside them (`queue_text`), in its key order (project, id, as bytes): appended to the
        // table rather than inserted all over it.
        kept.sort { a, b in
            let x = entries[a], y = entries[b]
            if x.project != y.project { return x.project.utf8.lexicographicallyPrecedes(y.project.utf8) }
            return x.id.utf8.lexicographicallyPrecedes(y.id.utf8)
        }
        var texts = try RawInsert(db, "INSERT OR REPLACE INTO queue_text (project, id, kind, state, to_day, ongoing, explanation)",
                                  columns: 7, rowsPerStatement: many)
        for i in kept {
            let e = entries[i]
            texts.text(e.project); texts.text(e.id)
            texts.text(e.kind); texts.text(e.state); texts.int(e.to); texts.int(e.ongoing ? 1 : 0); texts.text(e.explanation)
            try texts.endRow()
        }
        try texts.finish()
        return written
    }

    static func flagEvent(_ r: Row) throws -> FlagEvent {
        guard let action = FlagAction(rawValue: r["action"]), let at = Timestamp(parsing: r["at"]) else {
            throw StoreError.corrupt("flag_event \(r["seq"] as Int) has an unreadable action or time")
        }
        return FlagEvent(seq: r["seq"], discrepancy: r["discrepancy"], project: r["project"], action: action,
                         verdict: (r["verdict"] as String?).flatMap(Verdict.init(rawValue:)),
                         severity: (r["severity"] as String?).flatMap(Severity.init(rawValue:)), note: r["note"],
                         editor: r["editor"], at: at)
    }
}

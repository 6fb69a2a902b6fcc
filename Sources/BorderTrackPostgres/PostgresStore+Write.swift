#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

extension PostgresStore {
    /// Imports a batch in one transaction, all or nothing: every duplicate and reference is checked (on another
    /// core while the rows stream in by `COPY`), and a batch with any problem writes nothing. Into a tracker with no
    /// projects, the derived tables are written from the batch, analysed meanwhile (`FreshAnalysis`), in the same
    /// transaction; otherwise they are left stale for `refreshDerived`.
    public func importBatch(_ batch: ImportBatch, editor: String) throws -> ImportSummary {
        let now = clock()
        var trace = PhaseTrace()
        let summary = try write("import into this tracker") { link in
            let recorded = now.description
            // `Claim.recording(at:by:)` keeps an empty editor name as no editor.
            let rowEditor: String? = editor.isEmpty ? nil : editor
            let wasEmpty = try link.query("SELECT NOT EXISTS(SELECT 1 FROM project) AND NOT EXISTS(SELECT 1 FROM flag_event) AS e")
                .first?["e"].decode(Bool.self) == true
            var fresh: FreshAnalysis? = nil
            if wasEmpty, !batch.projects.isEmpty, batch.issues.isEmpty {
                let context = try analysisContext(link, end: now.day, options: .init(), adding: batch.sources.map(\.0))
                fresh = FreshAnalysis.start(batch, at: now, editor: editor, context: context)
            }
            let existing = try existingIDs(link, batch: batch)
            trace.mark("looked up existing ids")
            let background = ImportBackground.start(batch, existing: existing, recorded: recorded, at: now, editor: rowEditor)
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(link))
            var summary = ImportSummary()
            do {
                var sources = Self.sourceInsert(), projects = Self.projectInsert(), plans = Self.planInsert()
                for (s, _) in batch.sources {
                    let seq = writes.chain.append(at: now, editor: editor, action: "source.add", entity: "source", entityID: s.id,
                                                  project: nil, before: nil, after: CanonicalRow.source(s))
                    sources.add(Self.sourceValues(s, auditSeq: seq))
                    summary.sources += 1
                }
                let firstProject = writes.chain.appendProjectAdds(batch.projects.map(\.0), at: now, editor: editor)
                for (i, (p, _)) in batch.projects.enumerated() { projects.add(Self.projectValues(p, auditSeq: firstProject + i)) }
                summary.projects = batch.projects.count
                let importSeq = writes.chain.nextSeq
                for (p, _) in batch.plans { plans.add(Self.planValues(p.recording(at: now, by: editor), auditSeq: importSeq)) }
                // What the claims refer to goes in first; the claims stream in while they are encoded.
                for table in [sources, projects, plans] { writes.insert(table) }
                try writes.run(link, channel: changeChannel, notify: false, audit: false)
                trace.mark("sources, projects and plans sent")
                var next = 0
                try link.copy(table: "claim", columns: Self.claimInsert().columns) { piece in
                    while next < batch.claims.count, piece.count < (1 << 20) {
                        PostgresCopyText.appendClaim(batch.claims[next].0, recorded: recorded, editor: rowEditor, auditSeq: importSeq, into: &piece)
                        next += 1
                    }
                    return next < batch.claims.count
                }
                trace.mark("claims streamed")
                let problems = background.problems()
                if !problems.isEmpty { throw StoreError.importRejected(ImportFailure(issues: problems)) }
                if !batch.plans.isEmpty || !batch.claims.isEmpty {
                    summary.plans = batch.plans.count
                    summary.claims = batch.claims.count
                    let after = background.entryAfter(claims: summary.claims, plans: summary.plans)
                    writes.chain.append(at: now, editor: editor, action: "import", entity: "import", entityID: "batch-\(importSeq)",
                                        project: batch.claims.count == 1 ? batch.claims[0].0.project : nil, before: nil, after: after)
                }
                trace.mark("checked and digested")
                try writes.run(link, channel: changeChannel)
                trace.mark("audit entries sent")
            } catch {
                throw background.refusal(error)
            }
            if let fresh {
                try deriveFreshImport(link, fresh, head: writes.chain.seq, day: now.day)
                trace.mark("derived tables written")
            }
            return summary
        }
        trace.mark("committed")
        return summary
    }

    /// The ids among the batch's (and those it refers to) that already exist in the database.
    func existingIDs(_ link: PostgresLink, batch: ImportBatch) throws -> ImportBatch.Existing {
        let wanted: [(table: String, ids: [String])] = [
            ("source", batch.sources.map(\.0.id) + batch.sources.compactMap(\.0.affiliation) + batch.claims.map(\.0.source)
                + batch.claims.compactMap(\.0.via) + batch.plans.compactMap(\.0.source)),
            ("project", batch.projects.map(\.0.id) + batch.claims.map(\.0.project) + batch.plans.map(\.0.project)),
            ("plan", batch.plans.map(\.0.id)),
            ("claim", batch.claims.map(\.0.id) + batch.claims.compactMap(\.0.supersedes)),
        ]
        var found: [String: Set<String>] = [:]
        // An empty table holds none of them: its ids are not sent (an import into a new tracker sends none).
        let filled = try link.query("""
            SELECT EXISTS(SELECT 1 FROM source) AS source, EXISTS(SELECT 1 FROM project) AS project,
                   EXISTS(SELECT 1 FROM plan) AS plan, EXISTS(SELECT 1 FROM claim) AS claim
            """).first
        // One round trip: (table, id) pairs of every wanted id that is stored.
        var parts: [String] = [], binds = PostgresBindings()
        for (table, ids) in wanted where try !ids.isEmpty && filled?[table].decode(Bool.self) == true {
            binds.append(Array(Set(ids)))
            parts.append("SELECT '\(table)' AS t, id FROM \(table) WHERE id = ANY($\(binds.count))")
        }
        if !parts.isEmpty {
            for r in try link.query(PostgresQuery(unsafeSQL: parts.joined(separator: " UNION ALL "), binds: binds)) {
                found[try r.text("t"), default: []].insert(try r.text("id"))
            }
        }
        // Stored projects whose kind and countries a claim's scope or section must fit (usually none are needed).
        let scoped = batch.scopedProjectIDs
        var details: [String: Project] = [:]
        if !scoped.isEmpty {
            for r in try projectRows(link.query("SELECT * FROM project WHERE id = ANY(\(scoped))")) { details[r.value.id] = r.value }
        }
        // Stored claims the batch corrects: their project, whether withdrawn, and what corrects them already.
        let corrected = batch.supersededIDs.filter { found["claim"]?.contains($0) == true }
        var links: [String: ImportBatch.StoredClaimLink] = [:]
        if !corrected.isEmpty {
            for r in try link.query("""
                SELECT c.id, c.project,
                       EXISTS(SELECT 1 FROM withdrawal w WHERE w.kind = 'claim' AND w.target = c.id) AS withdrawn,
                       (SELECT s.id FROM claim s WHERE s.supersedes = c.id
                           AND s.id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY s.seq LIMIT 1) AS corrected_by
                FROM claim c WHERE c.id = ANY(\(corrected))
                """) {
                links[try r.text("id")] = ImportBatch.StoredClaimLink(project: try r.text("project"), withdrawn: try r["withdrawn"].decode(Bool.self),
                                                                      supersededBy: try r.optionalText("corrected_by"))
            }
        }
        // `existing` marks ids already stored; the batch's own ids are added by `problems(against:)`.
        return ImportBatch.Existing(sources: found["source"] ?? [], projects: found["project"] ?? [],
                                    plans: found["plan"] ?? [], claims: found["claim"] ?? [], projectDetails: details,
                                    claimLinks: links, today: clock().day)
    }

    @discardableResult
    public func addClaim(_ claim: Claim, editor: String) throws -> Claim {
        let stamped = claim.recording(at: clock(), by: editor)
        return try write("add claims") { link in
            // Everything the checks need, and the audit head, in one round trip under the lock.
            let r = try link.query("""
                SELECT head.*,
                       EXISTS(SELECT 1 FROM project WHERE id = \(stamped.project)) AS project_exists,
                       EXISTS(SELECT 1 FROM source WHERE id = \(stamped.source)) AS source_exists,
                       (\(stamped.via)::text IS NULL OR EXISTS(SELECT 1 FROM source WHERE id = \(stamped.via))) AS via_exists,
                       EXISTS(SELECT 1 FROM claim WHERE id = \(stamped.id)) AS claim_exists,
                       (SELECT project FROM claim WHERE id = \(stamped.supersedes)) AS target_project,
                       EXISTS(SELECT 1 FROM withdrawal WHERE kind = 'claim' AND target = \(stamped.supersedes)) AS target_withdrawn,
                       (SELECT id FROM claim WHERE supersedes = \(stamped.supersedes)
                          AND id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY seq LIMIT 1) AS superseded_by
                FROM (SELECT 1) one \(unescaped: PostgresAuditAppender.headJoin)
                """)[0]
            if try !r["project_exists"].decode(Bool.self) { throw StoreError.notFound(kind: "project", id: stamped.project) }
            do throws(ModelError) { try stamped.checkNotLater(today: clock().day) } catch { throw StoreError.invalid(error.message) }
            // The project's kind and countries matter only to a scope or a section: one more read then.
            if stamped.scope != nil || stamped.section != nil, let project = try projectRows(link, id: stamped.project).first?.value {
                try ProjectEdit.checkClaim(stamped, against: project, today: clock().day)
            }
            if try !r["source_exists"].decode(Bool.self) {
                throw WriteRefusal.unknownClaimSource(stamped.source)
            }
            if let via = stamped.via, try !r["via_exists"].decode(Bool.self) {
                throw WriteRefusal.unknownVia(via)
            }
            if try r["claim_exists"].decode(Bool.self) {
                throw WriteRefusal.duplicateClaim(stamped.id)
            }
            if let s = stamped.supersedes {
                guard let target = try r.optionalText("target_project") else { throw StoreError.notFound(kind: "claim to supersede", id: s) }
                if target != stamped.project {
                    throw WriteRefusal.correctionOfOtherProject(claim: s, belongsTo: target, not: stamped.project)
                }
                if try r["target_withdrawn"].decode(Bool.self) {
                    throw WriteRefusal.correctionOfWithdrawn(s)
                }
                if let by = try r.optionalText("superseded_by") {
                    throw WriteRefusal.alreadySuperseded(s, by: by)
                }
            }
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(head: r))
            var rows = Self.claimInsert()
            rows.add(Self.claimValues(stamped, auditSeq: writes.chain.nextSeq))
            writes.insert(rows)
            writes.chain.append(at: stamped.recorded!, editor: editor, action: stamped.supersedes == nil ? "claim.add" : "claim.supersede",
                                entity: "claim", entityID: stamped.id, project: stamped.project, before: nil, after: CanonicalRow.claim(stamped))
            try writes.run(link, channel: changeChannel)
            return stamped
        }
    }

    @discardableResult
    public func addPlan(_ plan: Plan, editor: String) throws -> Plan {
        let stamped = plan.recording(at: clock(), by: editor)
        return try write("add plans") { link in
            let r = try link.query("""
                SELECT head.*,
                       EXISTS(SELECT 1 FROM project WHERE id = \(stamped.project)) AS project_exists,
                       (\(stamped.source)::text IS NULL OR EXISTS(SELECT 1 FROM source WHERE id = \(stamped.source))) AS source_exists,
                       EXISTS(SELECT 1 FROM plan WHERE id = \(stamped.id)) AS plan_exists
                FROM (SELECT 1) one \(unescaped: PostgresAuditAppender.headJoin)
                """)[0]
            if try !r["project_exists"].decode(Bool.self) { throw StoreError.notFound(kind: "project", id: stamped.project) }
            if let s = stamped.source, try !r["source_exists"].decode(Bool.self) {
                throw WriteRefusal.unknownPlanSource(s)
            }
            if try r["plan_exists"].decode(Bool.self) { throw WriteRefusal.duplicatePlan(stamped.id) }
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(head: r))
            var rows = Self.planInsert()
            rows.add(Self.planValues(stamped, auditSeq: writes.chain.nextSeq))
            writes.insert(rows)
            writes.chain.append(at: stamped.recorded!, editor: editor, action: "plan.add", entity: "plan", entityID: stamped.id,
                                project: stamped.project, before: nil, after: CanonicalRow.plan(stamped))
            try writes.run(link, channel: changeChannel)
            return stamped
        }
    }

    @discardableResult
    public func recordFlag(_ event: FlagEvent, expectedLast: Int??) throws -> FlagEvent {
        let now = clock()
        return try write("record flag events") { link in
            // The flag's last event (for the stale-edit check), the audit head and the new row's seq, in one round trip.
            let r = try link.query("""
                SELECT head.*, last.*,
                       EXISTS(SELECT 1 FROM project WHERE id = \(event.project)) AS project_exists,
                       nextval(pg_get_serial_sequence('flag_event', 'seq')) AS new_seq
                FROM (SELECT 1) one \(unescaped: PostgresAuditAppender.headJoin)
                LEFT JOIN LATERAL (SELECT seq AS last_seq, editor AS last_editor, action AS last_action, at AS last_at
                                   FROM flag_event WHERE discrepancy = \(event.discrepancy) ORDER BY seq DESC LIMIT 1) last ON true
                """)[0]
            if try !r["project_exists"].decode(Bool.self) { throw StoreError.notFound(kind: "project", id: event.project) }
            let last = try r["last_seq"].decode(Int?.self)
            if let expected = expectedLast, expected != last {
                let detail = last == nil ? "its history changed"
                    : "\(try r.text("last_editor")) recorded \(try r.text("last_action")) at \(try r.text("last_at"))"
                throw WriteRefusal.flagChanged(event.discrepancy, detail: detail)
            }
            let rowSeq = try r.int("new_seq")
            let stored = FlagEvent(seq: 0, discrepancy: event.discrepancy, project: event.project, action: event.action,
                                   verdict: event.verdict, severity: event.severity, note: event.note, editor: event.editor, at: now)
            var writes = PostgresWriteBatch(chain: try PostgresAuditAppender(head: r))
            var rows = Self.flagInsert()
            rows.add(Self.flagValues(stored, seq: rowSeq, auditSeq: writes.chain.nextSeq))
            writes.insert(rows)
            writes.chain.append(at: now, editor: event.editor, action: "flag.\(event.action.rawValue)", entity: "flag",
                                entityID: event.discrepancy, project: event.project, before: nil, after: CanonicalRow.flag(stored))
            try writes.run(link, channel: changeChannel)
            return FlagEvent(seq: rowSeq, discrepancy: stored.discrepancy, project: stored.project, action: stored.action,
                             verdict: stored.verdict, severity: stored.severity, note: stored.note, editor: stored.editor, at: now)
        }
    }

    // MARK: - Row writers (the same columns and encodings as SQLite's)

    static func sourceInsert(withSeq: Bool = false) -> PostgresBulkInsert {
        PostgresBulkInsert(table: "source", columns: (withSeq ? ["seq", "version"] : [])
            + ["id", "name", "tier", "country", "url", "perspective", "audit_seq", "affiliation"])
    }

    static func sourceValues(_ s: Source, auditSeq: Int) -> [PostgresBulkInsert.Value] {
        [.text(s.id), .text(s.name), .text(s.tier.rawValue), .text(s.country), .text(s.url), .text(s.perspectiveOverride?.rawValue), .int(auditSeq),
         .text(s.affiliation)]
    }

    static func projectInsert(withSeq: Bool = false) -> PostgresBulkInsert {
        PostgresBulkInsert(table: "project", columns: (withSeq ? ["seq", "version"] : [])
            + ["id", "kind", "name_en", "name_ru", "name_zh", "countries", "regions", "lat", "lon", "programs", "audit_seq"])
    }

    static func projectValues(_ p: Project, auditSeq: Int) -> [PostgresBulkInsert.Value] {
        [.text(p.id), .text(p.kind.rawValue), .text(p.names.en), .text(p.names.ru), .text(p.names.zh),
         .text(p.countries.joined(separator: ";")), .text(p.regions.joined(separator: ";")),
         .double(p.location?.lat), .double(p.location?.lon), .text(p.programs.joined(separator: ";")), .int(auditSeq)]
    }

    static func planInsert(withSeq: Bool = false) -> PostgresBulkInsert {
        PostgresBulkInsert(table: "plan", columns: (withSeq ? ["seq"] : [])
            + ["id", "project", "milestone", "target", "announced", "source", "recorded", "editor", "audit_seq"])
    }

    static func planValues(_ p: Plan, auditSeq: Int) -> [PostgresBulkInsert.Value] {
        [.text(p.id), .text(p.project), .text(p.milestone.rawValue), .text(p.target.description), .text(p.announced?.description),
         .text(p.source), .text(p.recorded?.description), .text(p.editor), .int(auditSeq)]
    }

    static func claimInsert(withSeq: Bool = false) -> PostgresBulkInsert {
        PostgresBulkInsert(table: "claim", columns: (withSeq ? ["seq"] : [])
            + ["id", "project", "status", "scope", "as_of", "published", "source", "url", "quote", "supersedes", "recorded", "editor", "audit_seq",
               "section", "quote_lang", "translation", "note", "via"])
    }

    static func flagInsert() -> PostgresBulkInsert {
        PostgresBulkInsert(table: "flag_event", columns: [
            "seq", "discrepancy", "project", "action", "verdict", "severity", "note", "editor", "at", "audit_seq"])
    }

    static func flagValues(_ f: FlagEvent, seq: Int, auditSeq: Int) -> [PostgresBulkInsert.Value] {
        [.int(seq), .text(f.discrepancy), .text(f.project), .text(f.action.rawValue), .text(f.verdict?.rawValue),
         .text(f.severity?.rawValue), .text(f.note), .text(f.editor), .text(f.at.description), .int(auditSeq)]
    }

    static func withdrawalInsert(withSeq: Bool = false) -> PostgresBulkInsert {
        PostgresBulkInsert(table: "withdrawal", columns: (withSeq ? ["seq"] : [])
            + ["kind", "target", "project", "reason", "editor", "at", "audit_seq"])
    }

    /// A withdrawal's values; with `seq` for `withdrawalInsert(withSeq: true)` (copies), without for new rows.
    static func withdrawalValues(_ w: Withdrawal, seq: Int? = nil, auditSeq: Int) -> [PostgresBulkInsert.Value] {
        (seq.map { [.int($0)] } ?? []) + [.text(w.kind.rawValue), .text(w.target), .text(w.project), .text(w.reason), .text(w.editor),
                                           .text(w.at.description), .int(auditSeq)]
    }

    static func claimValues(_ c: Claim, auditSeq: Int) -> [PostgresBulkInsert.Value] {
        [.text(c.id), .text(c.project), .text(c.status.rawValue), .text(c.scope?.rawValue), .text(c.asOf.description),
         .text(c.published?.description), .text(c.source), .text(c.url), .text(c.quote), .text(c.supersedes),
         .text(c.recorded?.description), .text(c.editor), .int(auditSeq), .text(c.section),
         .text(c.quoteLang), .text(c.translation), .text(c.note), .text(c.via)]
    }
}
#endif

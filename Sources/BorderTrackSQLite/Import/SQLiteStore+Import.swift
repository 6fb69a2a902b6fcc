import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Dispatch
import Foundation
import GRDB

extension SQLiteStore {
    /// Checks and writes a batch inside the caller's write transaction: sources and projects with one audit
    /// entry each, then plans and claims under one `import` entry holding their digest.
    ///
    /// Both cores work: while this thread inserts, another checks duplicates and references
    /// (`ImportBatch.hasNoProblems`) and then computes the digest of the canonical rows. A batch with
    /// problems throws them before anything is committed (the transaction rolls back), so the outcome is
    /// that of checking first. The audit chain's head is kept in memory (`AuditChainWriter`), the projects'
    /// canonical rows are built in parallel, and claims are bound straight from their text (`BulkClaimInserter`).
    func insertBatch(_ db: Database, _ batch: ImportBatch, existing: ImportBatch.Existing, editor: String, at now: Timestamp,
                     trace: inout PhaseTrace) throws -> ImportSummary {
        let recorded = now.description
        // `Claim.recording(at:by:)` keeps an empty editor name as no editor.
        let rowEditor: String? = editor.isEmpty ? nil : editor
        let background = ImportBackground.start(batch, existing: existing, recorded: recorded, at: now, editor: rowEditor)
        var summary = ImportSummary()
        var seq = 0
        do {
            // A big import touches more pages than the default cache holds: without room, SQLite writes pages
            // out to the WAL and reads them back while inserting. The cache is given back afterwards.
            let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -262144")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
            var chain = try AuditChainWriter(db)
            for (s, _) in batch.sources {
                let seq = try chain.append(db, at: now, editor: editor, action: "source.add", entity: "source", entityID: s.id,
                                           project: nil, before: nil, after: CanonicalRow.source(s))
                try insertSource(db, s, auditSeq: seq)
                summary.sources += 1
            }
            try insertProjects(db, batch.projects.map(\.0), chain: &chain, at: recorded, editor: editor)
            summary.projects = batch.projects.count
            trace.mark("sources and projects with their audit entries")
            if !batch.plans.isEmpty || !batch.claims.isEmpty {
                seq = chain.nextSeq
                for (p, _) in batch.plans {
                    try insertPlan(db, p.recording(at: now, by: editor), auditSeq: seq)
                }
                // Many claims into an empty table: its indexes are built once afterwards.
                let claimsEmpty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS(SELECT 1 FROM claim)") == true
                let deferred = batch.claims.count >= 10_000 && claimsEmpty ? try SQLiteStore.dropSecondaryIndexes(db, of: ["claim"]) : []
                var inserter = try BulkClaimInserter(db, recorded: recorded, editor: rowEditor, auditSeq: seq)
                for (c, _) in batch.claims { try inserter.insert(c) }
                try inserter.finish()
                trace.mark("claims inserted")
                try SQLiteStore.createIndexes(db, deferred)
                summary.plans = batch.plans.count
                summary.claims = batch.claims.count
                trace.mark("plans and claims inserted")
            }
            let problems = background.problems()
            trace.mark("waited for the checks")
            if !problems.isEmpty { throw StoreError.importRejected(ImportFailure(issues: problems)) }
            if seq > 0 {
                let after = background.entryAfter(claims: summary.claims, plans: summary.plans)
                trace.mark("waited for the digest")
                try chain.append(db, at: now, editor: editor, action: "import", entity: "import", entityID: "batch-\(seq)",
                                 project: batch.claims.count == 1 ? batch.claims[0].0.project : nil, before: nil, after: after)
            }
        } catch {
            throw background.refusal(error)
        }
        return summary
    }

    /// Inserts projects with one `project.add` audit entry each. The entries' canonical bytes are built in parallel
    /// blocks (`AuditEntry.projectAdds`); hashing the chain follows in order, and
    /// rows go in 64 to a statement (`OR FAIL`: no statement journal; any error rolls the transaction back).
    func insertProjects(_ db: Database, _ projects: [Project], chain: inout AuditChainWriter, at: String, editor: String) throws {
        var audit = try AuditChainWriter.bulkInsert(db)
        var rows = try SQLiteStore.projectInsert(db, rowsPerStatement: 64)
        let block = 4096
        var start = 0
        while start < projects.count {
            let end = min(projects.count, start + block)
            let prepared = AuditEntry.projectAdds(projects[start..<end], firstSeq: chain.nextSeq, at: at, editor: editor)
            for (i, p) in projects[start..<end].enumerated() {
                let link = chain.advance(canonical: prepared[i].canonical)
                try AuditChainWriter.addRow(link, at: at, editor: editor, action: "project.add", entity: "project", entityID: p.id,
                                            project: p.id, before: nil, after: prepared[i].after, to: &audit)
                try SQLiteStore.addProjectRow(p, auditSeq: link.seq, to: &rows)
            }
            start = end
        }
        try audit.finish()
        try rows.finish()
    }
}

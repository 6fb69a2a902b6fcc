import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Dispatch
import Foundation
import GRDB

extension SQLiteStore {
    /// The one thread an import's background work runs on (`FreshAnalysis`, then `ImportBackground`'s checks
    /// and digest), in the order it was started: the inserting thread keeps a core to itself.
    static let importBackground = DispatchQueue(label: "bordertrack.import-background")

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
                let after = "{\"claims\":\(summary.claims),\"digest\":\"\(background.digest())\",\"plans\":\(summary.plans)}"
                trace.mark("waited for the digest")
                try chain.append(db, at: now, editor: editor, action: "import", entity: "import", entityID: "batch-\(seq)",
                                 project: batch.claims.count == 1 ? batch.claims[0].0.project : nil, before: nil, after: after)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            // SQLite refused a row (a duplicate id, say): when the batch has problems, they say it better.
            let problems = background.problems()
            if !problems.isEmpty { throw StoreError.importRejected(ImportFailure(issues: problems)) }
            throw error
        }
        return summary
    }

    /// Inserts projects with one `project.add` audit entry each. The entries' canonical bytes (the project's
    /// canonical row inside the entry's) are built in parallel blocks; hashing the chain follows in order, and
    /// rows go in 64 to a statement (`OR FAIL`: no statement journal; any error rolls the transaction back).
    func insertProjects(_ db: Database, _ projects: [Project], chain: inout AuditChainWriter, at: String, editor: String) throws {
        var audit = try AuditChainWriter.bulkInsert(db)
        var rows = try SQLiteStore.projectInsert(db, rowsPerStatement: 64)
        let block = 4096
        var start = 0
        while start < projects.count {
            let (from, end) = (start, min(projects.count, start + block))
            let first = chain.nextSeq
            var prepared = [(after: String, canonical: [UInt8])](repeating: ("", []), count: end - start)
            prepared.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                let n = end - from
                let slices = n >= 512 ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
                DispatchQueue.concurrentPerform(iterations: slices) { s in
                    for i in (s * n / slices)..<((s + 1) * n / slices) {
                        let p = projects[from + i]
                        let after = CanonicalRow.project(p)
                        out[i] = (after, AuditEntry.canonicalBytes(seq: first + i, at: at, editor: editor, action: "project.add",
                                                                         entity: "project", entityID: p.id, project: p.id,
                                                                         before: nil, after: after))
                    }
                }
            }
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

/// The import's work off the inserting thread: first the duplicate and reference checks (the issues of
/// `ImportBatch.problems(against:)` when there are any), then — for a clean batch — the digest of its plans
/// and claims as recorded (`RowDigest` of their canonical rows).
final class ImportBackground: @unchecked Sendable {
    private let checked = DispatchSemaphore(value: 0)
    private let digested = DispatchSemaphore(value: 0)
    private var issues: [ImportIssue] = []
    private var hex = ""

    static func start(_ batch: ImportBatch, existing: ImportBatch.Existing, recorded: String, at now: Timestamp,
                      editor: String?) -> ImportBackground {
        let work = ImportBackground()
        SQLiteStore.importBackground.async {
            if !batch.hasNoProblems(against: existing) { work.issues = batch.problems(against: existing) }
            let clean = work.issues.isEmpty
            work.checked.signal()
            if clean { work.hex = ImportBackground.digest(batch, recorded: recorded, at: now, editor: editor) }
            work.digested.signal()
        }
        return work
    }

    /// Waits for the checks; empty when the batch has no problems.
    func problems() -> [ImportIssue] {
        checked.wait()
        checked.signal()
        return issues
    }

    /// Waits for the digest (hex); only for a batch without problems.
    func digest() -> String {
        digested.wait()
        digested.signal()
        return hex
    }

    /// SHA-256 over each canonical row followed by a newline; the bytes are hashed in large pieces, which
    /// gives the same digest as `RowDigest.add` line by line.
    static func digest(_ batch: ImportBatch, recorded: String, at now: Timestamp, editor: String?) -> String {
        var hasher = RowDigest()
        for (p, _) in batch.plans {
            hasher.add(Array(CanonicalRow.plan(p.recording(at: now, by: editor ?? "")).utf8))
        }
        var line: [UInt8] = []
        for (c, _) in batch.claims {
            line.removeAll(keepingCapacity: true)
            CanonicalRow.appendClaim(c, recorded: recorded, editor: editor, into: &line)
            hasher.add(line)
        }
        return hasher.hex()
    }
}

import BorderTrackCore

/// Walks an audit chain and the rows it covers, engine-independently (the checks and messages of
/// `SQLiteStore.verifyAudit`, applied to a snapshot).
public enum AuditVerifier {
    /// Checks every hash link, seq contiguity, and every stored row against the entry that recorded it.
    public static func verify(_ snapshot: TrackerSnapshot) -> AuditVerification {
        var v = AuditVerification(entries: 0, rows: 0, head: nil, problem: nil)
        var prev = AuditEntry.genesis
        var expectedSeq = 1
        var latestAfter: [String: String?] = [:]  // "entity/id" -> after-state of the latest entry
        var importDigests: [Int: String] = [:]
        var singleRows: [Int: String?] = [:]
        for e in snapshot.audit {
            if e.seq != expectedSeq {
                v.problem = e.seq > expectedSeq
                    ? "audit entry \(expectedSeq) is missing (next found is \(e.seq)): entries were deleted"
                    : "audit entry \(e.seq) is out of order: entries were reordered"
                return v
            }
            if e.prevHash != prev {
                v.problem = "audit entry \(e.seq): its prev_hash does not match entry \(e.seq - 1)'s hash: the chain was rewritten"
                return v
            }
            if e.recomputedHash(prev: prev) != e.hash {
                v.problem = "audit entry \(e.seq) (\(e.action) \(e.entityID) by \(e.editor) at \(e.at)) was changed: its hash does not match its content"
                return v
            }
            prev = e.hash
            expectedSeq += 1
            v.entries += 1
            v.head = (e.seq, e.hash)
            switch e.entity {
            case "source", "project": latestAfter["\(e.entity)/\(e.entityID)"] = .some(e.after)
            case "import":
                if let after = e.after, let r = after.range(of: "\"digest\":\"") {
                    importDigests[e.seq] = String(after[r.upperBound...].prefix(64))
                }
            default: singleRows[e.seq] = .some(e.after)
            }
        }
        // Mutable records: each row must equal the after-state of the latest entry about it.
        for s in snapshot.sources.map(\.value) {
            v.rows += 1
            guard let last = latestAfter["source/\(s.id)"], last == CanonicalRow.source(s) else {
                v.problem = "source \"\(s.id)\" differs from what the audit chain recorded: it was changed behind the tool's back"
                return v
            }
        }
        for p in snapshot.projects.map(\.value) {
            v.rows += 1
            guard let last = latestAfter["project/\(p.id)"], last == CanonicalRow.project(p) else {
                v.problem = "project \"\(p.id)\" differs from what the audit chain recorded: it was changed behind the tool's back"
                return v
            }
        }
        // A record whose latest entry has no after-state was removed (undo of its addition).
        func live(_ prefix: String) -> Int { latestAfter.filter { $0.key.hasPrefix(prefix) && $0.value != nil }.count }
        if live("source/") != snapshot.sources.count || live("project/") != snapshot.projects.count {
            v.problem = "a source or project recorded in the audit chain is missing from the database: rows were deleted"
            return v
        }
        // Append-only rows: grouped by the entry that created them, digested in seq order.
        var digests: [Int: RowDigest] = [:]
        var lines: [Int: [String]] = [:]
        func take(_ auditSeq: Int, _ line: String) {
            v.rows += 1
            if importDigests[auditSeq] != nil { digests[auditSeq, default: RowDigest()].add(line) }
            else { lines[auditSeq, default: []].append(line) }
        }
        for r in snapshot.plans.sorted(by: { $0.seq < $1.seq }) { take(r.auditSeq, CanonicalRow.plan(r.value)) }
        for r in snapshot.claims.sorted(by: { $0.seq < $1.seq }) { take(r.auditSeq, CanonicalRow.claim(r.value)) }
        for r in snapshot.flagEvents.sorted(by: { $0.seq < $1.seq }) { take(r.auditSeq, CanonicalRow.flag(r.value)) }
        for r in snapshot.withdrawals.sorted(by: { $0.seq < $1.seq }) { take(r.auditSeq, CanonicalRow.withdrawal(r.value)) }
        for (seq, expected) in importDigests.sorted(by: { $0.key < $1.key }) where (digests[seq]?.hex() ?? RowDigest().hex()) != expected {
            v.problem = "the rows recorded by audit entry \(seq) (import) were changed, added or deleted behind the tool's back"
            return v
        }
        for (seq, rows) in lines.sorted(by: { $0.key < $1.key }) {
            guard rows.count == 1, let after = singleRows[seq], after == rows[0] else {
                v.problem = "the row recorded by audit entry \(seq) was changed behind the tool's back (or has no audit entry)"
                return v
            }
        }
        for (seq, after) in singleRows.sorted(by: { $0.key < $1.key }) where lines[seq] == nil && after != nil {
            v.problem = "the row recorded by audit entry \(seq) is missing: it was deleted behind the tool's back"
            return v
        }
        return v
    }
}

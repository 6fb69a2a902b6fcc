import BorderTrackCore

/// The audit checks every engine shares, fed in order: the chain entry by entry, then the stored rows.
///
/// Entries must come in seq order; each hash is recomputed from its entry and the previous hash.
/// Sources and projects (mutable records) must equal the after-state of the latest entry about them;
/// append-only rows (plans, claims, flag events, withdrawals) must match the entry that created them,
/// one row per entry or, for an import, the digest of all its rows in seq order. The first problem
/// found ends the check; later calls do nothing.
package struct AuditCheck {
    package init() {}

    package private(set) var result = AuditVerification(entries: 0, rows: 0, head: nil, problem: nil)
    private var prev = AuditEntry.genesis
    private var expectedSeq = 1
    /// "entity/id" -> after-state of the latest entry about a source or project.
    private var latestAfter: [String: String?] = [:]
    private var importDigests: [Int: String] = [:]
    private var singleRows: [Int: String?] = [:]
    private var digests: [Int: RowDigest] = [:]
    private var lines: [Int: [String]] = [:]

    package var failed: Bool { result.problem != nil }

    /// Checks the next entry of the chain; false once a problem is found.
    @discardableResult
    package mutating func entry(_ e: AuditEntry) -> Bool {
        guard !failed else { return false }
        if e.seq != expectedSeq {
            return fail(e.seq > expectedSeq
                ? "audit entry \(expectedSeq) is missing (next found is \(e.seq)): entries were deleted"
                : "audit entry \(e.seq) is out of order: entries were reordered")
        }
        if e.prevHash != prev {
            return fail("audit entry \(e.seq): its prev_hash does not match entry \(e.seq - 1)'s hash: the chain was rewritten")
        }
        if e.recomputedHash(prev: prev) != e.hash {
            return fail("audit entry \(e.seq) (\(e.action) \(e.entityID) by \(e.editor) at \(e.at)) was changed: its hash does not match its content")
        }
        prev = e.hash
        expectedSeq += 1
        result.entries += 1
        result.head = (e.seq, e.hash)
        switch e.entity {
        case "source", "project": latestAfter["\(e.entity)/\(e.entityID)"] = .some(e.after)
        case "import":
            if let after = e.after, let r = after.range(of: "\"digest\":\"") {
                importDigests[e.seq] = String(after[r.upperBound...].prefix(64))
            }
        default: singleRows[e.seq] = .some(e.after)
        }
        return true
    }

    /// Checks a stored source against the latest entry about it.
    @discardableResult
    package mutating func source(_ s: Source) -> Bool {
        record("source", s.id, CanonicalRow.source(s))
    }

    /// Checks a stored project against the latest entry about it.
    @discardableResult
    package mutating func project(_ p: Project) -> Bool {
        record("project", p.id, CanonicalRow.project(p))
    }

    private mutating func record(_ entity: String, _ id: String, _ row: String) -> Bool {
        guard !failed else { return false }
        result.rows += 1
        guard let last = latestAfter["\(entity)/\(id)"], last == row else {
            return fail("\(entity) \"\(id)\" differs from what the audit chain recorded: it was changed behind the tool's back")
        }
        return true
    }

    /// Checks that no source or project the chain still records as present was deleted
    /// (a record whose latest entry has no after-state was removed by an undo of its addition).
    @discardableResult
    package mutating func recordCounts(sources: Int, projects: Int) -> Bool {
        guard !failed else { return false }
        func live(_ prefix: String) -> Int { latestAfter.filter { $0.key.hasPrefix(prefix) && $0.value != nil }.count }
        if live("source/") != sources || live("project/") != projects {
            return fail("a source or project recorded in the audit chain is missing from the database: rows were deleted")
        }
        return true
    }

    /// Takes one append-only row (canonical form) with the seq of the entry that created it, in row order.
    package mutating func row(auditSeq: Int, _ line: String) {
        guard !failed else { return }
        result.rows += 1
        if importDigests[auditSeq] != nil { digests[auditSeq, default: RowDigest()].add(line) }
        else { lines[auditSeq, default: []].append(line) }
    }

    /// Compares the append-only rows with the entries that created them; the verification.
    package mutating func finish() -> AuditVerification {
        guard !failed else { return result }
        for (seq, expected) in importDigests.sorted(by: { $0.key < $1.key }) where (digests[seq]?.hex() ?? RowDigest().hex()) != expected {
            fail("the rows recorded by audit entry \(seq) (import) were changed, added or deleted behind the tool's back")
            return result
        }
        for (seq, rows) in lines.sorted(by: { $0.key < $1.key }) {
            guard rows.count == 1, let after = singleRows[seq], after == rows[0] else {
                fail("the row recorded by audit entry \(seq) was changed behind the tool's back (or has no audit entry)")
                return result
            }
        }
        for (seq, after) in singleRows.sorted(by: { $0.key < $1.key }) where lines[seq] == nil && after != nil {
            fail("the row recorded by audit entry \(seq) is missing: it was deleted behind the tool's back")
            return result
        }
        return result
    }

    @discardableResult
    private mutating func fail(_ problem: String) -> Bool {
        result.problem = problem
        return false
    }
}

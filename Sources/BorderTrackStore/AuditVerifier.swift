import BorderTrackCore

/// Walks an audit chain and the rows it covers, engine-independently (the same `AuditCheck` as
/// `SQLiteStore.verifyAudit`, applied to a snapshot).
public enum AuditVerifier {
    /// Checks every hash link, seq contiguity, and every stored row against the entry that recorded it.
    public static func verify(_ snapshot: TrackerSnapshot) -> AuditVerification {
        var check = AuditCheck()
        for e in snapshot.audit where check.entry(e) {}
        for s in snapshot.sources.map(\.value) { check.source(s) }
        for p in snapshot.projects.map(\.value) { check.project(p) }
        check.recordCounts(sources: snapshot.sources.count, projects: snapshot.projects.count)
        for r in snapshot.plans.sorted(by: { $0.seq < $1.seq }) { check.row(auditSeq: r.auditSeq, CanonicalRow.plan(r.value)) }
        for r in snapshot.claims.sorted(by: { $0.seq < $1.seq }) { check.row(auditSeq: r.auditSeq, CanonicalRow.claim(r.value)) }
        for r in snapshot.flagEvents.sorted(by: { $0.seq < $1.seq }) { check.row(auditSeq: r.auditSeq, CanonicalRow.flag(r.value)) }
        for r in snapshot.withdrawals.sorted(by: { $0.seq < $1.seq }) { check.row(auditSeq: r.auditSeq, CanonicalRow.withdrawal(r.value)) }
        for r in snapshot.grades.sorted(by: { $0.seq < $1.seq }) { check.row(auditSeq: r.auditSeq, CanonicalRow.grade(r.value)) }
        return check.finish()
    }
}

#if Postgres
import BorderTrackCore
import BorderTrackStore
import PostgresNIO

/// What was written after a point of the audit chain (`ChangeFeed`): read from the chain by its primary key, so it
/// costs the number of new entries, not the size of the tracker.
extension PostgresStore {
    /// The last audit seq (0 for an empty tracker).
    public func auditHeadSeq() throws -> Int {
        try run("read the audit chain") { link in try auditHead(link) }
    }

    public func changes(after seq: Int) throws -> StoreChanges {
        try run("read the audit chain") { link in try changes(link, after: seq) }
    }

    func changes(_ link: PostgresLink, after seq: Int) throws -> StoreChanges {
        let rows = try link.query("SELECT seq, entity, project FROM audit WHERE seq > \(seq) ORDER BY seq")
        return StoreChanges.from(try rows.map { (seq: try $0.int("seq"), entity: try $0.text("entity"), project: try $0.optionalText("project")) },
                                 after: seq)
    }

    /// How many claims were recorded (added or corrected) after audit entry `seq`, imports left out.
    public func claimsRecorded(after seq: Int) throws -> Int {
        try run("read the audit chain") { link in
            try link.int("SELECT count(*) FROM audit WHERE seq > \(seq) AND action IN ('claim.add', 'claim.supersede')") ?? 0
        }
    }
}
#endif

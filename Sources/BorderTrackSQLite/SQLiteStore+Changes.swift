import BorderTrackStore
import GRDB

extension SQLiteStore {
    /// The last audit seq (0 for an empty tracker): the point to ask `changes(after:)` from.
    public func auditHeadSeq() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT max(seq) FROM audit") ?? 0 }
    }

    /// What was written after audit entry `seq`: read from the audit chain by its primary key, so it
    /// costs the number of new entries, not the size of the tracker.
    public func changes(after seq: Int) throws -> StoreChanges {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT seq, entity, project FROM audit WHERE seq > ? ORDER BY seq", arguments: [seq])
            return StoreChanges.from(rows.map { (seq: $0["seq"], entity: $0["entity"], project: $0["project"]) }, after: seq)
        }
    }
}

extension SQLiteStore {
    /// How many claims were recorded (added or corrected) after audit entry `seq`, imports left out.
    public func claimsRecorded(after seq: Int) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE seq > ? AND action IN ('claim.add', 'claim.supersede')", arguments: [seq]) ?? 0
        }
    }
}

extension SQLiteStore {
    /// About how many projects the tracker has (the last project row's number; no scan).
    public func projectCountEstimate() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT max(seq) FROM project") ?? 0 }
    }
}

import BorderTrackCore

/// Where a tracker's derived tables stand (their `derived_state` row): up to which audit entry they reflect the
/// data, for which analysis day and detector options, and how many rows they hold.
public struct DerivedState: Equatable, Sendable {
    /// The last audit entry they reflect.
    public let auditSeq: Int
    /// The analysis day they were computed for.
    public let day: Day
    /// The detector options they were computed with (`describe`).
    public let options: String
    public let projects: Int
    /// Open and acknowledged discrepancies (the UI's queue).
    public let queue: Int

    public init(auditSeq: Int, day: Day, options: String, projects: Int, queue: Int) {
        self.auditSeq = auditSeq; self.day = day; self.options = options; self.projects = projects; self.queue = queue
    }

    /// What summary rows hold beyond the analysis; tables written for another are rebuilt. 2: `search_text`
    /// (`ProjectSearchText`) with quotes as distinct words; 3: `kind` is the kind's list label (`ProjectKind.label`); 4: the assessed status
    /// (`as_*`) and the track records it is graded by.
    public static let rowsVersion = 4

    /// The options as stored.
    public static func describe(_ o: DiscrepancyDetector.Options) -> String {
        "rules=\(DiscrepancyDetector.rulesVersion);stale=\(o.staleMonths);rows=\(DerivedState.rowsVersion)"
    }

    /// The detector options a stored description (`describe`) names; nil when it was written under other rules.
    public static func detectorOptions(_ described: String) -> DiscrepancyDetector.Options? {
        var fields: [Substring: Int] = [:]
        for part in described.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let n = Int(kv[1]) else { return nil }
            fields[kv[0]] = n
        }
        guard fields["rules"] == DiscrepancyDetector.rulesVersion, let stale = fields["stale"], (1...1200).contains(stale) else { return nil }
        let options = DiscrepancyDetector.Options(staleMonths: stale)
        return describe(options) == described ? options : nil
    }

    /// Whether they reflect audit entry `head` (the last one) for `today` and `options`.
    public func isCurrent(head: Int, today: Day, options o: DiscrepancyDetector.Options) -> Bool {
        auditSeq == head && day == today && options == DerivedState.describe(o)
    }
}

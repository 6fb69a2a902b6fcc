/// What comparing a tracker's derived tables (summaries, queue) with a fresh analysis of its stored rows found.
///
/// The derived tables are a cache, outside the audit chain: a row changed behind the tool's back would show
/// forged names, statuses or counts on a large tracker's screens while the chain stays intact. The check
/// recomputes every project from its claims, plans and flag events — for the day and options the tables say
/// they were built for — and compares value by value.
public struct DerivedCheck: Equatable, Sendable {
    /// Whether the tables could be compared at all.
    public enum Status: Equatable, Sendable {
        /// Never built (a small tracker analysed in memory, or never opened in the UI).
        case absent
        /// Built before the latest audit entries, or under other detection rules (`reason` says which): the next
        /// refresh rebuilds what changed, so there is nothing trustworthy to compare yet.
        case stale(reason: String)
        /// Compared, row by row.
        case checked
    }

    public var status: Status
    /// Summary rows and queue entries compared.
    public var projects = 0, queue = 0
    /// Projects whose summary row or queue entries differ from their analysis, or that have derived rows but
    /// no project row; sorted.
    public var differing: [String] = []
    /// Differences in the tables' bookkeeping (stored counts, queue buckets, the state row).
    public var bookkeeping: [String] = []
    /// The first differences found, described for a reader (a few at most).
    public var examples: [String] = []

    public init(status: Status) { self.status = status }

    /// True when nothing compared differs (also when nothing could be compared).
    public var intact: Bool { differing.isEmpty && bookkeeping.isEmpty }

    /// One line: what was checked and what differs.
    public var summary: String {
        switch status {
        case .absent: return "derived summaries: none stored (this tracker is analysed in memory)"
        case .stale(let reason):
            return "derived summaries: \(reason); brought up to date when the UI next opens them"
        case .checked:
            if intact { return "derived summaries match a fresh analysis: \(projects) projects, \(queue) queue entries" }
            var parts: [String] = []
            if !differing.isEmpty {
                parts.append("\(differing.count) project\(differing.count == 1 ? "'s summary differs" : "s' summaries differ") from what the claims give")
            }
            parts += bookkeeping
            return "derived summaries FORGED: " + parts.joined(separator: "; ")
                + (examples.isEmpty ? "" : " (" + examples.joined(separator: "; ") + ")")
        }
    }
}

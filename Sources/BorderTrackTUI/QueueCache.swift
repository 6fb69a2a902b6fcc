import BorderTrackCore
import Foundation

/// What a page source keeps of the last queue query and search: the query's entries in order, where each is,
/// and the last search's matches (forgotten together when the data changes).
public final class QueueCache: @unchecked Sendable {
    private let lock = NSLock()
    private var query: QueueQuery?
    private var rows: [QueueRow] = []
    private var positions: [String: Int] = [:]
    private var search: (QueueQuery, SearchQuery, [Int])?
    private var defaultCounts: [FlagState: Int]?

    public init() {}

    /// The entries of `q`, computed by `load` when the query changed since the last call (or was forgotten).
    public func rows(_ q: QueueQuery, load: () -> [QueueRow]) -> [QueueRow] {
        if let r = lock.withLock({ query == q ? rows : nil }) { return r }
        let r = load()
        var pos: [String: Int] = [:]
        pos.reserveCapacity(r.count)
        for (i, row) in r.enumerated() where pos[row.project + "\u{0}" + row.id] == nil { pos[row.project + "\u{0}" + row.id] = i }
        lock.withLock { query = q; rows = r; positions = pos; search = nil }
        return r
    }

    /// The position of an entry of `q` (the query must be the one `rows` was last called for).
    public func position(_ q: QueueQuery, id: String, project: String, load: () -> [QueueRow]) -> Int? {
        _ = rows(q, load: load)
        return lock.withLock { positions[project + "\u{0}" + id] }
    }

    /// The matches of a search in `q`, computed by `find` once per query and search.
    public func matches(_ q: QueueQuery, _ s: SearchQuery, find: () -> [Int]) -> [Int] {
        if let m = lock.withLock({ search.flatMap { $0.0 == q && $0.1 == s ? $0.2 : nil } }) { return m }
        let m = find()
        lock.withLock { search = (q, s, m) }
        return m
    }

    /// The plain queue's counts by state, computed by `count` once.
    public func defaultStateCounts(count: () -> [FlagState: Int]) -> [FlagState: Int] {
        if let c = lock.withLock({ defaultCounts }) { return c }
        let c = count()
        lock.withLock { defaultCounts = c }
        return c
    }

    /// Forgets everything.
    public func forget() {
        let old = lock.withLock { () -> [QueueRow] in
            let o = rows
            query = nil; rows = []; positions = [:]; search = nil; defaultCounts = nil
            return o
        }
        withExtendedLifetime(old) {}
    }
}

/// A project found by a typed id or name (`:goto`, Tab completion), with how well it matched.
public struct ProjectMatch: Sendable, Equatable {
    /// How a project matched, best first.
    public enum Rank: Int, Sendable, Comparable {
        /// The id or a whole name, case-insensitively.
        case exact
        /// The id or a name starts with the text.
        case prefix
        /// Every word of the text occurs in the id or the names.
        case substring

        public static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
    }

    public let id: String
    public let rank: Rank

    public init(id: String, rank: Rank) { self.id = id; self.rank = rank }

    /// How a project's search key (`Project.searchKey`: the id and names lower-cased, one a line) matches a
    /// lower-cased text; nil when some word of it occurs nowhere. An empty text matches every project (as a prefix).
    public static func rank(key: Substring, text: String, words: [String]) -> Rank? {
        if text.isEmpty { return .prefix }
        guard words.allSatisfy({ key.contains($0) }) else { return nil }
        var best = Rank.substring
        for line in key.split(separator: "\n") {
            if line == text { return .exact }
            if line.hasPrefix(text) { best = .prefix }
        }
        return best
    }
}

/// The projects a text matches: the best ones (by rank, then id) up to a limit, and how many there are.
public struct ProjectMatches: Sendable, Equatable {
    /// The best matches, best first.
    public var best: [ProjectMatch]
    /// How many projects match in all.
    public var total: Int
    /// How many projects match as well as the best one.
    public var topCount: Int

    public init(best: [ProjectMatch], total: Int, topCount: Int) {
        self.best = best; self.total = total; self.topCount = topCount
    }

    /// Collects matches one by one, keeping the best `limit`.
    public struct Collector {
        let limit: Int
        var all: [ProjectMatch] = []
        var total = 0
        var counts: [ProjectMatch.Rank: Int] = [:]

        public init(limit: Int) { self.limit = limit }

        public mutating func add(_ m: ProjectMatch) {
            total += 1
            counts[m.rank, default: 0] += 1
            all.append(m)
            // Keep the buffer small on a large tracker: trim to the best `limit` now and then.
            if all.count >= max(64, limit * 4) { trim() }
        }

        mutating func trim() {
            all.sort { ($0.rank, $0.id) < ($1.rank, $1.id) }
            if all.count > limit { all.removeLast(all.count - limit) }
        }

        public mutating func result() -> ProjectMatches {
            trim()
            let top = all.first.map { counts[$0.rank] ?? 0 } ?? 0
            return ProjectMatches(best: all, total: total, topCount: top)
        }
    }
}

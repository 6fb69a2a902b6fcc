import BorderTrackCore

/// A search's matches in one view: the positions (ascending) of the rows it matches, for `n`/`N`, the count
/// ("3 of 7") and the highlight.
public struct SearchHits: Sendable, Equatable {
    public var view: ViewID
    public var query: SearchQuery
    public var positions: [Int]

    public init(view: ViewID, query: SearchQuery, positions: [Int]) {
        self.view = view; self.query = query; self.positions = positions
    }

    /// The first match at or after `index` (forward) or at or before it, wrapping around; nil when none.
    public func next(from index: Int, forward: Bool) -> Int? {
        guard !positions.isEmpty else { return nil }
        // The first position >= index.
        var lo = 0, hi = positions.count
        while lo < hi { let mid = (lo + hi) / 2; if positions[mid] < index { lo = mid + 1 } else { hi = mid } }
        if forward { return lo < positions.count ? positions[lo] : positions[0] }
        if lo < positions.count, positions[lo] == index { return index }
        return lo > 0 ? positions[lo - 1] : positions[positions.count - 1]
    }

    /// Which match a row is (1-based), nil when it is none.
    public func ordinal(of index: Int) -> Int? {
        var lo = 0, hi = positions.count
        while lo < hi { let mid = (lo + hi) / 2; if positions[mid] < index { lo = mid + 1 } else { hi = mid } }
        return lo < positions.count && positions[lo] == index ? lo + 1 : nil
    }
}

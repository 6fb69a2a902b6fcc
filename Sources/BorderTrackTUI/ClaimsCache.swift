import BorderTrackCore
import Foundation

/// What a page source has read of the claims table: counts and blocks of rows by query, or (in memory)
/// every row and the current query's selection. Forgotten when the data changes (`forget`).
public final class ClaimsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [ClaimsQuery: Int] = [:]
    private var blocks: [ClaimsQuery: [Int: [ClaimRow]]] = [:]
    private var blockOrder: [(ClaimsQuery, Int)] = []
    /// Every row (in memory), built on first use.
    private var all: [ClaimRow]?
    /// The rows of one query, in its order (in memory).
    private var selected: (ClaimsQuery, [ClaimRow])?

    /// Rows read at once from a store, and how many blocks are kept.
    public static let block = 128, maxBlocks = 64

    public init() {}

    private func locked<T>(_ body: () -> T) -> T { lock.lock(); defer { lock.unlock() }; return body() }

    /// Forgets everything read.
    public func forget() {
        locked { counts = [:]; blocks = [:]; blockOrder = []; all = nil; selected = nil }
    }

    /// A count, read by `read` when not known.
    public func count(_ q: ClaimsQuery, _ read: () -> Int) -> Int {
        // The order does not change a count: one entry per filter.
        var key = q
        key.sort = .recorded; key.descending = true
        if let c = locked({ counts[key] }) { return c }
        let c = read()
        locked { counts[key] = c }
        return c
    }

    /// Where a block is read from: its offset, and the last row of the block before it or the first row of the
    /// block after it when those are held (a store reads next to a known row by key instead of counting an offset).
    public struct BlockRead {
        public let offset: Int
        public let limit: Int
        public let previousRow: ClaimRow?
        public let nextRow: ClaimRow?
    }

    /// The row at `index`; its block is read by `read` when not held.
    public func row(_ q: ClaimsQuery, at index: Int, _ read: (BlockRead) -> [ClaimRow]) -> ClaimRow? {
        guard index >= 0 else { return nil }
        let b = index / Self.block, k = index % Self.block
        if let rows = locked({ blocks[q]?[b] }) { return k < rows.count ? rows[k] : nil }
        let (previous, next) = locked { (blocks[q]?[b - 1]?.last, blocks[q]?[b + 1]?.first) }
        let rows = read(BlockRead(offset: b * Self.block, limit: Self.block, previousRow: previous, nextRow: next))
        locked {
            if blockOrder.count >= Self.maxBlocks {
                let (oq, ob) = blockOrder.removeFirst()
                blocks[oq]?[ob] = nil
            }
            blocks[q, default: [:]][b] = rows
            blockOrder.append((q, b))
        }
        return k < rows.count ? rows[k] : nil
    }

    /// The rows a query selects from every row (built by `build` on first use), in its order.
    public func selection(_ q: ClaimsQuery, build: () -> [ClaimRow]) -> [ClaimRow] {
        if let (sq, rows) = locked({ selected }), sq == q { return rows }
        let every = allRows(build)
        let rows = q.apply(every)
        locked { selected = (q, rows) }
        return rows
    }

    /// Every row, built by `build` on first use.
    public func allRows(_ build: () -> [ClaimRow]) -> [ClaimRow] {
        if let a = locked({ all }) { return a }
        let a = build()
        locked { all = a }
        return a
    }
}

import Dispatch

/// Where a project's analysis puts the discrepancies it finds: an array (one project, an update) or
/// a slice's run (the full analysis).
protocol DiscrepancySink {
    var count: Int { get }
    mutating func reserve(_ more: Int)
    mutating func add(_ d: consuming Discrepancy)
}

extension Array: DiscrepancySink where Element == Discrepancy {
    mutating func reserve(_ more: Int) { reserveCapacity(count + more) }
    mutating func add(_ d: consuming Discrepancy) { append(d) }
}

/// Discrepancies side by side in memory this code allocates and frees itself, so they can be moved
/// (bit for bit, no retain and release) into sorted order and then into the queue's chunks.
///
/// Not an owner: whoever holds the buffer moves every element out or deinitializes them, then frees it.
struct RunBuffer: DiscrepancySink, @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<Discrepancy>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let c = Swift.max(capacity * 2, count + more)
        let p = UnsafeMutablePointer<Discrepancy>.allocate(capacity: c)
        p.moveInitialize(from: base, count: count)
        base.deallocate()
        base = p
        capacity = c
    }

    mutating func add(_ d: consuming Discrepancy) {
        if count == capacity { reserve(1) }
        (base + count).initialize(to: d)
        count += 1
    }

    /// Frees the memory; the elements must have been moved out.
    func free() { base.deallocate() }
}

/// One slice of projects' discrepancies in queue order (stable: the order of the projects, then of
/// each project's detection), with their packed keys (`QueueKey.Packed`).
struct SortedRun: @unchecked Sendable {
    let base: UnsafeMutablePointer<Discrepancy>
    let ranks: UnsafeMutablePointer<QueueKey.Packed>
    let count: Int

    /// Sorts a run whose elements' ranks are `ranks` (same order): positions sorted, each element moved
    /// once. `run` is consumed (its memory freed).
    init(sorting run: RunBuffer, ranks: [QueueKey.Packed]) {
        let n = run.count, src = run.base
        let order = QueueKey.Packed.order(ranks) { src[$0].id }
        let p = UnsafeMutablePointer<Discrepancy>.allocate(capacity: Swift.max(n, 1))
        let r = UnsafeMutablePointer<QueueKey.Packed>.allocate(capacity: Swift.max(n, 1))
        for m in 0..<n {
            let at = Int(order[m])
            (p + m).moveInitialize(from: src + at, count: 1)
            (r + m).initialize(to: ranks[at])
        }
        run.free()
        base = p
        self.ranks = r
        count = n
    }

    /// Queue keys of `src[range]` in queue order (stable): a project's discrepancies, found in detection
    /// order, whose ranks are `ranks[range]`. An insertion sort: a project has a handful.
    static func keys(of src: UnsafeMutablePointer<Discrepancy>, ranks: [QueueKey.Packed], _ range: Range<Int>) -> [DiscrepancyQueue.Key] {
        if range.isEmpty { return [] }
        var order = Array(range)
        for i in 1..<order.count {
            let x = order[i]
            var j = i
            while j > 0, QueueKey.Packed.before(ranks[x], ranks[order[j - 1]], src[x].id, src[order[j - 1]].id) == true {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = x
        }
        return order.map { DiscrepancyQueue.Key(src[$0]) }
    }

    /// The runs merged into queue chunks of `DiscrepancyQueue.chunkSize`, every element moved once (ties
    /// go to the earlier run). The runs' memory is freed.
    static func merge(_ runs: [SortedRun]) -> [[Discrepancy]] {
        let total = runs.reduce(0) { $0 + $1.count }
        let m = runs.count
        // Per run: next position, end, elements, ranks; a binary min-heap of the runs not yet exhausted.
        let at = UnsafeMutablePointer<Int>.allocate(capacity: m)
        let heap = UnsafeMutablePointer<Int>.allocate(capacity: m)
        defer { at.deallocate(); heap.deallocate() }
        var size = 0
        for r in 0..<m {
            at[r] = 0
            if runs[r].count > 0 { heap[size] = r; size += 1 }
        }
        let bases = runs.map(\.base), ranks = runs.map(\.ranks), counts = runs.map(\.count)
        @inline(__always) func less(_ r: Int, _ s: Int) -> Bool {
            let i = at[r], j = at[s]
            let a = ranks[r][i], b = ranks[s][j]
            if a.rank != b.rank { return a.rank < b.rank }
            if a.packed && b.packed {
                if a.hi != b.hi { return a.hi < b.hi }
                if a.lo != b.lo { return a.lo < b.lo }
                return r < s
            }
            return QueueKey.Packed.before(a, b, bases[r][i].id, bases[s][j].id) ?? (r < s)
        }
        @inline(__always) func siftDown(from start: Int = 0) {
            var k = start
            let x = heap[k]
            while true {
                let l = 2 * k + 1
                if l >= size { break }
                var c = l
                if l + 1 < size && less(heap[l + 1], heap[l]) { c = l + 1 }
                if !less(heap[c], x) { break }
                heap[k] = heap[c]
                k = c
            }
            heap[k] = x
        }
        // Heapify.
        if size > 1 {
            for start in stride(from: size / 2 - 1, through: 0, by: -1) { siftDown(from: start) }
        }
        var chunks: [[Discrepancy]] = []
        chunks.reserveCapacity((total + DiscrepancyQueue.chunkSize - 1) / DiscrepancyQueue.chunkSize)
        var left = total
        while left > 0 {
            let c = Swift.min(DiscrepancyQueue.chunkSize, left)
            chunks.append(Array(unsafeUninitializedCapacity: c) { buffer, count in
                let out = buffer.baseAddress!
                for j in 0..<c {
                    let r = heap[0]
                    (out + j).moveInitialize(from: bases[r] + at[r], count: 1)
                    at[r] += 1
                    if at[r] == counts[r] {
                        size -= 1
                        heap[0] = heap[size]
                    }
                    if size > 1 { siftDown() }
                }
                count = c
            })
            left -= c
        }
        for run in runs { run.base.deallocate(); run.ranks.deallocate() }
        return chunks
    }
}

extension Array {
    /// An array taking over `count` initialized elements at `p` (moved, not copied); frees `p`.
    init(moving p: UnsafeMutablePointer<Element>, count n: Int) {
        self.init(unsafeUninitializedCapacity: n) { buffer, count in
            if n > 0 { buffer.baseAddress!.moveInitialize(from: p, count: n) }
            count = n
        }
        p.deallocate()
    }
}

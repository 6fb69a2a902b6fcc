/// Discrepancies in queue order (`QueueKey`), stored in chunks of a few hundred so that
/// inserting or removing one costs a chunk's worth of moves, not the whole queue's — what lets an
/// incremental update after one new claim touch a million-discrepancy queue in microseconds.
///
/// A random-access collection with `Int` positions `0..<count`, read like an array.
public struct DiscrepancyQueue: RandomAccessCollection, Sendable, Equatable {
    /// What places a discrepancy in the queue (its `QueueKey`) and finds it again (its project).
    public struct Key: Hashable, Sendable {
        /// Its place in the queue order.
        public let order: QueueKey
        public let project: String
        /// Whether it is open or acknowledged (in the UI's queue).
        public let open: Bool

        public var severity: Severity { order.severity }
        public var from: Day { order.from }
        public var id: String { order.id }

        public init(_ d: Discrepancy) {
            order = d.queueKey; project = d.project; open = d.isOpen
        }

        /// Keys in queue order (stable).
        static func sorted(_ keys: [Key]) -> [Key] {
            QueueKey.order(keys.map(\.order)).map { keys[Int($0)] }
        }

        /// Whether this key sorts before `d`.
        func precedes(_ d: Discrepancy) -> Bool { order < d.queueKey }

        /// Whether `d` sorts before this key.
        func follows(_ d: Discrepancy) -> Bool { d.queueKey < order }
    }

    static let chunkSize = 256
    private var chunks: [[Discrepancy]] = []
    /// `starts[k]`: the position of chunk k's first element.
    private var starts: [Int] = []
    public private(set) var count = 0

    public init() {}

    /// A queue from discrepancies already in queue order.
    public init<C: Collection>(sorted: C) where C.Element == Discrepancy {
        var chunk: [Discrepancy] = []
        chunk.reserveCapacity(Self.chunkSize)
        for d in sorted {
            chunk.append(d)
            if chunk.count == Self.chunkSize { chunks.append(chunk); chunk.removeAll(keepingCapacity: true) }
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        reindex(from: 0)
    }

    /// A queue taking over chunks already in queue order (none empty).
    init(chunks: [[Discrepancy]]) {
        self.chunks = chunks
        reindex(from: 0)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Discrepancy {
        precondition(position >= 0 && position < count, "queue position out of range")
        let k = chunk(containing: position)
        return chunks[k][position - starts[k]]
    }

    public static func == (a: DiscrepancyQueue, b: DiscrepancyQueue) -> Bool { a.elementsEqual(b) }

    /// Walks the chunks in order (no search per position).
    public struct Iterator: IteratorProtocol {
        let chunks: [[Discrepancy]]
        var chunk = 0, offset = 0

        public mutating func next() -> Discrepancy? {
            while chunk < chunks.count {
                if offset < chunks[chunk].count {
                    defer { offset += 1 }
                    return chunks[chunk][offset]
                }
                chunk += 1
                offset = 0
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(chunks: chunks) }

    /// The chunk holding a position.
    private func chunk(containing position: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= position { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    private mutating func reindex(from k: Int) {
        if starts.count > chunks.count { starts.removeLast(starts.count - chunks.count) }
        var position = k > 0 ? starts[k - 1] + chunks[k - 1].count : 0
        for j in k..<chunks.count {
            if j < starts.count { starts[j] = position } else { starts.append(position) }
            position += chunks[j].count
        }
        count = position
    }

    /// Inserts in queue order, after any equal entries (as a stable sort places them).
    public mutating func insert(_ d: Discrepancy) {
        guard !chunks.isEmpty else { chunks = [[d]]; reindex(from: 0); return }
        // The first chunk whose last element sorts after d; else the last chunk.
        let key = d.queueKey
        var lo = 0, hi = chunks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key < chunks[mid][chunks[mid].count - 1].queueKey { hi = mid } else { lo = mid + 1 }
        }
        let k = Swift.min(lo, chunks.count - 1)
        var a = 0, b = chunks[k].count
        while a < b {
            let mid = (a + b) / 2
            if key < chunks[k][mid].queueKey { b = mid } else { a = mid + 1 }
        }
        chunks[k].insert(d, at: a)
        if chunks[k].count >= 2 * Self.chunkSize {
            let tail = Array(chunks[k][Self.chunkSize...])
            chunks[k].removeSubrange(Self.chunkSize...)
            chunks.insert(tail, at: k + 1)
        }
        reindex(from: k)
    }

    /// Where the entry with this key is, if present.
    public func position(of key: Key) -> Int? {
        guard let (k, i) = locate(key) else { return nil }
        return starts[k] + i
    }

    /// The entry with this key, if present.
    public func element(for key: Key) -> Discrepancy? {
        locate(key).map { chunks[$0.0][$0.1] }
    }

    /// Removes the entry with this key; returns whether it was there.
    @discardableResult
    public mutating func remove(_ key: Key) -> Bool {
        guard let (k, i) = locate(key) else { return false }
        chunks[k].remove(at: i)
        if chunks[k].isEmpty { chunks.remove(at: k) }
        reindex(from: Swift.min(k, Swift.max(0, chunks.count - 1)))
        if chunks.isEmpty { starts = []; count = 0 }
        return true
    }

    /// Chunk and offset of the entry with this key: binary search to the first entry not before it,
    /// then forward over equal keys to the one with the same id and project.
    private func locate(_ key: Key) -> (Int, Int)? {
        var lo = 0, hi = chunks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key.follows(chunks[mid][chunks[mid].count - 1]) { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        guard k < chunks.count else { return nil }
        var a = 0, b = chunks[k].count
        while a < b {
            let mid = (a + b) / 2
            if key.follows(chunks[k][mid]) { a = mid + 1 } else { b = mid }
        }
        var i = a
        while k < chunks.count {
            while i < chunks[k].count {
                let d = chunks[k][i]
                if key.precedes(d) { return nil }
                if d.id == key.id && d.project == key.project { return (k, i) }
                i += 1
            }
            k += 1; i = 0
        }
        return nil
    }
}

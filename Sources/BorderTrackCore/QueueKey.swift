/// The queue order, defined once: most severe first, then the latest start first, then by id.
///
/// Everything that orders discrepancies derives from this type:
/// - `Discrepancy.queueOrder` and `Discrepancy.queueKey` (reports, the chunked `DiscrepancyQueue`);
/// - `DiscrepancyQueue.Key`, which holds a `QueueKey` plus what finds the entry again;
/// - `QueueKey.Packed`, the same order as plain integers, which the full analysis sorts by (speed:
///   ~120,000 discrepancies for 100,000 projects); a property test checks it against `<` here;
/// - the SQLite derived queue: `queue_entry(severity, minus_from, id)` holds `columns`, and ascending
///   column order is this order (SQLite's `BINARY` text order is the ids' UTF-8 bytes, which is
///   Swift's `String` order for the ASCII ids the detector and the flag command make). Its Swift side
///   (`DerivedQueueRow`, `DerivedQueueRow.sort`) sorts by `QueueKey`.
///
/// Equal keys (the same id on the same severity and day, in two projects) keep the order found: every
/// sort of the queue is stable.
public struct QueueKey: Hashable, Sendable, Comparable {
    public let severity: Severity
    /// The first day of the discrepancy; later days sort first.
    public let from: Day
    public let id: String

    public init(severity: Severity, from: Day, id: String) {
        self.severity = severity; self.from = from; self.id = id
    }

    public init(_ d: Discrepancy) {
        self.init(severity: d.severity, from: d.from, id: d.id)
    }

    /// The queue order.
    public static func < (a: QueueKey, b: QueueKey) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.from != b.from { return a.from > b.from }
        return a.id < b.id
    }

    /// The key as stored columns whose ascending order is the queue order: severity's queue rank
    /// (critical 0, major 1, minor 2), minus the start day's ordinal, the id.
    public var columns: (severity: Int, minusFrom: Int, id: String) { (severity.queueRank, -from.ordinal, id) }

    /// The key of stored columns (`columns`); nil when the severity rank is none of the three.
    public init?(severity rank: Int, minusFrom: Int, id: String) {
        guard let severity = Severity.allCases.first(where: { $0.queueRank == rank }) else { return nil }
        self.init(severity: severity, from: Day(ordinal: -minusFrom), id: id)
    }
}

extension Severity {
    /// Queue position of a severity: critical 0, major 1, minor 2 (`Severity`'s own order).
    public var queueRank: Int { order }
}

extension Discrepancy {
    /// Where this discrepancy goes in the queue.
    public var queueKey: QueueKey { QueueKey(self) }

    /// Queue order (`QueueKey`): severity, then start date (newest first), then id.
    public static func queueOrder(_ a: Discrepancy, _ b: Discrepancy) -> Bool {
        a.queueKey < b.queueKey
    }
}

extension QueueKey {
    /// The queue order as integers, for sorting many discrepancies fast: severity and start day packed
    /// into `rank`, then the id as two big-endian integers of its bytes when it is at most 16 ASCII
    /// characters without NUL (they then compare as the strings do); other ids are compared as strings
    /// (`packed` false). Derived from `QueueKey.<` and checked against it by a property test.
    struct Packed {
        let rank: Int
        let hi: UInt64
        let lo: UInt64
        /// Whether `hi` and `lo` hold the whole id; if not, the id strings are compared.
        let packed: Bool

        init(_ d: Discrepancy) { self.init(severity: d.severity, from: d.from, id: d.id) }

        init(_ k: QueueKey) { self.init(severity: k.severity, from: k.from, id: k.id) }

        init(severity: Severity, from: Day, id: String) {
            rank = Self.rank(severity, from)
            if let (h, l) = Self.idBytes(id) { hi = h; lo = l; packed = true } else { hi = 0; lo = 0; packed = false }
        }

        /// Severity (most severe first), then start day (latest first), as one integer: the severity's
        /// queue rank above bit 40, below it 2^39 minus the day's ordinal (days within ±2^39).
        static func rank(_ severity: Severity, _ from: Day) -> Int {
            (severity.queueRank << 40) + ((1 << 39) - from.ordinal)
        }

        /// The id's bytes big-endian in two integers, zero-padded: ordered as the strings are, for ids of
        /// at most 16 ASCII characters with no NUL; nil for any other id.
        static func idBytes(_ id: String) -> (UInt64, UInt64)? {
            var hi: UInt64 = 0, lo: UInt64 = 0, n = 0
            for b in id.utf8 {
                guard b != 0, b < 0x80, n < 16 else { return nil }
                if n < 8 { hi |= UInt64(b) << UInt64(56 - 8 * n) } else { lo |= UInt64(b) << UInt64(56 - 8 * (n - 8)) }
                n += 1
            }
            return (hi, lo)
        }

        /// Whether `a` sorts before `b` (ids, when not packed, read through `idA` and `idB` and compared as
        /// `QueueKey` compares them); nil when the keys are equal.
        @inline(__always)
        static func before(_ a: Packed, _ b: Packed, _ idA: @autoclosure () -> String, _ idB: @autoclosure () -> String) -> Bool? {
            if a.rank != b.rank { return a.rank < b.rank }
            if a.packed && b.packed {
                if a.hi != b.hi { return a.hi < b.hi }
                return a.lo != b.lo ? a.lo < b.lo : nil
            }
            let x = idA(), y = idB()
            return x != y ? x < y : nil
        }

        /// Positions `0..<keys.count` in queue order, stable (equal keys keep their positions' order); `id(k)`
        /// gives the id of position k, read only when some id is not packed.
        static func order(_ keys: [Packed], id: (Int) -> String) -> [Int32] {
            let n = keys.count
            if keys.allSatisfy(\.packed) {
                // Plain integers: no id string read.
                var sorted = [(rank: Int, hi: UInt64, lo: UInt64, at: Int32)](unsafeUninitializedCapacity: n) { b, c in
                    for k in 0..<n { b[k] = (keys[k].rank, keys[k].hi, keys[k].lo, Int32(k)) }
                    c = n
                }
                sorted.sort { a, b in
                    if a.rank != b.rank { return a.rank < b.rank }
                    if a.hi != b.hi { return a.hi < b.hi }
                    return a.lo != b.lo ? a.lo < b.lo : a.at < b.at
                }
                return [Int32](unsafeUninitializedCapacity: n) { b, c in
                    for k in 0..<n { b[k] = sorted[k].at }
                    c = n
                }
            }
            var order = [Int32](unsafeUninitializedCapacity: n) { b, c in
                for k in 0..<n { b[k] = Int32(k) }
                c = n
            }
            order.sort { a, b in before(keys[Int(a)], keys[Int(b)], id(Int(a)), id(Int(b))) ?? (a < b) }
            return order
        }
    }

    /// Positions of `keys` in queue order (stable), sorted by their packed form.
    public static func order(_ keys: [QueueKey]) -> [Int32] {
        Packed.order(keys.map(Packed.init)) { keys[$0].id }
    }
}

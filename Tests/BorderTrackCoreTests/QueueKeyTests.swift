@testable import BorderTrackCore
import BorderTrackSynthetic
import Testing

/// The queue order is `QueueKey`'s `<`; every faster or stored form of it agrees with it.
@Suite struct QueueKeyTests {
    /// Ids of every shape the packed form treats differently: short ASCII (packed), exactly 16 and 17
    /// characters (the packing limit), prefixes of one another, empty, with NUL, and not ASCII (compared
    /// as strings) — including a decomposed é, canonically equal to the composed one.
    static let ids = ["sc-1", "sc-10", "sc-2", "xb-0123456789", "a", "", "abcdefghijklmnop", "abcdefghijklmnopq",
                      "abcdefghijklmnoq", "abcdefgh", "abcdefgg\u{7F}", "a\u{0}b", "a\u{0}", "é-1", "e\u{301}-1", "ü",
                      "中文", "🇺🇦", "sc-1é", "Z", "mf-9999999999", "rg-00000000000000000000"]

    static func randomKey(_ r: inout SyntheticData.Random) -> QueueKey {
        let id = r.int(4) == 0 ? ids[r.int(ids.count)] + String(r.int(3)) : ids[r.int(ids.count)]
        return QueueKey(severity: Severity.allCases[r.int(3)], from: Day(ordinal: r.int(7) - 3 + (r.int(2) == 0 ? 0 : 20_000)), id: id)
    }

    static func discrepancy(_ key: QueueKey, _ n: Int) -> Discrepancy {
        let side = DiscrepancySide(label: "official", status: nil, scope: nil, claims: [])
        return Discrepancy(id: key.id, project: "p\(n % 5)", kind: .statusConflict, severity: key.severity, from: key.from,
                           to: key.from, ongoing: false, sides: [], official: side, local: side, claims: [], explanation: "d\(n)")
    }

    /// A stable sort by the one definition: the reference every other form is held to.
    static func reference(_ keys: [QueueKey]) -> [Int32] {
        keys.enumerated().sorted { a, b in
            a.element < b.element || (!(b.element < a.element) && a.offset < b.offset)
        }.map { Int32($0.offset) }
    }

    @Test func definitionIsTheDocumentedOrder() {
        let day = Day(ordinal: 100)
        #expect(QueueKey(severity: .critical, from: day, id: "z") < QueueKey(severity: .major, from: day.adding(days: 9), id: "a"))
        #expect(QueueKey(severity: .major, from: day.adding(days: 1), id: "z") < QueueKey(severity: .major, from: day, id: "a"))
        #expect(QueueKey(severity: .minor, from: day, id: "a") < QueueKey(severity: .minor, from: day, id: "b"))
        #expect(!(QueueKey(severity: .minor, from: day, id: "a") < QueueKey(severity: .minor, from: day, id: "a")))
    }

    @Test func packedComparisonAgreesWithTheDefinition() {
        var r = SyntheticData.Random(state: 17)
        for _ in 0..<20_000 {
            let a = Self.randomKey(&r), b = Self.randomKey(&r)
            let want: Bool? = a < b ? true : (b < a ? false : nil)
            #expect(QueueKey.Packed.before(.init(a), .init(b), a.id, b.id) == want, "\(a) vs \(b)")
        }
    }

    @Test func packedSortAgreesWithTheDefinition() {
        var r = SyntheticData.Random(state: 18)
        for round in 0..<40 {
            let n = 1 + r.int(400)
            // Some rounds all packable (the integer-only sort), some mixed (ids compared as strings).
            let keys = (0..<n).map { _ in
                var k = Self.randomKey(&r)
                while round % 2 == 0 && QueueKey.Packed.idBytes(k.id) == nil { k = Self.randomKey(&r) }
                return k
            }
            let want = Self.reference(keys)
            #expect(QueueKey.order(keys) == want)
            let list = keys.enumerated().map { Self.discrepancy($0.element, $0.offset) }
            #expect(Analysis.queueSorted(list) == want.map { list[Int($0)] })
            let queueKeys = list.map(DiscrepancyQueue.Key.init)
            #expect(DiscrepancyQueue.Key.sorted(queueKeys) == want.map { queueKeys[Int($0)] })
            // The chunked queue, filled one by one, ends in the same order (inserted after equal keys).
            var queue = DiscrepancyQueue()
            for d in list { queue.insert(d) }
            #expect(Array(queue) == want.map { list[Int($0)] })
        }
    }

    /// The full analysis sorts slices by packed keys and merges them: the result is the definition's order.
    @Test func sortedRunsMergeInTheDefinitionsOrder() {
        var r = SyntheticData.Random(state: 19)
        var runs: [SortedRun] = [], all: [QueueKey] = []
        for _ in 0..<5 {
            let n = r.int(300)
            var buffer = RunBuffer(capacity: n)
            var packed: [QueueKey.Packed] = []
            for _ in 0..<n {
                let k = Self.randomKey(&r)
                buffer.add(Self.discrepancy(k, all.count))
                packed.append(.init(k))
                all.append(k)
            }
            runs.append(SortedRun(sorting: buffer, ranks: packed))
        }
        let list = all.enumerated().map { Self.discrepancy($0.element, $0.offset) }
        let merged = SortedRun.merge(runs).flatMap { $0 }
        #expect(merged == Self.reference(all).map { list[Int($0)] })
    }

    /// The SQL mirror: the stored columns, in ascending order, are the queue order (for the ASCII ids the
    /// tool makes, whose byte order SQLite's BINARY collation uses), and read back to the same key.
    @Test func storedColumnsMirrorTheOrder() {
        var r = SyntheticData.Random(state: 20)
        for _ in 0..<20_000 {
            let a = Self.randomKey(&r), b = Self.randomKey(&r)
            guard a.id.utf8.allSatisfy({ $0 < 0x80 }), b.id.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let x = a.columns, y = b.columns
            let columnsBefore = (x.severity, x.minusFrom) < (y.severity, y.minusFrom)
                || ((x.severity, x.minusFrom) == (y.severity, y.minusFrom) && Array(x.id.utf8).lexicographicallyPrecedes(Array(y.id.utf8)))
            #expect(columnsBefore == (a < b), "\(a) vs \(b)")
            #expect(QueueKey(severity: x.severity, minusFrom: x.minusFrom, id: x.id) == a)
        }
        #expect(QueueKey(severity: 3, minusFrom: 0, id: "x") == nil)
    }
}

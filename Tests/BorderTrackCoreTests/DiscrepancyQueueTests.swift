import BorderTrackCore
import BorderTrackSynthetic
import Testing

/// The chunked queue behaves like a sorted array under random inserts and removals.
@Suite struct DiscrepancyQueueTests {
    static func discrepancy(_ n: Int, severity: Severity, from: Int) -> Discrepancy {
        let side = DiscrepancySide(label: "official", status: nil, scope: nil, claims: [])
        return Discrepancy(id: "sc-\(n)", project: "p\(n % 7)", kind: .statusConflict, severity: severity,
                           from: Day(ordinal: from), to: Day(ordinal: from), ongoing: false, sides: [],
                           official: side, local: side, claims: [], explanation: "d\(n)")
    }

    @Test func matchesASortedArray() {
        var r = SyntheticData.Random(state: 42)
        var reference: [Discrepancy] = []
        var queue = DiscrepancyQueue()
        for step in 0..<3000 {
            if reference.isEmpty || r.int(3) > 0 {
                let d = Self.discrepancy(step, severity: Severity.allCases[r.int(3)], from: r.int(40))
                queue.insert(d)
                reference.append(d)
                reference.sort(by: Discrepancy.queueOrder)
            } else {
                let victim = reference.remove(at: r.int(reference.count))
                let removed = queue.remove(DiscrepancyQueue.Key(victim))
                #expect(removed)
            }
            if step % 97 == 0 {
                #expect(Array(queue) == reference)
                var walked: [Discrepancy] = []
                var it = queue.makeIterator()
                while let d = it.next() { walked.append(d) }
                #expect(walked == reference)
                #expect(queue.count == reference.count)
            }
        }
        #expect(Array(queue) == reference)
        for (i, d) in reference.enumerated() where i % 13 == 0 {
            #expect(queue.position(of: DiscrepancyQueue.Key(d)) == i)
            #expect(queue.element(for: DiscrepancyQueue.Key(d)) == d)
        }
        let absent = queue.remove(DiscrepancyQueue.Key(Self.discrepancy(99_999, severity: .minor, from: 1)))
        #expect(!absent)
        #expect(DiscrepancyQueue(sorted: reference) == queue)
    }
}

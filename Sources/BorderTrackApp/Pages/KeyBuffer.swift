import BorderTrackCore
import Foundation

/// Many short texts (search keys) as one byte buffer, each followed by a 0 byte, with the scans a search
/// makes over them: which keys hold a word, the first at or after a key.
///
/// A scan looks for the needle's rarest byte in this buffer (sampled when the buffer is made) with `memchr`
/// and compares the rest with `memcmp`, so Cyrillic words are not found by their lead bytes (`0xD0`, `0xD1`:
/// every other byte of Russian text) and digits not by the first of many. A hit jumps to the next key, walking
/// the key ends forward (never a binary search per hit); a large buffer is scanned in one slice per processor.
package struct KeyBuffer: Sendable {
    /// The keys' owners (project ids), one per key.
    package let ids: [String]
    /// The keys, each followed by a 0 byte (which no needle holds).
    package let bytes: [UInt8]
    /// Where each key's 0 byte is.
    package let ends: [Int]
    /// How often each byte value occurs in a sample of the buffer.
    private let frequency: [Int]

    /// Buffers at least this large are scanned in parallel slices.
    static let parallelBytes = 4 << 20

    package init(ids: [String], keys: [UInt8], ends: [Int]) {
        self.ids = ids; self.bytes = keys; self.ends = ends
        // Every 7th byte is sample enough (a few ms for 50 MB) and keeps the scan's choice stable.
        var frequency = [Int](repeating: 0, count: 256)
        keys.withUnsafeBufferPointer { b in
            for i in stride(from: 0, to: b.count, by: 7) { frequency[Int(b[i])] += 1 }
        }
        self.frequency = frequency
    }

    /// The buffer a store reads (`summarySearchKeys`, `summaryNameKeys`).
    package init(_ read: (ids: [String], keys: [UInt8], ends: [Int])) {
        self.init(ids: read.ids, keys: read.keys, ends: read.ends)
    }

    package var count: Int { ends.count }

    /// The offset of key `i`'s first byte.
    package func start(_ i: Int) -> Int { i == 0 ? 0 : ends[i - 1] + 1 }

    /// A word to look for, with the position of its rarest byte in this buffer.
    package struct Needle: Sendable {
        let bytes: [UInt8]
        /// The byte `memchr` looks for (the rarest).
        let anchor: Int
    }

    package func needle(_ word: [UInt8]) -> Needle {
        var j = 0
        for (i, b) in word.enumerated() where frequency[Int(b)] < frequency[Int(word[j])] { j = i }
        return Needle(bytes: word, anchor: j)
    }

    /// Where `needle` first starts within `base[from..<to]`.
    static func find(_ needle: Needle, in base: UnsafeRawPointer, from: Int, to: Int) -> Int? {
        let n = needle.bytes.count, j = needle.anchor
        guard n > 0 else { return nil }
        let byte = Int32(needle.bytes[j])
        return needle.bytes.withUnsafeBytes { nb -> Int? in
            var at = from
            while to - at >= n {
                // The needle starts at `s` = hit - j, with from ≤ s and s + n ≤ to.
                guard let p = memchr(base + at + j, byte, to - at - n + 1) else { return nil }
                let s = base.distance(to: UnsafeRawPointer(p)) - j
                if memcmp(base + s, nb.baseAddress!, n) == 0 { return s }
                at = s + 1
            }
            return nil
        }
    }

    /// Whether key `i` holds the needle.
    package func holds(_ needle: Needle, key i: Int) -> Bool {
        bytes.withUnsafeBytes { KeyBuffer.find(needle, in: $0.baseAddress!, from: start(i), to: ends[i]) != nil }
    }

    /// The first key at or after `key` (or, not `forward`, at or before it) holding the needle.
    package func first(_ needle: Needle, from key: Int, forward: Bool) -> Int? {
        guard key >= 0, key < count, !needle.bytes.isEmpty else { return nil }
        if forward {
            return bytes.withUnsafeBytes { b -> Int? in
                guard let s = KeyBuffer.find(needle, in: b.baseAddress!, from: start(key), to: b.count) else { return nil }
                // One hit, perhaps far on: its key by a binary search of the ends (a scan walks them instead).
                var lo = key, hi = ends.count - 1
                while lo < hi { let mid = (lo + hi) / 2; if ends[mid] < s { lo = mid + 1 } else { hi = mid } }
                return lo
            }
        }
        var i = key
        while i >= 0 { if holds(needle, key: i) { return i }; i -= 1 }
        return nil
    }

    /// The keys holding the needle, ascending: one scan of the buffer (in slices, one per processor up to 4,
    /// when it is large; `slices` says how many).
    package func keys(holding needle: Needle, slices: Int? = nil) -> [Int] {
        guard !needle.bytes.isEmpty, !ends.isEmpty else { return [] }
        let auto = bytes.count >= KeyBuffer.parallelBytes ? min(ProcessInfo.processInfo.activeProcessorCount, 4) : 1
        let count = count, slices = max(1, min(slices ?? auto, count))
        return Parallel.map(slices, serialBelow: 2) { s in
            scan(needle, keys: (count * s / slices)..<(count * (s + 1) / slices))
        }.flatMap { $0 }
    }

    /// The keys of `range` holding the needle: `memchr` through them, walking the key ends forward to the
    /// key of each hit, then on from that key's end.
    private func scan(_ needle: Needle, keys range: Range<Int>) -> [Int] {
        guard !range.isEmpty else { return [] }
        return bytes.withUnsafeBytes { b -> [Int] in
            var out: [Int] = []
            let to = ends[range.upperBound - 1]
            var at = start(range.lowerBound), k = range.lowerBound
            while let s = KeyBuffer.find(needle, in: b.baseAddress!, from: at, to: to) {
                while ends[k] < s { k += 1 }
                out.append(k)
                at = ends[k] + 1
                k += 1
            }
            return out
        }
    }

    /// Which keys hold the needle, by key.
    package func holding(_ needle: Needle) -> [Bool] {
        var found = [Bool](repeating: false, count: count)
        for k in keys(holding: needle) { found[k] = true }
        return found
    }

    /// The keys that hold every word, ascending.
    ///
    /// One scan for the longest word (the rarest, most likely), then the other words looked for inside the keys
    /// found. With `candidates` (a search narrowed as it is typed: whatever holds "531" holds "53") only those keys
    /// are looked in — unless they are many, where one scan of the buffer is quicker than a look into each.
    package func matching(_ words: [[UInt8]], among candidates: [Int]? = nil) -> [Int] {
        let needles = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }.map(needle)
        guard let first = needles.first, !ends.isEmpty else { return [] }
        let rest = needles.dropFirst()
        func holdsRest(_ k: Int) -> Bool { rest.allSatisfy { holds($0, key: k) } }
        if let candidates, candidates.count * 8 < count {
            return candidates.filter { $0 < count && holds(first, key: $0) && holdsRest($0) }
        }
        let hits = keys(holding: first)
        return rest.isEmpty ? hits : hits.filter(holdsRest)
    }
}

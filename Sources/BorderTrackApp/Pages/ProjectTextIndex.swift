import BorderTrackStore
import Foundation

/// Every project's search text as one byte buffer (the derived `summary.search` and `search_text`), read once
/// and kept until the store changes: which projects hold a word is one byte scan of it, not a query per entry.
final class ProjectTextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: (ids: [String], keys: [UInt8], ends: [Int], index: [String: Int])?

    /// The buffer, read by `load` on first use.
    func texts(load: () -> (ids: [String], keys: [UInt8], ends: [Int])?) -> (ids: [String], keys: [UInt8], ends: [Int], index: [String: Int])? {
        if let k = lock.withLock({ keys }) { return k }
        guard let k = load() else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(k.ids.count)
        for (i, id) in k.ids.enumerated() { index[id] = i }
        let all = (k.ids, k.keys, k.ends, index)
        lock.withLock { keys = all }
        return all
    }

    func forget() {
        lock.withLock { keys = nil }
    }

    /// Which keys of a buffer (`keys`, each ending at `ends[i]` with a 0 byte) hold `needle`: one scan,
    /// jumping to the next key after each hit.
    static func holding(_ needle: [UInt8], keys: [UInt8], ends: [Int]) -> [Bool] {
        var found = [Bool](repeating: false, count: ends.count)
        guard !needle.isEmpty, !ends.isEmpty else { return found }
        keys.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var at = 0
            while let offset = StorePages.find(needle, in: base, from: at, to: buffer.count) {
                var lo = 0, hi = ends.count - 1
                while lo < hi { let mid = (lo + hi) / 2; if ends[mid] < offset { lo = mid + 1 } else { hi = mid } }
                found[lo] = true
                at = ends[lo] + 1
            }
        }
        return found
    }

    /// The keys (of `keys`, each ending at `ends[i]` with a 0 byte) that hold every word, ascending.
    ///
    /// Without `candidates`, one scan of the buffer for the longest word (the rarest, most likely), jumping to the
    /// next key after each hit, then the other words looked for inside the keys found; with them, only inside those
    /// keys (a search narrowed as it is typed: whatever holds "531" holds "53").
    static func matching(_ words: [[UInt8]], keys: [UInt8], ends: [Int], among candidates: [Int]? = nil) -> [Int] {
        let words = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        guard let first = words.first, !ends.isEmpty else { return [] }
        return keys.withUnsafeBytes { buffer -> [Int] in
            guard let base = buffer.baseAddress else { return [] }
            func start(_ i: Int) -> Int { i == 0 ? 0 : ends[i - 1] + 1 }
            func holdsAll(_ i: Int, from: Int) -> Bool {
                words.allSatisfy { StorePages.find($0, in: base, from: from, to: ends[i]) != nil }
            }
            if let candidates {
                return candidates.filter { $0 < ends.count && holdsAll($0, from: start($0)) }
            }
            var out: [Int] = []
            var at = 0
            while let offset = StorePages.find(first, in: base, from: at, to: buffer.count) {
                var lo = 0, hi = ends.count - 1
                while lo < hi { let mid = (lo + hi) / 2; if ends[mid] < offset { lo = mid + 1 } else { hi = mid } }
                if words.count == 1 || holdsAll(lo, from: start(lo)) { out.append(lo) }
                at = ends[lo] + 1
            }
            return out
        }
    }
}

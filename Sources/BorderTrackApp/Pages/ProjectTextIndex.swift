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
}

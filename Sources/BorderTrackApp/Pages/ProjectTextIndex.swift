import BorderTrackStore
import Foundation

/// Every project's search text as one byte buffer (the derived `summary.search` and `search_text`), read once
/// and kept until the store changes: which projects hold a word is one byte scan of it, not a query per entry.
final class ProjectTextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: (keys: KeyBuffer, index: [String: Int])?

    /// The buffer and each project's key in it, read by `load` on first use.
    func texts(load: () -> KeyBuffer?) -> (keys: KeyBuffer, index: [String: Int])? {
        if let k = lock.withLock({ texts }) { return k }
        guard let keys = load() else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(keys.count)
        for (i, id) in keys.ids.enumerated() { index[id] = i }
        lock.withLock { texts = (keys, index) }
        return (keys, index)
    }

    func forget() {
        lock.withLock { texts = nil }
    }
}

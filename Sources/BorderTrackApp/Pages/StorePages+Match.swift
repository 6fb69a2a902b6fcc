import BorderTrackCore
import BorderTrackTUI
import Foundation

extension StorePages {
    /// Every project's id and names (`Project.searchKey`) as one byte buffer, each key followed by a 0 byte:
    /// read from the store on first use (and when idle, `prepareSearch`), forgotten when the store changes.
    func projectNameKeys() -> (ids: [String], keys: [UInt8], ends: [Int])? {
        lock.lock()
        if let k = nameKeys { lock.unlock(); return k }
        lock.unlock()
        // From the summaries' `search` column (id and names, lower-cased): a scan of one narrow column, never
        // every project decoded from the `project` table (2 s at 6,000 projects on the server, holding its link).
        guard let (ids, keys, ends) = attempt(nil, { try store.summaryNameKeys() }) else { return nil }
        lock.lock(); nameKeys = (ids, keys, ends); lock.unlock()
        return (ids, keys, ends)
    }

    /// Scans the projects' ids and names for the text's first word with `memchr`/`memcmp`; only the keys holding
    /// it are decoded and ranked (`ProjectMatch.rank`), so a step costs a byte scan, not a read of the store.
    package func projectMatches(_ text: String, limit: Int) -> ProjectMatches {
        let text = text.lowercased().trimmingWhitespace
        let words = SearchQuery(text).words
        var c = ProjectMatches.Collector(limit: limit)
        guard let keys = projectNameKeys() else { return c.result() }
        guard let first = words.first.map({ Array($0.utf8) }) else {
            for id in keys.ids { c.add(ProjectMatch(id: id, rank: .prefix)) }
            return c.result()
        }
        let needle = Array(text.utf8), rest = words.dropFirst().map { Array($0.utf8) }
        keys.keys.withUnsafeBytes { buffer in
            let base = buffer.baseAddress!
            var at = 0
            while let offset = StorePages.find(first, in: base, from: at, to: buffer.count) {
                // The key holding the hit (keys end in a 0 byte no word holds).
                var lo = 0, hi = keys.ends.count - 1
                while lo < hi { let mid = (lo + hi) / 2; if keys.ends[mid] < offset { lo = mid + 1 } else { hi = mid } }
                let start = lo == 0 ? 0 : keys.ends[lo - 1] + 1, end = keys.ends[lo]
                at = end + 1
                guard rest.allSatisfy({ StorePages.find($0, in: base, from: start, to: end) != nil }) else { continue }
                c.add(ProjectMatch(id: keys.ids[lo], rank: StorePages.rank(needle, in: base, from: start, to: end)))
            }
        }
        return c.result()
    }

    /// `ProjectMatch.rank` on bytes, for a key known to hold every word: exact when a line (id or name) is the
    /// text, prefix when one starts with it, else substring — without making a string of the key.
    static func rank(_ needle: [UInt8], in base: UnsafeRawPointer, from start: Int, to end: Int) -> ProjectMatch.Rank {
        var best = ProjectMatch.Rank.substring
        var line = start
        while line <= end {
            var stop = line
            while stop < end, base.load(fromByteOffset: stop, as: UInt8.self) != 0x0A { stop += 1 }
            let length = stop - line
            if length >= needle.count, needle.withUnsafeBytes({ memcmp(base + line, $0.baseAddress!, needle.count) == 0 }) {
                if length == needle.count { return .exact }
                best = .prefix
            }
            line = stop + 1
        }
        return best
    }
}

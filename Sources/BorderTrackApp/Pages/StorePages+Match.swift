import BorderTrackCore
import BorderTrackTUI
import Foundation

extension StorePages {
    /// Every project's id and names (`Project.searchKey`) as one byte buffer, each key followed by a 0 byte:
    /// read from the store on first use (and when idle, `prepareSearch`), forgotten when the store changes.
    func projectNameKeys() -> KeyBuffer? {
        if let k = locked({ nameKeys }) { return k }
        // From the summaries' `search` column (id and names, lower-cased): a scan of one narrow column, never
        // every project decoded from the `project` table (2 s at 6,000 projects on the server, holding its link).
        guard let buffer = attempt(nil, { KeyBuffer(try store.summaryNameKeys()) }) else { return nil }
        locked { nameKeys = buffer }
        return buffer
    }

    /// Scans the projects' ids and names for the text's words (`KeyBuffer.matching`); only the keys holding
    /// them are ranked (`ProjectMatch.rank`), so a step costs a byte scan, not a read of the store.
    package func projectMatches(_ text: String, limit: Int) -> ProjectMatches {
        let text = text.lowercased().trimmingWhitespace
        let words = SearchQuery(text).words
        var c = ProjectMatches.Collector(limit: limit)
        guard let keys = projectNameKeys() else { return c.result() }
        guard !words.isEmpty else {
            for id in keys.ids { c.add(ProjectMatch(id: id, rank: .prefix)) }
            return c.result()
        }
        let needle = Array(text.utf8)
        let found = keys.matching(words.map { Array($0.utf8) })
        keys.bytes.withUnsafeBytes { buffer in
            for k in found {
                c.add(ProjectMatch(id: keys.ids[k], rank: StorePages.rank(needle, in: buffer.baseAddress!, from: keys.start(k), to: keys.ends[k])))
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

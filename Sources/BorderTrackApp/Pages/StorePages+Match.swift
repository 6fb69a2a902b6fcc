import BorderTrackCore
import BorderTrackTUI
import Foundation

extension StorePages {
    /// How many candidates `projectMatches` reads to rank by their names; further ones are ranked by id alone.
    package static let matchVerifyLimit = 500

    /// Scans the projects' search texts (read once, kept as one byte buffer) for the text's first word with
    /// `memchr`/`memcmp`; a text holding every word is a candidate. A search text also holds regions, sources and
    /// quotes, so each candidate's row is read and ranked by its id and names (`ProjectMatch.rank`) — the first
    /// `matchVerifyLimit` of them; past those (a text found in thousands of projects) by the id alone.
    package func projectMatches(_ text: String, limit: Int) -> ProjectMatches {
        let text = text.lowercased().trimmingWhitespace
        let words = SearchQuery(text).words
        var c = ProjectMatches.Collector(limit: limit)
        guard let keys = searchKeys(ListQuery(sort: .name, descending: false, filter: ProjectFilter())) else { return c.result() }
        guard let first = words.first.map({ Array($0.utf8) }) else {
            for id in keys.ids { c.add(ProjectMatch(id: id, rank: .prefix)) }
            return c.result()
        }
        var candidates: [Int] = []
        keys.keys.withUnsafeBytes { buffer in
            let base = buffer.baseAddress!
            var at = 0
            while let offset = StorePages.find(first, in: base, from: at, to: buffer.count) {
                // The text holding the hit (texts end in a 0 byte no word holds).
                var lo = 0, hi = keys.ends.count - 1
                while lo < hi { let mid = (lo + hi) / 2; if keys.ends[mid] < offset { lo = mid + 1 } else { hi = mid } }
                let start = lo == 0 ? 0 : keys.ends[lo - 1] + 1
                let whole = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<keys.ends[lo]]), as: UTF8.self)
                if words.allSatisfy({ whole.contains($0) }) { candidates.append(lo) }
                at = keys.ends[lo] + 1
            }
        }
        for (n, i) in candidates.enumerated() {
            let id = keys.ids[i]
            if n < StorePages.matchVerifyLimit {
                guard let row = attempt(nil, { try store.summaryRow(of: id) }),
                      let r = ProjectMatch.rank(key: Substring(row.project.searchKey), text: text, words: words) else { continue }
                c.add(ProjectMatch(id: id, rank: r))
            } else {
                c.add(ProjectMatch(id: id, rank: ProjectMatch.rank(key: Substring(id), text: text, words: words) ?? .substring))
            }
        }
        return c.result()
    }
}

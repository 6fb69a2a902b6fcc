/// What a search looks through for one project, lower-cased, one item per line: its id and names
/// (`Project.searchKey`), regions, the ids and names of the sources of its counted claims, and the distinct words
/// of their quotes (one line).
///
/// The same text for a tracker in memory (`AnalysisPages`) and for the derived `summary.search_text` column
/// (`DerivedRows.addSummary`), so both page sources find the same rows.
public enum ProjectSearchText {
    /// The search text of a project with its counted claims; `sources` gives source names by id.
    public static func of(_ p: Project, claims: [Claim], sources: [String: Source]) -> String {
        var seen = Set<String>()
        var lines = [p.searchKey]
        func add(_ s: String?) {
            guard let s else { return }
            var l = s.lowercased()
            if l.contains(where: \.isNewline) { l = l.split(whereSeparator: \.isNewline).joined(separator: " ") }
            if !l.isEmpty, seen.insert(l).inserted { lines.append(l) }
        }
        for r in p.regions { add(r) }
        for c in claims {
            add(c.source)
            add(sources[c.source]?.name)
            if let via = c.via { add(via); add(sources[via]?.name) }
        }
        // Quotes by their distinct words: a search word holds no space, so it is found within one word or not at
        // all, and a project's quotes repeat their words (the text is read whole for a large tracker's search).
        var words: [Substring] = [], seenWords = Set<Substring>()
        for c in claims {
            guard let q = c.quote?.lowercased() else { continue }
            for w in q.split(whereSeparator: { $0.isWhitespace }) where seenWords.insert(w).inserted { words.append(w) }
        }
        if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        return lines.joined(separator: "\n")
    }
}

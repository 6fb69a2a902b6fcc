import BorderTrackCore

extension AnalysisPages {
    /// Every project's search key checked in memory (`ProjectMatch.rank`).
    public func projectMatches(_ text: String, limit: Int) -> ProjectMatches {
        let text = text.lowercased().trimmingWhitespace
        let words = SearchQuery(text).words
        var c = ProjectMatches.Collector(limit: limit)
        for s in analysis.summaries {
            if let r = ProjectMatch.rank(key: Substring(s.project.searchKey), text: text, words: words) {
                c.add(ProjectMatch(id: s.project.id, rank: r))
            }
        }
        return c.result()
    }
}

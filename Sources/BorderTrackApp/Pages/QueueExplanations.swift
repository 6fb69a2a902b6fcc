import BorderTrackCore
import BorderTrackStore

/// The explanations of a store's queued discrepancies in one language, for what reads the derived queue entry by entry
/// (`listQueue`: the streamed CLI table). The queue keeps the English sentence: English is that text, with nothing
/// more read; another language analyses the entry's project from the store (`projectAnalysis`, as the paged UI does)
/// and says the discrepancy's sentence — each project once, a bounded number of them kept.
package final class QueueExplanations {
    package let store: any DerivedSummaries
    package let lang: Catalogue
    package let end: Day
    private var analyses: [String: ProjectAnalysis] = [:]

    /// Projects kept analysed; the cache starts again when full (the queue is in severity order, not by project).
    package static let maxProjects = 512

    package init(store: any DerivedSummaries, lang: Catalogue, end: Day) {
        self.store = store; self.lang = lang; self.end = end
    }

    /// The entry's explanation in the language; the stored text when the language is English, or when the project's
    /// analysis no longer has the discrepancy (the queue is read while current, so only after a concurrent change).
    package func explanation(of entry: QueuedDiscrepancy) throws -> String {
        guard lang != .en else { return entry.explanation }
        let analysis: ProjectAnalysis?
        if let known = analyses[entry.project] {
            analysis = known
        } else {
            analysis = try store.projectAnalysis(id: entry.project, end: end, options: .init())
            if analyses.count >= QueueExplanations.maxProjects { analyses.removeAll(keepingCapacity: true) }
            analyses[entry.project] = analysis
        }
        return analysis?.discrepancies.first { $0.id == entry.id }?.explanation(in: lang) ?? entry.explanation
    }
}

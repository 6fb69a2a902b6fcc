import BorderTrackCore
import Dispatch
import Foundation

/// A new tracker's import analysed on another core while its rows are inserted: every project's
/// `ProjectAnalysis` (in id order) and the queue entries of their open discrepancies (in queue order), which
/// each engine writes (`deriveFreshImport`) as the derived tables once the rows are in.
///
/// Only for an import into a tracker with no projects and no flag events: then the batch is all there is to
/// analyse, with the stored and imported sources.
package final class FreshAnalysis: @unchecked Sendable {
    /// What the analysis produced.
    package struct Result {
        package let parts: [ProjectAnalysis]
        package let queue: [DerivedQueueRow]
    }

    package let context: ProjectAnalysis.Context
    private let done = DispatchSemaphore(value: 0)
    private var result: Result?

    private init(context: ProjectAnalysis.Context) { self.context = context }

    /// Starts analysing `batch` as recorded at `now` by `editor`; `context` holds every source (stored and imported).
    package static func start(_ batch: ImportBatch, at now: Timestamp, editor: String, context: ProjectAnalysis.Context) -> FreshAnalysis {
        let work = FreshAnalysis(context: context)
        ImportBackground.queue.async {
            work.result = FreshAnalysis.analyse(batch, at: now, editor: editor, context: context)
            work.done.signal()
        }
        return work
    }

    /// Waits for the analysis.
    package func parts() -> Result {
        done.wait()
        done.signal()
        return result!
    }

    package static func analyse(_ batch: ImportBatch, at now: Timestamp, editor: String, context: ProjectAnalysis.Context) -> Result {
        var claims: [String: [Claim]] = [:]
        for (c, _) in batch.claims { claims[c.project, default: []].append(c.recording(at: now, by: editor)) }
        var plans: [String: [Plan]] = [:]
        for (p, _) in batch.plans { plans[p.project, default: []].append(p.recording(at: now, by: editor)) }
        // In id order, as the summary rows are keyed: appended rather than inserted all over the table.
        let projects = batch.projects.map(\.0).sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        var parts: [ProjectAnalysis] = []
        parts.reserveCapacity(projects.count)
        var queue: [DerivedQueueRow] = []
        // Analysed first without grades: the grades come from every project's track record.
        let plain = context.grading(nil)
        for p in projects {
            let part = ProjectAnalysis(project: p, claims: claims.removeValue(forKey: p.id) ?? [], plans: plans[p.id] ?? [],
                                       events: [], context: plain)
            queue += DerivedQueueRow.entries(part)
            parts.append(part)
        }
        if context.grades != nil {
            // Tallies, then the grades they give, then every project assessed with them: over all cores.
            let analysed = parts
            let tallies = Parallel.map(analysed.count) { analysed[$0].tallies(sources: context.sources, end: context.end) }
            let grades = context.grades(records: SourceTally.sum(tallies))
            parts = Parallel.map(analysed.count) { i in
                var part = analysed[i]
                part.assess(sources: context.sources, end: context.end, grades: grades, tallies: tallies[i])
                return part
            }
        }
        DerivedQueueRow.sort(&queue)
        return Result(parts: parts, queue: queue)
    }
}

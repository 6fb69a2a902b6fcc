import BorderTrackCore

/// A `DerivedCheck` being put together: every engine's check hands it, project by project, the summary values and
/// queue entries a fresh analysis gives and those stored, and it collects which projects differ (with the first
/// few differences described for a reader) and how many rows were compared.
public struct DerivedComparison {
    public private(set) var check = DerivedCheck(status: .checked)
    private var differing = Set<String>()
    /// Projects and queue entries a fresh analysis gives (what the state row should count).
    public private(set) var projects = 0, queue = 0

    public init() {}

    /// How a check begins.
    public enum Start {
        /// The answer already: nothing stored, or nothing trustworthy to compare.
        case done(DerivedCheck)
        /// Compare the rows, analysing with these options for the state's day.
        case compare(DerivedComparison, DiscrepancyDetector.Options)
    }

    /// Where a check of tables in state `st` stands, the audit chain ending at `head`.
    public static func start(_ st: DerivedState?, head: Int) -> Start {
        guard let st else { return .done(DerivedCheck(status: .absent)) }
        guard let options = DerivedState.detectorOptions(st.options) else {
            return .done(DerivedCheck(status: .stale(reason: "built under other detection rules (\(st.options))")))
        }
        if st.auditSeq < head {
            let n = head - st.auditSeq
            return .done(DerivedCheck(status: .stale(reason: "\(n) audit entr\(n == 1 ? "y" : "ies") behind")))
        }
        var comparison = DerivedComparison()
        if st.auditSeq > head {
            comparison.bookkeeping("the state row says it reflects audit entry \(st.auditSeq), but the chain ends at \(head)")
        }
        return .compare(comparison, options)
    }

    /// Marks a project as differing; the first three get `example` as their description.
    public mutating func differ(_ project: String, _ example: @autoclosure () -> String) {
        guard differing.insert(project).inserted, check.examples.count < 3 else { return }
        check.examples.append(example())
    }

    /// Compares one analysed project's summary values (`want`, in `DerivedRows.summaryColumns` order) and queue
    /// entries with the stored ones (nil: no summary row); `describe` shows a value in a message.
    public mutating func compare<Value: Equatable>(_ part: ProjectAnalysis, want: [Value], stored: [Value]?, queue queued: [DerivedQueueRow],
                                                   storedQueue: [DerivedQueueRow?], describe: (Value) -> String) {
        let id = part.summary.project.id
        projects += 1
        if let row = stored {
            if let k = row.indices.first(where: { $0 >= want.count || row[$0] != want[$0] }) {
                let expected = k < want.count ? describe(want[k]) : "no such column"
                differ(id, "project \"\(Self.clip(id))\": \(DerivedRows.summaryColumns[min(k, DerivedRows.summaryColumns.count - 1)]) is \(describe(row[k])), its claims give \(expected)")
            }
        } else {
            differ(id, "project \"\(Self.clip(id))\" has no summary row")
        }
        var mine = queued
        queue += mine.count
        var theirs = storedQueue.compactMap { $0 }
        DerivedQueueRow.sort(&mine)
        DerivedQueueRow.sort(&theirs)
        if mine != theirs || theirs.count != storedQueue.count {
            differ(id, "project \"\(Self.clip(id))\": \(storedQueue.count) queue entr\(storedQueue.count == 1 ? "y" : "ies") stored, its claims give \(mine.count)"
                + (storedQueue.count == mine.count ? " that differ" : ""))
        }
    }

    /// Records a difference in the tables' bookkeeping.
    public mutating func bookkeeping(_ text: String) { check.bookkeeping.append(text) }

    /// The check, with the stored row counts: `strayTexts` queue texts of no entry, `badBuckets` queue position
    /// counts that disagree with the entries.
    public func finished(_ st: DerivedState, storedSummaries: Int, storedQueue: Int, strayTexts: Int, badBuckets: Int) -> DerivedCheck {
        var out = check
        if st.projects != projects || st.queue != queue {
            out.bookkeeping.append("the state row counts \(st.projects) projects and \(st.queue) queue entries, a fresh analysis \(projects) and \(queue)")
        }
        if strayTexts > 0 { out.bookkeeping.append("\(strayTexts) queue text\(strayTexts == 1 ? " belongs" : "s belong") to no queue entry") }
        if badBuckets > 0 { out.bookkeeping.append("\(badBuckets) queue position count\(badBuckets == 1 ? " disagrees" : "s disagree") with the queue") }
        out.projects = storedSummaries
        out.queue = storedQueue
        out.differing = differing.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return out
    }

    /// Text shortened for a message.
    public static func clip(_ s: String) -> String { s.count > 40 ? String(s.prefix(39)) + "…" : s }
}

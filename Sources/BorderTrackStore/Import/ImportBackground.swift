import BorderTrackCore
import Dispatch
import Foundation

/// The import's work off the inserting thread: first the duplicate and reference checks (the issues of
/// `ImportBatch.problems(against:)` when there are any), then — for a clean batch — the digest of its plans
/// and claims as recorded (`RowDigest` of their canonical rows).
package final class ImportBackground: @unchecked Sendable {
    private let checked = DispatchSemaphore(value: 0)
    private let digested = DispatchSemaphore(value: 0)
    private var issues: [ImportIssue] = []
    private var hex = ""

    /// The one thread an import's background work runs on (`FreshAnalysis`, then the checks and digest), in
    /// the order it was started: the inserting thread keeps a core to itself.
    package static let queue = DispatchQueue(label: "bordertrack.import-background")

    package static func start(_ batch: ImportBatch, existing: ImportBatch.Existing, recorded: String, at now: Timestamp,
                      editor: String?) -> ImportBackground {
        let work = ImportBackground()
        ImportBackground.queue.async {
            if !batch.hasNoProblems(against: existing) { work.issues = batch.problems(against: existing) }
            let clean = work.issues.isEmpty
            work.checked.signal()
            if clean { work.hex = ImportBackground.digest(batch, recorded: recorded, at: now, editor: editor) }
            work.digested.signal()
        }
        return work
    }

    /// Waits for the checks; empty when the batch has no problems.
    package func problems() -> [ImportIssue] {
        checked.wait()
        checked.signal()
        return issues
    }

    /// Waits for the digest (hex); only for a batch without problems.
    package func digest() -> String {
        digested.wait()
        digested.signal()
        return hex
    }

    /// The `import` audit entry's `after`: how many claims and plans, and their digest (waits for it).
    package func entryAfter(claims: Int, plans: Int) -> String {
        "{\"claims\":\(claims),\"digest\":\"\(digest())\",\"plans\":\(plans)}"
    }

    /// What an import throws when the engine refused a row (a duplicate id, say): the batch's problems when it
    /// has any, as they say it better; else the engine's error.
    package func refusal(_ error: any Error) -> any Error {
        if error is StoreError { return error }
        let problems = problems()
        return problems.isEmpty ? error : StoreError.importRejected(ImportFailure(issues: problems))
    }

    /// SHA-256 over each canonical row followed by a newline; the bytes are hashed in large pieces, which
    /// gives the same digest as `RowDigest.add` line by line.
    package static func digest(_ batch: ImportBatch, recorded: String, at now: Timestamp, editor: String?) -> String {
        var hasher = RowDigest()
        for (p, _) in batch.plans {
            hasher.add(Array(CanonicalRow.plan(p.recording(at: now, by: editor ?? "")).utf8))
        }
        var line: [UInt8] = []
        for (c, _) in batch.claims {
            line.removeAll(keepingCapacity: true)
            CanonicalRow.appendClaim(c, recorded: recorded, editor: editor, into: &line)
            hasher.add(line)
        }
        return hasher.hex()
    }
}

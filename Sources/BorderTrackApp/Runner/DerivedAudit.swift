import BorderTrackStore
import Dispatch
import Foundation

/// Checks a paged tracker's derived summaries against a fresh analysis of its claims, in the background once
/// the UI is up (`DerivedSummaries.checkDerived`, seconds on a large tracker, on a reader connection), so that rows
/// changed behind the tool's back are rebuilt instead of shown.
final class DerivedAudit: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: DerivedCheck?
    private var reported = false

    init(store: any DerivedSummaries) {
        DispatchQueue.global(qos: .utility).async { [self] in
            // A failed read (a busy or vanished file) is no finding: the summaries stay as they were.
            let check = try? store.checkDerived()
            lock.withLock { outcome = check }
            FreedMemory.returnToSystem()
        }
    }

    /// The check's finding, once, when it is done and found something that differs; nil otherwise.
    func finding() -> DerivedCheck? {
        lock.withLock {
            guard !reported, let check = outcome else { return nil }
            reported = true
            return check.intact ? nil : check
        }
    }
}

import BorderTrackStore
import Foundation

/// Tells the UI loop that another connection has committed.
///
/// On PostgreSQL it listens (LISTEN/NOTIFY: no polling, the server tells us); on SQLite it compares
/// `PRAGMA data_version` every 250 ms, which costs one page-cache read. Either way the store's change token
/// is compared with the last one seen, so the UI's own commits (`acknowledge`) are not taken for another editor's.
package final class ChangeWatch: @unchecked Sendable {
    private let store: any TrackerStore
    private let lock = NSLock()
    private var notified = false
    private var token: Int
    private var lastPoll = Date.distantPast
    private var listener: AnyObject?

    package init(store: any TrackerStore) {
        self.store = store
        token = (try? store.changeToken()) ?? 0
        if let pushed = store as? any ChangeListening {
            listener = try? pushed.listenForChanges { [weak self] in self?.notify() }
        }
    }

    /// Whether pushed notifications are in use (PostgreSQL), rather than polling.
    package var isPushed: Bool { listener != nil }

    private func notify() {
        lock.lock(); notified = true; lock.unlock()
    }

    /// Whether something changed since the last call (or `acknowledge`).
    package func changed() -> Bool {
        if isPushed {
            lock.lock()
            let n = notified
            notified = false
            lock.unlock()
            guard n else { return false }
        } else {
            guard Date().timeIntervalSince(lastPoll) >= 0.25 else { return false }
            lastPoll = Date()
        }
        guard let now = try? store.changeToken(), now != token else { return false }
        token = now
        return true
    }

    /// Takes the current state as seen (after the UI's own write and reload).
    package func acknowledge() {
        if let now = try? store.changeToken() { token = now }
    }
}

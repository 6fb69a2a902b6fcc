import BorderTrackCore
import BorderTrackStore
import Dispatch
import Foundation
import GRDB

/// A rebuild's input read on another thread: batches of projects (in id order) with their live claims, read
/// through a second connection while the rebuilding transaction writes the summaries of earlier batches.
///
/// The reader starts after the writer's `BEGIN IMMEDIATE`, so its snapshot is the state the writer started
/// from (nobody else can commit in between), and the rebuild changes none of the tables it reads. At most
/// two batches wait in memory.
final class RebuildFeed: @unchecked Sendable {
    typealias Batch = (projects: [Project], claims: [[Claim]])

    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private let room = DispatchSemaphore(value: 2)
    private let finished = DispatchSemaphore(value: 0)
    private var queue: [Result<Batch?, Error>] = []
    private var cancelled = false

    /// Starts reading from `reader` (a pool's reader connections), `batchSize` projects at a time.
    init(reader: DatabasePool, store: SQLiteStore, batchSize: Int) {
        DispatchQueue.global().async { [self] in
            do {
                try reader.read { db in
                    try store.readRebuildBatches(db, batchSize: batchSize) { batch in
                        room.wait()
                        return push(.success(batch))
                    }
                }
                push(.success(nil))
            } catch {
                push(.failure(error))
            }
            finished.signal()
        }
    }

    /// Queues an item for `next`; false once the consumer has stopped.
    @discardableResult
    private func push(_ item: Result<Batch?, Error>) -> Bool {
        lock.lock()
        let stop = cancelled
        if !stop { queue.append(item) }
        lock.unlock()
        if !stop { ready.signal() }
        return !stop
    }

    /// The next batch; nil after the last one. Rethrows the reader's error.
    func next() throws -> Batch? {
        ready.wait()
        lock.lock()
        let item = queue.removeFirst()
        lock.unlock()
        room.signal()
        return try item.get()
    }

    /// Stops the reader (if it is still reading) and waits until it has let go of its connection.
    func close() {
        lock.lock()
        cancelled = true
        lock.unlock()
        room.signal()
        finished.wait()
    }
}

extension SQLiteStore {
    /// Reads every project (in id order, as summary rows are keyed) with its live claims (recording order),
    /// `batchSize` projects at a time; `body` returns false to stop.
    func readRebuildBatches(_ db: Database, batchSize: Int, _ body: (RebuildFeed.Batch) throws -> Bool) throws {
        let projects = try fetchProjects(db, where: nil).sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        // Claims in project order (the claim_by_project index), merged with the projects sorted the same way (BINARY).
        let claims = try Row.fetchCursor(db, sql: """
            SELECT * FROM claim WHERE id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim') ORDER BY project, seq
            """)
        var pending: Claim? = nil
        var start = 0
        while start < projects.count {
            let batch = Array(projects[start..<min(projects.count, start + batchSize)])
            var inputs: [[Claim]] = []
            inputs.reserveCapacity(batch.count)
            for p in batch {
                var mine: [Claim] = []
                while true {
                    if pending == nil {
                        guard let r = try claims.next() else { break }
                        pending = try claim(from: r)
                    }
                    guard let c = pending else { break }
                    if c.project.utf8.lexicographicallyPrecedes(p.id.utf8) { pending = nil; continue }  // no such project
                    if c.project != p.id { break }
                    mine.append(c)
                    pending = nil
                }
                inputs.append(mine)
            }
            guard try body((batch, inputs)) else { return }
            start += batchSize
        }
    }
}

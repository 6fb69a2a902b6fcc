#if Postgres
import BorderTrackStore
import Dispatch
import Foundation
import PostgresNIO

extension PostgresLink {
    /// Streams a table's rows (`PostgresBulkInsert.copyText`) into it with `COPY … FROM STDIN` (text format), in
    /// pieces of a megabyte, inside the transaction the caller holds; waits until the server has them all.
    func copy(_ insert: PostgresBulkInsert) throws {
        guard let bytes = insert.copyText, !bytes.isEmpty else { return }
        let outcome = CopyOutcome()
        let connection = self.connection, logger = self.logger, table = insert.table, columns = insert.columns
        let work: @Sendable () async -> Void = {
            do {
                try await connection.copyFrom(table: table, columns: columns, format: .text(.init()), logger: logger) { writer in
                    var start = 0
                    while start < bytes.count {
                        let end = min(bytes.count, start + (1 << 20))
                        try await writer.write(ByteBuffer(bytes: bytes[start..<end]))
                        start = end
                    }
                }
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        // Not on the cooperative pool: its few threads may all be callers blocked below (tests run there), and the
        // copy's task would then never start.
        if #available(macOS 15.0, *) {
            Task(executorPreference: CopyExecutor.shared) { await work() }
        } else {
            Task { await work() }
        }
        try outcome.wait()
    }

    /// Runs `COPY` tasks on a dispatch queue of their own, outside Swift's cooperative pool.
    @available(macOS 15.0, *)
    final class CopyExecutor: TaskExecutor, @unchecked Sendable {
        static let shared = CopyExecutor()
        private let queue = DispatchQueue(label: "bordertrack.postgres.copy")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    /// How a `COPY` ended, handed from its task to the waiting caller.
    final class CopyOutcome: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var error: (any Error)?

        func finish(_ error: (any Error)?) {
            self.error = error
            done.signal()
        }

        func wait() throws {
            done.wait()
            if let error { throw error }
        }
    }
}
#endif

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
        var start = 0
        try copy(table: insert.table, columns: insert.columns) { piece in
            let end = min(bytes.count, start + (1 << 20))
            piece.append(contentsOf: bytes[start..<end])
            start = end
            return start < bytes.count
        }
    }

    /// Streams rows into `table` with `COPY … FROM STDIN` (text format) inside the caller's transaction, encoding
    /// while the server parses: `fill` appends the next piece's rows (whole lines of `COPY` text) to an empty buffer
    /// and returns whether more follow. At most `ahead` pieces wait to be sent; returns once the server has them
    /// all, or throws the server's error (then `fill` is not called again).
    func copy(table: String, columns: [String], ahead: Int = 4, fill: (inout [UInt8]) throws -> Bool) throws {
        let pipe = CopyPipe(slots: ahead)
        let connection = self.connection, logger = self.logger
        let work: @Sendable () async -> Void = {
            do {
                try await connection.copyFrom(table: table, columns: columns, format: .text(.init()), logger: logger) { writer in
                    while let piece = try pipe.next() {
                        try await writer.write(ByteBuffer(bytes: piece))
                    }
                }
                pipe.finish(nil)
            } catch {
                pipe.finish(error)
            }
        }
        // Not on the cooperative pool: its few threads may all be callers blocked below (tests run there), and the
        // copy's task would then never start.
        if #available(macOS 15.0, *) {
            Task(executorPreference: CopyExecutor.shared) { await work() }
        } else {
            Task { await work() }
        }
        var more = true
        do {
            while more, !pipe.failed {
                var piece: [UInt8] = []
                piece.reserveCapacity(1 << 20)
                more = try fill(&piece)
                if !piece.isEmpty { pipe.send(piece) }
            }
        } catch {
            pipe.close(aborting: true)
            _ = try? pipe.wait()
            throw error
        }
        pipe.close()
        try pipe.wait()
    }

    /// Runs `COPY` tasks on a dispatch queue of their own, outside Swift's cooperative pool.
    @available(macOS 15.0, *)
    final class CopyExecutor: TaskExecutor, @unchecked Sendable {
        static let shared = CopyExecutor()
        // Concurrent: a copy's task waits on its pipe, which must not hold up another store's copy.
        private let queue = DispatchQueue(label: "bordertrack.postgres.copy", attributes: .concurrent)

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    /// The pieces of one `COPY` handed from the encoding caller to the sending task (at most `slots` waiting), and
    /// how the copy ended, handed back.
    final class CopyPipe: @unchecked Sendable {
        private let lock = NSCondition()
        private var pieces: [[UInt8]] = []
        private var closed = false
        private var aborted = false
        private var ended = false
        private var error: (any Error)?
        private let slots: Int

        init(slots: Int) { self.slots = max(1, slots) }

        /// Whether the copy already ended (with an error: the server refused a row); nothing more is sent.
        var failed: Bool {
            lock.lock(); defer { lock.unlock() }
            return ended
        }

        /// Queues a piece, waiting while `slots` pieces wait already (dropped once the copy ended).
        func send(_ piece: [UInt8]) {
            lock.lock(); defer { lock.unlock() }
            while pieces.count >= slots && !ended { lock.wait() }
            if !ended { pieces.append(piece) }
            lock.broadcast()
        }

        /// No more pieces follow; `aborting`: the caller failed, and the copy is cancelled rather than completed.
        func close(aborting: Bool = false) {
            lock.lock(); defer { lock.unlock() }
            closed = true
            aborted = aborting
            lock.broadcast()
        }

        /// The next piece for the sending task; nil when the caller closed the pipe and all were taken; throws when
        /// the caller aborted (the server then discards the copy).
        func next() throws -> [UInt8]? {
            lock.lock(); defer { lock.unlock() }
            while pieces.isEmpty && !closed { lock.wait() }
            if aborted { throw CancellationError() }
            guard !pieces.isEmpty else { return nil }
            let piece = pieces.removeFirst()
            lock.broadcast()
            return piece
        }

        /// The copy ended: with `error` when it failed.
        func finish(_ error: (any Error)?) {
            lock.lock(); defer { lock.unlock() }
            self.error = error
            ended = true
            pieces.removeAll()
            lock.broadcast()
        }

        /// Waits for the copy to end, and throws its error.
        func wait() throws {
            lock.lock(); defer { lock.unlock() }
            while !ended { lock.wait() }
            if let error { throw error }
        }
    }
}
#endif

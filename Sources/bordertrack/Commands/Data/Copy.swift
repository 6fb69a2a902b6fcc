import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackPostgres
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack copy --from DB --to DB`: moves a whole tracker between engines, history included.
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a whole tracker, audit chain included, into a new, empty database (SQLite ⇄ PostgreSQL).",
            discussion: """
            Copies sources, projects, plans, claims (with who recorded them, when, and what they supersede), \
            flag events, and every audit entry verbatim (same seq, time, editor, before/after and hashes), \
            so `bordertrack audit verify` passes on the copy and a published head still checks out. \
            The source's chain is verified first; a broken chain is not copied. The target must be empty \
            and is written in one transaction: a failed copy leaves nothing behind. DB is a SQLite file \
            (created if missing) or a postgres://user@host[:port]/dbname URL.
            """)

        @Option(help: ArgumentHelp("The tracker to copy: a SQLite file or a postgres:// URL.", valueName: "db"))
        var from: String

        @Option(help: ArgumentHelp("The empty target: a SQLite file or a postgres:// URL.", valueName: "db"))
        var to: String

        mutating func run() throws {
            try CLI.guarded {
                if from == to { throw CLIError.usage("--from and --to name the same database") }
                let source = try GlobalOptions.openStore(at: from, create: false, readOnly: true)
                let snapshot = try source.exportAll()
                let check = AuditVerifier.verify(snapshot)
                if let problem = check.problem {
                    throw CLIError.failure("not copied: the audit chain of \(source.location) is BROKEN: \(problem)")
                }
                let newFile = Engines.isNewFile(to)
                do {
                    let target = try GlobalOptions.openStore(at: to, create: true, readOnly: false)
                    try target.importSnapshot(snapshot)
                    let copied = try target.verifyAudit()
                    guard copied.isIntact, copied == check else {
                        throw CLIError.failure("the copy at \(target.location) does not verify: \(copied.problem ?? "it differs from the source")")
                    }
                    print("copied \(snapshot.summary) from \(source.location) to \(target.location); "
                          + "audit chain intact, head \(copied.head.map { "\($0.seq):\($0.hash)" } ?? "(empty)")")
                } catch {
                    if newFile {  // leave no half-made file behind
                        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: to + suffix) }
                    }
                    throw error
                }
            }
        }
    }
}

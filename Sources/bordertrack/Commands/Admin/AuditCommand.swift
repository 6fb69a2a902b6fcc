import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack audit ...`: the tamper-evident history.
    struct AuditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit", abstract: "Verify and list the tamper-evident audit chain.", subcommands: [Verify.self, Log.self, Repair.self])

        struct Verify: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Walk the hash chain and check every row against it; exit 1 naming the first broken entry.")
            @OptionGroup var global: GlobalOptions
            @Option(help: "Also check that the chain still extends this published head, given as SEQ:HASH.") var head: String?
            mutating func run() throws {
                try CLI.guarded {
                    let store = try global.openStore(create: false)
                    let v = try store.verifyAudit()
                    if let problem = v.problem { throw CLIError.failure("audit chain BROKEN: \(problem)") }
                    if let head {
                        let parts = head.split(separator: ":")
                        guard parts.count == 2, let seq = Int(parts[0]) else { throw CLIError.usage("--head \"\(head)\": expected SEQ:HASH") }
                        let entries = try store.auditEntries(filter: AuditFilter())
                        guard let e = entries.first(where: { $0.seq == seq }), e.hash == String(parts[1]) else {
                            throw CLIError.failure("audit chain BROKEN: it no longer contains the published head \(head): history was rewritten")
                        }
                    }
                    // The derived summaries and queue are outside the chain: compared with a fresh analysis.
                    let derived = try (store as? any DerivedSummaries)?.checkDerived()
                    if let derived, !derived.intact {
                        throw CLIError.failure("audit chain intact, but \(derived.summary); `bordertrack audit repair` rebuilds them from the claims")
                    }
                    print("audit chain intact: \(v.entries) entries, \(v.rows) rows checked; head \(v.head.map { "\($0.seq):\($0.hash)" } ?? "(empty)")")
                    if let derived { print(derived.summary) }
                }
            }
        }

        struct Repair: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Rebuild derived summaries and queue entries that differ from a fresh analysis of the claims (the chain is not touched).")
            @OptionGroup var global: GlobalOptions
            mutating func run() throws {
                try CLI.guarded {
                    let store = try global.openStore(create: false)
                    guard let sqlite = store as? any DerivedSummaries else {
                        print("nothing to repair: this engine keeps no derived summaries")
                        return
                    }
                    let check = try sqlite.checkDerived()
                    guard !check.intact else { print(check.summary); return }
                    let n = try sqlite.repairDerived(check)
                    let after = try sqlite.checkDerived()
                    guard after.intact else { throw CLIError.failure("repair did not take: \(after.summary)") }
                    print("rebuilt the derived rows of \(n) project\(n == 1 ? "" : "s") from their claims; \(after.summary)")
                }
            }
        }

        struct Log: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List history: who changed what, when.")
            @OptionGroup var global: GlobalOptions
            @Option(help: "Only this project.") var project: String?
            @Option(name: .customLong("editor-name"), help: "Only this editor.") var editorName: String?
            @Option(help: "Only entries on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).") var since: String?
            mutating func run() throws {
                try CLI.guarded {
                    var filter = AuditFilter(project: project, editor: editorName)
                    if let since {
                        guard let d = try? PartialDate(parsing: since) else { throw CLIError.usage("--since \"\(since)\": expected YYYY, YYYY-MM or YYYY-MM-DD") }
                        filter.since = Timestamp(seconds: d.start.ordinal * 86_400)
                    }
                    let store = try global.openStore(create: false)
                    let rows = try store.auditEntries(filter: filter).map { e in
                        ["\(e.seq)", e.at.description, e.editor, e.action, e.entityID, e.project ?? "-", String(e.hash.prefix(12))]
                    }
                    let lang = try global.catalogue()
                    print(TextTable.render(header: [lang["cli.col.seq"], lang["cli.col.at"], lang["cli.col.editor"], lang["cli.col.action"],
                                                    lang["cli.col.entity"], lang["cli.col.project"], lang["cli.col.hash"]], rows: rows), terminator: "")
                }
            }
        }
    }
}

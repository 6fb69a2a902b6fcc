import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BorderTrack.ClaimCommand {
    /// `bordertrack claim withdraw ID`.
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a claim recorded in error: it stops counting, and stays in the audit history.",
            discussion: "To correct a claim that was reported wrongly by its source, add a correction with `claim add --supersedes` instead.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Claim id.") var id: String
        @Option(help: "Why it was recorded in error.") var reason: String?

        mutating func run() throws {
            try CLI.guarded { try BorderTrack.ClaimCommand.withdraw(.claim, id: id, reason: reason, global: global) }
        }
    }

    /// Withdraws a claim or plan and says so.
    static func withdraw(_ kind: WithdrawKind, id: String, reason: String?, global: GlobalOptions) throws {
        let store = try global.openStore(create: false)
        let editor = global.editorName()
        try store.withdraw(kind, id: id, reason: reason, editor: editor)
        print("\(kind.rawValue) \(id) withdrawn by \(editor)")
    }
}

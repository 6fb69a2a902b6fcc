import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack plan ...`: announced target dates (append-only).
    struct PlanCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan", abstract: "Record announced target dates, or withdraw one recorded in error (append-only).",
            subcommands: [Add.self, Withdraw.self])

        /// `bordertrack plan add`.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record one announced target date for a milestone; a project's plans form its deadline history.")

            @OptionGroup var global: GlobalOptions
            @Option(help: "Project id.") var project: String
            @Option(help: "start, completion or opening.") var milestone: String
            @Option(help: "The target date (YYYY, YYYY-MM or YYYY-MM-DD, optional ?, ~ or %).") var target: String
            @Option(help: "When the target was announced.") var announced: String?
            @Option(help: "Id of the source that announced it.") var source: String?
            @Option(help: "Plan id (default: derived from the content).") var id: String?

            mutating func run() throws {
                try CLI.guarded {
                    let plan = try CLI.validated {
                        try Plan(id: id, project: project, milestone: milestone, target: target, announced: announced, source: source)
                    }
                    let store = try global.openStore(create: false)
                    let stored = try store.addPlan(plan, editor: global.editorName())
                    print(stored.id)
                }
            }
        }

        /// `bordertrack plan withdraw ID`.
        struct Withdraw: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Withdraw a plan entry recorded in error: it stops counting, and stays in the audit history.")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "Plan id.") var id: String
            @Option(help: "Why it was recorded in error.") var reason: String?

            mutating func run() throws {
                try CLI.guarded { try ClaimCommand.withdraw(.plan, id: id, reason: reason, global: global) }
            }
        }
    }
}

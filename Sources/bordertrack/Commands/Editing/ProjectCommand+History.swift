import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BorderTrack.ProjectCommand {
    /// `bordertrack project history ID`.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every change about a project: editor, time, action and before → after, from the audit chain.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "text or json.") var format: OutputFormat = .text
        @Argument(help: "Project id.") var id: String

        mutating func run() throws {
            try CLI.guarded {
                let store = try global.openStore(create: false)
                let entries = try store.auditEntries(filter: AuditFilter(project: id))
                if entries.isEmpty, try store.project(id: id) == nil {
                    throw CLIError.badData("no project with id \"\(TextEscaper.escapeForMessage(id))\"; see `bordertrack project list`")
                }
                // JSON keeps the English change text whatever the language (machine formats never change with it).
                let lang = format == .json ? Catalogue.en : try global.catalogue()
                let changes = ProjectHistory.changes(entries, lang: lang)
                switch format {
                case .text: print(ProjectHistory.table(changes, lang: lang), terminator: "")
                case .json: print(ProjectHistory.json(changes), terminator: "")
                }
            }
        }
    }
}

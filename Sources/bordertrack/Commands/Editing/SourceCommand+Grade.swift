import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore

extension BorderTrack.SourceCommand {
    /// `bordertrack source grade SOURCE-ID --grade B --reason "…"` (or `--clear`): an editor's reliability grade.
    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set an editor's reliability grade (A–F) for a source, overriding the computed one, or clear it; a reason is required.",
            discussion: """
            The grade overrides the one computed from the source's track record wherever sources are weighed \
            (`assess`, `sources`, reports); both are shown. Each change is a new entry in the audit history; \
            `bordertrack undo` takes back your latest one. See Docs/assessment.md.
            """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("Source id.", valueName: "SOURCE-ID")) var id: String
        @Option(help: "A (completely reliable), B, C, D, E (unreliable) or F (cannot be judged).") var grade: String?
        @Flag(help: "Clear the editor's grade: the computed grade applies again.") var clear = false
        @Option(help: "Why (required; shown beside the grade).") var reason: String?

        mutating func run() throws {
            try CLI.guarded {
                let parsed = try Self.parse(grade: grade, clear: clear, reason: reason)
                let store = try global.openStore(create: false)
                let editor = global.editorName()
                let event = try store.setGrade(source: id, grade: parsed, reason: reason ?? "", editor: editor)
                if let g = event.grade {
                    print("source \(id) graded \(g.rawValue) (\(g.meaning)) by \(editor): \(event.reason)")
                } else {
                    print("source \(id): editor's grade cleared by \(editor): \(event.reason)")
                }
            }
        }

        /// Checks the options before anything is opened: exactly one of `--grade`/`--clear`, a grade A–F, a reason.
        static func parse(grade: String?, clear: Bool, reason: String?) throws -> SourceGrade? {
            if clear && grade != nil { throw CLIError.usage("--grade and --clear: give one of them, not both") }
            if !clear && grade == nil { throw CLIError.usage("--grade: missing; expected a grade A–F (or --clear to clear the editor's grade)") }
            if (reason ?? "").allSatisfy(\.isWhitespace) {
                throw CLIError.badData("--reason: \"\(TextEscaper.escapeForMessage(reason ?? ""))\" is not valid; expected a reason for \(clear ? "clearing" : "setting") the grade (it is shown beside it)")
            }
            guard let grade else { return nil }
            do { return try SourceGrade(parsing: grade) } catch {
                throw CLIError.badData("--grade: \"\(TextEscaper.escapeForMessage(grade))\" is not valid; expected one of \(SourceGrade.allowed)")
            }
        }
    }
}

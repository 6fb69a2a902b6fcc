import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack claim ...`: record claims from scripts.
    struct ClaimCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claim", abstract: "Record claims, or withdraw one recorded in error (append-only).",
            subcommands: [Add.self, Withdraw.self])

        /// `bordertrack claim add`.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record one claim: a source's statement of a project's status on a date.",
                discussion: """
                To correct a claim, add the corrected one with --supersedes OLD-ID: the old one stays in history. \
                A scope is for bridge, rail, road and border-crossing projects only; --section names the country \
                whose part of the project the claim is about, one of the project's countries (none: the whole project). \
                An --as-of that starts after today (UTC) and a day of tolerance is refused: a statement about a later \
                date is a plan (see `plan add`). --quote takes the source's own words only, verbatim, in their language \
                (--quote-lang ru, zh, en, …); an English rendering goes in --translation and is never shown as the \
                source's words; --note holds the editor's paraphrase or context; --via names the source the claim is \
                known through when it was not read in --source itself (a study citing a newspaper).
                """)

            @OptionGroup var global: GlobalOptions
            @Option(help: "Project id.") var project: String
            @Option(help: "proposed, agreed, construction, completed, operational, suspended or cancelled.") var status: String
            @Option(help: "For operational: passenger, cargo or full.") var scope: String?
            @Option(name: .customLong("as-of"), help: "Date the status held (YYYY, YYYY-MM or YYYY-MM-DD, optional ?, ~ or %).") var asOf: String
            @Option(help: "Source id.") var source: String
            @Option(help: "Publication date of the source's statement.") var published: String?
            @Option(help: "URL of the statement.") var url: String?
            @Option(help: "The source's own words, verbatim, in the original language.") var quote: String?
            @Option(name: .customLong("quote-lang"), help: ArgumentHelp("Language of --quote (ru, zh, en, …).", valueName: "LANG"))
            var quoteLang: String?
            @Option(help: "An English rendering of the quote, shown marked as a translation.") var translation: String?
            @Option(help: "The editor's paraphrase or context.") var note: String?
            @Option(help: ArgumentHelp("Source id the claim is known through (a secondary account).", valueName: "SOURCE")) var via: String?
            @Option(help: "Claim id (default: derived from the content).") var id: String?
            @Option(help: "Id of an earlier claim this one corrects.") var supersedes: String?
            @Option(help: ArgumentHelp("The project's section the claim is about: one of its countries (RU, CN); default the whole project.",
                                       valueName: "CC")) var section: String?

            mutating func run() throws {
                try CLI.guarded {
                    let claim: Claim
                    do {
                        claim = try Claim(id: id, project: project, status: status, scope: scope, asOf: asOf,
                                          published: published, source: source, url: url, quote: quote, supersedes: supersedes,
                                          section: section, quoteLang: quoteLang, translation: translation, note: note, via: via)
                    } catch let error as ModelError {
                        let option = ["asOf": "--as-of", "quoteLang": "--quote-lang"][error.field] ?? "--" + error.field
                        throw CLIError.badData(error.message.replacingOccurrences(of: "field \"\(error.field)\"", with: option))
                    }
                    // The store refuses these too (by its clock); checked here first to name the option at fault.
                    do throws(ModelError) { try claim.checkNotLater(today: AnalysisLoader.today()) } catch {
                        throw CLI.badOption(error, options: ["asOf": "--as-of"])
                    }
                    let store = try global.openStore(create: false)
                    if claim.scope != nil || claim.section != nil, let p = try store.project(id: claim.project) {
                        do throws(ModelError) { try claim.check(against: p) } catch { throw CLI.badOption(error) }
                    }
                    let stored = try store.addClaim(claim, editor: global.editorName())
                    print(stored.id)
                }
            }
        }
    }
}

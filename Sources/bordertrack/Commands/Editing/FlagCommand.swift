import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack flag ...`: the editors' workflow on discrepancies.
    struct FlagCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "flag", abstract: "Acknowledge, resolve, reopen or raise discrepancy flags (every change recorded with editor and time).",
            subcommands: [Ack.self, Resolve.self, Reopen.self, Add.self])

        /// Finds a discrepancy by id (detected now, or known to the flag history).
        static func find(_ id: String, store: any TrackerStore) throws -> Discrepancy {
            let analysis = try AnalysisLoader.load(store, asOf: nil)
            guard let d = analysis.discrepancies.first(where: { $0.id == id }) else {
                throw CLIError.badData("no discrepancy with id \"\(TextEscaper.escapeForMessage(id))\"; see `bordertrack discrepancies --state all`")
            }
            return d
        }

        /// Records a flag action; `verdict` is the editor's word, checked against what the discrepancy compares.
        static func record(_ action: FlagAction, id: String, verdict word: String? = nil, note: String, global: GlobalOptions,
                           allowedFrom: Set<FlagState>) throws {
            let store = try global.openStore(create: false)
            let d = try find(id, store: store)
            guard allowedFrom.contains(d.flag.state) else {
                throw CLIError.badData("discrepancy \(id) is \(d.flag.state.rawValue); \(action.rawValue) applies to \(allowedFrom.map(\.rawValue).sorted().joined(separator: " or ")) ones")
            }
            var verdict: Verdict? = nil
            if let word {
                guard let v = Verdict.chosen(word, among: d.verdictChoices) else {
                    throw CLIError.usage("--verdict \"\(TextEscaper.escapeForMessage(word))\": \(id) (\(d.kind.rawValue)) takes one of \(d.verdictChoices.map(\.choice).joined(separator: ", "))")
                }
                verdict = v
            }
            let e = FlagEvent(discrepancy: id, project: d.project, action: action, verdict: verdict, note: note,
                              editor: global.editorName(), at: Timestamp(seconds: 0))
            let stored = try store.recordFlag(e, expectedLast: .some(d.flag.lastEvent))
            print("\(id): \(action.rawValue) recorded by \(stored.editor) at \(stored.at)")
        }

        struct Ack: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Acknowledge a discrepancy: seen, being looked into.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "Discrepancy id.") var id: String
            @Option(help: "Why, or what is being checked.") var note: String = ""
            mutating func run() throws {
                try CLI.guarded { try FlagCommand.record(.ack, id: id, note: note, global: global, allowedFrom: [.open]) }
            }
        }

        struct Resolve: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Resolve a discrepancy with a verdict on who was right.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "Discrepancy id.") var id: String
            @Option(help: ArgumentHelp("Who was right, in the terms of what the discrepancy compares: official or local (a status conflict, a lag), a country code (cross-border: RU, CN), a source id (an official split), or both or neither.",
                                       valueName: "verdict")) var verdict: String
            @Option(help: "The evidence for the verdict.") var note: String
            mutating func run() throws {
                try CLI.guarded {
                    guard !note.trimmingWhitespace.isEmpty else { throw CLIError.usage("--note must say why: a verdict needs its evidence") }
                    try FlagCommand.record(.resolve, id: id, verdict: verdict, note: note, global: global, allowedFrom: [.open, .acknowledged])
                }
            }
        }

        struct Reopen: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Reopen an acknowledged, resolved or obsolete discrepancy.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "Discrepancy id.") var id: String
            @Option(help: "Why.") var note: String = ""
            mutating func run() throws {
                try CLI.guarded { try FlagCommand.record(.reopen, id: id, note: note, global: global, allowedFrom: [.acknowledged, .resolved, .obsolete]) }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Raise a manual flag on a project.")
            @OptionGroup var global: GlobalOptions
            @Option(help: "Project id.") var project: String
            @Option(help: "What is wrong.") var note: String
            @Option(help: "critical, major or minor.") var severity: String = "major"
            mutating func run() throws {
                try CLI.guarded {
                    guard let sev = Severity(rawValue: severity) else { throw CLIError.usage("--severity \"\(severity)\": expected one of \(Severity.allowed)") }
                    guard !note.trimmingWhitespace.isEmpty else { throw CLIError.usage("--note must say what is wrong") }
                    let store = try global.openStore(create: false)
                    let editor = global.editorName()
                    let now = Timestamp(seconds: Int(Date().timeIntervalSince1970))
                    let id = DiscrepancyKind.manual.idPrefix + "-" + StableHash.of([project, note, editor, now.description], digits: 10)
                    let e = FlagEvent(discrepancy: id, project: project, action: .add, severity: sev, note: note, editor: editor, at: now)
                    do { _ = try store.recordFlag(e, expectedLast: .some(nil)) } catch StoreError.notFound(_, let p) {
                        throw CLIError.badData("--project \"\(TextEscaper.escapeForMessage(p))\": no such project; see `bordertrack project list`")
                    }
                    print(id)
                }
            }
        }
    }
}

import ArgumentParser
import BorderTrackApp
import BorderTrackBench
import BorderTrackCore
import BorderTrackStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `bordertrack` command: with no subcommand it opens the terminal UI.
@main
struct BorderTrack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bordertrack",
        abstract: "Track cross-border infrastructure projects: who claims what status, and where the sources disagree.",
        discussion: """
        Every status is a claim by a named source on a date. Official (federal, state media) and local \
        (regional, local media, business, field) accounts are kept side by side and compared.

        With no subcommand, opens the terminal UI on the database (creating it from the bundled \
        sample data on first run).

        Exit codes: 0 success, 64 usage error, 65 bad input data, 66 input file missing, \
        73 cannot create output, 75 database busy (try again), 1 other failure.
        """,
        version: "0.1.0",
        subcommands: [Import.self, Export.self, Discrepancies.self, Assess.self, FlagCommand.self, ClaimCommand.self, PlanCommand.self,
                      ProjectCommand.self, SourceCommand.self, SourcesCommand.self, UndoCommand.self, AuditCommand.self, BenchCommands.Generate.self,
                      BenchCommands.Bench.self, BenchCommands.BenchUI.self, BenchCommands.BenchMap.self, BenchCommands.WriteClaims.self, Report.self,
                      Copy.self, Server.self],
        defaultSubcommand: nil
    )

    @OptionGroup var global: GlobalOptions

    /// The entry point: standard output made safe to fail (`StandardOutput.prepare`), arguments checked for
    /// invalid UTF-8 (`ArgumentText`), then the command.
    static func main() {
        StandardOutput.prepare()
        if let problem = ArgumentText.firstInvalid(ArgumentText.raw()) {
            StandardOutput.reportError("bordertrack: " + problem)
            Glibc.exit(CLIError.usage(problem).exitCode)
        }
        main(nil)
    }

    @Flag(name: .long, help: "Use ASCII instead of Unicode box and status symbols.")
    var ascii = false

    mutating func run() throws {
        try CLI.guarded {
            let path = try global.databasePath()
            let lang = try global.catalogue()
            let fresh = Engines.isNewFile(path)
            let store = try global.openStore(create: true)
            if fresh, !store.isReadOnly, let sample = SampleData.locate() {
                let summary = try SampleData.load(sample, into: store)
                FileHandle.standardError.write(Data("bordertrack: created \(path) from the sample data (\(summary))\n".utf8))
            }
            let reason = global.readOnly ? "opened with --read-only"
                : store.readOnlyNote
                ?? "\(store.location) is not writable by you (or your PostgreSQL role may only read)"
            try UILauncher.run(store: store, editor: global.editorName(), ascii: ascii, readOnlyReason: reason, lang: lang)
        }
    }
}

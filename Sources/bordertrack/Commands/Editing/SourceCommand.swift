import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack source add`: record a new source (who makes claims); `bordertrack source grade`: an editor's reliability grade for it.
    struct SourceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "source", abstract: "Record sources (see `bordertrack sources` for the list).", subcommands: [Add.self, Grade.self])

        /// `bordertrack source add`.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record one source: a ministry, a newspaper, a carrier, the field team.",
                discussion: """
                Undo it with `bordertrack undo` while no claim, plan or source names it. --affiliation names the source \
                that controls this one (a newspaper's founder, a state company's owner): sources on one affiliation \
                chain count as one voice when corroboration is counted.
                """)

            @OptionGroup var global: GlobalOptions
            @Option(help: "Source id (a slug: lowercase letters, digits, '-').") var id: String
            @Option(help: "The source's name.") var name: String
            @Option(help: "federal-official, state-media, foreign-official, regional-official, local-media, business or field.") var tier: String
            @Option(help: "ISO 3166-1 alpha-2 code of the side of the border it speaks for (RU, CN, …).") var country: String
            @Option(help: "The source's website.") var url: String?
            @Option(help: "official or local, overriding the tier's default perspective.") var perspective: String?
            @Option(help: ArgumentHelp("Id of the source that controls this one.", valueName: "SOURCE")) var affiliation: String?

            mutating func run() throws {
                try CLI.guarded {
                    let source = try CLI.validated {
                        try Source(id: id, name: name, tier: tier, country: country, url: url, perspective: perspective,
                               affiliation: affiliation)
                    }
                    let store = try global.openStore(create: false)
                    let stored = try store.addSource(source, editor: global.editorName())
                    print(stored.id)
                }
            }
        }
    }
}

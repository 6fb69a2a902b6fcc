import ArgumentParser
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack project list|show`: projects for scripts.
    struct ProjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "project", abstract: "List and show projects.", subcommands: [List.self, Show.self])

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        /// `bordertrack project list`.
        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "One line per project: id, kind, name, latest claim date.")
            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: Format = .text

            mutating func run() throws {
                try CLI.guarded {
                    let store = try global.openStore(create: false)
                    let data = try store.dataset()
                    switch format {
                    case .json:
                        let items: [JSONValue] = data.projects.map { p in
                            .object([("id", .string(p.id)), ("kind", .string(p.kind.rawValue)), ("name", .string(p.names.en)),
                                     ("claims", .number(String(data.claims.filter { $0.project == p.id }.count)))])
                        }
                        print(JSONWriter.pretty(.array(items)), terminator: "")
                    case .text:
                        let rows = data.projects.map { p -> [String] in
                            let cs = data.claims.filter { $0.project == p.id }
                            return [p.id, p.kind.rawValue, p.names.en, "\(cs.count)", cs.map(\.asOf).max()?.description ?? "-"]
                        }
                        print(TextTable.render(header: ["ID", "KIND", "NAME", "CLAIMS", "LATEST"], rows: rows), terminator: "")
                    }
                }
            }
        }

        /// `bordertrack project show ID`.
        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A project's names, details, deadline history and claims.")
            @OptionGroup var global: GlobalOptions
            @Option(help: "text or json.") var format: Format = .text
            @Argument(help: "Project id.") var id: String

            mutating func run() throws {
                try CLI.guarded {
                    let store = try global.openStore(create: false)
                    guard let p = try store.project(id: id) else {
                        throw CLIError.badData("no project with id \"\(TextEscaper.escapeForMessage(id))\"; see `bordertrack project list`")
                    }
                    let claims = try store.claims(project: id)
                    let plans = try store.plans(project: id)
                    let sources = try store.sources().filter { s in claims.contains { $0.source == s.id } || plans.contains { $0.source == s.id } }
                    let one = Dataset(sources: sources, projects: [p], plans: plans, claims: claims)
                    switch format {
                    case .json:
                        print(DatasetJSON.encode(one), terminator: "")
                    case .text:
                        print(ProjectText.render(project: p, claims: claims, plans: plans, sources: try store.sources()), terminator: "")
                    }
                }
            }
        }
    }

    /// `bordertrack sources`: the sources and their perspective.
    struct SourcesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sources", abstract: "List sources with tier, country and perspective.")
        @OptionGroup var global: GlobalOptions

        mutating func run() throws {
            try CLI.guarded {
                let store = try global.openStore(create: false)
                let rows = try store.sources().map { [$0.id, $0.name, $0.tier.rawValue, $0.country ?? "-", $0.perspective.rawValue] }
                print(TextTable.render(header: ["ID", "NAME", "TIER", "COUNTRY", "PERSPECTIVE"], rows: rows), terminator: "")
            }
        }
    }
}

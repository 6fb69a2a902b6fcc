import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation

extension BorderTrack.ProjectCommand {
    /// The descriptive options `project add` and `project edit` share; in `edit`, only those given change.
    struct Fields: ParsableArguments {
        @Option(help: "bridge, rail, road, pipeline, border-crossing, ftz, industrial-park, port, energy or other.") var kind: String?
        @Option(name: .customLong("name-en"), help: "English name.") var nameEn: String?
        @Option(name: .customLong("name-ru"), help: "Russian name (\"\" removes it).") var nameRu: String?
        @Option(name: .customLong("name-zh"), help: "Chinese name (\"\" removes it).") var nameZh: String?
        @Option(name: .customLong("country"), help: "ISO country code the project joins; repeat for each (\"\" alone clears).") var countries: [String] = []
        @Option(name: .customLong("region"), help: "Region; repeat for each (\"\" alone clears).") var regions: [String] = []
        @Option(help: "Latitude in degrees (with --lon).") var lat: Double?
        @Option(help: "Longitude in degrees (with --lat).") var lon: Double?
        @Option(name: .customLong("program"), help: "Programme slug; repeat for each (\"\" alone clears).") var programs: [String] = []

        /// The project `base` with the given options applied (every option for a new project).
        func apply(id: String, to base: Project?) throws -> Project {
            if (lat == nil) != (lon == nil) { throw CLIError.usage("--lat and --lon go together: give both, or neither") }
            func list(_ given: [String], _ old: [String]?) -> [String] {
                given.isEmpty ? (old ?? []) : given.filter { !$0.isEmpty }
            }
            func text(_ given: String?, _ old: String?) -> String? { given.map { $0.isEmpty ? nil : $0 } ?? old }
            return try CLI.validated(options: CLI.projectOptions) {
                let names = try Names(en: nameEn ?? base?.names.en ?? "", ru: text(nameRu, base?.names.ru), zh: text(nameZh, base?.names.zh))
                var location = base?.location
                if let lat, let lon { location = try Location(lat: lat, lon: lon) }
                return try Project(id: id, kind: kind ?? base?.kind.rawValue ?? "", names: names,
                                   countries: list(countries, base?.countries), regions: list(regions, base?.regions),
                                   location: location, programs: list(programs, base?.programs))
            }
        }
    }

    /// `bordertrack project add`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a new project.", discussion: "Undo it with `bordertrack undo` while nothing refers to it.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Project id (a slug: lowercase letters, digits, '-').") var id: String
        @OptionGroup var fields: Fields

        mutating func run() throws {
            try CLI.guarded {
                guard fields.kind != nil else { throw CLIError.usage("missing --kind: expected one of \(ProjectKind.allowed)") }
                guard fields.nameEn != nil else { throw CLIError.usage("missing --name-en: a project needs its English name") }
                let project = try fields.apply(id: id, to: nil)
                let store = try global.openStore(create: false)
                print(try store.addProject(project, editor: global.editorName()).id)
            }
        }
    }

    /// `bordertrack project edit ID`.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a project's descriptive fields; only the options given change (the id never does).",
            discussion: "The previous version stays in the audit history (`bordertrack project history ID`); `bordertrack undo` puts it back.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Project id.") var id: String
        @OptionGroup var fields: Fields

        mutating func run() throws {
            try CLI.guarded {
                let store = try global.openStore(create: false)
                guard let current = try store.project(id: id) else {
                    throw CLIError.badData("no project with id \"\(TextEscaper.escapeForMessage(id))\"; see `bordertrack project list`")
                }
                let edited = try fields.apply(id: id, to: current)
                let changes = ProjectChange.describe(from: current, to: edited)
                if changes.isEmpty {
                    print("project \(id): nothing to change")
                    return
                }
                try store.updateProject(edited, expected: current, editor: global.editorName())
                print("project \(id) updated:")
                for c in changes { print("  " + TextTable.cell(c)) }
            }
        }
    }
}

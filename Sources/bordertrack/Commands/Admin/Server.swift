import ArgumentParser
import BorderTrackApp
import BorderTrackPostgres
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack server …`: setting up the PostgreSQL team server.
    struct Server: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set up the PostgreSQL team server (see Docs/team-server.md).", subcommands: [Roles.self])

        /// `bordertrack server roles`: the viewer, editor and admin roles.
        struct Roles: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print the SQL that creates the bordertrack_viewer, bordertrack_editor and bordertrack_admin roles, or apply it.",
                discussion: """
                The privileges are PostgreSQL's own grants: a viewer can only read, an editor can only append \
                claims, plans and flag events (never UPDATE or DELETE), an admin can do everything on the \
                tracker. Pipe the SQL into psql as the tables' owner, or use --apply with --db URL.
                """)

            @OptionGroup var global: GlobalOptions

            @Option(help: ArgumentHelp("Schema holding the tracker's tables, for the printed SQL (default: public).", valueName: "name"))
            var schema: String?

            @Flag(help: "Run the SQL on --db (a postgres:// URL, as the tables' owner or a superuser) instead of printing it.")
            var apply = false

            mutating func run() throws {
                try CLI.guarded {
                    #if Postgres
                    if let schema, !PostgresURL.isIdentifier(schema) {
                        throw CLIError.usage("--schema \"\(schema)\": expected a plain lowercase name (letters, digits and _)")
                    }
                    guard apply else {
                        print(PostgresRoles.sql(schema: schema ?? "public"), terminator: "")
                        return
                    }
                    if schema != nil { throw CLIError.usage("with --apply, the schema comes from the URL (?schema=NAME), not --schema") }
                    let path = try global.databasePath()
                    guard !Engines.opener.engine(for: path).keepsFiles else { throw CLIError.usage("--apply needs --db postgres://…; \(path) is not a PostgreSQL URL") }
                    guard let store = try global.openStore(create: false) as? any RoleGranting else {
                        throw CLIError.failure("\(path) did not open as a PostgreSQL store")
                    }
                    try store.applyRoles()
                    print("roles \(PostgresRoles.names.joined(separator: ", ")) granted on schema \(store.rolesSchema) of \(store.location)")
                    #else
                    throw CLIError.usage(PostgresEngine.unavailableMessage)
                    #endif
                }
            }
        }
    }
}

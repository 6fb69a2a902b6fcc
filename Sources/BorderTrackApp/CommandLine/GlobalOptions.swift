import ArgumentParser
import BorderTrackCore
import BorderTrackStore
import Foundation

/// Options every command shares: which database, who is editing, read-only.
package struct GlobalOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("Database file or postgres://user@host[:port]/dbname URL (default: $BORDERTRACK_DB, then $XDG_DATA_HOME/bordertrack/tracker.sqlite).", valueName: "path"))
    package var db: String?

    @Option(name: .long, help: ArgumentHelp("Editor name recorded with every change (default: $BORDERTRACK_EDITOR, then $USER).", valueName: "name"))
    package var editor: String?

    @Flag(name: .long, help: "Open the database read-only: edits are refused.")
    package var readOnly = false

    @Flag(name: .long, help: "Create a new database file with mode 0640 (group-readable) instead of 0600.")
    package var groupShared = false

    @Option(name: .long, help: ArgumentHelp("Language of the interface and of text reports: en, ru or zh (default: from $LC_ALL, $LC_MESSAGES, $LANG; else en).", valueName: "code"))
    package var lang: String?

    /// Refuses an unknown `--lang` before any command runs (exit 64, naming the languages).
    package func validate() throws {
        if let lang, !lang.isEmpty, Catalogue.named(lang) == nil { throw ValidationError(LanguageError.unknown(lang).description) }
    }

    /// The catalogue `--lang` names, else the one the locale asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    package func catalogue() throws -> Catalogue {
        do { return try Catalogue.choose(option: lang, env: ProcessInfo.processInfo.environment) }
        catch { throw CLIError.usage(error.description) }
    }

    /// The database path after defaults.
    package func databasePath() throws -> String {
        let env = ProcessInfo.processInfo.environment
        if let db, !db.isEmpty { return db }
        if let e = env["BORDERTRACK_DB"], !e.isEmpty { return e }
        let base: String
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { base = x } else {
            guard let home = env["HOME"], !home.isEmpty else {
                throw CLIError.usage("cannot find a default database: set --db, $BORDERTRACK_DB, $XDG_DATA_HOME or $HOME")
            }
            base = home + "/.local/share"
        }
        return base + "/bordertrack/tracker.sqlite"
    }

    /// The editor's name after defaults.
    package func editorName() -> String {
        let env = ProcessInfo.processInfo.environment
        for candidate in [editor, env["BORDERTRACK_EDITOR"], env["USER"], env["LOGNAME"]] {
            if let c = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !c.isEmpty { return c }
        }
        return "unknown"
    }

    /// Opens the store; the file must exist unless `create` (commands that read refuse to invent an empty database).
    package func openStore(create: Bool) throws -> any TrackerStore {
        try Self.openStore(at: try databasePath(), create: create, readOnly: readOnly, groupShared: groupShared)
    }

    /// Opens a SQLite file or a `postgres://` URL (the PostgreSQL tracker must exist unless `create`).
    package static func openStore(at path: String, create: Bool, readOnly: Bool, groupShared: Bool = false) throws -> any TrackerStore {
        var timeout: TimeInterval = 10
        if let ms = ProcessInfo.processInfo.environment["BORDERTRACK_BUSY_TIMEOUT_MS"], let v = Int(ms), v >= 0 { timeout = Double(v) / 1000 }
        let engine = Engines.opener.engine(for: path)
        let options = OpenOptions(create: create, readOnly: readOnly, groupShared: groupShared, busyTimeout: timeout) { location, migrations in
            // Before the terminal is taken over, so a person waiting on a large tracker's upgrade sees why.
            FileHandle.standardError.write(Data("bordertrack: upgrading the tracker's tables at \(TerminalText.sanitize(location)) (\(migrations.joined(separator: ", "))); on a large tracker this takes a while, once\n".utf8))
        }
        if !engine.keepsFiles {
            do {
                return try engine.open(path, options)
            } catch StoreError.notFound(_, let location) {
                throw CLIError.inputMissing("no BorderTrack tracker at \(location) yet; create it with `bordertrack import FILE --db URL` or `bordertrack copy --from FILE --to URL`")
            } catch StoreError.invalid(let message) {
                throw CLIError.usage(message)
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError.usage("database \(path) is a folder; expected a database file (or a new file's name)")
        }
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw CLIError.inputMissing("database \(path) does not exist; create it with `bordertrack import FILE --db \(path)`")
        }
        let writable = FileManager.default.fileExists(atPath: path) ? FileManager.default.isWritableFile(atPath: path) : true
        var fileOptions = options
        fileOptions.readOnly = readOnly || !writable
        let store = try engine.open(path, fileOptions)
        if let note = store.readOnlyNote { StandardOutput.reportError("bordertrack: note: " + note) }
        return store
    }
}

import BorderTrackCore
import BorderTrackStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where `-o PATH` sends its bytes, decided from `lstat` before anything is written.
///
/// - nil or `-`: standard output.
/// - A regular file, or a new name: replaced atomically (a temporary file in the same folder, renamed over it)
///   with the mode of the file it replaces, or for a new file the database's mode (0600 stays 0600).
/// - A character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe): written through, never replaced.
/// - A symbolic link: followed; the file it points to is handled as above and the link stays a link.
///   A link to nothing is refused.
/// - A folder, block device or socket: refused.
/// - The open database, or one of its side files (`-wal`, `-shm`, `-journal`, `.lock`), by name or by inode
///   (a hard link, a symbolic link): refused, naming it.
package struct OutputTarget {
    package enum Kind: Equatable {
        case standardOutput
        /// Written to a temporary file created with `mode`, then renamed over `path`.
        case replace(mode: mode_t)
        /// Opened and written in place: a device or a FIFO.
        case writeThrough
    }

    /// The path as given (for messages).
    package let given: String
    /// The path written: the given one, or what its symbolic link points to.
    package let path: String
    package let kind: Kind

    /// Decides how `path` is written; `database` is the open tracker's location (a file path or a URL).
    package static func resolve(_ path: String?, database: String?) throws -> OutputTarget {
        guard let path, path != "-" else { return OutputTarget(given: "-", path: "-", kind: .standardOutput) }
        let shown = TerminalText.sanitize(path)
        var target = path
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
            guard let real = realpath(path, nil) else {
                throw CLIError.usage("-o \(shown) is a symbolic link to nothing (\(String(cString: strerror(errno)))); remove it or give the file's own name")
            }
            target = String(cString: real)
            free(real)
        }
        try refuseDatabase(target, given: shown, database: database)
        guard stat(target, &st) == 0 else {
            // A new file: the database's mode, else the usual 0666 less the umask.
            return OutputTarget(given: path, path: target, kind: .replace(mode: databaseMode(database) ?? defaultMode()))
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return OutputTarget(given: path, path: target, kind: .replace(mode: st.st_mode & 0o7777))
        case S_IFCHR, S_IFIFO: return OutputTarget(given: path, path: target, kind: .writeThrough)
        default:
            throw CLIError.usage("-o \(shown) is \(FileKind.nonRegular(st.st_mode) ?? "not a file"); expected a file name, a device or a FIFO")
        }
    }

    /// Fails when `path` names the database or one of its side files, by name or by device and inode.
    package static func refuseDatabase(_ path: String, given: String, database: String?) throws {
        guard let database, !database.contains("://"), database != ":memory:" else { return }
        let out = canonical(path)
        var outStat = stat()
        let outExists = stat(path, &outStat) == 0
        let sides: [(suffix: String, name: String)] = [("", "the database"), ("-wal", "the database's write-ahead log"),
                                                       ("-shm", "the database's shared-memory index"),
                                                       ("-journal", "the database's rollback journal"), (".lock", "the database's lock file")]
        for side in sides {
            let file = database + side.suffix
            var st = stat()
            let same = canonical(file) == out
                || (outExists && stat(file, &st) == 0 && st.st_dev == outStat.st_dev && st.st_ino == outStat.st_ino)
            if same {
                throw CLIError.usage("refusing to write -o \(given): it is \(side.name) (\(TerminalText.sanitize(file))); writing it would destroy the tracker. Choose another file")
            }
        }
    }

    /// An absolute path with the folder's symbolic links resolved (the last component need not exist).
    package static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        guard let real = realpath(dir, nil) else { return url.standardizedFileURL.path }
        defer { free(real) }
        let base = String(cString: real)
        return (base == "/" ? "" : base) + "/" + url.lastPathComponent
    }

    /// The SQLite database file's permission bits less execute bits; nil for a URL or a missing file.
    package static func databaseMode(_ database: String?) -> mode_t? {
        guard let database, !database.contains("://") else { return nil }
        var st = stat()
        guard stat(database, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return st.st_mode & 0o666
    }

    /// 0666 less the process's umask.
    package static func defaultMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }

    /// Whether what is written to `path` (standard output when nil or `-`) shows on a terminal, where it must
    /// be sanitised: a terminal as standard output, or `-o` naming one (`/dev/tty`, `/dev/stdout` on a terminal).
    package static func showsOnTerminal(_ path: String?) -> Bool {
        guard let path, path != "-" else { return isatty(STDOUT_FILENO) != 0 }
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFCHR else { return false }
        let fd = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return isatty(fd) != 0
    }
}

import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A CSV export of every table, written as a set: the tables go into a fresh hidden folder beside the target,
/// which is then swapped in whole (`renameat2` with `RENAME_EXCHANGE`, else two renames), so a kill or a full
/// disk part-way leaves the old folder as it was, never new tables beside old ones.
///
/// An existing folder is replaced only when it holds nothing but the four table files (it is another export);
/// anything else in it is refused, since the swap would drop it. The folder keeps its mode; a new one gets the
/// database's mode with search bits (0600 → 0700).
package enum CSVFolder {
    /// The file names a folder export consists of.
    package static let names: Set<String> = Set(CSVTable.allCases.map { $0.rawValue + ".csv" })

    /// Creates the set in a fresh folder with `fill(folder)`, then puts it at `path`.
    package static func write(into path: String, database: String?, _ fill: (String) throws -> Void) throws {
        let shown = TerminalText.sanitize(path)
        var target = path
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
            guard let real = realpath(path, nil) else {
                throw CLIError.usage("-o \(shown) is a symbolic link to nothing; remove it or give the folder's own name")
            }
            target = String(cString: real)
            free(real)
        }
        let exists = stat(target, &st) == 0
        var mode = searchable(OutputTarget.databaseMode(database) ?? OutputTarget.defaultMode())
        if exists {
            guard st.st_mode & S_IFMT == S_IFDIR else {
                throw CLIError.usage("-o \(shown) is \(FileKind.nonRegular(st.st_mode) ?? "a file"); exporting every CSV table needs a folder (or use --table)")
            }
            let others = ((try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []).filter { !names.contains($0) }.sorted()
            guard others.isEmpty else {
                let list = others.prefix(3).map(TerminalText.sanitize).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
                throw CLIError.usage("-o \(shown) holds other files (\(list)); the export replaces the folder whole, so give a new or empty folder, or one holding only an earlier export")
            }
            mode = st.st_mode & 0o7777
        }
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent().path
        do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
            throw CLIError.cannotCreate("cannot create folder \(TerminalText.sanitize(parent)): \(error.localizedDescription)")
        }
        let prefix = StreamedOutput.temporaryPrefix(target)
        AbandonedFiles.remove(prefix: prefix, in: parent)
        let fresh = parent + "/" + prefix + "\(getpid())"
        try? FileManager.default.removeItem(atPath: fresh)
        guard mkdir(fresh, 0o700) == 0 else {
            throw CLIError.cannotCreate("cannot create folder \(shown): \(String(cString: strerror(errno)))")
        }
        var placed = false
        defer { if !placed { try? FileManager.default.removeItem(atPath: fresh) } }
        try fill(fresh)
        guard chmod(fresh, mode) == 0 else {
            throw CLIError.cannotCreate("cannot set the mode of \(shown): \(String(cString: strerror(errno)))")
        }
        if !exists {
            guard rename(fresh, target) == 0 else { throw CLIError.cannotCreate("cannot create folder \(shown): \(String(cString: strerror(errno)))") }
            placed = true
            return
        }
        if exchange(fresh, target) {
            placed = true
            try? FileManager.default.removeItem(atPath: fresh)  // now the old export
            return
        }
        let old = parent + "/" + prefix + "old-\(getpid())"
        guard rename(target, old) == 0 else { throw CLIError.cannotCreate("cannot replace folder \(shown): \(String(cString: strerror(errno)))") }
        guard rename(fresh, target) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, target)
            throw CLIError.cannotCreate("cannot replace folder \(shown): \(reason)")
        }
        placed = true
        try? FileManager.default.removeItem(atPath: old)
    }

    /// A file mode with a search bit wherever it has a read bit (a folder's mode from a file's).
    package static func searchable(_ mode: mode_t) -> mode_t { mode | ((mode & 0o444) >> 2) }

    /// Swaps two paths atomically with Linux's `renameat2(RENAME_EXCHANGE)`; false when unavailable or refused.
    package static func exchange(_ a: String, _ b: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atWorkingDirectory: Int32 = -100  // AT_FDCWD
        return renameat2(atWorkingDirectory, a, atWorkingDirectory, b, 1 << 1) == 0  // RENAME_EXCHANGE
    }
}

import BorderTrackCore
import BorderTrackStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes output in pieces as it is produced, to where `OutputTarget` says: standard output, a device or FIFO
/// written through, or a temporary file in the same folder renamed over the target at the end, so a failed
/// export never leaves half a file. A write that fails (disk full, closed output) is `CLIError.ioError` (74).
package enum StreamedOutput {
    /// Calls `produce` with a sink for the bytes, then puts the file in place.
    package static func write(to path: String?, database: String? = nil,
                      _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let target = try OutputTarget.resolve(path, database: database)
        let shown = TerminalText.sanitize(target.given)
        switch target.kind {
        case .standardOutput:
            try StandardOutput.flush()
            try produce { bytes in try StandardOutput.writeAll(STDOUT_FILENO, bytes, target: "standard output") }
        case .writeThrough:
            let fd = open(target.path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw CLIError.cannotCreate("cannot open \(shown): \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            try produce { bytes in try StandardOutput.writeAll(fd, bytes, target: target.given) }
        case .replace(let mode):
            try replace(target, mode: mode, shown: shown, produce)
        }
    }

    /// The temporary file's name prefix for `path` (its PID follows).
    static func temporaryPrefix(_ path: String) -> String { "." + URL(fileURLWithPath: path).lastPathComponent + ".tmp-" }

    private static func replace(_ target: OutputTarget, mode: mode_t, shown: String,
                                _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: target.path)
        let dir = url.deletingLastPathComponent().path
        let prefix = temporaryPrefix(target.path)
        // What an export killed part-way left (its process is gone): it would otherwise stay forever.
        AbandonedFiles.remove(prefix: prefix, in: dir)
        let tmp = dir + "/" + prefix + "\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CLIError.cannotCreate("cannot create \(shown): \(String(cString: strerror(errno)))") }
        var isOpen = true
        do {
            // The mode of the file replaced (or the database's), whatever the umask.
            guard fchmod(fd, mode) == 0 else { throw CLIError.cannotCreate("cannot set the mode of \(shown): \(String(cString: strerror(errno)))") }
            try produce { bytes in try StandardOutput.writeAll(fd, bytes, target: target.given) }
            guard fsync(fd) == 0 else { throw StandardOutput.error(errno, target: target.given) }
            isOpen = false
            guard close(fd) == 0 else { throw StandardOutput.error(errno, target: target.given) }
            guard rename(tmp, target.path) == 0 else { throw CLIError.cannotCreate("cannot create \(shown): \(String(cString: strerror(errno)))") }
        } catch {
            if isOpen { close(fd) }
            unlink(tmp)
            throw error
        }
    }
}

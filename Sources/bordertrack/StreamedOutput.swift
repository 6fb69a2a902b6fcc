import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes output in pieces as it is produced, with the same rules as `CLI.output`: standard output when
/// the path is nil or `-`, otherwise a temporary file in the same folder renamed over the target at the
/// end, so a failed export never leaves half a file.
enum StreamedOutput {
    /// Calls `produce` with a sink for the bytes, then puts the file in place.
    static func write(to path: String?, _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        guard let path, path != "-" else {
            try produce { bytes in try writeAll(STDOUT_FILENO, bytes, path: "standard output") }
            return
        }
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw CLIError.cannotCreate("cannot create \(path): \(String(cString: strerror(errno)))") }
        do {
            try produce { bytes in try writeAll(fd, bytes, path: path) }
            if close(fd) != 0 { throw CLIError.cannotCreate("cannot create \(path): \(String(cString: strerror(errno)))") }
            if rename(tmp, path) != 0 { throw CLIError.cannotCreate("cannot create \(path): \(String(cString: strerror(errno)))") }
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError.cannotCreate("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}

import BorderTrackCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and standard error with every write checked: a full disk, a closed descriptor or an I/O
/// error becomes `CLIError.ioError` (exit 74) and a reader that went away `CLIError.brokenPipe`, never a trap
/// or lost output reported as success.
package enum StandardOutput {
    /// Run once at start: SIGPIPE is ignored (a write into a closed pipe returns EPIPE, handled as an error), and
    /// a closed standard descriptor is re-opened on `/dev/null` in the wrong direction, so writes to it fail
    /// (EBADF, as when closed) and no file the tool opens (the database) can land on descriptor 0, 1 or 2.
    package static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let placeholder = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY)
            if placeholder >= 0 && placeholder != fd {
                dup2(placeholder, fd)
                close(placeholder)
            }
        }
    }

    /// Flushes what `print` buffered; throws when the write fails. (glibc keeps the data of a failed write in the
    /// stream's buffer, so a failure during an earlier `print` fails here again with its error.)
    package static func flush() throws {
        guard fflush(nil) != 0 else { return }
        throw error(errno, target: "standard output")
    }

    /// Writes what `print` buffered before an error message, ignoring a failure (the error is what is reported).
    package static func flushQuietly() {
        _ = fflush(nil)
    }

    /// Writes all bytes to a descriptor, retrying short writes and EINTR; a failure names `target`.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>, target: String) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, base + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw error(errno, target: target)
            }
            done += n
        }
    }

    /// Writes text to standard output after what `print` buffered.
    package static func write(_ text: String) throws {
        try flush()
        var text = text
        try text.withUTF8 { try writeAll(STDOUT_FILENO, $0, target: "standard output") }
    }

    /// The error for a failed write: EPIPE is the reader leaving; EBADF on standard output is a closed output.
    package static func error(_ code: Int32, target: String) -> CLIError {
        if code == EPIPE { return .brokenPipe }
        if code == EBADF && target == "standard output" { return .ioError("cannot write to standard output: it is closed") }
        return .ioError("cannot write to \(TerminalText.sanitize(target)): \(String(cString: strerror(code)))")
    }

    /// One message line on standard error, sanitised as the UI sanitises data (file names and values in a
    /// message cannot drive the terminal); a failure to write it is ignored (there is nowhere left to say it).
    package static func reportError(_ message: String) {
        var line = TerminalText.sanitize(message) + "\n"
        line.withUTF8 { buf in try? writeAll(STDERR_FILENO, buf, target: "standard error") }
    }
}

import ArgumentParser
import BorderTrackCore
import BorderTrackStore
import Foundation

/// Errors the command line reports, each with its sysexits code.
package enum CLIError: Error, LocalizedError {
    /// 64: the command was called wrongly.
    case usage(String)
    /// 65: the input data is wrong.
    case badData(String)
    /// 66: an input file is missing.
    case inputMissing(String)
    /// 73: an output file cannot be created.
    case cannotCreate(String)
    /// 74: writing the output failed part-way (disk full, closed standard output, I/O error).
    case ioError(String)
    /// 74, said nothing about: the reader of standard output went away (a pipe into `head`).
    case brokenPipe
    /// 75: the database stayed busy.
    case busy(String)
    /// 1: anything else.
    case failure(String)

    package var errorDescription: String? {
        switch self {
        case .usage(let m), .badData(let m), .inputMissing(let m), .cannotCreate(let m), .ioError(let m), .busy(let m),
             .failure(let m): m
        case .brokenPipe: "standard output was closed by its reader"
        }
    }

    package var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .badData: 65
        case .inputMissing: 66
        case .cannotCreate: 73
        case .ioError, .brokenPipe: 74
        case .busy: 75
        case .failure: 1
        }
    }
}

/// Shared command-line plumbing.
package enum CLI {
    /// Runs a command body; prints any error to standard error and exits with its sysexits code.
    package static func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
            // What `print` buffered is written now: a failure (disk full, closed output) is an error, not lost.
            try StandardOutput.flush()
        } catch let e as ExitCode {
            try? StandardOutput.flush()
            throw e
        } catch let e as CleanExit { throw e } catch {
            let cli = classify(error)
            StandardOutput.flushQuietly()
            if case .brokenPipe = cli { throw ExitCode(cli.exitCode) }  // the reader left: nobody to tell
            StandardOutput.reportError("bordertrack: " + (cli.errorDescription ?? "\(error)"))
            throw ExitCode(cli.exitCode)
        }
    }

    package static func classify(_ error: Error) -> CLIError {
        switch error {
        case let e as CLIError: return e
        case let e as StoreError:
            switch e {
            case .busy: return .busy(e.errorDescription!)
            case .importRejected, .invalid, .notFound, .notATracker: return .badData(e.errorDescription!)
            case .conflict: return .failure(e.errorDescription!)
            default: return .failure(e.errorDescription!)
            }
        case let e as ModelError: return .badData(e.message)
        case let e as ImportFailure: return .badData(e.description)
        default: return .failure("\(error.localizedDescription)")
        }
    }

    /// Writes text to `path` (see `StreamedOutput`), or to standard output when nil or `-`. `database` is the
    /// open tracker's location: its file and side files are refused as outputs, and a new file gets its mode.
    package static func output(_ text: String, to path: String?, database: String? = nil) throws {
        // The text's own UTF-8 bytes, not a copy (a status report of 850,000 discrepancies is 2 GB).
        var text = text
        try StreamedOutput.write(to: path, database: database) { sink in
            try text.withUTF8 { buf in try sink(buf) }
        }
    }

    /// Reads a regular file's bytes, or fails naming it: 66 when missing or unreadable (saying why), 64 when it
    /// is a folder, a device (`/dev/zero` never ends, `/dev/null` is always empty), a FIFO or a socket.
    package static func readFile(_ path: String) throws -> [UInt8] {
        let shown = TerminalText.sanitize(path)
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw CLIError.inputMissing("\(shown): no such file") }
            throw CLIError.inputMissing("\(shown): cannot be read: \(String(cString: strerror(errno)))")
        }
        if let what = FileKind.nonRegular(st.st_mode) {
            throw CLIError.usage("\(shown) is \(what), not a file; expected a .json or .csv file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = access(path, R_OK) != 0 ? String(cString: strerror(errno)) : "read error"
            throw CLIError.inputMissing("\(shown): cannot be read: \(reason)")
        }
        return [UInt8](data)
    }
}

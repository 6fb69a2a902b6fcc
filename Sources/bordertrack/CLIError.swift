import ArgumentParser
import BorderTrackCore
import BorderTrackStore
import Foundation

/// Errors the command line reports, each with its sysexits code.
enum CLIError: Error, LocalizedError {
    /// 64: the command was called wrongly.
    case usage(String)
    /// 65: the input data is wrong.
    case badData(String)
    /// 66: an input file is missing.
    case inputMissing(String)
    /// 73: an output file cannot be created.
    case cannotCreate(String)
    /// 75: the database stayed busy.
    case busy(String)
    /// 1: anything else.
    case failure(String)

    var errorDescription: String? {
        switch self {
        case .usage(let m), .badData(let m), .inputMissing(let m), .cannotCreate(let m), .busy(let m), .failure(let m): m
        }
    }

    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .badData: 65
        case .inputMissing: 66
        case .cannotCreate: 73
        case .busy: 75
        case .failure: 1
        }
    }
}

/// Shared command-line plumbing.
enum CLI {
    /// Runs a command body; prints any error to standard error and exits with its sysexits code.
    static func guarded(_ body: () throws -> Void) throws {
        do { try body() } catch let e as ExitCode { throw e } catch let e as CleanExit { throw e } catch {
            let cli = classify(error)
            FileHandle.standardError.write(Data(("bordertrack: " + (cli.errorDescription ?? "\(error)") + "\n").utf8))
            throw ExitCode(cli.exitCode)
        }
    }

    static func classify(_ error: Error) -> CLIError {
        switch error {
        case let e as CLIError: return e
        case let e as StoreError:
            switch e {
            case .busy: return .busy(e.errorDescription!)
            case .importRejected, .invalid, .notFound: return .badData(e.errorDescription!)
            case .conflict: return .failure(e.errorDescription!)
            default: return .failure(e.errorDescription!)
            }
        case let e as ModelError: return .badData(e.message)
        case let e as ImportFailure: return .badData(e.description)
        default: return .failure("\(error.localizedDescription)")
        }
    }

    /// Writes text to `path` atomically (temporary file in the same folder, then rename), or to standard output when nil.
    static func output(_ text: String, to path: String?) throws {
        // The text's own UTF-8 bytes, not a copy (a status report of 850,000 discrepancies is 2 GB).
        var text = text
        func write(_ body: (Data) throws -> Void) rethrows {
            try text.withUTF8 { buf in
                guard let base = buf.baseAddress, buf.count > 0 else { return try body(Data()) }
                try body(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buf.count, deallocator: .none))
            }
        }
        guard let path, path != "-" else {
            write { FileHandle.standardOutput.write($0) }
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try write { try $0.write(to: tmp, options: []) }
            if rename(tmp.path, url.path) != 0 { throw CLIError.cannotCreate("cannot create \(path): \(String(cString: strerror(errno)))") }
        } catch let e as CLIError {
            try? FileManager.default.removeItem(at: tmp)
            throw e
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw CLIError.cannotCreate("cannot create \(path): \(error.localizedDescription)")
        }
    }

    /// Reads a file's bytes, or fails with 66 naming it.
    static func readFile(_ path: String) throws -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError.inputMissing("\(path): no such file")
        }
        if isDir.boolValue { throw CLIError.usage("\(path) is a folder; expected a .json or .csv file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.inputMissing("\(path): cannot be read (permission?)")
        }
        return [UInt8](data)
    }
}

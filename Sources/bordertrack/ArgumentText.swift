import BorderTrackApp
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks the raw command-line arguments before they are decoded: Swift turns invalid UTF-8 into U+FFFD
/// silently, so a `--quote` (or any value) with a broken byte would be stored changed. Such an argument is
/// refused instead, naming the option it belongs to.
enum ArgumentText {
    /// The first argument that is not valid UTF-8, as a message; nil when all are.
    static func firstInvalid(_ argv: [[UInt8]]) -> String? {
        for (n, arg) in argv.enumerated().dropFirst() where String(validating: arg, as: UTF8.self) == nil {
            let text = String(decoding: arg, as: UTF8.self)
            let option: String
            if text.hasPrefix("--"), let eq = text.firstIndex(of: "=") {
                option = String(text[..<eq])
            } else if n > 1, let previous = String(validating: argv[n - 1], as: UTF8.self), previous.hasPrefix("-") {
                option = previous
            } else {
                option = "argument \(n)"
            }
            return "\(option): the value is not valid UTF-8 (\(arg.count) bytes); expected UTF-8 text"
        }
        return nil
    }

    /// The process's arguments as bytes.
    static func raw() -> [[UInt8]] {
        (0..<Int(CommandLine.argc)).map { i in
            guard let p = CommandLine.unsafeArgv[i] else { return [] }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
        }
    }
}

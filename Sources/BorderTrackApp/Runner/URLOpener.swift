import BorderTrackCore
import BorderTrackTUI
import Foundation

/// Opens a claim's URL in the user's browser: `$BROWSER` if set (a `:`-separated list, each entry a command
/// whose `%s` is replaced by the URL, else the URL is appended), else `xdg-open`; said plainly when neither exists.
///
/// The browser runs detached with its standard input, output and error on `/dev/null`, so it never writes on the
/// UI's screen, and the UI does not wait for it.
package enum URLOpener {
    /// What to run for a URL, or why nothing can be.
    package enum Plan: Equatable, Sendable {
        /// Run `path` with `arguments`; `via` names it for the status line (`$BROWSER (firefox)`, `xdg-open`).
        case run(path: String, arguments: [String], via: String)
        /// Nothing to run: the status line says so, with the URL.
        case unavailable(String)
    }

    /// Decides what opens `url`, looking commands up on `PATH` of `environment` with `isExecutable`.
    package static func plan(for url: String, environment: [String: String],
                             isExecutable: (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) }) -> Plan {
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ command: String) -> String? {
            if command.contains("/") { return isExecutable(command) ? command : nil }
            return path.lazy.map { ($0.isEmpty ? "." : $0) + "/" + command }.first(where: isExecutable)
        }
        let browser = environment["BROWSER"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        if let browser {
            for entry in browser.split(separator: ":") {
                let words = entry.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                guard let command = words.first, let found = find(command) else { continue }
                var arguments = Array(words.dropFirst())
                if arguments.contains(where: { $0.contains("%s") }) {
                    arguments = arguments.map { $0.replacingOccurrences(of: "%s", with: url) }
                } else {
                    arguments.append(url)
                }
                return .run(path: found, arguments: arguments, via: "$BROWSER (\(command))")
            }
        }
        if let xdg = find("xdg-open") { return .run(path: xdg, arguments: [url], via: "xdg-open") }
        let shown = TerminalText.singleLine(url)
        if let browser { return .unavailable("$BROWSER (\(TerminalText.singleLine(browser))) is not found and there is no xdg-open: the URL is \(shown)") }
        return .unavailable("no $BROWSER and no xdg-open: the URL is \(shown)")
    }

    /// Starts the browser for `url` without waiting for it; returns the status-bar message.
    package static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> AppState.Message {
        switch plan(for: url, environment: environment) {
        case .unavailable(let why):
            return .init(text: why, isError: true)
        case .run(let path, let arguments, let via):
            let p = Process()
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = arguments
            p.standardInput = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            do {
                try p.run()
                return .init(text: "opening the URL with \(via)", isError: false)
            } catch {
                return .init(text: "could not start \(via): \(error.localizedDescription); the URL is \(TerminalText.singleLine(url))", isError: true)
            }
        }
    }
}

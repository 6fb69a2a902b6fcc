import BorderTrackTUI
import Foundation

/// The `:` line's history kept across runs: `$XDG_STATE_HOME/bordertrack/history` (default
/// `~/.local/state/bordertrack/history`), one command a line, the newest `CommandHistory.limit` kept.
///
/// A file that cannot be read is an empty history; one that cannot be written is said once in the status
/// line, and the UI goes on with the history of this run.
package final class HistoryFile {
    package let path: String?
    /// The lines of the file as this run knows them (to rewrite it shorter when it has grown).
    private var lines: [String] = []
    private var failed = false

    package init(path: String?) { self.path = path }

    /// The history file's path from the environment; nil when neither `XDG_STATE_HOME` nor `HOME` is set.
    package static func defaultPath(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let s = env["XDG_STATE_HOME"], s.hasPrefix("/") { return s + "/bordertrack/history" }
        guard let home = env["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/bordertrack/history"
    }

    /// The earlier commands (oldest first), cleaned of control characters and bounded.
    package func load() -> [String] {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return [] }
        lines = CommandHistory(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)).entries
        return lines
    }

    /// Appends one command (already cleaned by `CommandHistory`); the file is rewritten with the newest
    /// `limit` lines when it holds twice that. Returns a message the first time writing fails, else nil.
    package func append(_ line: String) -> String? {
        guard let path, !failed else { return nil }
        let clean = CommandHistory.clean(line)
        guard !clean.isEmpty else { return nil }
        lines.append(clean)
        do {
            let dir = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if lines.count > 2 * CommandHistory.limit {
                lines = Array(lines.suffix(CommandHistory.limit))
                try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                return nil
            }
            if !FileManager.default.fileExists(atPath: path),
               !FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) {
                throw CocoaError(.fileWriteNoPermission)
            }
            guard let h = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
            defer { try? h.close() }
            try h.seekToEnd()
            try h.write(contentsOf: Data((clean + "\n").utf8))
            return nil
        } catch {
            failed = true
            return "command history not saved to \(path): \(HistoryFile.reason(error)) (this run keeps it)"
        }
    }

    static func reason(_ error: any Error) -> String {
        if let e = error as? CocoaError {
            switch e.code {
            case .fileWriteNoPermission: return "not writable"
            case .fileWriteOutOfSpace: return "disk full"
            default: break
            }
        }
        return (error as NSError).localizedDescription
    }
}

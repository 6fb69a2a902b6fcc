import Foundation

/// Why the terminal could not be opened.
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// Another `Terminal` is open in this process.
    case alreadyOpen
    /// ncurses could not set up the terminal type.
    case cannotOpen(terminal: String, reason: String)
}

extension TerminalError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal; expected an interactive terminal, not a pipe or a file"
        case .alreadyOpen:
            "a terminal screen is already open in this process; expected one at a time"
        case .cannotOpen(let terminal, let reason):
            "cannot open terminal \"\(terminal)\": \(reason); expected a TERM such as xterm-256color"
        }
    }
}

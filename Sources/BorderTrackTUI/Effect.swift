import BorderTrackCore

/// Work the reducer asks the runner to do, because it needs the store or the terminal.
public enum Effect: Equatable, Sendable {
    case quit
    /// Re-read and re-analyse, as of a day (nil: today).
    case reload(asOf: Day?)
    /// Write an edit to the store; answer with `saveSucceeded` or `saveFailed`.
    case save(Edit)
    /// Find the editor's last undoable edit; answer with `confirmUndo` (or a message when there is none).
    case prepareUndo
    /// Read a project's history; answer with `showHistory`.
    case loadHistory(project: String)
    /// Read a project's history and keep the entries about one claim (its recording, corrections, withdrawal);
    /// answer with `showHistory(project:entries:claim:)`.
    case loadClaimHistory(project: String, claim: String)
    /// Open an http or https URL in the user's browser (`$BROWSER`, else `xdg-open`), detached; say which, or
    /// say plainly that neither exists, with the URL.
    case openURL(String)
    /// Put text on the terminal's clipboard (OSC 52, written by the terminal layer). The text is sanitised already.
    case copyToClipboard(String)
    /// Write a status report of the projects on the list (filter and as-of date applied) to a file.
    case export(format: String, path: String, projects: [String], asOf: Day?)
    /// Append a run command to the history file, then do what the command asked for (if anything).
    indirect case recordCommand(String, then: Effect?)
}

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
    /// Write a status report of the projects on the list (filter and as-of date applied) to a file.
    case export(format: String, path: String, projects: [String], asOf: Day?)
    /// Append a run command to the history file, then do what the command asked for (if anything).
    indirect case recordCommand(String, then: Effect?)
}

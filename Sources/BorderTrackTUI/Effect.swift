import BorderTrackCore

/// Work the reducer asks the runner to do, because it needs the store or the terminal.
public enum Effect: Equatable, Sendable {
    case quit
    /// Re-read and re-analyse, as of a day (nil: today).
    case reload(asOf: Day?)
}

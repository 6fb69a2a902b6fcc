import BorderTrackCore

/// The `:` line's history: earlier commands, oldest first, walked with ↑/↓ while typing.
///
/// Kept across runs by the runner (loaded at start, each new line appended to a file); bounded to `limit`
/// lines; control characters are never kept, so a line is safe to show and to write one a line.
public struct CommandHistory: Sendable, Equatable {
    /// How many lines are kept (in memory and in the file).
    public static let limit = 500

    public private(set) var entries: [String] = []
    /// Which entry ↑/↓ shows (nil: the line being typed).
    var position: Int?
    /// What was typed before ↑ was first pressed, given back by ↓ past the newest entry.
    var draft = ""

    /// A history of earlier lines (oldest first; unsafe ones dropped, the newest `limit` kept).
    public init(_ lines: [String] = []) {
        for l in lines { _ = add(l) }
    }

    /// A line as it is kept: control characters (C0, DEL, C1) removed, trimmed.
    public static func clean(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.filter { !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }))
            .trimmingWhitespace
    }

    /// Adds a run command; false (nothing added) when it is empty or repeats the newest entry.
    public mutating func add(_ line: String) -> Bool {
        position = nil; draft = ""
        let l = CommandHistory.clean(line)
        guard !l.isEmpty, l != entries.last else { return false }
        entries.append(l)
        if entries.count > CommandHistory.limit { entries.removeFirst(entries.count - CommandHistory.limit) }
        return true
    }

    /// The entry before the one shown (↑); nil at the oldest. `typed` is the line being edited, kept as the draft.
    public mutating func older(typed: String) -> String? {
        guard !entries.isEmpty else { return nil }
        let next: Int
        if let p = position { guard p > 0 else { return nil }; next = p - 1 } else { draft = typed; next = entries.count - 1 }
        position = next
        return entries[next]
    }

    /// The entry after the one shown (↓); past the newest, the draft; nil when not walking the history.
    public mutating func newer() -> String? {
        guard let p = position else { return nil }
        if p + 1 < entries.count { position = p + 1; return entries[p + 1] }
        position = nil
        return draft
    }

    /// Stops walking (the prompt closed).
    public mutating func reset() { position = nil; draft = "" }
}

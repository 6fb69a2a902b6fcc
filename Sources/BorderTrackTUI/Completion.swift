/// What the last Tab in the `:` line offered: the candidates for the word being completed, and which one
/// the line shows (Tab again steps through them, Shift-Tab back).
public struct Completion: Sendable, Equatable {
    /// The line before the completed word.
    public var head: String
    /// The candidates, in the order offered (empty: nothing completes; `note` says so).
    public var candidates: [String]
    /// The candidate the line holds (nil: what was typed, or the candidates' common prefix).
    public var index: Int?
    /// The line as the last Tab left it: a Tab on a line typed since starts afresh.
    public var applied: String
    /// Said instead of candidates ("no completion for …").
    public var note: String?

    public init(head: String, candidates: [String], index: Int? = nil, applied: String, note: String? = nil) {
        self.head = head; self.candidates = candidates; self.index = index; self.applied = applied; self.note = note
    }

    /// The longest common prefix of some words.
    static func commonPrefix(_ words: [String]) -> String {
        guard var p = words.first else { return "" }
        for w in words.dropFirst() {
            while !w.hasPrefix(p) { p.removeLast() }
        }
        return p
    }
}

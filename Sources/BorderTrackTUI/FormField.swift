/// One input field of an editing form: what it holds, how it is typed and whether it must be filled.
public struct FormField: Sendable, Equatable {
    /// How the field is edited.
    public enum Kind: Sendable, Equatable {
        /// One line of free text.
        case text
        /// Several lines (Enter starts a new line; pasted newlines stay).
        case multiline
        /// One of fixed options, cycled with ←/→ or chosen by typing the start of one (type-ahead); `""` is allowed when not required.
        case choice([String])
        /// A source id typed with completion from the sources in the database; Ctrl-N creates a new one.
        case source
    }

    /// The model field it fills (`status`, `asOf`, …); error messages name it.
    public let id: String
    /// What the form shows left of the value.
    public let label: String
    public let kind: Kind
    public var value: String
    public let required: Bool
    /// A short reminder of the expected form, shown while the field has the focus.
    public let hint: String

    /// How a choice's options are shown, by value (`construction` → `строится`); an option not here shows its value.
    public let shown: [String: String]

    public init(_ id: String, _ label: String, kind: Kind = .text, value: String = "", required: Bool = false, hint: String = "",
                shown: [String: String] = [:]) {
        self.id = id; self.label = label; self.kind = kind; self.value = value; self.required = required; self.hint = hint
        self.shown = shown
    }

    /// What the form shows for an option.
    public func display(_ option: String) -> String { shown[option] ?? option }

    /// Whether an option starts with what was typed, by its value or by how it is shown (case-insensitive).
    func option(_ o: String, startsWith typed: String) -> Bool {
        let t = typed.lowercased()
        return o.lowercased().hasPrefix(t) || (shown[o].map { $0.lowercased().hasPrefix(t) } ?? false)
    }

    /// The options of a choice field (empty for others).
    public var options: [String] {
        if case .choice(let o) = kind { return o }
        return []
    }

    /// Moves a choice field to the next (`+1`) or previous (`-1`) option, wrapping; others are unchanged.
    public mutating func cycle(_ step: Int) {
        var all = options
        guard !all.isEmpty else { return }
        if !required && !all.contains("") { all.insert("", at: 0) }
        let i = all.firstIndex(of: value) ?? (step > 0 ? -1 : 0)
        value = all[((i + step) % all.count + all.count) % all.count]
    }

    /// Type-ahead in a choice field: chooses the first option starting with `typed` (case-insensitive), so `c`
    /// then `o` in a status gives `construction`. When no option starts with it, the last letter starts again:
    /// the next option after the current one starting with that letter (a repeated letter cycles through them).
    /// Returns what the type-ahead holds afterwards ("" when nothing matched).
    public mutating func typeAhead(_ typed: String) -> String {
        let all = options
        if let o = all.first(where: { option($0, startsWith: typed) }) {
            value = o
            return typed
        }
        guard let letter = typed.last else { return "" }
        let before = value
        choose(startingWith: letter)
        return value != before || all.contains(where: { option($0, startsWith: String(letter)) }) ? String(letter) : ""
    }

    /// Chooses the next option starting with `letter` (case-insensitive) after the current one.
    public mutating func choose(startingWith letter: Character) {
        let all = options
        let start = (all.firstIndex(of: value) ?? -1) + 1
        for k in 0..<all.count {
            let o = all[(start + k) % all.count]
            if option(o, startsWith: String(letter)) { value = o; return }
        }
    }
}

import BorderTrackCore

/// Key bindings read from a config file: a `[keys]` table in a small subset of TOML.
///
/// ```toml
/// # ~/.config/bordertrack/keys.toml
/// [keys]
/// quit = "q"
/// down = ["j", "down", "ctrl-n"]
/// page-down = [
///     "pgdn",  # comments may follow values
///     "space",
/// ]
/// help = []    # unbinds the action
/// ```
///
/// Accepted: blank lines, `#` comments, one `[keys]` table, lines `action = "spec"` or
/// `action = ["spec", …]` (an array may span lines and end with a comma), basic strings `"…"` with TOML
/// escapes and literal strings `'…'`. Action names are bare keys (letters, digits, `-`, `_`). Key specs are
/// those of `KeySpec`. Anything else is an error naming the line, the value and what was expected.
public struct KeyConfig: Hashable, Sendable {
    /// The keys given to one action.
    public struct Entry: Hashable, Sendable {
        public let action: String
        public let keys: [Key]
        /// The line of the action name (1-based).
        public let line: Int

        public init(action: String, keys: [Key], line: Int) { self.action = action; self.keys = keys; self.line = line }
    }

    /// Entries in file order.
    public let entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Parses config text; an empty text is an empty config.
    public static func parse(text: String) throws(KeyConfigError) -> KeyConfig {
        var p = Parser(text)
        return KeyConfig(entries: try p.document())
    }
}

extension KeyConfig {
    /// A line-tracking scanner over the text's scalars.
    struct Parser {
        let s: [Unicode.Scalar]
        let sourceLines: [Substring]
        var i = 0
        var line = 1

        init(_ text: String) {
            s = Array(text.unicodeScalars)
            sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        }

        var atEnd: Bool { i >= s.count }
        var peek: Unicode.Scalar? { atEnd ? nil : s[i] }

        /// The text of a line, trimmed and shortened for an error message.
        func lineText(_ n: Int) -> String {
            guard n >= 1 && n <= sourceLines.count else { return "" }
            let t = String(sourceLines[n - 1]).trimmingWhitespace
            return t.count > 60 ? String(t.prefix(60)) + "…" : t
        }

        func syntax(_ expected: String, line n: Int? = nil) -> KeyConfigError {
            let n = n ?? line
            return .syntax(line: n, text: lineText(n), expected: expected)
        }

        mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" { i += 1 } }

        mutating func skipComment() { if peek == "#" { while let c = peek, c != "\n" { i += 1 } } }

        /// Consumes a line end (`\n` or `\r\n`); false when not at one.
        mutating func newline() -> Bool {
            if peek == "\n" { i += 1; line += 1; return true }
            if peek == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 2; line += 1; return true }
            return false
        }

        /// Spaces, comment, then a line end or the end of the text.
        mutating func endOfLine(after what: String) throws(KeyConfigError) {
            skipSpaces(); skipComment()
            guard atEnd || newline() else { throw syntax("end of line after \(what) (or a # comment)") }
        }

        /// Whitespace, line ends and comments (inside arrays).
        mutating func skipBlank() {
            while true {
                skipSpaces(); skipComment()
                if !newline() { return }
            }
        }

        static func isBare(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
        }

        mutating func bareKey() -> String {
            var out = String.UnicodeScalarView()
            while let c = peek, Parser.isBare(c) { out.append(c); i += 1 }
            return String(out)
        }

        mutating func document() throws(KeyConfigError) -> [Entry] {
            var entries: [Entry] = []
            var inKeys = false
            var keysLine: Int?
            var actionLines: [String: Int] = [:]
            var keyOwner: [Key: (action: String, line: Int)] = [:]
            while true {
                skipSpaces()
                if atEnd { break }
                if newline() { continue }
                if peek == "#" { skipComment(); continue }
                let start = line
                if peek == "[" {
                    i += 1
                    skipSpaces()
                    let name = bareKey()
                    skipSpaces()
                    guard !name.isEmpty, peek == "]" else { throw syntax("a table header [keys]") }
                    i += 1
                    guard name == "keys" else { throw .unknownTable(line: start, name: name) }
                    if let first = keysLine { throw .duplicateTable(line: start, firstLine: first) }
                    keysLine = start
                    inKeys = true
                    try endOfLine(after: "[keys]")
                    continue
                }
                let action = bareKey()
                guard !action.isEmpty else {
                    throw syntax("an action name of letters, digits, '-' and '_', then = and a key spec")
                }
                guard inKeys else { throw .outsideTable(line: start, action: action) }
                skipSpaces()
                guard peek == "=" else { throw syntax("'=' after the action name \(action)") }
                i += 1
                skipSpaces()
                let specs = try value()
                try endOfLine(after: "the value of \(action)")
                if let first = actionLines[action] { throw .duplicateAction(line: start, action: action, firstLine: first) }
                actionLines[action] = start
                var keys: [Key] = []
                for (spec, specLine) in specs {
                    let key: Key
                    do { key = try KeySpec.parse(spec) } catch { throw .invalidKey(line: specLine, action: action, error) }
                    if let owner = keyOwner[key], owner.action != action {
                        throw .conflict(line: specLine, key: spec, action: action, otherAction: owner.action, otherLine: owner.line)
                    }
                    keyOwner[key] = (action, specLine)
                    if !keys.contains(key) { keys.append(key) }
                }
                entries.append(Entry(action: action, keys: keys, line: start))
            }
            return entries
        }

        /// A string, or an array of strings; each with the line it starts on.
        mutating func value() throws(KeyConfigError) -> [(String, Int)] {
            let expected = "a key spec in quotes, such as \"j\", or a list of them, such as [\"j\", \"down\"]"
            guard let c = peek else { throw syntax(expected) }
            if c == "\"" || c == "'" { return [(try string(), line)] }
            guard c == "[" else { throw syntax(expected) }
            i += 1
            var out: [(String, Int)] = []
            while true {
                skipBlank()
                if peek == "]" { i += 1; return out }
                guard peek == "\"" || peek == "'" else {
                    throw atEnd ? syntax("']' to close the list", line: line) : syntax("a key spec in quotes or ']'")
                }
                let l = line
                out.append((try string(), l))
                skipBlank()
                if peek == "," { i += 1; continue }
                if peek == "]" { i += 1; return out }
                throw syntax("',' or ']' after a key spec in the list")
            }
        }

        /// A basic `"…"` (with escapes) or literal `'…'` string on one line.
        mutating func string() throws(KeyConfigError) -> String {
            let quote = s[i]
            i += 1
            var out = String.UnicodeScalarView()
            while true {
                guard let c = peek, c != "\n", c != "\r" else { throw syntax("a closing \(quote) on the same line") }
                i += 1
                if c == quote { return String(out) }
                if c == "\\" && quote == "\"" {
                    guard let e = peek else { throw syntax("an escape after \\") }
                    i += 1
                    switch e {
                    case "b": out.append("\u{08}")
                    case "t": out.append("\t")
                    case "n": out.append("\n")
                    case "f": out.append("\u{0C}")
                    case "r": out.append("\r")
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "u", "U":
                        let n = e == "u" ? 4 : 8
                        guard i + n <= s.count, let v = UInt32(String(String.UnicodeScalarView(s[i ..< i + n])), radix: 16),
                              let u = Unicode.Scalar(v) else {
                            throw syntax("\\\(e) followed by \(n) hex digits of a Unicode scalar")
                        }
                        i += n
                        out.append(u)
                    default: throw syntax("one of the escapes \\\" \\\\ \\b \\t \\n \\f \\r \\uXXXX \\UXXXXXXXX")
                    }
                } else {
                    out.append(c)
                }
            }
        }
    }
}

/// Where an imported value came from: a file and a line (CSV) or JSON path.
public struct Origin: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// `line 12` for CSV, `$.projects[3].claims[0]` for JSON, empty for the whole file.
    public let location: String

    public init(file: String, location: String = "") {
        self.file = file; self.location = location
    }

    /// `file:line 12` or `file ($.projects[0])`.
    public var description: String {
        if location.isEmpty { return file }
        if location.hasPrefix("line ") { return file + ":" + location.dropFirst(5) }
        return file + " at " + location
    }
}

/// One thing wrong with an import: where, which field, what value, and what was expected.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    public let origin: Origin
    /// The field or column at fault, if any.
    public let field: String?
    /// The offending value, if any.
    public let value: String?
    /// The whole explanation.
    public let message: String

    public init(origin: Origin, field: String? = nil, value: String? = nil, message: String) {
        self.origin = origin; self.field = field; self.value = value; self.message = message
    }

    /// An issue from a model validation error.
    public init(origin: Origin, _ error: ModelError, fieldName: (String) -> String = { $0 }) {
        let name = fieldName(error.field)
        switch error {
        case .missing:
            self.init(origin: origin, field: name, value: "", message: "field \"\(name)\" is required but missing or empty")
        default:
            self.init(origin: origin, field: name, value: error.value,
                      message: "field \"\(name)\": \"\(Self.clip(error.value))\" is not valid; expected \(error.expected)")
        }
    }

    public var description: String { "\(origin): \(message)" }

    /// Shortens a long offending value for messages.
    public static func clip(_ s: String, max: Int = 80) -> String {
        let safe = TextEscaper.escapeForMessage(s)
        return safe.count <= max ? safe : String(safe.prefix(max)) + "…"
    }
}

/// Failure of a whole import: nothing was written.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// The issues found, at most `limit`.
    public let issues: [ImportIssue]
    /// Whether more issues were found than are listed.
    public let truncated: Bool
    public static let limit = 50

    public init(issues: [ImportIssue], truncated: Bool = false) {
        self.issues = Array(issues.prefix(Self.limit))
        self.truncated = truncated || issues.count > Self.limit
    }

    public var description: String {
        var lines = issues.map(\.description)
        if truncated { lines.append("(more problems not shown: stopped after \(Self.limit))") }
        lines.append("nothing was imported")
        return lines.joined(separator: "\n")
    }
}

/// Escapes for one-line error messages: control characters become `\u{…}`.
public enum TextEscaper {
    public static func escapeForMessage(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF:
                out += "\\u{" + String(u.value, radix: 16) + "}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

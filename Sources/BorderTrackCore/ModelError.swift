/// Why a value could not become part of the model.
///
/// Field names are those of the JSON dataset (`asOf`, `names.en`, …); importers translate them
/// to their own column names and add the file, line or JSON path.
public enum ModelError: Error, Equatable, Sendable {
    /// A required field is missing or empty.
    case missing(field: String)
    /// A field's value is not of the expected form.
    case invalid(field: String, value: String, expected: String)
    /// A date field could not be parsed.
    case invalidDate(field: String, PartialDateError)

    /// The field at fault.
    public var field: String {
        switch self {
        case .missing(let f), .invalid(let f, _, _), .invalidDate(let f, _): f
        }
    }

    /// The offending value (empty for a missing field).
    public var value: String {
        switch self {
        case .missing: ""
        case .invalid(_, let v, _): v
        case .invalidDate(_, let e): e.value
        }
    }

    /// What was expected instead.
    public var expected: String {
        switch self {
        case .missing: "a value"
        case .invalid(_, _, let e): e
        case .invalidDate(_, let e): e.expectation
        }
    }

    /// One line: `field "asOf": "2021-13" is not valid; expected month must be 01–12`.
    public var message: String {
        switch self {
        case .missing(let f): "field \"\(f)\" is required but missing or empty"
        default: "field \"\(field)\": \"\(value)\" is not valid; expected \(expected)"
        }
    }
}

/// Validation helpers shared by the model types (and by forms that check a field as it is typed).
public enum Validate {
    public static func slug(_ value: String, field: String) throws(ModelError) -> String {
        guard !value.isEmpty else { throw .missing(field: field) }
        guard isSlug(value) else {
            throw .invalid(field: field, value: value,
                           expected: "a slug of lowercase letters, digits and '-', starting with a letter or digit, at most 128 characters")
        }
        return value
    }

    public static func isSlug(_ value: String) -> Bool {
        let u = value.utf8
        guard let first = u.first, u.count <= 128 else { return false }
        func ok(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 48 && b <= 57) }
        return ok(first) && u.allSatisfy { ok($0) || $0 == 45 }
    }

    public static func text(_ value: String, field: String) throws(ModelError) -> String {
        guard !value.trimmingWhitespace.isEmpty else { throw .missing(field: field) }
        return try optionalText(value, field: field)!
    }

    /// Free text may hold anything but NUL (which storage engines' C strings would cut).
    public static func optionalText(_ value: String?, field: String) throws(ModelError) -> String? {
        guard let value, !value.isEmpty else { return nil }
        if value.utf8.contains(0) {
            throw .invalid(field: field, value: value, expected: "text without NUL characters")
        }
        return value
    }

    public static func date(_ value: String, field: String) throws(ModelError) -> PartialDate {
        guard !value.isEmpty else { throw .missing(field: field) }
        do { return try PartialDate(parsing: value) } catch { throw .invalidDate(field: field, error) }
    }

    /// A language code: 2 or 3 lowercase ASCII letters (ISO 639), optionally followed by `-` subtags of 2 to 8
    /// letters or digits (`zh-hans`, `sr-latn`).
    public static func language(_ value: String, field: String) throws(ModelError) -> String {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let primary = parts.first.map { Array($0.utf8) } ?? []
        let lower: (UInt8) -> Bool = { $0 >= 97 && $0 <= 122 }
        let alnum: (UInt8) -> Bool = { lower($0) || ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) }
        let ok = (2...3).contains(primary.count) && primary.allSatisfy(lower)
            && parts.dropFirst().allSatisfy { (2...8).contains($0.utf8.count) && $0.utf8.allSatisfy(alnum) }
        guard ok else {
            throw .invalid(field: field, value: value, expected: "a language code such as ru, zh or en (ISO 639, lowercase)")
        }
        return value
    }

    public static func country(_ value: String, field: String) throws(ModelError) -> String {
        let u = Array(value.utf8)
        guard u.count == 2, u.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
            throw .invalid(field: field, value: value, expected: "an ISO 3166-1 alpha-2 country code in capitals, such as RU or CN")
        }
        return value
    }

    /// The enum case named by `value`; `allowed` (the list for the error message) is built only on an error.
    public static func enumValue<E: RawRepresentable>(_ value: String, field: String, allowed: @autoclosure () -> String) throws(ModelError) -> E where E.RawValue == String {
        guard !value.isEmpty else { throw .missing(field: field) }
        guard let v = E(rawValue: value) else { throw .invalid(field: field, value: value, expected: "one of \(allowed())") }
        return v
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    public var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

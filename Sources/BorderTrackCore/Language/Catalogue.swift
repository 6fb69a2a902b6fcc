/// The messages of one language, keyed: what the interface, explanations and reports say in it.
///
/// A catalogue is one file (`Catalogue+ru.swift`): its code, its name in itself, the locale prefixes that choose it,
/// its plural rule, and its messages. `Catalogue.all` lists them; a test fails when a key is missing from one
/// or used by none. Messages take arguments as `{0}`, `{1}`…; a counted message holds its plural forms separated
/// by `|` (a counted message is one holding `{n}`) in the order of the language's `PluralRule` (English: one|other; Russian: one|few|many; Chinese: one form).
public struct Catalogue: Sendable, Equatable {
    /// The ISO 639-1 code: `en`, `ru`, `zh`.
    public let code: String
    /// The language's name in itself: "English", "Русский", "中文".
    public let name: String
    /// How counted words agree with their number.
    public let plural: PluralRule
    /// The messages by key.
    public let messages: [String: String]

    public init(code: String, name: String, plural: PluralRule, messages: [String: String]) {
        self.code = code; self.name = name; self.plural = plural; self.messages = messages
    }

    public static func == (a: Catalogue, b: Catalogue) -> Bool { a.code == b.code }

    /// Every language the tool speaks, English first.
    public static let all: [Catalogue] = [.en, .ru, .zh]

    /// The allowed `--lang` values, for error messages: "en, ru, zh".
    public static var allowed: String { all.map(\.code).joined(separator: ", ") }

    /// The catalogue for a code (`ru`), or `nil`.
    public static func named(_ code: String) -> Catalogue? {
        let c = code.lowercased()
        return all.first { $0.code == c }
    }

    /// The message for `key`, else English's, else the key itself (a test keeps every key in every catalogue).
    public subscript(_ key: String) -> String {
        messages[key] ?? Catalogue.en.messages[key] ?? key
    }

    /// The message for `key` with `{0}`, `{1}`… replaced by the arguments.
    public func callAsFunction(_ key: String, _ args: Any...) -> String {
        Catalogue.fill(self[key], args.map { "\($0)" })
    }

    /// A model error's own words in English (the model's errors are English), else the message for `key` with
    /// its arguments: how a form or a command restates a refused value in the reader's language.
    public func restating(_ english: String, as key: String, _ args: Any...) -> String {
        self == .en ? english : Catalogue.fill(self[key], args.map { "\($0)" })
    }

    /// The form of the counted message `key` that agrees with `n`, with `{n}` replaced by the number and `{0}`…
    /// by the further arguments: `count("unit.project", 3)` → "3 projects", "3 проекта", "3 个项目".
    public func count(_ key: String, _ n: Int, _ args: Any...) -> String {
        let forms = self[key].split(separator: "|", omittingEmptySubsequences: false)
        let i = min(plural.form(n), forms.count - 1)
        return Catalogue.fill(String(forms[i]), args.map { "\($0)" }).replacingAll("{n}", with: String(n))
    }

    /// The words of a list joined as the language does: "a, b and c"; "a, b и c"; "a、b 和 c".
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default:
            return items.dropLast().joined(separator: self["join.comma"]) + self["join.and"] + items[items.count - 1]
        }
    }

    /// A template with `{0}`, `{1}`… replaced by `args` (a placeholder with no argument stays).
    public static func fill(_ template: String, _ args: [String]) -> String {
        guard !args.isEmpty, template.contains("{") else { return template }
        var out = "", rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let i = Int(after[..<close]), i >= 0, i < args.count {
                out += args[i]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

/// How a language picks the form of a counted word.
public enum PluralRule: Sendable {
    /// English and most others: one, other.
    case oneOther
    /// Russian: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25…).
    case eastSlavic
    /// Chinese, Japanese: one form.
    case none

    /// The index of the form for `n`.
    public func form(_ n: Int) -> Int {
        switch self {
        case .oneOther: return abs(n) == 1 ? 0 : 1
        case .none: return 0
        case .eastSlavic:
            let m10 = abs(n) % 10, m100 = abs(n) % 100
            if m10 == 1 && m100 != 11 { return 0 }
            if (2...4).contains(m10) && !(12...14).contains(m100) { return 1 }
            return 2
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation in the core).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = "", rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]; out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

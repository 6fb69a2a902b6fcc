extension Catalogue {
    /// The language the environment asks for, as POSIX orders it: `LC_ALL`, else `LC_MESSAGES`, else `LANG`
    /// (the first one set and not empty decides); its language part (`ru_RU.UTF-8` → `ru`, `zh_TW` → `zh`) picks
    /// the catalogue; `C`, `POSIX` or a language the tool does not speak gives English.
    public static func fromEnvironment(_ env: [String: String]) -> Catalogue {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = env[name], !value.isEmpty else { continue }
            return forLocale(value) ?? .en
        }
        return .en
    }

    /// The catalogue for a locale name (`ru_RU.UTF-8`, `zh_CN`, `en_GB`), or `nil` when none speaks it.
    public static func forLocale(_ locale: String) -> Catalogue? {
        let language = locale.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }
        guard !language.isEmpty else { return nil }
        return named(String(language))
    }

    /// The catalogue `--lang` names, else the environment's; a `--lang` value no catalogue has is an error
    /// naming the allowed values.
    public static func choose(option: String?, env: [String: String]) throws(LanguageError) -> Catalogue {
        if let option, !option.isEmpty {
            guard let c = named(option) else { throw .unknown(option) }
            return c
        }
        return fromEnvironment(env)
    }
}

/// A `--lang` value the tool does not speak.
public enum LanguageError: Error, Equatable, CustomStringConvertible {
    case unknown(String)

    public var description: String {
        switch self {
        case .unknown(let v):
            "--lang: \"\(TerminalText.sanitize(v))\" is not a language BorderTrack speaks; expected one of \(Catalogue.allowed)"
        }
    }
}

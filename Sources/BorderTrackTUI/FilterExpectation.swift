import BorderTrackCore

/// What a refused filter value should have been, said in any language: the values typed as they are
/// (`one of open, acknowledged…`), or a sentence from the catalogue.
public enum FilterExpectation: Equatable, Sendable {
    /// One of these typed values (they stay as typed in every language).
    case oneOf(String)
    /// A catalogue sentence and its arguments.
    case said(String, [String])

    /// The expectation in `lang`.
    public func text(in lang: Catalogue) -> String {
        switch self {
        case .oneOf(let values): lang("ui.message.filter.one-of", values)
        case .said(let key, let args): Catalogue.fill(lang[key], args)
        }
    }
}

/// Where a source stands: who speaks, and with what default perspective.
public enum SourceTier: String, CaseIterable, Sendable, Codable {
    case federalOfficial = "federal-official"
    case stateMedia = "state-media"
    case foreignOfficial = "foreign-official"
    case regionalOfficial = "regional-official"
    case localMedia = "local-media"
    case business
    case field

    /// The perspective a source of this tier has unless it overrides it.
    public var defaultPerspective: Perspective {
        switch self {
        case .federalOfficial, .stateMedia, .foreignOfficial: .official
        case .regionalOfficial, .localMedia, .business, .field: .local
        }
    }

    /// A short label for tables.
    public var label: String {
        switch self {
        case .federalOfficial: "federal"
        case .stateMedia: "state media"
        case .foreignOfficial: "foreign official"
        case .regionalOfficial: "regional"
        case .localMedia: "local media"
        case .business: "business"
        case .field: "field"
        }
    }

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Whose account a claim gives: the official line or what local observers report.
public enum Perspective: String, CaseIterable, Sendable, Codable {
    case official, local

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

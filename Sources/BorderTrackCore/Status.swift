/// A project's state on one date, ordered along the lifecycle.
public enum Status: String, CaseIterable, Sendable, Codable, Comparable {
    case proposed, agreed, construction, completed, operational, suspended, cancelled

    /// Position on the lifecycle axis; `nil` for `suspended` and `cancelled`, which are off it.
    public var rank: Int? {
        switch self {
        case .proposed: 0
        case .agreed: 1
        case .construction: 2
        case .completed: 3
        case .operational: 4
        case .suspended, .cancelled: nil
        }
    }

    /// Whether the status lies on the lifecycle axis.
    public var isOnLifecycle: Bool { rank != nil }

    /// A short plain-language phrase, as used in explanations ("say operating").
    public var phrase: String {
        switch self {
        case .proposed: "proposed"
        case .agreed: "agreed"
        case .construction: "under construction"
        case .completed: "completed but not in service"
        case .operational: "operating"
        case .suspended: "suspended"
        case .cancelled: "cancelled"
        }
    }

    /// Orders along the lifecycle; off-axis statuses sort after `operational`.
    public static func < (a: Status, b: Status) -> Bool { a.sortKey < b.sortKey }

    /// Lifecycle order with off-axis statuses last (suspended 5, cancelled 6).
    public var sortKey: Int { rank ?? (self == .suspended ? 5 : 6) }

    /// The allowed values, for error messages.
    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// What an `operational` project is in service for.
public enum Scope: String, CaseIterable, Sendable, Codable {
    case passenger, cargo, full

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

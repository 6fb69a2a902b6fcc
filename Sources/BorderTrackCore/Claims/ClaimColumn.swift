/// A column of the claims table: what it shows, filters and counts.
public enum ClaimColumn: String, CaseIterable, Sendable {
    case project, source, tier, status, asOf = "asof", published, recorded, editor, lang, via, state

    /// The header of the column.
    public var title: String {
        switch self {
        case .asOf: "AS-OF"
        case .published: "PUBLISHED"
        default: rawValue.uppercased()
        }
    }

    /// Whether the table can be sorted by the column: every column but the tier (a property of the
    /// source, not of the claim row) and the state (derived from other claims); both can be filtered and counted.
    public var isSortable: Bool { self != .tier && self != .state }

    /// The sortable columns, in table order.
    public static var sortable: [ClaimColumn] { allCases.filter(\.isSortable) }

    /// Whether the column holds dates (filtered by ranges: `asof=2021-03..2021-06`).
    public var isDate: Bool { self == .asOf || self == .published || self == .recorded }
}

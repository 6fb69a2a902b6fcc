import BorderTrackCore

/// Which derived summary rows a page shows and in what order: the project list's sort and filter in store terms.
public struct SummaryQuery: Hashable, Sendable {
    /// The list's sort columns; each has an index on `summary` ending in (name_key, project).
    public enum Order: String, CaseIterable, Sendable {
        case name, kind, official, local, assessed, discrepancies, updated, target

        /// The columns compared, most significant first (the same key as the in-memory sort).
        package var columns: [String] {
            switch self {
            case .name: ["name_key", "project"]
            case .kind: ["kind", "name_key", "project"]
            case .official: ["off_key", "name_key", "project"]
            case .local: ["loc_key", "name_key", "project"]
            case .assessed: ["as_key", "name_key", "project"]
            case .discrepancies: ["disc_num", "open_count", "name_key", "project"]
            case .updated: ["upd_key", "name_key", "project"]
            case .target: ["tgt_key", "name_key", "project"]
            }
        }
    }

    public var order: Order
    public var descending: Bool
    /// Project kinds (raw values, as `:filter kind=` takes them); empty means any.
    public var kinds: [String] = []
    /// Current official or local statuses (raw values); empty means any.
    public var statuses: [String] = []
    /// Country codes, any of which the project lists; empty means any.
    public var countries: [String] = []
    /// Lower-cased text found in one of the project's regions.
    public var region: String?
    /// Assessed statuses (raw values); empty means any.
    public var assessed: [String] = []
    /// Only projects with open discrepancies.
    public var hasDiscrepancy = false

    public init(order: Order, descending: Bool) { self.order = order; self.descending = descending }

    /// Whether there is any condition.
    public var isFiltered: Bool { !kinds.isEmpty || !statuses.isEmpty || !assessed.isEmpty || !countries.isEmpty || region != nil || hasDiscrepancy }

    /// The SQL dialects the conditions are written in.
    package enum Dialect: Sendable { case sqlite, postgres }

    /// The WHERE conditions (joined by AND, "1" when none) and their arguments.
    package var conditions: (sql: String, args: [String]) { conditions(.sqlite) }

    /// The WHERE conditions in `dialect` (joined by AND; always true when none), with a `?` for each argument.
    package func conditions(_ dialect: Dialect) -> (sql: String, args: [String]) {
        let contains = dialect == .sqlite ? "instr" : "strpos"
        var parts: [String] = [], args: [String] = []
        if !kinds.isEmpty {
            // `summary.kind` holds the label the list shows and sorts by (`ProjectKind.label`).
            parts.append("kind IN (\(marks(kinds.count)))"); args += kinds.map { ProjectKind(rawValue: $0)?.label ?? $0 }
        }
        if !statuses.isEmpty {
            parts.append("(off_status IN (\(marks(statuses.count))) OR loc_status IN (\(marks(statuses.count))))")
            args += statuses + statuses
        }
        if !assessed.isEmpty {
            parts.append("as_status IN (\(marks(assessed.count)))"); args += assessed
        }
        if !countries.isEmpty {
            parts.append("(" + countries.map { _ in "\(contains)(countries, ?) > 0" }.joined(separator: " OR ") + ")")
            args += countries.map { ";\($0);" }
        }
        if let region {
            // Each region is one line of `regions`; a region filter never spans two (it has no newline).
            parts.append("\(contains)(regions, ?) > 0")
            args.append(region.replacingNewlines)
        }
        if hasDiscrepancy { parts.append("open_count > 0") }
        return (parts.isEmpty ? (dialect == .sqlite ? "1" : "true") : parts.joined(separator: " AND "), args)
    }

    /// `ORDER BY` text for this order (reversed when `reversed`).
    package func orderBy(reversed: Bool = false) -> String {
        let desc = descending != reversed
        return order.columns.map { $0 + (desc ? " DESC" : "") }.joined(separator: ", ")
    }

    /// The row-value comparison selecting rows after (or, `before`, ahead of) a key in this order: the key's
    /// values bound as arguments (`?` each), or `key`, SQL giving them (such as a subquery for a project's row).
    package func beyond(before: Bool, key: String? = nil) -> String {
        let cols = "(" + order.columns.joined(separator: ", ") + ")"
        let greater = descending == before
        return "\(cols) \(greater ? ">" : "<") \(key ?? "(" + marks(order.columns.count) + ")")"
    }

    private func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
}

private extension String {
    var replacingNewlines: String { String(map { $0.isNewline ? " " : $0 }) }
}

/// The tables of the CSV interchange format, recognised by a telling column in the header.
public enum CSVTable: String, CaseIterable, Sendable {
    case sources, projects, plans, claims

    /// Every column the table accepts, in export order.
    public var columns: [String] {
        switch self {
        case .sources: ["id", "name", "tier", "country", "url", "perspective", "affiliation"]
        case .projects: ["id", "kind", "name_en", "name_ru", "name_zh", "countries", "regions", "lat", "lon", "programs"]
        case .plans: ["id", "project", "milestone", "target", "announced", "source", "recorded", "editor"]
        case .claims: ["id", "project", "status", "scope", "as_of", "published", "source", "url", "quote", "supersedes", "recorded", "editor",
                        "section", "quote_lang", "translation", "note", "via"]
        }
    }

    /// The columns a file must have.
    public var required: [String] {
        switch self {
        case .sources: ["id", "name", "tier"]
        case .projects: ["id", "kind", "name_en"]
        case .plans: ["project", "milestone", "target"]
        case .claims: ["project", "status", "as_of", "source"]
        }
    }

    /// The column whose presence identifies the table.
    public var marker: String {
        switch self {
        case .sources: "tier"
        case .projects: "kind"
        case .plans: "milestone"
        case .claims: "status"
        }
    }

    /// Load order within one command: sources, projects, plans, claims.
    public var loadOrder: Int { CSVTable.allCases.firstIndex(of: self)! }

    /// The table a header belongs to, or nil when none or several markers are present.
    public static func recognise(_ header: [String]) -> CSVTable? {
        let matches = allCases.filter { header.contains($0.marker) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The CSV column name for a model field name (`asOf` → `as_of`).
    public func column(forField field: String) -> String {
        switch field {
        case "asOf": "as_of"
        case "quoteLang": "quote_lang"
        case "names.en": "name_en"
        case "location.lat": "lat"
        case "location.lon": "lon"
        default: field
        }
    }
}

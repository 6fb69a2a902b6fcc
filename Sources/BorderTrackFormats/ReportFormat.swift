import BorderTrackCore

/// The formats a status report is written in, chosen by `--format`, a file's extension or the UI's export form,
/// and rendered the same way by the command line and the terminal UI.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, html, csv, json, geojson

    /// The report as text in this format. Markdown and HTML speak `lang`; CSV, JSON and GeoJSON are data, their
    /// field names and codes the same in every language.
    public func render(_ report: StatusReport, lang: Catalogue = .en) -> String {
        switch self {
        case .markdown: ReportMarkdown.render(report, lang: lang)
        case .html: ReportHTML.render(report, lang: lang)
        case .csv: ReportCSV.render(report)
        case .json: ReportJSON.render(report)
        case .geojson: ReportGeoJSON.render(report)
        }
    }

    /// The format a file name's extension names (`.md`, `.html`, `.csv`, `.json`, `.geojson`), case-insensitively.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        case "geojson": self = .geojson
        default: return nil
        }
    }

    /// The database location for a report, without credentials (a URL's user info and query are dropped).
    public static func label(_ location: String) -> String {
        guard let scheme = location.range(of: "://") else { return location }
        var rest = location[scheme.upperBound...]
        if let at = rest.lastIndex(of: "@"), !rest[..<at].contains("/") { rest = rest[rest.index(after: at)...] }
        if let q = rest.firstIndex(of: "?") { rest = rest[..<q] }
        return String(location[..<scheme.upperBound]) + rest
    }

    /// Text for a terminal: every CRLF-separated line sanitised (CSV and JSON carry raw data).
    public static func terminalSafe(_ text: String) -> String {
        text.components(separatedBy: "\r\n").map(TerminalText.sanitize).joined(separator: "\r\n")
    }
}

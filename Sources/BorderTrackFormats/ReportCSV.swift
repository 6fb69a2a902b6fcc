import BorderTrackCore

/// A status report as one spreadsheet-ready CSV table: one row per claim, with the project's columns repeated.
///
/// A project without claims still gets one row (claim columns empty), so every selected project appears.
/// RFC 4180 with CRLF line ends, UTF-8, a header row, every field quoted. **Formula defusing:** a cell
/// starting with `=`, `+`, `-`, `@`, tab, CR, LF or a full-width `＝`, `＋`, `－`, `＠` gets a leading `'`,
/// so a spreadsheet shows it as text instead of running it (inner quotes are doubled by the writer).
/// This is for reading in a spreadsheet; the data export (`bordertrack export`) keeps raw values.
public enum ReportCSV {
    /// The column names, in order.
    public static let columns = [
        "project", "name_en", "name_ru", "name_zh", "kind", "countries", "regions",
        "official_status", "official_scope", "official_since", "official_source", "official_claim",
        "local_status", "local_scope", "local_since", "local_source", "local_claim",
        "open_discrepancies", "worst_severity",
        "claim", "claim_status", "claim_scope", "claim_as_of", "claim_published", "claim_in_force",
        "source", "source_name", "source_tier", "source_country", "perspective", "url", "quote",
        "quote_lang", "translation", "note", "via", "via_name",
        "report_as_of", "report_day", "generated_at", "database",
        // Issue 21, appended: the assessment and the grades.
        "official_source_grade", "local_source_grade",
        "assessed_status", "assessed_scope", "assessed_since", "assessed_grade", "assessed_supporting", "assessed_discounted",
        "assessed_sections", "source_grade", "claim_credibility", "claim_assessment",
    ]

    /// The whole table, header first, every field quoted and defused.
    public static func render(_ r: StatusReport) -> String {
        DatasetCSV.write(rows(r).map { $0.map(defuse) }, quoteAll: true)
    }

    /// The table's rows before defusing, header first.
    public static func rows(_ r: StatusReport) -> [[String]] {
        var rows = [columns]
        let meta = [r.asOf?.description ?? "", r.day.description, r.generatedAt.description, r.database]
        for s in r.sections {
            let p = s.project
            func account(_ a: StatusReport.Account?) -> [String] {
                [a?.status.rawValue ?? "", a?.scope?.rawValue ?? "", a?.since.description ?? "", a?.sourceName ?? "", a?.claim.id ?? ""]
            }
            let project = [p.id, p.names.en, p.names.ru ?? "", p.names.zh ?? "", p.kind.rawValue,
                           p.countries.joined(separator: ";"), p.regions.joined(separator: ";")]
                + account(s.official) + account(s.local)
                + ["\(s.discrepancies.count)", s.worstSeverity?.rawValue ?? ""]
            let a = s.assessment
            let discounted = Dictionary(a.discounted.map { ($0.claim, $0.reason) }, uniquingKeysWith: { x, _ in x })
            let supporting = Set(a.supporting)
            // The project's assessment: sections as `CN: completed since 2016 (F3)`, `; `-separated.
            let assessed = [s.official?.sourceGrade.rawValue ?? "", s.local?.sourceGrade.rawValue ?? "",
                            a.status?.rawValue ?? "", a.scope?.rawValue ?? "", a.since?.description ?? "", a.grade?.description ?? "",
                            a.supporting.joined(separator: ";"), a.discounted.map(\.claim).joined(separator: ";"),
                            a.sections.map { "\($0.section ?? "?"): \($0.summary)" }.joined(separator: "; ")]
            if s.claims.isEmpty { rows.append(project + Array(repeating: "", count: 18) + meta + assessed + ["", "", ""]) }
            for e in s.claims {
                let c = e.claim
                rows.append(project + [c.id, c.status.rawValue, c.scope?.rawValue ?? "", c.asOf.description,
                                       c.published?.description ?? "", e.inForce ? "yes" : "no",
                                       c.source, e.sourceName, e.tier?.rawValue ?? "", e.country ?? "",
                                       e.perspective.rawValue, c.url ?? "", c.quote ?? "",
                                       c.quoteLang ?? "", c.translation ?? "", c.note ?? "", c.via ?? "", e.viaName ?? ""] + meta
                            + assessed + [e.sourceGrade.rawValue, e.credibility.map { "\($0.rawValue)" } ?? "",
                                          supporting.contains(c.id) ? "supporting" : discounted[c.id].map { "discounted: " + $0 } ?? ""])
            }
        }
        return rows
    }

    /// The characters that make a spreadsheet read a cell as a formula when they come first.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// The cell with a leading `'` when it starts with a formula character; otherwise unchanged.
    public static func defuse(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }
}

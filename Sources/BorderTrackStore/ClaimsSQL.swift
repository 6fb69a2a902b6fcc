import BorderTrackCore

/// A claims query in SQL, for both engines: conditions on the `claim` table (aliased `c`), the order and the
/// grouping expression of a column. Text is compared in byte order ("C" collation on PostgreSQL), as `ClaimsQuery`
/// compares it in memory.
package struct ClaimsSQL: Sendable {
    package let query: ClaimsQuery
    package let dialect: SummaryQuery.Dialect

    /// The collation PostgreSQL's `lower` folds search text in: never the columns' "C", which folds ASCII only
    /// (`БЛАГ` stayed `БЛАГ`); the engine sets it (ICU's root locale where the server has it).
    package var fold = "\"default\""

    package init(_ query: ClaimsQuery, _ dialect: SummaryQuery.Dialect) { self.query = query; self.dialect = dialect }

    /// `COLLATE "C"` on PostgreSQL (its default collation is the locale's), nothing on SQLite (BINARY already).
    private var c: String { dialect == .postgres ? " COLLATE \"C\"" : "" }

    /// The live claims: withdrawn ones are left out, as everywhere in the analysis.
    package static let live = "c.id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim')"

    /// Whether a live claim supersedes the claim `c`.
    package static let superseded = """
        EXISTS (SELECT 1 FROM claim n WHERE n.supersedes = c.id AND n.id NOT IN (SELECT target FROM withdrawal WHERE kind = 'claim'))
        """

    /// The column's value as SQL text ('' when absent), the same text as `ClaimRow.value`.
    package func value(_ column: ClaimColumn) -> String {
        switch column {
        case .project: "c.project"
        case .source: "c.source"
        case .tier: "coalesce((SELECT s.tier FROM source s WHERE s.id = c.source), '')"
        case .status: "c.status"
        case .asOf: "c.as_of"
        case .published: "coalesce(c.published, '')"
        case .recorded: "c.recorded"
        case .editor: "c.editor"
        case .lang: "coalesce(c.quote_lang, '')"
        case .via: "coalesce(c.via, '')"
        case .state: "CASE WHEN \(Self.superseded) THEN 'superseded' ELSE 'current' END"
        }
    }

    /// The grouping expression of a frequency table (`ClaimRow.frequencyValue`).
    package func frequencyValue(_ column: ClaimColumn) -> String {
        column == .recorded ? "substr(c.recorded, 1, 10)" : value(column)
    }

    /// The WHERE conditions (always including `live`), with a `?` for each argument.
    package var conditions: (sql: String, args: [String]) {
        let q = query
        var parts = [Self.live], args: [String] = []
        func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
        func list(_ column: ClaimColumn, _ values: [String]) {
            guard !values.isEmpty else { return }
            parts.append("\(value(column)) IN (\(marks(values.count)))"); args += values
        }
        list(.project, q.projects)
        list(.source, q.sources)
        if !q.tiers.isEmpty {
            parts.append("c.source IN (SELECT id FROM source WHERE tier IN (\(marks(q.tiers.count))))")
            args += q.tiers.map(\.rawValue)
        }
        list(.status, q.statuses.map(\.rawValue))
        list(.editor, q.editors)
        list(.via, q.vias)
        list(.lang, q.langs)
        if q.states.count == 1 { parts.append((q.states[0] == .superseded ? "" : "NOT ") + Self.superseded) }
        func range(_ column: String, _ r: ClaimDateRange?) {
            guard let r else { return }
            if r.lowerText == nil && r.upperText == nil { parts.append("\(column) IS NOT NULL") }
            if let lo = r.lowerText { parts.append("\(column)\(c) >= ?"); args.append(lo) }
            if let hi = r.upperText { parts.append("\(column)\(c) <= ?"); args.append(hi) }
        }
        // Dates compare without their qualifier (`ClaimDateRange.qualifiers`, spelled by code: a `?` in the SQL
        // would be taken for a parameter when the marks are numbered for PostgreSQL).
        let codes = ClaimDateRange.qualifiers.unicodeScalars.map { String($0.value) }
        let qualifiers = dialect == .sqlite ? "char(\(codes.joined(separator: ", ")))" : codes.map { "chr(\($0))" }.joined(separator: " || ")
        range("rtrim(c.as_of, \(qualifiers))", q.asOf)
        range("rtrim(c.published, \(qualifiers))", q.published)
        range("c.recorded", q.recorded)
        if !q.words.isEmpty {
            // The texts of `ClaimRow.searchText`, a newline between each, lower-cased as Swift does (GRDB's
            // `swiftLowercaseString`) on SQLite; by PostgreSQL's `lower` in `fold`'s collation.
            let nl = dialect == .sqlite ? " || char(10) || " : " || chr(10) || "
            let text = ["c.id", "c.project", "c.source", "c.editor", "coalesce(c.via, '')", "coalesce(c.quote, '')",
                        "coalesce(c.translation, '')", "coalesce(c.note, '')"].joined(separator: nl)
            let lowered = dialect == .sqlite ? "swiftLowercaseString(\(text))" : "lower((\(text)) COLLATE \(fold))"
            for w in q.words {
                parts.append(dialect == .sqlite ? "instr(\(lowered), ?) > 0" : "strpos(\(lowered), ?) > 0")
                args.append(w)
            }
        }
        return (parts.joined(separator: " AND "), args)
    }

    /// The row-value comparison selecting rows after (or, `before`, ahead of) a row's key in the query's order,
    /// with two `?`: the row's sort value and id (`key(of:)`).
    package func beyond(before: Bool) -> String {
        "(\(value(query.sort))\(c), c.id\(c)) \(query.descending == before ? ">" : "<") (?, ?)"
    }

    /// A row's key in the query's order: its sort value and id.
    package func key(of row: ClaimRow) -> [String] { [row.value(query.sort), row.claim.id] }

    /// `ORDER BY` text: the sort column's text, then the claim id, both in the query's direction.
    package var orderBy: String {
        let dir = query.descending ? " DESC" : ""
        return "\(value(query.sort))\(c)\(dir), c.id\(c)\(dir)"
    }
}

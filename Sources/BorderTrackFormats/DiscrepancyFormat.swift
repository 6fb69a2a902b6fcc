import BorderTrackCore

/// Discrepancies as an aligned text table or as JSON (the spec's `discrepancies --format json`).
public enum DiscrepancyFormat {
    /// The aligned table: one row per discrepancy, the explanation last (`table` and `cells`, whole).
    public static func text(_ items: [Discrepancy], analysis: Analysis, lang: Catalogue = .en) -> String {
        if items.isEmpty { return none(lang) }
        let t = table(projectIDWidth: analysis.projects.longestID, lang: lang)
        return items.reduce(into: t.header) { $0 += t.row(cells($1, lang: lang)) }
    }

    /// What `text` says when nothing matches.
    public static let none = "no discrepancies\n"

    /// What `text` says when nothing matches, in a language.
    public static func none(_ lang: Catalogue) -> String { lang["cli.discrepancies.none"] + "\n" }

    /// The table's columns, their widths from what they can hold — the same whether the rows come from a whole
    /// analysis or streamed from a store's queue. `projectIDWidth`: the tracker's longest project id.
    /// Headers in `lang` (English: as they always were), value columns as wide as their widest word.
    public static func table(projectIDWidth: Int, lang: Catalogue = .en) -> StreamedTable {
        let w = ReportWords(lang)
        func widest(_ words: [String]) -> Int { words.map(DisplayWidth.of).max() ?? 0 }
        return StreamedTable([
            (lang["cli.col.id"], 13),  // two letters, '-', ten hex digits
            (lang["cli.col.severity"], widest(Severity.allCases.map(w.severity))),
            (lang["cli.col.kind"], widest(DiscrepancyKind.allCases.map(w.discrepancyKind))),
            (lang["cli.col.project"], projectIDWidth),
            (lang["cli.col.from"], 10), (lang["cli.col.to"], max(10, DisplayWidth.of(lang["cli.ongoing"]))),
            (lang["cli.col.state"], widest(FlagState.allCases.map(w.flag))),
            (lang["cli.col.explanation"], 0),
        ])
    }

    /// One discrepancy's cells in `table`'s columns; the explanation through `ReportWords.explanation`.
    public static func cells(_ d: Discrepancy, lang: Catalogue = .en) -> [String] {
        let w = ReportWords(lang)
        return cells(id: d.id, severity: d.severity, kind: w.discrepancyKind(d.kind), project: d.project, from: d.from, to: d.to,
                     ongoing: d.ongoing, state: w.flag(d.flag.state), explanation: w.explanation(d), lang: lang)
    }

    /// The cells of a discrepancy as a store's queue keeps it (kind and state as given).
    public static func cells(id: String, severity: Severity, kind: String, project: String, from: Day, to: Day, ongoing: Bool,
                             state: String, explanation: String, lang: Catalogue = .en) -> [String] {
        [id, ReportWords(lang).severity(severity), kind, project, from.description, ongoing ? lang["cli.ongoing"] : to.description, state, explanation]
    }

    /// One discrepancy as an ordered JSON object.
    public static func json(_ d: Discrepancy) -> JSONValue {
        func side(_ s: DiscrepancySide) -> JSONValue {
            .object([("label", .string(s.label)), ("status", s.status.map { .string($0.rawValue) } ?? .null),
                     ("scope", s.scope.map { .string($0.rawValue) } ?? .null), ("claims", .array(s.claims.map { .string($0) }))])
        }
        var o: [(String, JSONValue)] = [
            ("id", .string(d.id)), ("project", .string(d.project)), ("kind", .string(d.kind.rawValue)),
            ("severity", .string(d.severity.rawValue)), ("from", .string(d.from.description)), ("to", .string(d.to.description)),
            ("ongoing", .bool(d.ongoing)), ("official", side(d.official)), ("local", side(d.local)),
            ("sides", .array(d.sides.map(side))), ("spans", .array(d.spans.map { .string($0) })),
            ("claims", .array(d.claims.map { .string($0) })),
            ("plans", .array(d.plans.map { .string($0) })), ("explanation", .string(d.explanation)),
            ("state", .string(d.flag.state.rawValue)),
        ]
        if let v = d.flag.verdict { o.append(("verdict", .string(v.rawValue))) }
        if !d.flag.note.isEmpty { o.append(("note", .string(d.flag.note))) }
        if let e = d.flag.editor { o.append(("editor", .string(e))) }
        if let a = d.flag.at { o.append(("at", .string(a.description))) }
        return .object(o)
    }

    /// The array of all given discrepancies, pretty-printed.
    public static func json(_ items: [Discrepancy]) -> String {
        JSONWriter.pretty(.array(items.map(json)))
    }
}

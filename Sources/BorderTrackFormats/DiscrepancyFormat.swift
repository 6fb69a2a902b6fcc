import BorderTrackCore

/// Discrepancies as an aligned text table or as JSON (the spec's `discrepancies --format json`).
public enum DiscrepancyFormat {
    /// The aligned table: one row per discrepancy, the explanation last.
    public static func text(_ items: [Discrepancy], analysis: Analysis) -> String {
        if items.isEmpty { return "no discrepancies\n" }
        let rows = items.map { d -> [String] in
            [d.id, d.severity.rawValue, d.kind.rawValue, d.project, d.from.description,
             d.ongoing ? "ongoing" : d.to.description, d.flag.state.rawValue, d.explanation]
        }
        return TextTable.render(header: ["ID", "SEVERITY", "KIND", "PROJECT", "FROM", "TO", "STATE", "EXPLANATION"], rows: rows)
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

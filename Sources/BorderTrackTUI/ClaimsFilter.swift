import BorderTrackCore

/// The claims table's `:filter` words: `source=xinhua,tass tier=state-media status=operational project=P
/// editor=E via=V|none lang=ru|none state=current|superseded|all asof=2021 published=2021-03..2021-06
/// recorded>=2026-11-27`, and `clear`. Parsing validates every value and changes nothing on an error.
public enum ClaimsFilter {
    /// The fields a filter names (each a column of the table; `as-of` is also accepted for `asof`).
    public static let fields = ["project", "source", "tier", "status", "asof", "published", "recorded", "editor", "via", "lang", "state"]

    /// The query with its filters replaced by the words' (sort and search kept); `clear` (or nothing) removes
    /// every filter and the search.
    public static func parse(_ text: String, into base: ClaimsQuery) throws(ClaimsFilterError) -> ClaimsQuery {
        var q = base.unfiltered
        q.words = base.words
        for word in text.split(whereSeparator: { $0 == " " }).map(String.init) {
            if word == "clear" || word == "none" { return base.unfiltered }
            try apply(word, to: &q)
        }
        return q
    }

    /// Applies one `FIELD=VALUE` (or `FIELD>=DATE`, `FIELD<=DATE`) word.
    static func apply(_ word: String, to q: inout ClaimsQuery) throws(ClaimsFilterError) {
        let ops = [">=", "<=", "="]
        guard let op = ops.first(where: { word.contains($0) }), let r = word.range(of: op) else { throw .malformed(word: word) }
        let rawField = String(word[..<r.lowerBound]), value = String(word[r.upperBound...])
        let field = rawField == "as-of" ? "asof" : rawField
        guard !field.isEmpty, !value.isEmpty else { throw .malformed(word: word) }
        guard let column = ClaimColumn(rawValue: field) else { throw .unknownField(field: rawField) }
        if column.isDate {
            let range = try dateRange(field: field, value: value, op: op)
            switch column {
            case .asOf: q.asOf = range
            case .published: q.published = range
            default: q.recorded = range
            }
            return
        }
        guard op == "=" else {
            throw .invalidValue(field: field, value: op + value, expected: .said("ui.message.filter.only-dates", [field]))
        }
        let values = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // `none` selects claims without a value, where a claim may have none.
        func texts() -> [String] { values.map { $0 == "none" && (column == .via || column == .lang) ? "" : $0 } }
        switch column {
        case .project: q.projects = values
        case .source: q.sources = values
        case .editor: q.editors = values
        case .via: q.vias = texts()
        case .lang: q.langs = texts().map { $0.lowercased() }
        case .tier:
            q.tiers = try values.map { v throws(ClaimsFilterError) in
                guard let t = SourceTier(rawValue: v) else { throw .invalidValue(field: field, value: v, expected: .oneOf(SourceTier.allowed)) }
                return t
            }
        case .status:
            q.statuses = try values.map { v throws(ClaimsFilterError) in
                guard let s = Status(rawValue: v) else { throw .invalidValue(field: field, value: v, expected: .oneOf(Status.allowed)) }
                return s
            }
        case .state:
            if values == ["all"] { q.states = []; return }
            q.states = try values.map { v throws(ClaimsFilterError) in
                guard let s = ClaimState(rawValue: v) else {
                    throw .invalidValue(field: field, value: v, expected: .said("ui.message.filter.one-of-and-all", [ClaimState.allowed]))
                }
                return s
            }
        case .asOf, .published, .recorded: break
        }
    }

    /// A date filter: `DATE` (the days it covers), `FROM..TO` (either end may be left out), `>=DATE`, `<=DATE`.
    static func dateRange(field: String, value: String, op: String) throws(ClaimsFilterError) -> ClaimDateRange {
        func date(_ text: String) throws(ClaimsFilterError) -> PartialDate {
            do { return try PartialDate(parsing: text) } catch {
                throw .invalidValue(field: field, value: text, expected: .said("ui.message.filter.date-or-range", []))
            }
        }
        switch op {
        case ">=": return ClaimDateRange(from: try date(value).start, to: nil)
        case "<=": return ClaimDateRange(from: nil, to: try date(value).end)
        default:
            guard let r = value.range(of: "..") else {
                let d = try date(value)
                return ClaimDateRange(from: d.start, to: d.end)
            }
            let a = String(value[..<r.lowerBound]), b = String(value[r.upperBound...])
            guard !a.isEmpty || !b.isEmpty else {
                throw .invalidValue(field: field, value: value, expected: .said("ui.message.filter.range-one-date", []))
            }
            let from = a.isEmpty ? nil : try date(a).start, to = b.isEmpty ? nil : try date(b).end
            if let from, let to, to < from {
                throw .invalidValue(field: field, value: value, expected: .said("ui.message.filter.range-order", [a, b]))
            }
            return ClaimDateRange(from: from, to: to)
        }
    }

    /// The query's filters as `:filter` words (empty when none).
    public static func describe(_ q: ClaimsQuery) -> String {
        var w: [String] = []
        func add(_ f: String, _ v: [String]) { if !v.isEmpty { w.append(f + "=" + v.map { $0.isEmpty ? "none" : $0 }.joined(separator: ",")) } }
        add("project", q.projects)
        add("source", q.sources)
        add("tier", q.tiers.map(\.rawValue))
        add("status", q.statuses.map(\.rawValue))
        add("editor", q.editors)
        add("via", q.vias)
        add("lang", q.langs)
        add("state", q.states.map(\.rawValue))
        for (f, r) in [("asof", q.asOf), ("published", q.published), ("recorded", q.recorded)] {
            if let r { w.append(f + "=" + compact(r)) }
        }
        return w.joined(separator: " ")
    }

    /// A range as the shortest filter value giving it back: `2021`, `2021-03`, a day, or `FROM..TO`.
    static func compact(_ r: ClaimDateRange) -> String {
        func whole(_ a: Day?, _ b: Day?) -> String? {
            guard let a, let b else { return nil }
            let (ca, cb) = (a.components, b.components)
            if ca.month == 1, ca.day == 1, cb.month == 12, cb.day == 31, ca.year == cb.year { return String(ca.year) }
            if ca.day == 1, ca.year == cb.year, ca.month == cb.month, cb.day == Day.daysIn(month: cb.month, year: cb.year) {
                return String(a.description.prefix(7))
            }
            return a == b ? a.description : nil
        }
        return whole(r.from, r.to) ?? r.description
    }
}

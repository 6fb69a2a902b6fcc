import BorderTrackCore

/// Which discrepancies the queue shows: `project=ID kind=K severity=S state=S|all date=DATE since=DATE until=DATE`.
///
/// With no `state` the queue shows what needs work (open and acknowledged); `state=all` adds the resolved
/// and obsolete ones. Values of one field are alternatives (`kind=regression,manual`); fields all apply.
public struct QueueFilter: Hashable, Sendable {
    /// The states shown when none is asked for.
    public static let workStates: Set<FlagState> = [.open, .acknowledged]

    public var projects: Set<String> = []
    public var kinds: Set<DiscrepancyKind> = []
    public var severities: Set<Severity> = []
    public var states: Set<FlagState> = QueueFilter.workStates
    /// Only discrepancies lasting until this day or later.
    public var since: Day?
    /// Only discrepancies begun by this day.
    public var until: Day?

    public init() {}

    /// Whether it shows the whole default queue.
    public var isEmpty: Bool { self == QueueFilter() }

    /// Parses the words after `:filter` in the queue; `clear` (or nothing) removes every condition.
    public static func parse(_ text: String) throws(QueueFilterError) -> QueueFilter {
        var f = QueueFilter()
        for word in text.split(whereSeparator: { $0 == " " }).map(String.init) {
            if word == "clear" || word == "none" { return QueueFilter() }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw .unknownField(word) }
            let (field, value) = (parts[0], parts[1])
            let values = value.split(separator: ",").map(String.init)
            guard !values.isEmpty else { throw .badValue(field: field, value: value, expected: .said("ui.message.filter.a-value", [])) }
            switch field {
            case "project":
                for v in values {
                    guard v.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) else {
                        throw .badValue(field: field, value: v, expected: .said("ui.message.filter.project-id", []))
                    }
                }
                f.projects.formUnion(values)
            case "kind":
                f.kinds = []
                for v in values {
                    guard let k = DiscrepancyKind(rawValue: v) else { throw .badValue(field: field, value: v, expected: .oneOf(DiscrepancyKind.allowed)) }
                    f.kinds.insert(k)
                }
            case "severity":
                f.severities = []
                for v in values {
                    guard let s = Severity(rawValue: v) else { throw .badValue(field: field, value: v, expected: .oneOf(Severity.allowed)) }
                    f.severities.insert(s)
                }
            case "state":
                f.states = []
                for v in values {
                    if v == "all" { f.states = Set(FlagState.allCases); continue }
                    guard let s = FlagState(rawValue: v) else {
                        throw .badValue(field: field, value: v, expected: .said("ui.message.filter.one-of-or-all", [FlagState.allowed]))
                    }
                    f.states.insert(s)
                }
            case "date", "since", "until":
                guard values.count == 1, let d = try? PartialDate(parsing: value) else {
                    throw .badValue(field: field, value: value, expected: .said("ui.message.filter.date", []))
                }
                if field != "until" { f.since = d.start }
                if field != "since" { f.until = d.end }
            default: throw .unknownField(word)
            }
        }
        if let s = f.since, let u = f.until, s > u {
            throw .badValue(field: "since", value: s.description, expected: .said("ui.message.filter.since-until", [u.description]))
        }
        return f
    }

    /// The filter as `:filter` words (for the title and the prompt).
    public var description: String {
        var w: [String] = []
        if !projects.isEmpty { w.append("project=" + projects.sorted().joined(separator: ",")) }
        if !kinds.isEmpty { w.append("kind=" + kinds.map(\.rawValue).sorted().joined(separator: ",")) }
        if !severities.isEmpty { w.append("severity=" + severities.sorted().map(\.rawValue).joined(separator: ",")) }
        if states != QueueFilter.workStates {
            w.append("state=" + (states.count == FlagState.allCases.count ? "all" : FlagState.allCases.filter(states.contains).map(\.rawValue).joined(separator: ",")))
        }
        if let since { w.append("since=\(since)") }
        if let until { w.append("until=\(until)") }
        return w.joined(separator: " ")
    }

    /// Whether an entry passes every condition.
    public func matches(_ r: QueueRow) -> Bool {
        if !projects.isEmpty && !projects.contains(r.project) { return false }
        if !kinds.isEmpty && !kinds.contains(where: { $0.rawValue == r.kind }) { return false }
        if !severities.isEmpty && !severities.contains(r.key.severity) { return false }
        if !states.contains(where: { $0.rawValue == r.state }) { return false }
        if let since, r.to < since { return false }
        if let until, r.key.from > until { return false }
        return true
    }
}

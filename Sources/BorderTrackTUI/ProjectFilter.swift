import BorderTrackCore

/// Which projects the list shows: `kind=bridge status=operational assessed=completed country=CN region=amur has-discrepancy`.
public struct ProjectFilter: Hashable, Sendable {
    public var kinds: Set<ProjectKind> = []
    /// Matches either perspective's current status.
    public var statuses: Set<Status> = []
    /// Matches the assessed status.
    public var assessed: Set<Status> = []
    public var countries: Set<String> = []
    /// Case-insensitive substring of any region.
    public var region: String?
    public var hasDiscrepancy = false

    public init() {}

    public var isEmpty: Bool { self == ProjectFilter() }

    /// Parses the words after `:filter`; `clear` (or nothing) removes every condition.
    public static func parse(_ text: String) throws(CommandError) -> ProjectFilter {
        var f = ProjectFilter()
        for word in text.split(whereSeparator: { $0 == " " }).map(String.init) {
            if word == "clear" || word == "none" { return ProjectFilter() }
            if word == "has-discrepancy" || word == "disputed" { f.hasDiscrepancy = true; continue }
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw .refused("ui.message.filter.list-word", [word])
            }
            let values = parts[1].split(separator: ",").map(String.init)
            switch parts[0] {
            case "kind":
                for v in values {
                    guard let k = ProjectKind(rawValue: v) else { throw .refused("ui.message.filter.list-value", ["kind", v, ProjectKind.allowed]) }
                    f.kinds.insert(k)
                }
            case "status":
                for v in values {
                    guard let s = Status(rawValue: v) else { throw .refused("ui.message.filter.list-value", ["status", v, Status.allowed]) }
                    f.statuses.insert(s)
                }
            case "assessed":
                for v in values {
                    guard let s = Status(rawValue: v) else { throw .refused("ui.message.filter.list-value", ["assessed", v, Status.allowed]) }
                    f.assessed.insert(s)
                }
            case "country": f.countries.formUnion(values.map { $0.uppercased() })
            case "region": f.region = parts[1].lowercased()
            default: throw .refused("ui.message.filter.list-field", [parts[0]])
            }
        }
        return f
    }

    /// The filter as `:filter` words (for the status bar).
    public var description: String {
        var w: [String] = []
        if !kinds.isEmpty { w.append("kind=" + kinds.map(\.rawValue).sorted().joined(separator: ",")) }
        if !statuses.isEmpty { w.append("status=" + statuses.map(\.rawValue).sorted().joined(separator: ",")) }
        if !assessed.isEmpty { w.append("assessed=" + assessed.map(\.rawValue).sorted().joined(separator: ",")) }
        if !countries.isEmpty { w.append("country=" + countries.sorted().joined(separator: ",")) }
        if let region { w.append("region=" + region) }
        if hasDiscrepancy { w.append("has-discrepancy") }
        return w.joined(separator: " ")
    }

    public func matches(_ s: ProjectSummary) -> Bool {
        if !kinds.isEmpty && !kinds.contains(s.project.kind) { return false }
        if !statuses.isEmpty {
            let current = [s.official?.status, s.local?.status].compactMap { $0 }
            if !current.contains(where: statuses.contains) { return false }
        }
        if !assessed.isEmpty && !(s.assessed.map { assessed.contains($0.status) } ?? false) { return false }
        if !countries.isEmpty && !s.project.countries.contains(where: countries.contains) { return false }
        if let region, !s.project.regions.contains(where: { $0.lowercased().contains(region) }) { return false }
        if hasDiscrepancy && s.openDiscrepancies == 0 { return false }
        return true
    }
}

/// A command-line or filter error shown in the status bar.
public enum CommandError: Error, Equatable, Sendable {
    /// Refused, with the catalogue sentence saying why and its arguments.
    case refused(String, [String])

    /// Why, in English.
    public var message: String { message(in: .en) }

    /// Why, in `lang`.
    public func message(in lang: Catalogue) -> String {
        switch self { case .refused(let key, let args): Catalogue.fill(lang[key], args) }
    }
}

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
                throw .invalid("filter \"\(word)\": expected kind=K, status=S, assessed=S, country=CC, region=TEXT or has-discrepancy")
            }
            let values = parts[1].split(separator: ",").map(String.init)
            switch parts[0] {
            case "kind":
                for v in values {
                    guard let k = ProjectKind(rawValue: v) else { throw .invalid("kind \"\(v)\": expected one of \(ProjectKind.allowed)") }
                    f.kinds.insert(k)
                }
            case "status":
                for v in values {
                    guard let s = Status(rawValue: v) else { throw .invalid("status \"\(v)\": expected one of \(Status.allowed)") }
                    f.statuses.insert(s)
                }
            case "assessed":
                for v in values {
                    guard let s = Status(rawValue: v) else { throw .invalid("assessed \"\(v)\": expected one of \(Status.allowed)") }
                    f.assessed.insert(s)
                }
            case "country": f.countries.formUnion(values.map { $0.uppercased() })
            case "region": f.region = parts[1].lowercased()
            default: throw .invalid("filter \"\(parts[0])\": expected kind, status, assessed, country, region or has-discrepancy")
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
    case invalid(String)

    public var message: String {
        switch self { case .invalid(let m): m }
    }
}

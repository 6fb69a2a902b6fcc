/// The kind of a cross-border project.
public enum ProjectKind: String, CaseIterable, Sendable, Codable {
    case bridge, rail, road, pipeline
    case borderCrossing = "border-crossing"
    case ftz
    case industrialPark = "industrial-park"
    case port, energy, other

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether an operational claim may say what the project is in service for (`passenger`, `cargo`,
    /// `full`): only what carries traffic across the border. A pipeline, zone, park, port or energy
    /// project is simply operating.
    public var takesScope: Bool {
        switch self {
        case .bridge, .rail, .road, .borderCrossing: true
        case .pipeline, .ftz, .industrialPark, .port, .energy, .other: false
        }
    }

    /// The kinds that take a scope, for error messages.
    public static var scoped: String { allCases.filter(\.takesScope).map(\.rawValue).joined(separator: ", ") }
}

/// A project's names in English, Russian and Chinese.
public struct Names: Hashable, Sendable {
    public let en: String
    public let ru: String?
    public let zh: String?

    public init(en: String, ru: String? = nil, zh: String? = nil) throws(ModelError) {
        self.en = try Validate.text(en, field: "names.en")
        self.ru = try Validate.optionalText(ru, field: "names.ru")
        self.zh = try Validate.optionalText(zh, field: "names.zh")
    }

    /// All names present, English first.
    public var all: [String] { [en] + [ru, zh].compactMap { $0 } }
}

/// A point on the map in WGS 84 degrees.
public struct Location: Hashable, Sendable {
    public let lat: Double
    public let lon: Double

    public init(lat: Double, lon: Double) throws(ModelError) {
        guard lat.isFinite, (-90...90).contains(lat) else {
            throw .invalid(field: "location.lat", value: "\(lat)", expected: "a latitude between -90 and 90")
        }
        guard lon.isFinite, (-180...180).contains(lon) else {
            throw .invalid(field: "location.lon", value: "\(lon)", expected: "a longitude between -180 and 180")
        }
        self.lat = lat; self.lon = lon
    }
}

/// A cross-border project: a bridge, a line, a crossing, a zone.
public struct Project: Hashable, Sendable, Identifiable {
    public let id: String
    public let kind: ProjectKind
    public let names: Names
    /// ISO 3166-1 alpha-2 codes of the countries the project joins.
    public let countries: [String]
    public let regions: [String]
    public let location: Location?
    /// Slugs of the programmes that list the project.
    public let programs: [String]
    /// The id and the names in every script, lowercased, one per line: what a search step scans
    /// (computed once here, not once per project per keystroke).
    public let searchKey: String

    public init(id: String, kind: ProjectKind, names: Names, countries: [String] = [], regions: [String] = [],
                location: Location? = nil, programs: [String] = []) throws(ModelError) {
        try self.init(id: id, kind: kind, names: names, countries: countries, regions: regions, location: location,
                      programs: programs, searchKey: nil)
    }

    /// Validates and builds; `searchKey` is taken as given when a stored copy already has it (it must be
    /// what this init computes: the id and names lower-cased, one per line).
    init(id: String, kind: ProjectKind, names: Names, countries: [String], regions: [String],
         location: Location?, programs: [String], searchKey: String?) throws(ModelError) {
        self.id = try Validate.slug(id, field: "id")
        self.kind = kind
        self.names = names
        var cs: [String] = []
        for c in countries { cs.append(try Validate.country(c, field: "countries")) }
        self.countries = cs
        for r in regions where r.trimmingWhitespace.isEmpty || r.contains(";") || r.utf8.contains(0) {
            throw .invalid(field: "regions", value: r, expected: "a non-empty region name without ';'")
        }
        self.regions = regions
        self.location = location
        for p in programs { _ = try Validate.slug(p, field: "programs") }
        self.programs = programs
        self.searchKey = searchKey ?? ([id] + names.all).joined(separator: "\n").lowercased()
    }

    /// Creates a project from text fields, validating each.
    public init(id: String, kind: String, names: Names, countries: [String], regions: [String],
                location: Location?, programs: [String]) throws(ModelError) {
        let k: ProjectKind = try Validate.enumValue(kind, field: "kind", allowed: ProjectKind.allowed)
        try self.init(id: id, kind: k, names: names, countries: countries, regions: regions, location: location, programs: programs)
    }
}

extension Sequence where Element == Project {
    /// The length of the longest id (ids are ASCII slugs, so also its width in columns); 0 when none.
    public var longestID: Int { reduce(0) { Swift.max($0, $1.id.utf8.count) } }
}

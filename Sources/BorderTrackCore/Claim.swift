/// One source's statement of a project's status on a date.
///
/// Claims are never merged or edited: a correction is a new claim that `supersedes` the old.
public struct Claim: Hashable, Sendable, Identifiable {
    public let id: String
    public let project: String
    public let status: Status
    /// For `operational` claims: what the project is in service for.
    public let scope: Scope?
    /// The date the status held, according to the source.
    public let asOf: PartialDate
    /// When the source published the claim.
    public let published: PartialDate?
    public let source: String
    public let url: String?
    public let quote: String?
    /// When the claim was recorded in the tracker, and by whom.
    public let recorded: Timestamp?
    public let editor: String?
    /// The id of the claim this one corrects, if any.
    public let supersedes: String?
    /// The section the claim is about: a country code among the project's `countries`, for a project
    /// built in halves (each country builds its part). `nil`: the whole project.
    public let section: String?

    public init(id: String, project: String, status: Status, scope: Scope? = nil, asOf: PartialDate,
                published: PartialDate? = nil, source: String, url: String? = nil, quote: String? = nil,
                recorded: Timestamp? = nil, editor: String? = nil, supersedes: String? = nil,
                section: String? = nil) throws(ModelError) {
        self.id = try Validate.slug(id, field: "id")
        self.project = try Validate.slug(project, field: "project")
        self.status = status
        if scope != nil && status != .operational {
            throw .invalid(field: "scope", value: scope!.rawValue,
                           expected: "no scope: scope applies only to status operational, not \(status.rawValue)")
        }
        self.scope = scope
        self.asOf = asOf
        if let published, published.end < asOf.start {
            throw .invalid(field: "published", value: published.description,
                           expected: "a date on or after asOf \(asOf): a statement about a later date is a plan, not a claim")
        }
        self.published = published
        self.source = try Validate.slug(source, field: "source")
        self.url = try Validate.optionalText(url, field: "url")
        self.quote = try Validate.optionalText(quote, field: "quote")
        self.recorded = recorded
        self.editor = try Validate.optionalText(editor, field: "editor")
        if let supersedes, !supersedes.isEmpty {
            self.supersedes = try Validate.slug(supersedes, field: "supersedes")
        } else {
            self.supersedes = nil
        }
        if let section, !section.isEmpty {
            self.section = try Validate.country(section, field: "section")
        } else {
            self.section = nil
        }
    }

    /// The date the claim became knowable: `published`, or `asOf` when the publication date is unknown.
    public var knownFrom: PartialDate { published ?? asOf }

    /// A copy with recording metadata filled in where missing.
    public func recording(at time: Timestamp, by editor: String) -> Claim {
        try! Claim(id: id, project: project, status: status, scope: scope, asOf: asOf, published: published,
                   source: source, url: url, quote: quote, recorded: recorded ?? time,
                   editor: self.editor ?? editor, supersedes: supersedes, section: section)
    }

    /// Checks what depends on the claim's project: a transport scope only on a transport kind, a
    /// section only among the project's countries. The error names the field, the value and why.
    public func check(against project: Project) throws(ModelError) {
        if let scope, !project.kind.takesScope {
            throw .invalid(field: "scope", value: scope.rawValue,
                           expected: "no scope on a \(project.kind.rawValue) project: passenger, cargo and full apply only to \(ProjectKind.scoped)")
        }
        if let section, !project.countries.contains(section) {
            throw .invalid(field: "section", value: section,
                           expected: project.countries.isEmpty
                               ? "no section: project \(project.id) names no countries"
                               : "one of the project's countries (\(project.countries.joined(separator: ", ")))")
        }
    }
}

extension Claim {
    /// Creates a claim from text fields, validating each; `id` may be empty to derive one.
    public init(id: String?, project: String, status: String, scope: String?, asOf: String, published: String?,
                source: String, url: String?, quote: String?, recorded: String? = nil, editor: String? = nil,
                supersedes: String? = nil, section: String? = nil) throws(ModelError) {
        let st: Status = try Validate.enumValue(status, field: "status", allowed: Status.allowed)
        var sc: Scope? = nil
        if let scope, !scope.isEmpty { sc = try Validate.enumValue(scope, field: "scope", allowed: Scope.allowed) as Scope }
        let a = try Validate.date(asOf, field: "asOf")
        var p: PartialDate? = nil
        if let published, !published.isEmpty { p = try Validate.date(published, field: "published") }
        var r: Timestamp? = nil
        if let recorded, !recorded.isEmpty {
            guard let t = Timestamp(parsing: recorded) else {
                throw .invalid(field: "recorded", value: recorded, expected: "a UTC time YYYY-MM-DDTHH:MM:SSZ")
            }
            r = t
        }
        let resolvedID: String
        if let id, !id.isEmpty { resolvedID = id } else {
            resolvedID = Claim.derivedID(project: project, status: status, scope: scope ?? "", asOf: asOf,
                                         published: published ?? "", source: source, url: url ?? "", quote: quote ?? "",
                                         section: section ?? "")
        }
        try self.init(id: resolvedID, project: project, status: st, scope: sc, asOf: a, published: p, source: source,
                      url: url, quote: quote, recorded: r, editor: editor, supersedes: supersedes, section: section)
    }

    /// A deterministic id for a claim given without one: `c-` and 16 hex digits of a
    /// 64-bit FNV-1a hash of its content, so the same claim imported twice is caught as a duplicate.
    /// A section joins the hash only when given, so claims about the whole keep the ids they always had.
    public static func derivedID(project: String, status: String, scope: String, asOf: String, published: String,
                                 source: String, url: String, quote: String, section: String = "") -> String {
        let parts = [project, status, scope, asOf, published, source, url, quote]
        return "c-" + StableHash.of(section.isEmpty ? parts : parts + [section])
    }
}

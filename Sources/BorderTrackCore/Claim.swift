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
    /// The source's own words, verbatim, in the original language (never a translation or a paraphrase).
    public let quote: String?
    /// The language of `quote`: a lowercase ISO 639 code (`ru`, `zh`, `en`), optionally with a subtag (`zh-hans`).
    public let quoteLang: String?
    /// An English rendering of the quote (or of words the tracker has only in translation): never shown as
    /// the source's own words.
    public let translation: String?
    /// The editor's paraphrase or context: why the claim is coded as it is, what the source did not say.
    public let note: String?
    /// The source through which the claim is known (a study citing a newspaper), when the tracker has not
    /// read the claim in `source` itself. `nil`: read in the source.
    public let via: String?
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
                section: String? = nil, quoteLang: String? = nil, translation: String? = nil, note: String? = nil,
                via: String? = nil) throws(ModelError) {
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
        if let quoteLang, !quoteLang.isEmpty {
            guard self.quote != nil else {
                throw .invalid(field: "quoteLang", value: quoteLang, expected: "no quoteLang without a quote: it names the quote's language")
            }
            self.quoteLang = try Validate.language(quoteLang, field: "quoteLang")
        } else {
            self.quoteLang = nil
        }
        self.translation = try Validate.optionalText(translation, field: "translation")
        self.note = try Validate.optionalText(note, field: "note")
        if let via, !via.isEmpty {
            let v = try Validate.slug(via, field: "via")
            if v == self.source {
                throw .invalid(field: "via", value: v,
                               expected: "a source other than the claim's own source \(self.source): via names the secondary account it is known through")
            }
            self.via = v
        } else {
            self.via = nil
        }
    }

    /// The date the claim became knowable: `published`, or `asOf` when the publication date is unknown.
    public var knownFrom: PartialDate { published ?? asOf }

    /// A copy with recording metadata filled in where missing.
    public func recording(at time: Timestamp, by editor: String) -> Claim {
        try! Claim(id: id, project: project, status: status, scope: scope, asOf: asOf, published: published,
                   source: source, url: url, quote: quote, recorded: recorded ?? time,
                   editor: self.editor ?? editor, supersedes: supersedes, section: section, quoteLang: quoteLang,
                   translation: translation, note: note, via: via)
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
                supersedes: String? = nil, section: String? = nil, quoteLang: String? = nil, translation: String? = nil,
                note: String? = nil, via: String? = nil) throws(ModelError) {
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
                                         section: section ?? "", quoteLang: quoteLang ?? "", translation: translation ?? "",
                                         note: note ?? "", via: via ?? "")
        }
        try self.init(id: resolvedID, project: project, status: st, scope: sc, asOf: a, published: p, source: source,
                      url: url, quote: quote, recorded: r, editor: editor, supersedes: supersedes, section: section,
                      quoteLang: quoteLang, translation: translation, note: note, via: via)
    }

    /// A deterministic id for a claim given without one: `c-` and 16 hex digits of a
    /// 64-bit FNV-1a hash of its content, so the same claim imported twice is caught as a duplicate.
    /// A section joins the hash only when given, and the quote's language, translation, note and `via` only
    /// when one of them is, so claims without them keep the ids they always had.
    public static func derivedID(project: String, status: String, scope: String, asOf: String, published: String,
                                 source: String, url: String, quote: String, section: String = "",
                                 quoteLang: String = "", translation: String = "", note: String = "",
                                 via: String = "") -> String {
        var parts = [project, status, scope, asOf, published, source, url, quote]
        let attribution = [quoteLang, translation, note, via]
        if !section.isEmpty || attribution.contains(where: { !$0.isEmpty }) { parts.append(section) }
        if attribution.contains(where: { !$0.isEmpty }) { parts += attribution }
        return "c-" + StableHash.of(parts)
    }
}

/// Who makes claims: a ministry, a newspaper, a carrier, the tracker's own field team.
public struct Source: Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let tier: SourceTier
    /// ISO 3166-1 alpha-2 code of the country the source speaks for (its side of the border).
    public let country: String?
    public let url: String?
    /// An explicit override of the tier's default perspective, if any.
    public let perspectiveOverride: Perspective?
    /// The id of the source that controls this one (a newspaper's founder, a state company's owner), if any.
    /// Sources on one affiliation chain are one voice when corroboration is counted.
    public let affiliation: String?

    /// The perspective the source's claims are counted under.
    public var perspective: Perspective { perspectiveOverride ?? tier.defaultPerspective }

    /// Creates a validated source.
    public init(id: String, name: String, tier: SourceTier, country: String? = nil,
                url: String? = nil, perspective: Perspective? = nil, affiliation: String? = nil) throws(ModelError) {
        self.id = try Validate.slug(id, field: "id")
        self.name = try Validate.text(name, field: "name")
        self.tier = tier
        self.country = try country.flatMap { c throws(ModelError) in c.isEmpty ? nil : try Validate.country(c, field: "country") }
        self.url = try Validate.optionalText(url, field: "url")
        self.perspectiveOverride = perspective
        if let affiliation, !affiliation.isEmpty {
            let a = try Validate.slug(affiliation, field: "affiliation")
            if a == self.id {
                throw .invalid(field: "affiliation", value: a, expected: "the id of another source: a source does not control itself")
            }
            self.affiliation = a
        } else {
            self.affiliation = nil
        }
    }

    /// Creates a source from text fields, validating each.
    public init(id: String, name: String, tier: String, country: String?, url: String?, perspective: String?,
                affiliation: String? = nil) throws(ModelError) {
        let t: SourceTier = try Validate.enumValue(tier, field: "tier", allowed: SourceTier.allowed)
        var p: Perspective? = nil
        if let perspective, !perspective.isEmpty {
            p = try Validate.enumValue(perspective, field: "perspective", allowed: Perspective.allowed) as Perspective
        }
        try self.init(id: id, name: name, tier: t, country: country, url: url, perspective: p, affiliation: affiliation)
    }
}

import BorderTrackCore
import BorderTrackFormats

/// Canonical single-line JSON of stored records (sorted keys, fixed formats): what the audit chain hashes.
public enum CanonicalRow {
    public static func opt(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    public static func source(_ s: Source) -> String {
        let fields: [(String, JSONValue)] = [
            ("country", opt(s.country)), ("id", .string(s.id)), ("name", .string(s.name)),
            ("perspective", opt(s.perspectiveOverride?.rawValue)), ("tier", .string(s.tier.rawValue)), ("url", opt(s.url)),
        ]
        // `affiliation` only when set (first in key order), so sources recorded before it hash as they did.
        return JSONWriter.compact(.object((s.affiliation.map { [("affiliation", JSONValue.string($0))] } ?? []) + fields))
    }

    public static func project(_ p: Project) -> String {
        JSONWriter.compact(.object([
            ("countries", .array(p.countries.map { .string($0) })), ("id", .string(p.id)), ("kind", .string(p.kind.rawValue)),
            ("lat", p.location.map { .double($0.lat) } ?? .null), ("lon", p.location.map { .double($0.lon) } ?? .null),
            ("nameEn", .string(p.names.en)), ("nameRu", opt(p.names.ru)), ("nameZh", opt(p.names.zh)),
            ("programs", .array(p.programs.map { .string($0) })), ("regions", .array(p.regions.map { .string($0) })),
        ]))
    }

    public static func plan(_ p: Plan) -> String {
        JSONWriter.compact(.object([
            ("announced", opt(p.announced?.description)), ("editor", opt(p.editor)), ("id", .string(p.id)),
            ("milestone", .string(p.milestone.rawValue)), ("project", .string(p.project)),
            ("recorded", opt(p.recorded?.description)), ("source", opt(p.source)), ("target", .string(p.target.description)),
        ]))
    }

    /// A claim's canonical row. `section`, `note`, `quoteLang`, `translation` and `via` are written only when the
    /// claim has them (in key order), so a claim without them hashes exactly as it did before they existed and
    /// older audit entries still verify.
    public static func claim(_ c: Claim) -> String {
        var fields: [(String, JSONValue)] = [
            ("asOf", .string(c.asOf.description)), ("editor", opt(c.editor)), ("id", .string(c.id)),
        ]
        if let note = c.note { fields.append(("note", .string(note))) }
        fields += [("project", .string(c.project)), ("published", opt(c.published?.description)), ("quote", opt(c.quote))]
        if let lang = c.quoteLang { fields.append(("quoteLang", .string(lang))) }
        fields += [("recorded", opt(c.recorded?.description)), ("scope", opt(c.scope?.rawValue))]
        if let section = c.section { fields.append(("section", .string(section))) }
        fields += [("source", .string(c.source)), ("status", .string(c.status.rawValue)), ("supersedes", opt(c.supersedes))]
        if let translation = c.translation { fields.append(("translation", .string(translation))) }
        fields.append(("url", opt(c.url)))
        if let via = c.via { fields.append(("via", .string(via))) }
        return JSONWriter.compact(.object(fields))
    }

    public static func flag(_ f: FlagEvent) -> String {
        JSONWriter.compact(.object([
            ("action", .string(f.action.rawValue)), ("at", .string(f.at.description)), ("discrepancy", .string(f.discrepancy)),
            ("editor", .string(f.editor)), ("note", .string(f.note)), ("project", .string(f.project)),
            ("severity", opt(f.severity?.rawValue)), ("verdict", opt(f.verdict?.rawValue)),
        ]))
    }

    public static func withdrawal(_ w: Withdrawal) -> String {
        JSONWriter.compact(.object([
            ("at", .string(w.at.description)), ("editor", .string(w.editor)), ("kind", .string(w.kind.rawValue)),
            ("project", .string(w.project)), ("reason", opt(w.reason)), ("target", .string(w.target)),
        ]))
    }

    /// A project back from its canonical JSON (`project(_:)`), as an audit entry's before- or after-state holds it;
    /// nil when the text is not such a row.
    public static func decodeProject(_ json: String) -> Project? {
        guard let v = try? JSONParser.parse(Array(json.utf8)), case .string(let id)? = v["id"],
              case .string(let kind)? = v["kind"], case .string(let en)? = v["nameEn"] else { return nil }
        func text(_ key: String) -> String? { if case .string(let s)? = v[key] { return s }; return nil }
        func list(_ key: String) -> [String] {
            guard case .array(let items)? = v[key] else { return [] }
            return items.compactMap { if case .string(let s) = $0 { return s }; return nil }
        }
        do {
            let names = try Names(en: en, ru: text("nameRu"), zh: text("nameZh"))
            var location: Location? = nil
            if let lat = v["lat"]?.doubleValue, let lon = v["lon"]?.doubleValue { location = try Location(lat: lat, lon: lon) }
            return try Project(id: id, kind: kind, names: names, countries: list("countries"), regions: list("regions"),
                               location: location, programs: list("programs"))
        } catch {
            return nil
        }
    }
}

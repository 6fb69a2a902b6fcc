import BorderTrackCore

/// The plain-text view of one project for `bordertrack project show`.
public enum ProjectText {
    public static func render(project p: Project, claims: [Claim], plans: [Plan], sources: [Source]) -> String {
        let byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let superseded = Set(claims.compactMap(\.supersedes))
        var out = ""
        out += TextTable.cell(p.names.en) + "  [" + p.id + "]\n"
        if let ru = p.names.ru { out += "  ru: " + TextTable.cell(ru) + "\n" }
        if let zh = p.names.zh { out += "  zh: " + TextTable.cell(zh) + "\n" }
        out += "  kind: \(p.kind.rawValue)"
        if !p.countries.isEmpty { out += "   countries: " + p.countries.joined(separator: "–") }
        if !p.regions.isEmpty { out += "   regions: " + TextTable.cell(p.regions.joined(separator: ", ")) }
        out += "\n"
        if let l = p.location { out += "  location: \(l.lat), \(l.lon)\n" }
        if !p.programs.isEmpty { out += "  programmes: " + p.programs.joined(separator: ", ") + "\n" }
        if !plans.isEmpty {
            out += "\nDeadline history\n"
            out += TextTable.render(header: ["MILESTONE", "TARGET", "ANNOUNCED", "SOURCE"], rows: plans.map {
                [$0.milestone.rawValue, $0.target.description, $0.announced?.description ?? "-", $0.source.map { byID[$0]?.name ?? $0 } ?? "-"]
            })
        }
        out += "\nClaims (newest first)\n"
        let sorted = claims.sorted { ($0.asOf, $0.knownFrom) > ($1.asOf, $1.knownFrom) }
        out += TextTable.render(header: ["AS OF", "STATUS", "SOURCE", "PERSPECTIVE", "ID"], rows: sorted.map { c in
            let s = byID[c.source]
            let status = c.status.rawValue + (c.scope.map { " (\($0.rawValue))" } ?? "") + (c.section.map { " [\($0) section]" } ?? "")
                + (superseded.contains(c.id) ? " [superseded]" : "")
            let via = c.via.map { " (via \(byID[$0]?.name ?? $0))" } ?? ""
            return [c.asOf.description, status, (s?.name ?? c.source) + (s?.country.map { ", \($0)" } ?? "") + via,
                    s?.perspective.rawValue ?? "?", c.id]
        })
        func hasText(_ c: Claim) -> Bool { c.quote != nil || c.url != nil || c.translation != nil || c.note != nil }
        for c in sorted where hasText(c) {
            out += "\n  \(c.id): "
            if let q = c.quote { out += "“" + TextTable.cell(q) + "”" + (c.quoteLang.map { " [\($0)]" } ?? "") }
            if let t = c.translation { out += "\n    translation: " + TextTable.cell(t) }
            if let n = c.note { out += "\n    note: " + TextTable.cell(n) }
            if let u = c.url { out += "\n    " + TextTable.cell(u) }
        }
        if sorted.contains(where: hasText) { out += "\n" }
        return out
    }
}

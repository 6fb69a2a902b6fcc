import BorderTrackCore

/// The plain-text view of one project for `bordertrack project show`.
public enum ProjectText {
    /// The project in `lang` (English unless told): labels and headers in it, the model's values as `ReportWords` says
    /// them, data as stored.
    public static func render(project p: Project, claims: [Claim], plans: [Plan], sources: [Source], lang: Catalogue = .en) -> String {
        let w = ReportWords(lang)
        let byID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let superseded = Set(claims.compactMap(\.supersedes))
        var out = ""
        out += TextTable.cell(lang.name(p.names)) + "  [" + p.id + "]\n"
        if !w.codes { out += "  en: " + TextTable.cell(p.names.en) + "\n" }
        if let ru = p.names.ru { out += "  ru: " + TextTable.cell(ru) + "\n" }
        if let zh = p.names.zh { out += "  zh: " + TextTable.cell(zh) + "\n" }
        out += "  \(lang["cli.show.kind"])\(w.kind(p.kind))"
        if !p.countries.isEmpty { out += "   \(lang["cli.show.countries"])" + p.countries.joined(separator: "–") }
        if !p.regions.isEmpty { out += "   \(lang["cli.show.regions"])" + TextTable.cell(p.regions.joined(separator: ", ")) }
        out += "\n"
        if let l = p.location { out += "  \(lang["cli.show.location"])\(l.lat), \(l.lon)\n" }
        if !p.programs.isEmpty { out += "  \(lang["cli.show.programmes"])" + p.programs.joined(separator: ", ") + "\n" }
        if !plans.isEmpty {
            out += "\n\(lang["cli.show.deadlines"])\n"
            out += TextTable.render(header: [lang["cli.col.milestone"], lang["cli.col.target"], lang["cli.col.announced"], lang["cli.col.source"]], rows: plans.map {
                [w.milestone($0.milestone), $0.target.description, $0.announced?.description ?? "-", $0.source.map { byID[$0]?.name ?? $0 } ?? "-"]
            })
        }
        out += "\n\(lang["cli.show.claims"])\n"
        let sorted = claims.sorted { ($0.asOf, $0.knownFrom) > ($1.asOf, $1.knownFrom) }
        out += TextTable.render(header: [lang["cli.col.asOf"], lang["cli.col.status"], lang["cli.col.source"], lang["cli.col.perspective"],
                                         lang["cli.col.id"]], rows: sorted.map { c in
            let s = byID[c.source]
            let status = w.statusWord(c.status) + (c.scope.map { " (\(w.scope($0)))" } ?? "") + (c.section.map { " [\(lang("cli.show.section", $0))]" } ?? "")
                + (superseded.contains(c.id) ? " [\(lang["cli.show.superseded"])]" : "")
            let via = c.via.map { " (\(lang("report.via", byID[$0]?.name ?? $0)))" } ?? ""
            return [c.asOf.description, status, (s?.name ?? c.source) + (s?.country.map { ", \($0)" } ?? "") + via,
                    s.map { w.perspective($0.perspective) } ?? "?", c.id]
        })
        func hasText(_ c: Claim) -> Bool { c.quote != nil || c.url != nil || c.translation != nil || c.note != nil }
        for c in sorted where hasText(c) {
            out += "\n  \(c.id): "
            if let q = c.quote { out += "“" + TextTable.cell(q) + "”" + (c.quoteLang.map { " [\($0)]" } ?? "") }
            if let t = c.translation { out += "\n    \(lang["cli.show.translation"])" + TextTable.cell(t) }
            if let n = c.note { out += "\n    \(lang["cli.show.note"])" + TextTable.cell(n) }
            if let u = c.url { out += "\n    " + TextTable.cell(u) }
        }
        if sorted.contains(where: hasText) { out += "\n" }
        return out
    }
}

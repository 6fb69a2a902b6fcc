import BorderTrackCore

/// A status report as one self-contained HTML file: inline CSS, inline SVG, no scripts and no external assets.
///
/// Readable on screen and printable on A4 (`@page`, a page per project). All text from data is
/// escaped (`&`, `<`, `>`, `"`, `'`) after controls and bidi overrides are made visible; links are
/// made only for `http`/`https` URLs.
public enum ReportHTML {
    /// The whole document in a language (English unless told), ending with a newline.
    public static func render(_ r: StatusReport, lang: Catalogue = .en) -> String {
        let w = ReportWords(lang)
        var out = "<!DOCTYPE html>\n<html lang=\"\(lang.code)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"bordertrack report\">\n"
        out += "<title>\(w["report.title"]) — \(r.asOf.map { w.lang("report.asOfDay", $0) } ?? "\(r.day)")</title>\n"
        out += "<style>\n" + css + "</style>\n</head>\n<body>\n"
        out += header(r, w)
        out += toc(r, w)
        out += summary(r, w)
        out += map(r, w)
        out += legend(w)
        for (k, s) in r.sections.enumerated() { out += section(s, number: k + 1, day: r.day, w) }
        if r.sections.isEmpty { out += "<p class=\"empty\">\(w["report.noMatch"])</p>\n" }
        out += "<footer><p>" + w.lang("report.html.footer", "<time datetime=\"\(r.generatedAt)\">\(r.generatedAt)</time>", "<code>\(escape(r.database))</code>")
        out += " \(escape(w.statement))</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// Escapes text for HTML and XML content and attribute values, after making controls visible.
    public static func escape(_ s: String) -> String {
        let clean = ReportText.clean(s)
        // Byte by byte (the five are ASCII, so never part of another character's UTF-8); most text has none.
        guard clean.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return clean }
        var out: [UInt8] = []
        out.reserveCapacity(clean.utf8.count + 16)
        for b in clean.utf8 {
            switch b {
            case 38: out.append(contentsOf: "&amp;".utf8)
            case 60: out.append(contentsOf: "&lt;".utf8)
            case 62: out.append(contentsOf: "&gt;".utf8)
            case 34: out.append(contentsOf: "&quot;".utf8)
            case 39: out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let css = """
    :root { --ink: #1a1a1a; --muted: #555555; --rule: #c8c8c8; --accent: #0072B2; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", Arial, sans-serif;
           color: var(--ink); background: #ffffff; max-width: 62rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; font-size: 15px; }
    h1 { font-size: 1.8rem; margin: 0 0 .6rem; }
    h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin: 2rem 0 .6rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    h2 .id { font-size: .75rem; font-weight: normal; color: var(--muted); }
    a { color: var(--accent); }
    code { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .88rem; }
    th, td { border: 1px solid var(--rule); padding: .25rem .45rem; text-align: left; vertical-align: top; }
    th { background: #eeeeee; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.summary { width: auto; min-width: 22rem; }
    dl.meta, dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0 1rem; }
    dl.meta dt, dl.facts dt { font-weight: bold; }
    dl.meta dd, dl.facts dd { margin: 0; }
    .statement { border-left: 4px solid var(--accent); background: #eef6fb; padding: .5rem .8rem; }
    .names span { margin-right: 1.2rem; }
    .sev { display: inline-block; font-weight: bold; text-transform: uppercase; font-size: .75em; padding: 0 .35em;
           border: 1.5px solid; border-radius: 3px; letter-spacing: .03em; }
    .sev-critical { color: #9c3700; border-style: double; border-width: 3px; }
    .sev-major { color: #7a5000; }
    .sev-minor { color: #555555; border-style: dashed; }
    .st { font-weight: bold; }
    .tag { font-family: "DejaVu Sans Mono", monospace; font-size: .8em; color: var(--muted); white-space: nowrap; }
    td.date { white-space: nowrap; }
    ul.discrepancies { padding-left: 1.2rem; }
    ul.discrepancies li { margin-bottom: .4rem; }
    blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--rule); white-space: pre-wrap; }
    .url { overflow-wrap: anywhere; font-size: .85em; }
    .nolink { color: var(--muted); }
    .in-force { font-size: .75em; font-weight: bold; border: 1px solid var(--ink); border-radius: 3px; padding: 0 .3em; }
    figure.timeline { margin: .6rem 0 1rem; }
    figure.map { margin: .6rem 0 1rem; }
    figure svg, .legend-box svg { width: 100%; height: auto; display: block; }
    figcaption { font-size: .8rem; color: var(--muted); }
    nav.toc ol { padding-left: 1.4rem; }
    nav.toc li { margin: .1rem 0; }
    .muted, .empty { color: var(--muted); }
    .grade { font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
    tr.assessed th, tr.assessed td { border-top: 2px solid var(--muted); font-weight: bold; }
    .translation, .note { white-space: pre-wrap; }
    .translation .label, .note .label, .via { color: var(--muted); font-style: italic; }
    footer { margin-top: 2rem; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      nav.toc { break-after: page; }
      section.project { break-before: page; }
      table, figure, blockquote, ul.discrepancies li, dl { break-inside: avoid; }
      table.claims { break-inside: auto; }
      tr { break-inside: avoid; }
      thead { display: table-header-group; }
      h1, h2, h3 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """

    static func header(_ r: StatusReport, _ w: ReportWords) -> String {
        var out = "<header>\n<h1>\(w["report.title"])</h1>\n<dl class=\"meta\">\n"
        out += "<dt>\(w["report.asOf"])</dt><dd>\(escape(w.asOfLine(r)))</dd>\n"
        out += "<dt>\(w["report.generated"])</dt><dd><time datetime=\"\(r.generatedAt)\">\(r.generatedAt)</time> (UTC)</dd>\n"
        out += "<dt>\(w["report.database"])</dt><dd><code>\(escape(r.database))</code></dd>\n"
        out += "<dt>\(w["report.projects"])</dt><dd>\(r.summary.projects)\(escape(w.aside(w.selection(r.selection))))</dd>\n"
        out += "</dl>\n<p class=\"statement\">\(escape(w.statement))</p>\n</header>\n"
        return out
    }

    static func anchor(_ p: Project) -> String { "p-" + escape(p.id) }

    static func toc(_ r: StatusReport, _ w: ReportWords) -> String {
        var out = "<nav class=\"toc\" aria-label=\"\(w["report.contents"])\">\n<h2>\(w["report.contents"])</h2>\n<ol>\n"
        out += "<li><a href=\"#summary\">\(w["report.summary"])</a></li>\n"
        if r.sections.contains(where: { $0.project.location != nil }) { out += "<li><a href=\"#map\">\(w["report.map"])</a></li>\n" }
        out += "<li><a href=\"#legend\">\(w["report.legend"])</a></li>\n"
        out += "<li>\(w["report.projects"])\n<ol>\n"
        for s in r.sections {
            out += "<li><a href=\"#\(anchor(s.project))\">\(escape(w.name(s.project)))</a>"
            if let worst = s.worstSeverity {
                out += " — " + w.lang.count("report.toc.open", s.discrepancies.count, severity(worst, w))
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</li>\n</ol>\n</nav>\n"
    }

    static func severity(_ s: Severity, _ w: ReportWords) -> String { "<span class=\"sev sev-\(s.rawValue)\">\(w.severity(s))</span>" }

    static func status(_ s: Status?, _ scope: Scope?, _ w: ReportWords) -> String {
        guard let s else { return "<span class=\"muted\">\(w["report.noClaim"])</span>" }
        return "<span class=\"st\">\(w.status(s, scope))</span> <span class=\"tag\">\(ReportText.abbreviation(s, scope))</span>"
    }

    static func summary(_ r: StatusReport, _ w: ReportWords) -> String {
        let s = r.summary
        var out = "<section id=\"summary\">\n<h2>\(w["report.summary"])</h2>\n"
        out += "<h3>\(w["report.byStatus"])</h3>\n<table class=\"summary\">\n"
        out += "<thead><tr><th>\(w["report.col.status"])</th><th class=\"num\">\(w["report.col.official"])</th><th class=\"num\">\(w["report.col.local"])</th><th class=\"num\">\(w["report.col.assessed"])</th></tr></thead>\n<tbody>\n"
        for row in s.byStatus {
            out += "<tr><td>\(status(row.status, nil, w))</td><td class=\"num\">\(row.official)</td><td class=\"num\">\(row.local)</td>"
            out += "<td class=\"num\">\(row.assessed)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<h3>\(w["report.bySeverity"])</h3>\n<table class=\"summary\">\n"
        out += "<thead><tr><th>\(w["report.col.severity"])</th><th class=\"num\">\(w["report.col.open"])</th><th class=\"num\">\(w["report.col.acknowledged"])</th><th class=\"num\">\(w["report.col.total"])</th></tr></thead>\n<tbody>\n"
        for row in s.bySeverity {
            out += "<tr><td>\(severity(row.severity, w))</td><td class=\"num\">\(row.open)</td><td class=\"num\">\(row.acknowledged)</td><td class=\"num\">\(row.total)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<h3>\(w["report.slips"])</h3>\n"
        if s.largestSlips.isEmpty {
            out += "<p class=\"muted\">\(w["report.noSlips"])</p>\n"
        } else {
            out += "<table>\n<thead><tr><th>\(w["report.col.project"])</th><th>\(w["report.col.milestone"])</th><th>\(w["report.col.firstTarget"])</th><th>\(w["report.col.latestTarget"])</th>"
            out += "<th class=\"num\">\(w["report.col.moved"])</th><th class=\"num\">\(w["report.col.timesLater"])</th></tr></thead>\n<tbody>\n"
            for sl in s.largestSlips {
                out += "<tr><td><a href=\"#p-\(escape(sl.project))\">\(escape(w.name(sl, in: r)))</a></td><td>\(w.milestone(sl.milestone))</td>"
                out += "<td>\(escape(w.date(sl.first)))</td><td>\(escape(w.date(sl.latest)))</td>"
                out += "<td class=\"num\">\(escape(w.change(sl.months)))</td><td class=\"num\">\(sl.moves)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    /// The map of the located projects (`ReportMapSVG`) and the list of those without coordinates; nothing when
    /// no project has a location.
    static func map(_ r: StatusReport, _ w: ReportWords) -> String {
        guard let svg = ReportMapSVG.render(r.sections, lang: w.lang) else { return "" }
        var out = "<section id=\"map\">\n<h2>\(w["report.map"])</h2>\n<figure class=\"map\">\n" + svg + "\n"
        let symbols = Status.allCases.map { "\(MapMarker.symbol($0)) \(w.status($0, nil))" }.joined(separator: w["join.comma"])
        out += "<figcaption>" + w.lang("report.html.mapCaption", symbols) + "</figcaption>\n</figure>\n"
        let unlocated = r.sections.filter { $0.project.location == nil }
        if !unlocated.isEmpty {
            out += "<p class=\"muted\">\(w["report.html.unlocated"]) "
            out += unlocated.map { "<a href=\"#\(anchor($0.project))\">\(escape(w.name($0.project)))</a>" }.joined(separator: w["join.comma"])
            out += w["report.md.stop"] + "</p>\n"
        }
        return out + "</section>\n"
    }

    static func legend(_ w: ReportWords) -> String {
        var out = "<section id=\"legend\">\n<h2>\(w["report.legend"])</h2>\n"
        out += "<p>\(w["report.html.legendText"])</p>\n"
        out += "<div class=\"legend-box\">" + ReportTimelineSVG.legend(lang: w.lang) + "</div>\n</section>\n"
        return out
    }

    static func section(_ s: StatusReport.Section, number: Int, day: Day, _ w: ReportWords) -> String {
        let p = s.project
        var out = "<section class=\"project\" id=\"\(anchor(p))\">\n"
        out += "<h2>\(number). \(escape(w.name(p))) <code class=\"id\">\(escape(p.id))</code></h2>\n"
        out += "<p class=\"names\"><span lang=\"en\">en: \(escape(p.names.en))</span>"
        if let ru = p.names.ru { out += "<span lang=\"ru\">ru: \(escape(ru))</span>" }
        if let zh = p.names.zh { out += "<span lang=\"zh\">zh: \(escape(zh))</span>" }
        out += "</p>\n<dl class=\"facts\">\n<dt>\(w["report.kind"])</dt><dd>\(w.kind(p.kind))</dd>\n"
        out += "<dt>\(w["report.sides"])</dt><dd>\(p.countries.isEmpty ? "—" : escape(p.countries.joined(separator: " – ")))</dd>\n"
        out += "<dt>\(w["report.regions"])</dt><dd>\(p.regions.isEmpty ? "—" : escape(p.regions.joined(separator: "; ")))</dd>\n"
        if let l = p.location { out += "<dt>\(w["report.location"])</dt><dd>\(l.lat), \(l.lon)</dd>\n" }
        out += "</dl>\n"

        out += "<h3>\(w.lang("report.html.statusOn", day))</h3>\n<table class=\"status\">\n"
        out += "<thead><tr><th>\(w["report.col.perspective"])</th><th>\(w["report.col.status"])</th><th>\(w["report.col.since"])</th><th>\(w["report.col.source"])</th>"
        out += "<th>\(w["report.col.claimDate"])</th><th>\(w["report.col.published"])</th><th>\(w["report.col.claim"])</th><th>\(w["report.col.grade"])</th></tr></thead>\n<tbody>\n"
        for (label, a) in [(w["report.col.official"], s.official), (w["report.col.local"], s.local)] {
            out += "<tr><th scope=\"row\">\(label)</th>"
            if let a {
                out += "<td>\(status(a.status, a.scope, w))</td><td class=\"date\">\(a.since)</td><td>\(escape(a.sourceName))</td>"
                out += "<td class=\"date\">\(escape(w.date(a.claim.asOf)))</td><td class=\"date\">\(escape(w.date(a.claim.published)))</td>"
                out += "<td><code>\(escape(a.claim.id))</code></td><td class=\"grade\">\(a.sourceGrade.rawValue)</td></tr>\n"
            } else {
                out += "<td>\(status(nil, nil, w))</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>\n"
            }
        }
        let a = s.assessment
        out += "<tr class=\"assessed\"><th scope=\"row\">\(w["report.col.assessed"])</th><td>\(status(a.status, a.scope, w))</td>"
        if a.status != nil {
            out += "<td class=\"date\">\(escape(w.date(a.since)))</td><td>\(w.lang.count("report.supportingClaims", a.supporting.count))</td>"
            out += "<td>—</td><td>—</td><td>—</td><td class=\"grade\">\(escape(a.grade?.description ?? "—"))</td></tr>\n"
        } else {
            out += "<td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += assessment(a, w)

        if let svg = ReportTimelineSVG.render(s, day: day, index: number, lang: w.lang) {
            out += "<figure class=\"timeline\">\n" + svg + "\n<figcaption>\(w.lang("report.html.timelineCaption", day))</figcaption>\n</figure>\n"
        }

        out += "<h3>\(w["report.openDiscrepancies"])</h3>\n"
        if s.discrepancies.isEmpty {
            out += "<p class=\"muted\">\(w["report.none"])</p>\n"
        } else {
            out += "<ul class=\"discrepancies\">\n"
            for d in s.discrepancies {
                out += "<li>\(severity(d.severity, w)) <strong>\(w.discrepancyKind(d.kind))</strong> <code>\(escape(d.id))</code> "
                out += "\(escape(w.stateAndPeriod(d)))\(escape(w.explanation(d)))</li>\n"
            }
            out += "</ul>\n"
        }

        out += "<h3>\(w["report.deadlines"])</h3>\n"
        if s.deadlines.isEmpty {
            out += "<p class=\"muted\">\(w["report.noTargets"])</p>\n"
        } else {
            out += "<table>\n<thead><tr><th>\(w["report.col.milestone"])</th><th>\(w["report.col.target"])</th><th>\(w["report.col.announced"])</th>"
            out += "<th>\(w["report.col.source"])</th><th class=\"num\">\(w["report.col.change"])</th></tr></thead>\n<tbody>\n"
            for e in s.deadlines {
                out += "<tr><td>\(w.milestone(e.plan.milestone))</td><td>\(escape(w.date(e.plan.target)))</td>"
                out += "<td>\(escape(w.date(e.plan.announced)))</td><td>\(escape(e.sourceName ?? "—"))</td>"
                out += "<td class=\"num\">\(escape(w.change(e.change)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }

        out += "<h3>\(w["report.claims"])</h3>\n"
        if s.claims.isEmpty {
            out += "<p class=\"muted\">\(w["report.noClaims"])</p>\n"
        } else {
            out += "<p class=\"voices\">\(escape(w.voices(s)))\(w["report.md.stop"])</p>\n"
            out += "<table class=\"claims\">\n<thead><tr><th>\(w["report.asOf"])</th><th>\(w["report.col.status"])</th><th>\(w["report.col.source"])</th>"
            out += "<th>\(w["report.col.published"])</th><th>\(w["report.col.citation"])</th></tr></thead>\n<tbody>\n"
            for c in s.claims { out += claim(c, w) }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    /// The assessment in words, its grade's meaning, the claims that carry it, those discounted with why, and each section's.
    static func assessment(_ a: Assessment, _ w: ReportWords) -> String {
        var out = "<div class=\"assessment\">\n<p><strong>\(w["report.col.assessed"])\(w["report.colon"])</strong> \(escape(w.assessed(a)))"
        out += (a.grade.map { " — \(escape(w.meaning($0)))" } ?? "") + w["report.md.stop"] + "</p>\n"
        guard !a.supporting.isEmpty || !a.discounted.isEmpty || !a.sections.isEmpty else { return out + "</div>\n" }
        out += "<ul>\n"
        if !a.supporting.isEmpty {
            out += "<li>\(w["report.supporting"])\(w["report.colon"]) " + a.supporting.map { "<code>\(escape($0))</code>" }.joined(separator: ", ") + "</li>\n"
        }
        for d in a.discounted { out += "<li>\(w["report.discounted"]) <code>\(escape(d.claim))</code>\(w["report.colon"]) \(escape(w.reason(d)))</li>\n" }
        for s in a.sections {
            out += "<li>\(escape(w.lang("report.section", s.section ?? "?"))): \(escape(w.assessed(s)))"
            if !s.supporting.isEmpty { out += "; \(w["report.supporting.inline"]) " + s.supporting.map { "<code>\(escape($0))</code>" }.joined(separator: ", ") }
            for d in s.discounted { out += "; \(w["report.discounted.inline"]) <code>\(escape(d.claim))</code>\(w["report.colon"]) \(escape(w.reason(d)))" }
            out += "</li>\n"
        }
        return out + "</ul>\n</div>\n"
    }

    static func claim(_ c: StatusReport.ClaimEntry, _ w: ReportWords) -> String {
        var out = "<tr><td class=\"date\">\(escape(w.date(c.claim.asOf)))</td>"
        out += "<td>\(status(c.claim.status, c.claim.scope, w))\(c.inForce ? " <span class=\"in-force\">\(w["report.inForce"])</span>" : "")</td>"
        out += "<td>\(escape(c.sourceName))<br><span class=\"muted\">\(escape(w.sourceDetail(c)))</span>"
        out += "<br><span class=\"grade\">\(escape(w.lang("report.graded", ReportText.claimGrade(c))))</span>"
        if let via = c.viaName { out += "<br><span class=\"via\">(\(escape(w.lang("report.via", via))))</span>" }
        out += "</td>"
        out += "<td class=\"date\">\(escape(w.date(c.claim.published)))</td><td>"
        if let q = c.claim.quote {
            out += c.claim.quoteLang.map { "<blockquote lang=\"\(escape($0))\">" } ?? "<blockquote>"
            out += "\(escape(q))</blockquote>"
        }
        if let t = c.claim.translation {
            let labelLang = w.codes ? "" : " lang=\"\(w.lang.code)\""
            out += "<div class=\"translation\" lang=\"en\"><span class=\"label\"\(labelLang)>\(escape(w["report.translation"]))\(w["report.colon"])</span> \(escape(t))</div>"
        }
        if let n = c.claim.note { out += "<div class=\"note\"><span class=\"label\">\(w["report.note"])\(w["report.colon"])</span> \(escape(n))</div>" }
        if let u = c.claim.url {
            if ReportText.isWebURL(u) {
                out += "<div class=\"url\"><a href=\"\(escape(u))\" rel=\"noopener noreferrer\">\(escape(u))</a></div>"
            } else {
                out += "<div class=\"url\"><span class=\"nolink\">\(escape(u))</span> (\(w["report.html.notLinked"]))</div>"
            }
        }
        out += "<div class=\"tag\">\(escape(w.lang("report.html.claimTag", c.claim.id)))</div></td></tr>\n"
        return out
    }
}

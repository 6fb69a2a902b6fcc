import BorderTrackCore

/// A status report as a Markdown document (GitHub-flavoured tables).
///
/// Data is text, never Markdown or HTML, so it cannot break the document, hide what it says or become a live
/// link or tag: controls (C0 but `\n`/`\t`, ESC sequences, C1) and bidi/zero-width characters are shown as
/// placeholders (`␛`, `⟨U+202E⟩`); Markdown's punctuation (`\ ` * _ [ ] ~`) is backslash-escaped and HTML's
/// (`& < >`) written as entities (`escape`), so `[click](javascript:…)` and `<img onerror=…>` show as typed;
/// inside table cells `|` becomes `\|` and a line break `<br>`; in headings and list items line breaks become
/// spaces; quotes are block quotes line by line. Only http and https URLs become links.
public enum ReportMarkdown {
    /// The whole report in a language (English unless told), ending with a newline.
    public static func render(_ r: StatusReport, lang: Catalogue = .en) -> String {
        let w = ReportWords(lang)
        var out = "# \(w["report.title"])\n\n"
        out += "- **\(w["report.asOf"])\(w["report.colon"])** \(w.asOfLine(r))\n"
        out += "- **\(w["report.generated"])\(w["report.colon"])** \(r.generatedAt) (UTC)\n"
        out += "- **\(w["report.database"])\(w["report.colon"])** \(inline(r.database))\n"
        out += "- **\(w["report.projects"])\(w["report.colon"])** \(r.summary.projects)\(w.aside(inline(w.selection(r.selection))))\n\n"
        out += "> \(w.statement)\n\n"
        out += summary(r, w)
        out += "## \(w["report.projects"])\n\n"
        if r.sections.isEmpty { out += w["report.noMatch"] + "\n\n" }
        for s in r.sections { out += section(s, w) }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    static func summary(_ r: StatusReport, _ w: ReportWords) -> String {
        let s = r.summary
        var out = "## \(w["report.summary"])\n\n### \(w["report.byStatus"])\n\n"
        out += table([w["report.col.status"], w["report.col.official"], w["report.col.local"], w["report.col.assessed"]],
                     s.byStatus.map { [w.status($0.status, nil), "\($0.official)", "\($0.local)", "\($0.assessed)"] },
                     align: [false, true, true, true])
        out += "\n### \(w["report.bySeverity"])\n\n"
        out += table([w["report.col.severity"], w["report.col.open"], w["report.col.acknowledged"], w["report.col.total"]],
                     s.bySeverity.map { [w.severity($0.severity), "\($0.open)", "\($0.acknowledged)", "\($0.total)"] },
                     align: [false, true, true, true])
        out += "\n### \(w["report.slips"])\n\n"
        if s.largestSlips.isEmpty {
            out += w["report.noSlips"] + "\n"
        } else {
            out += table([w["report.col.project"], w["report.col.milestone"], w["report.col.firstTarget"], w["report.col.latestTarget"],
                          w["report.col.moved"], w["report.col.timesLater"]], s.largestSlips.map {
                ["\(escape(w.name($0, in: r))) (`\($0.project)`)", w.milestone($0.milestone), w.date($0.first), w.date($0.latest),
                 w.change($0.months), "\($0.moves)"]
            }, align: [false, false, false, false, true, true])
        }
        return out + "\n"
    }

    static func section(_ s: StatusReport.Section, _ w: ReportWords) -> String {
        let p = s.project
        var out = "### \(inline(w.name(p))) (`\(p.id)`)\n\n"
        var names = ["en: \(inline(p.names.en))"]
        if let ru = p.names.ru { names.append("ru: \(inline(ru))") }
        if let zh = p.names.zh { names.append("zh: \(inline(zh))") }
        out += "- **\(w["report.names"])\(w["report.colon"])** " + names.joined(separator: "; ") + "\n"
        out += "- **\(w["report.kind"])\(w["report.colon"])** \(w.kind(p.kind))\n"
        out += "- **\(w["report.sides"])\(w["report.colon"])** " + (p.countries.isEmpty ? "—" : p.countries.joined(separator: ", "))
        out += "; **\(w["report.md.regions"])\(w["report.colon"])** " + (p.regions.isEmpty ? "—" : inline(p.regions.joined(separator: "; "))) + "\n"
        if let l = p.location { out += "- **\(w["report.location"])\(w["report.colon"])** \(l.lat), \(l.lon)\n" }
        out += "\n#### \(w["report.md.statusHeading"])\n\n"
        out += table([w["report.col.perspective"], w["report.col.status"], w["report.col.since"], w["report.col.source"],
                      w["report.col.claimDate"], w["report.col.published"], w["report.col.claim"], w["report.col.grade"]],
                     [account(w.perspective(.official), s.official, w), account(w.perspective(.local), s.local, w), assessedRow(s.assessment, w)])
        out += "\n#### \(w["report.assessedStatus"])\n\n" + assessment(s.assessment, w)
        out += "\n#### \(w["report.openDiscrepancies"])\n\n"
        if s.discrepancies.isEmpty { out += w["report.none"] + "\n" }
        for d in s.discrepancies {
            out += "- **\(w.severity(d.severity))** \(w.discrepancyKind(d.kind)) `\(d.id)` \(w.stateAndPeriod(d))"
            out += inline(w.explanation(d)) + "\n"
        }
        out += "\n#### \(w["report.deadlines"])\n\n"
        if s.deadlines.isEmpty {
            out += w["report.noTargets"] + "\n"
        } else {
            out += table([w["report.col.milestone"], w["report.col.target"], w["report.col.announced"], w["report.col.source"],
                          w["report.col.change"]], s.deadlines.map {
                [w.milestone($0.plan.milestone), w.date($0.plan.target), w.date($0.plan.announced),
                 $0.sourceName.map(escape) ?? "—", w.change($0.change)]
            })
        }
        out += "\n#### \(w["report.claims"])\n\n"
        if s.claims.isEmpty { out += w["report.noClaims"] + "\n" } else { out += w.voices(s) + w["report.md.stop"] + "\n\n" }
        for c in s.claims {
            out += "- **\(w.date(c.claim.asOf))** — \(w.status(c.claim.status, c.claim.scope))"
            out += c.inForce ? " *(\(w["report.inForce"]))*" : ""
            out += " — \(inline(c.sourceName)) (\(w.sourceDetail(c)))"
            if let via = c.viaName { out += " (\(w.lang("report.via", inline(via))))" }
            out += " — \(w.lang("report.graded", ReportText.claimGrade(c)))"
            if let pub = c.claim.published { out += w.lang("report.md.published", w.date(pub)) }
            out += " — `\(c.claim.id)`\n"
            if let u = c.claim.url {
                out += ReportText.isWebURL(u)
                    ? "  - URL: <\(u.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E"))>\n"
                    : "  - \(w["report.md.notWeb"]): \(inline(u))\n"
            }
            if let q = c.claim.quote {
                if let lang = c.claim.quoteLang { out += "\n  *\(w.lang("report.quote", escape(lang)))\(w["report.colon"])*\n" }
                out += "\n" + blockquote(q, indent: "  ") + "\n"
            }
            if let t = c.claim.translation { out += "  *\(w["report.translation"])\(w["report.colon"])* \(inline(t))\n\n" }
            if let n = c.claim.note { out += "  *\(w["report.note"])\(w["report.colon"])* \(inline(n))\n\n" }
        }
        return out + "\n"
    }

    static func account(_ label: String, _ a: StatusReport.Account?, _ w: ReportWords) -> [String] {
        guard let a else { return [label, w["report.noClaim"], "—", "—", "—", "—", "—", "—"] }
        return [label, w.status(a.status, a.scope), a.since.description, escape(a.sourceName),
                w.date(a.claim.asOf), w.date(a.claim.published), "`\(a.claim.id)`", a.sourceGrade.rawValue]
    }

    /// The status table's `assessed` row: the assessed status, since when, how many claims carry it, its grade.
    static func assessedRow(_ a: Assessment, _ w: ReportWords) -> [String] {
        guard a.status != nil else { return [w["report.md.assessedRow"], w["report.noClaim"], "—", "—", "—", "—", "—", "—"] }
        return [w["report.md.assessedRow"], w.status(a.status, a.scope), w.date(a.since), w.lang.count("report.supportingClaims", a.supporting.count),
                "—", "—", "—", a.grade?.description ?? "—"]
    }

    /// The assessment in words, the claims that carry it, those discounted with why, and each section's.
    static func assessment(_ a: Assessment, _ w: ReportWords) -> String {
        var out = "\(inline(w.assessed(a)))" + (a.grade.map { " — \(w.meaning($0))" } ?? "") + w["report.md.stop"] + "\n\n"
        if !a.supporting.isEmpty { out += "- **\(w["report.supporting"])\(w["report.colon"])** " + a.supporting.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
        for d in a.discounted { out += "- **\(w["report.discounted"])** `\(d.claim)`\(w["report.colon"]) \(inline(w.reason(d)))\n" }
        for s in a.sections {
            out += "- **\(w.lang("report.section", s.section ?? "?"))\(w["report.colon"])** \(inline(w.assessed(s)))"
            out += s.supporting.isEmpty ? "" : "; \(w["report.supporting.inline"]) " + s.supporting.map { "`\($0)`" }.joined(separator: ", ")
            out += s.discounted.map { "; \(w["report.discounted.inline"]) `\($0.claim)`\(w["report.colon"]) \(inline(w.reason($0)))" }.joined() + "\n"
        }
        return out
    }

    /// A GitHub-flavoured table; every cell escaped with `cell`.
    static func table(_ header: [String], _ rows: [[String]], align: [Bool] = []) -> String {
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n|"
        for i in header.indices { out += (i < align.count && align[i]) ? "---:|" : "---|" }
        out += "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// One table cell: controls made visible, `|` escaped, line breaks as `<br>`, empty as `—`.
    public static func cell(_ s: String) -> String {
        let c = ReportText.clean(s)
        if c.isEmpty { return "—" }
        var out = ""
        for ch in c {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r\n": out += "<br>"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text for a heading or list item: controls made visible, Markdown and HTML escaped, line breaks as spaces.
    public static func inline(_ s: String) -> String {
        let clean = escape(ReportText.clean(s))
        // Without a line feed byte there is no "\n" or "\r\n" to replace (most cells): no walk by grapheme.
        guard clean.utf8.contains(10) else { return clean }
        return String(clean.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }

    /// Data as literal Markdown text: `\ ` * _ [ ] ~` backslash-escaped, `& < >` as HTML entities.
    public static func escape(_ s: String) -> String {
        // Most text has none of these bytes: returned as it is.
        guard s.utf8.contains(where: { special.contains($0) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "~": out += "\\"; out.unicodeScalars.append(u)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// The bytes `escape` changes.
    private static let special: Set<UInt8> = Set("&<>\\`*_[]~".utf8)

    /// A block quote, every line prefixed with `> ` (after `indent`), its text escaped; a line that would start a
    /// heading, list or rule inside the quote gets its first character escaped.
    static func blockquote(_ s: String, indent: String) -> String {
        escape(ReportText.clean(s)).split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                if line.isEmpty { return indent + ">" }
                let starts = line.first.map { "#-+=".contains($0) } ?? false
                return indent + "> " + (starts ? "\\" + line : String(line))
            }.joined(separator: "\n") + "\n"
    }
}

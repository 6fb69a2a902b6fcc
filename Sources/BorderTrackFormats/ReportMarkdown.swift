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
    /// The whole report, ending with a newline.
    public static func render(_ r: StatusReport) -> String {
        var out = "# BorderTrack status report\n\n"
        out += "- **As of:** \(ReportText.asOfLine(r))\n"
        out += "- **Generated:** \(r.generatedAt) (UTC)\n"
        out += "- **Database:** \(inline(r.database))\n"
        out += "- **Projects:** \(r.summary.projects) (\(inline(r.selection.description)))\n\n"
        out += "> \(StatusReport.statement)\n\n"
        out += summary(r.summary)
        out += "## Projects\n\n"
        if r.sections.isEmpty { out += "No project matches the selection.\n\n" }
        for s in r.sections { out += section(s) }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    static func summary(_ s: StatusReport.Summary) -> String {
        var out = "## Summary\n\n### Projects by status and perspective\n\n"
        out += table(["Status", "Official", "Local", "Assessed"],
                     s.byStatus.map { [ReportText.status($0.status, nil), "\($0.official)", "\($0.local)", "\($0.assessed)"] },
                     align: [false, true, true, true])
        out += "\n### Open discrepancies by severity\n\n"
        out += table(["Severity", "Open", "Acknowledged", "Total"],
                     s.bySeverity.map { [$0.severity.rawValue, "\($0.open)", "\($0.acknowledged)", "\($0.total)"] },
                     align: [false, true, true, true])
        out += "\n### Largest deadline slips\n\n"
        if s.largestSlips.isEmpty {
            out += "No announced target has moved later.\n"
        } else {
            out += table(["Project", "Milestone", "First target", "Latest target", "Moved", "Times later"], s.largestSlips.map {
                ["\(escape($0.name)) (`\($0.project)`)", $0.milestone.rawValue, ReportText.date($0.first), ReportText.date($0.latest),
                 ReportText.change($0.months), "\($0.moves)"]
            }, align: [false, false, false, false, true, true])
        }
        return out + "\n"
    }

    static func section(_ s: StatusReport.Section) -> String {
        let p = s.project
        var out = "### \(inline(p.names.en)) (`\(p.id)`)\n\n"
        var names = ["en: \(inline(p.names.en))"]
        if let ru = p.names.ru { names.append("ru: \(inline(ru))") }
        if let zh = p.names.zh { names.append("zh: \(inline(zh))") }
        out += "- **Names:** " + names.joined(separator: "; ") + "\n"
        out += "- **Kind:** \(p.kind.rawValue)\n"
        out += "- **Sides:** " + (p.countries.isEmpty ? "—" : p.countries.joined(separator: ", "))
        out += "; **regions:** " + (p.regions.isEmpty ? "—" : inline(p.regions.joined(separator: "; "))) + "\n"
        if let l = p.location { out += "- **Location:** \(l.lat), \(l.lon)\n" }
        out += "\n#### Status (claims in force on the report day)\n\n"
        out += table(["Perspective", "Status", "In force since", "Source", "Claim date", "Published", "Claim", "Grade"],
                     [account("official", s.official), account("local", s.local), assessedRow(s.assessment)])
        out += "\n#### Assessed status\n\n" + assessment(s.assessment)
        out += "\n#### Open discrepancies\n\n"
        if s.discrepancies.isEmpty { out += "None.\n" }
        for d in s.discrepancies {
            out += "- **\(d.severity.rawValue)** \(d.kind.rawValue) `\(d.id)` (\(d.flag.state.rawValue)), \(ReportText.period(d)): "
            out += inline(d.explanation) + "\n"
        }
        out += "\n#### Deadline history\n\n"
        if s.deadlines.isEmpty {
            out += "No target announced.\n"
        } else {
            out += table(["Milestone", "Target", "Announced", "Source", "Change"], s.deadlines.map {
                [$0.plan.milestone.rawValue, ReportText.date($0.plan.target), ReportText.date($0.plan.announced),
                 $0.sourceName.map(escape) ?? "—", ReportText.change($0.change)]
            })
        }
        out += "\n#### Claims\n\n"
        if s.claims.isEmpty { out += "No claim recorded.\n" } else { out += ReportText.voices(s) + ".\n\n" }
        for c in s.claims {
            out += "- **\(ReportText.date(c.claim.asOf))** — \(ReportText.status(c.claim.status, c.claim.scope))"
            out += c.inForce ? " *(in force)*" : ""
            out += " — \(inline(c.sourceName)) (\(ReportText.sourceDetail(c)))"
            if let via = c.viaName { out += " (via \(inline(via)))" }
            out += " — graded \(ReportText.claimGrade(c))"
            if let pub = c.claim.published { out += ", published \(ReportText.date(pub))" }
            out += " — `\(c.claim.id)`\n"
            if let u = c.claim.url {
                out += ReportText.isWebURL(u)
                    ? "  - URL: <\(u.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E"))>\n"
                    : "  - URL (not a web address, not linked): \(inline(u))\n"
            }
            if let q = c.claim.quote {
                if let lang = c.claim.quoteLang { out += "\n  *Quote (\(escape(lang))):*\n" }
                out += "\n" + blockquote(q, indent: "  ") + "\n"
            }
            if let t = c.claim.translation { out += "  *\(ReportText.translationLabel):* \(inline(t))\n\n" }
            if let n = c.claim.note { out += "  *Note:* \(inline(n))\n\n" }
        }
        return out + "\n"
    }

    static func account(_ label: String, _ a: StatusReport.Account?) -> [String] {
        guard let a else { return [label, "no claim", "—", "—", "—", "—", "—", "—"] }
        return [label, ReportText.status(a.status, a.scope), a.since.description, escape(a.sourceName),
                ReportText.date(a.claim.asOf), ReportText.date(a.claim.published), "`\(a.claim.id)`", a.sourceGrade.rawValue]
    }

    /// The status table's `assessed` row: the assessed status, since when, how many claims carry it, its grade.
    static func assessedRow(_ a: Assessment) -> [String] {
        guard a.status != nil else { return ["assessed", "no claim", "—", "—", "—", "—", "—", "—"] }
        let n = a.supporting.count
        return ["assessed", ReportText.assessedStatus(a), ReportText.date(a.since), "\(n) supporting claim\(n == 1 ? "" : "s")",
                "—", "—", "—", a.grade?.description ?? "—"]
    }

    /// The assessment in words, the claims that carry it, those discounted with why, and each section's.
    static func assessment(_ a: Assessment) -> String {
        var out = "\(inline(ReportText.assessed(a)))" + (a.grade.map { " — \($0.meaning)" } ?? "") + ".\n\n"
        if !a.supporting.isEmpty { out += "- **Supporting:** " + a.supporting.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
        for d in a.discounted { out += "- **Discounted** `\(d.claim)`: \(inline(d.reason))\n" }
        for s in a.sections {
            out += "- **Section \(s.section ?? "?"):** \(inline(ReportText.assessed(s)))"
            out += s.supporting.isEmpty ? "" : "; supporting " + s.supporting.map { "`\($0)`" }.joined(separator: ", ")
            out += s.discounted.map { "; discounted `\($0.claim)`: \(inline($0.reason))" }.joined() + "\n"
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

import BorderTrackCore

/// Words and escaping shared by the report renderers.
public enum ReportText {
    /// `operational (cargo)`, `construction`, or `no claim` for a missing status.
    public static func status(_ s: Status?, _ scope: Scope?) -> String {
        guard let s else { return "no claim" }
        return s.rawValue + (scope.map { " (\($0.rawValue))" } ?? "")
    }

    /// The status of an account, or `no claim`.
    public static func status(_ a: StatusReport.Account?) -> String { status(a?.status, a?.scope) }

    /// A three-letter tag for timeline labels: PRO, AGR, CON, CMP, OPR (OPR-P/-C/-F with a scope), SUS, CAN.
    public static func abbreviation(_ s: Status, _ scope: Scope?) -> String {
        switch s {
        case .proposed: "PRO"
        case .agreed: "AGR"
        case .construction: "CON"
        case .completed: "CMP"
        case .operational:
            switch scope {
            case .passenger?: "OPR-P"
            case .cargo?: "OPR-C"
            case .full?: "OPR-F"
            case nil: "OPR"
            }
        case .suspended: "SUS"
        case .cancelled: "CAN"
        }
    }

    /// `2021-10-07` for a whole-day date, or the partial date with its qualifier in words.
    public static func date(_ d: PartialDate?) -> String { d?.humanDescription ?? "—" }

    /// `+24 months`, `−3 months`, `no change`, or `—` when there is nothing to compare with.
    public static func change(_ months: Int?) -> String {
        guard let months else { return "—" }
        if months == 0 { return "no change" }
        let unit = abs(months) == 1 ? "month" : "months"
        return months > 0 ? "+\(months) \(unit)" : "−\(-months) \(unit)"
    }

    /// `ongoing since 2021-10-07`, `on 2021-10-07` or `2021-10-07 – 2022-05-31`.
    public static func period(_ d: Discrepancy) -> String {
        d.ongoing ? "\(d.from) – ongoing" : (d.from == d.to ? "on \(d.from)" : "\(d.from) – \(d.to)")
    }

    /// The source's tier, country and perspective, e.g. `state media, RU, official`.
    public static func sourceDetail(_ c: StatusReport.ClaimEntry) -> String {
        ([c.tier?.label, c.country].compactMap { $0 } + [c.perspective.rawValue]).joined(separator: ", ")
    }

    /// "12 claims from 7 sources, 5 independent": how many voices stand behind a project's claims.
    public static func voices(_ s: StatusReport.Section) -> String {
        let n = s.claims.count
        return "\(n) claim\(n == 1 ? "" : "s") from " + (s.voices.sources == 1 ? "1 source" : "\(s.voices.sources) sources, \(s.voices.independent) independent")
    }

    /// A listed claim's grade in the Admiralty form: its source's reliability and its credibility in the assessment
    /// (`F3`), or the source's grade alone for a claim about one section (`F`).
    public static func claimGrade(_ c: StatusReport.ClaimEntry) -> String {
        c.sourceGrade.rawValue + (c.credibility.map { String($0.rawValue) } ?? "")
    }

    /// The assessed status in words: `completed but not in service since 2019-11-28 (F2)`.
    public static func assessed(_ a: Assessment) -> String { a.summary }

    /// The assessed status, short: `operational (cargo)`, or `no claim`.
    public static func assessedStatus(_ a: Assessment) -> String { status(a.status, a.scope) }

    /// The label a translation carries wherever it is shown: it is never the source's words.
    public static let translationLabel = "Translation (not the source's words)"

    /// The report's as-of line: what the statuses mean.
    public static func asOfLine(_ r: StatusReport) -> String {
        if let asOf = r.asOf {
            return "\(asOf) — only claims published on or before this day count; statuses are those in force on it"
        }
        return "\(r.day) (the day of the analysis; every recorded claim counts)"
    }

    /// Text with terminal and bidi controls replaced by visible placeholders (`␇`, `⟨U+202E⟩`), plus
    /// the XML non-characters U+FFFE and U+FFFF; `\n` and `\t` are kept.
    public static func clean(_ s: String) -> String {
        let safe = TerminalText.sanitize(s)
        guard safe.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return safe }
        var out = String.UnicodeScalarView()
        for u in safe.unicodeScalars {
            if u.value == 0xFFFE || u.value == 0xFFFF { out.append(contentsOf: "\u{27E8}U+\(String(u.value, radix: 16, uppercase: true))\u{27E9}".unicodeScalars) } else { out.append(u) }
        }
        return String(out)
    }

    /// Whether a URL may become a link: `http://` or `https://` (any case), no spaces or controls.
    public static func isWebURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || TerminalText.isForbidden($0.value) }
    }
}

import BorderTrackCore

/// The words a Markdown or HTML report (and a human-readable CLI table) says in one language.
///
/// Labels and headings come from the catalogue's `report.…` keys, whose English values are the report's words as
/// they always were. The model's values — statuses, severities, kinds, milestones, flag states, perspectives — are
/// printed as their codes in English (`construction`, `border-crossing`, as the reports always printed them) and as
/// the catalogue's words in any other language (`строится`, `口岸`). Dates stay ISO 8601 in every language; data
/// (source names, quotes, ids) stays as stored.
///
/// The discrepancy explanation, the discounted claim's reason and the assessment in words go through
/// `explanation`, `reason` and `assessed`, and only through them: one place each to hand the language to the core.
public struct ReportWords: Sendable {
    /// The language of the report.
    public let lang: Catalogue

    public init(_ lang: Catalogue = .en) { self.lang = lang }

    /// Whether values print as their codes (English: the reports as they have always been; `Catalogue.showsCodes`).
    var codes: Bool { lang.showsCodes }

    /// The catalogue's message for `key`.
    public subscript(_ key: String) -> String { lang[key] }

    // MARK: explanations and reasons (the one place each)

    /// A discrepancy's explanation in the report's language.
    public func explanation(_ d: Discrepancy) -> String { d.explanation(in: lang) }

    /// Why the assessment discounted a claim, in the report's language.
    public func reason(_ d: Assessment.Discounted) -> String { d.reason(in: lang) }

    /// The assessed status in words: `completed but not in service since 2019-11-28 (F2)`.
    public func assessed(_ a: Assessment) -> String { a.summary(in: lang) }

    /// Why a source has its reliability grade, in the report's language.
    public func gradeWhy(_ r: SourceReliability) -> String { r.why(in: lang) }

    // MARK: values in words

    /// A status alone: `construction`, `строится`, `在建`.
    public func statusWord(_ s: Status) -> String { lang.word(s) }

    /// A scope: `cargo`, `грузовой`, `货运`.
    public func scope(_ s: Scope) -> String { lang.word(s) }

    /// A project kind's short word for a table column: `border-crossing`, `МАПП`, `口岸`.
    public func shortKind(_ k: ProjectKind) -> String { codes ? k.rawValue : lang.kind(k) }

    /// A source's tier: `state-media`, `госСМИ`, `官方媒体`.
    public func tier(_ t: SourceTier) -> String { lang.word(t) }

    /// `operational (cargo)`, `действует (грузовой)`, `运营（货运）`; `no claim` without a status.
    public func status(_ s: Status?, _ scope: Scope?) -> String {
        if codes { return ReportText.status(s, scope) }
        guard let s else { return lang["report.noClaim"] }
        return lang.status(s) + (scope.map { aside(lang.scope($0)) } ?? "")
    }

    /// A severity: `critical`, `критическое`, `严重`.
    public func severity(_ s: Severity) -> String { lang.word(s) }

    /// A project kind: `border-crossing`, `пункт пропуска`, `口岸`.
    public func kind(_ k: ProjectKind) -> String { lang.word(k) }

    /// A milestone: `opening`, `открытие`, `开通`.
    public func milestone(_ m: Milestone) -> String { lang.word(m) }

    /// A discrepancy's kind: `status-conflict`, `противоречие статусов`, `状态矛盾`.
    public func discrepancyKind(_ k: DiscrepancyKind) -> String { lang.word(k) }

    /// A flag's state: `acknowledged`, `принято`, `已确认`.
    public func flag(_ f: FlagState) -> String { lang.word(f) }

    /// A perspective: `official`, `официальная`, `官方`.
    public func perspective(_ p: Perspective) -> String { lang.word(p) }

    /// A grade's meaning: `usually reliable source, probably true`.
    public func meaning(_ g: AssessmentGrade) -> String { codes ? g.meaning : lang.meaning(g) }

    /// The ISO date with its qualifier in words: `2021-10 (approx.)`, `2021-10 (примерно)`, `2021-10（约）`.
    public func date(_ d: PartialDate?) -> String {
        guard let d else { return "—" }
        if codes { return d.humanDescription }
        var base = d.description
        switch d.qualifier {
        case nil: return base
        case .uncertain?: base.removeLast(); return base + lang["report.date.uncertain"]
        case .approximate?: base.removeLast(); return base + lang["report.date.approximate"]
        case .uncertainApproximate?: base.removeLast(); return base + lang["report.date.approximateUncertain"]
        }
    }

    /// `+24 months`, `−3 месяца`, `推迟 3 个月`, `no change`; `—` when there is nothing to compare with.
    public func change(_ months: Int?) -> String {
        if codes { return ReportText.change(months) }
        guard let months else { return "—" }
        if months == 0 { return lang["report.change.none"] }
        return months > 0 ? lang.count("report.change.later", months) : lang.count("report.change.earlier", -months)
    }

    /// `2021-10-07 – ongoing`, `on 2021-10-07`, `2021-10-07 – 2022-05-31`.
    public func period(_ d: Discrepancy) -> String {
        if codes { return ReportText.period(d) }
        if d.ongoing { return lang("report.period.ongoing", d.from) }
        return d.from == d.to ? lang("report.period.on", d.from) : "\(d.from) – \(d.to)"
    }

    /// The source's tier, country and perspective: `state media, RU, official`.
    public func sourceDetail(_ c: StatusReport.ClaimEntry) -> String {
        if codes { return ReportText.sourceDetail(c) }
        return ([c.tier.map(lang.tier), c.country].compactMap { $0 } + [lang.perspective(c.perspective)]).joined(separator: lang["join.comma"])
    }

    /// "12 claims from 7 sources, 5 independent".
    public func voices(_ s: StatusReport.Section) -> String {
        let claims = lang.count("report.voices.claims", s.claims.count)
        if s.voices.sources == 1 { return lang("report.voices.single", claims) }
        return lang.count("report.voices.several", s.voices.sources, claims, s.voices.independent)
    }

    /// The report's as-of line: what the statuses mean.
    public func asOfLine(_ r: StatusReport) -> String {
        if let asOf = r.asOf { return lang("report.asOf.line", asOf) }
        return lang("report.asOf.today", r.day)
    }

    /// The selection in words: `kind bridge; country CN`, or `all projects`.
    public func selection(_ s: StatusReport.Selection) -> String {
        var parts: [String] = []
        if !s.projects.isEmpty { parts.append(lang("report.selection.projects", s.projects.joined(separator: ", "))) }
        if let kind = s.kind { parts.append(lang("report.selection.kind", self.kind(kind))) }
        if let country = s.country { parts.append(lang("report.selection.country", country)) }
        if s.discrepanciesOnly { parts.append(lang["report.selection.discrepancies"]) }
        return parts.isEmpty ? lang["report.selection.all"] : parts.joined(separator: "; ")
    }

    /// The statement every rendering carries: a status is a claim, not a fact.
    public var statement: String { lang["report.statement"] }

    /// The project's name in the report's language, else its English name.
    public func name(_ p: Project) -> String { lang.name(p.names) }

    /// A slip's project name in the report's language, looked up among the report's sections (else the English one it carries).
    public func name(_ slip: StatusReport.Slip, in r: StatusReport) -> String {
        if codes { return slip.name }
        return r.sections.first { $0.project.id == slip.project }.map { name($0.project) } ?? slip.name
    }

    /// `(acknowledged), 2021-10-07 – 2021-10-15: ` — a discrepancy's state and period before its explanation.
    public func stateAndPeriod(_ d: Discrepancy) -> String { lang("report.discrepancy.state", flag(d.flag.state), period(d)) }

    /// Words in brackets after a value: ` (all projects)`, `（全部项目）`.
    public func aside(_ s: String) -> String { lang("report.aside", s) }
}

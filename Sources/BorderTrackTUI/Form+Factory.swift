import BorderTrackCore

extension Form {
    /// A choice field's options as `lang` shows them (`Catalogue.word`: in English the values themselves).
    static func shown<T: RawRepresentable>(_ all: [T], _ word: (T) -> String) -> [String: String] where T.RawValue == String {
        Dictionary(uniqueKeysWithValues: all.map { ($0.rawValue, word($0)) })
    }

    /// Adding a claim about `project`, whose `countries` the section hint names; the source field starts
    /// empty, the dates at nothing.
    public static func addClaim(project: String, countries: [String] = [], lang: Catalogue = .en) -> Form {
        Form(purpose: .addClaim(project: project), title: lang("ui.form.title.add-claim", project), fields: claimFields(countries: countries, lang: lang),
             lang: lang)
    }

    static func claimFields(from c: Claim? = nil, countries: [String] = [], lang: Catalogue = .en) -> [FormField] {
        let dates = lang["ui.form.hint.dates"]
        return [
            FormField("status", lang["ui.form.field.status"], kind: .choice(Status.allCases.map(\.rawValue)), value: c?.status.rawValue ?? "construction",
                      required: true, hint: lang("ui.form.hint.status", Status.allCases.map { lang.status($0) }.joined(separator: " ")),
                      shown: shown(Status.allCases, lang.word)),
            FormField("scope", lang["ui.form.field.scope"], kind: .choice(Scope.allCases.map(\.rawValue)), value: c?.scope?.rawValue ?? "",
                      hint: lang["ui.form.hint.scope"], shown: shown(Scope.allCases, lang.word)),
            FormField("section", lang["ui.form.field.section"], value: c?.section ?? "",
                      hint: countries.isEmpty ? lang["ui.form.hint.section-none"] : lang("ui.form.hint.section", countries.joined(separator: lang["ui.form.or"]))),
            FormField("asOf", lang["ui.form.field.as-of"], value: c?.asOf.description ?? "", required: true, hint: lang("ui.form.hint.as-of", dates)),
            FormField("published", lang["ui.form.field.published"], value: c?.published?.description ?? "", hint: lang["ui.form.hint.published"]),
            FormField("source", lang["ui.form.field.source"], kind: .source, value: c?.source ?? "", required: true, hint: lang["ui.form.hint.source"]),
            FormField("url", lang["ui.form.field.url"], value: c?.url ?? "", hint: lang["ui.form.hint.url"]),
            FormField("quote", lang["ui.form.field.quote"], kind: .multiline, value: c?.quote ?? "", hint: lang["ui.form.hint.quote"]),
            FormField("quoteLang", lang["ui.form.field.quote-lang"], value: c?.quoteLang ?? "", hint: lang["ui.form.hint.quote-lang"]),
            FormField("translation", lang["ui.form.field.translation"], kind: .multiline, value: c?.translation ?? "", hint: lang["ui.form.hint.translation"]),
            FormField("note", lang["ui.form.field.note"], kind: .multiline, value: c?.note ?? "", hint: lang["ui.form.hint.note"]),
            FormField("via", lang["ui.form.field.via"], kind: .source, value: c?.via ?? "", hint: lang["ui.form.hint.via"]),
        ]
    }

    /// Correcting a claim of `project`: choose the claim (newest first; `selecting` chooses that one, as the
    /// detail's claim cursor does), then change what was wrong.
    public static func correctClaim(project: String, claims: [Claim], countries: [String] = [], selecting: String? = nil,
                                    lang: Catalogue = .en) -> Form? {
        let live = claims.sorted { ($0.asOf, $0.knownFrom, $0.id) > ($1.asOf, $1.knownFrom, $1.id) }
        guard let first = live.first(where: { $0.id == selecting }) ?? live.first else { return nil }
        var f = Form(purpose: .correctClaim(project: project), title: lang("ui.form.title.correct-claim", project),
                     fields: [FormField("claim", lang["ui.form.field.claim"], kind: .choice(live.map(\.id)), value: first.id, required: true,
                                        hint: lang["ui.form.hint.claim"])]
                        + claimFields(from: first, countries: countries, lang: lang), lang: lang)
        f.base = FormBase(claims: live)
        f.focus = 1
        return f
    }

    /// Withdrawing `claim`, recorded in error: why, in one line (optional; kept with the withdrawal in the history).
    public static func withdrawClaim(_ claim: Claim, lang: Catalogue = .en) -> Form {
        Form(purpose: .withdrawClaim(claim: claim.id, project: claim.project), title: lang("ui.form.title.withdraw", claim.id, claim.project), fields: [
            FormField("reason", lang["ui.form.field.reason"], hint: lang["ui.form.hint.reason"]),
        ], lang: lang)
    }

    /// Adding a deadline (an announced target) for `project`.
    public static func addPlan(project: String, lang: Catalogue = .en) -> Form {
        let dates = lang["ui.form.hint.dates"]
        return Form(purpose: .addPlan(project: project), title: lang("ui.form.title.add-plan", project), fields: [
            FormField("milestone", lang["ui.form.field.milestone"], kind: .choice(Milestone.allCases.map(\.rawValue)), value: "opening", required: true,
                      hint: lang("ui.form.hint.milestone", lang.milestone(.start), lang.milestone(.completion), lang.milestone(.opening)), shown: shown(Milestone.allCases, lang.word)),
            FormField("target", lang["ui.form.field.target"], required: true, hint: lang("ui.form.hint.target", dates)),
            FormField("announced", lang["ui.form.field.announced"], hint: lang("ui.form.hint.announced", dates)),
            FormField("source", lang["ui.form.field.source"], kind: .source, hint: lang["ui.form.hint.plan-source"]),
        ], lang: lang)
    }

    /// A new project, or (`editing`) new descriptive fields for an existing one.
    public static func project(editing p: Project? = nil, lang: Catalogue = .en) -> Form {
        var fields = [FormField]()
        if p == nil { fields.append(FormField("id", lang["ui.form.field.id"], required: true, hint: lang["ui.form.hint.project-id"])) }
        fields += [
            FormField("kind", lang["ui.form.field.kind"], kind: .choice(ProjectKind.allCases.map(\.rawValue)), value: p?.kind.rawValue ?? "bridge", required: true,
                      hint: ProjectKind.allCases.map(lang.word).joined(separator: lang["join.comma"]), shown: shown(ProjectKind.allCases, lang.word)),
            FormField("nameEn", lang["ui.form.field.name-en"], value: p?.names.en ?? "", required: true, hint: lang["ui.form.hint.name-en"]),
            FormField("nameRu", lang["ui.form.field.name-ru"], value: p?.names.ru ?? "", hint: lang["ui.form.hint.name-ru"]),
            FormField("nameZh", lang["ui.form.field.name-zh"], value: p?.names.zh ?? "", hint: lang["ui.form.hint.name-zh"]),
            FormField("countries", lang["ui.form.field.countries"], value: p?.countries.joined(separator: " ") ?? "", hint: lang["ui.form.hint.countries"]),
            FormField("regions", lang["ui.form.field.regions"], value: p?.regions.joined(separator: "; ") ?? "", hint: lang["ui.form.hint.separated"]),
            FormField("location", lang["ui.form.field.location"], value: p?.location.map { "\($0.lat), \($0.lon)" } ?? "", hint: lang["ui.form.hint.location"]),
            FormField("programs", lang["ui.form.field.programs"], value: p?.programs.joined(separator: "; ") ?? "", hint: lang["ui.form.hint.separated"]),
        ]
        if let p { return Form(purpose: .editProject(p), title: lang("ui.form.title.edit-project", p.id), fields: fields, lang: lang) }
        return Form(purpose: .addProject, title: lang["ui.form.title.new-project"], fields: fields, lang: lang)
    }

    /// A new source; `id` pre-fills the id with what was typed in a source field.
    public static func newSource(id: String = "", lang: Catalogue = .en) -> Form {
        let slug = Validate.isSlug(id) ? id : ""
        let tiers = { (p: Perspective) in SourceTier.allCases.filter { $0.defaultPerspective == p }.map(lang.word) }
        return Form(purpose: .newSource, title: lang["ui.form.title.new-source"], fields: [
            FormField("id", lang["ui.form.field.id"], value: slug, required: true, hint: lang["ui.form.hint.source-id"]),
            FormField("name", lang["ui.form.field.name"], value: slug.isEmpty ? id : "", required: true, hint: lang["ui.form.hint.source-name"]),
            FormField("tier", lang["ui.form.field.tier"], kind: .choice(SourceTier.allCases.map(\.rawValue)), value: "local-media", required: true,
                      hint: lang("ui.form.hint.tier", tiers(.official).joined(separator: lang["join.comma"]), lang.perspective(.official),
                                 tiers(.local).joined(separator: lang["join.comma"]), lang.perspective(.local)),
                      shown: shown(SourceTier.allCases, lang.word)),
            FormField("country", lang["ui.form.field.country"], hint: lang["ui.form.hint.country"]),
            FormField("url", lang["ui.form.field.url"], hint: lang["ui.form.hint.home-page"]),
            FormField("affiliation", lang["ui.form.field.affiliation"], hint: lang["ui.form.hint.affiliation"]),
        ], lang: lang)
    }

    /// A flag event on one of `discrepancies` (the first is chosen); `.add` raises a manual flag on `project`.
    public static func flag(_ action: FlagAction, project: String, discrepancies: [Discrepancy], lang: Catalogue = .en) -> Form? {
        switch action {
        case .add:
            return Form(purpose: .flag(.add, project: project), title: lang("ui.form.title.raise-flag", project), fields: [
                FormField("severity", lang["ui.form.field.severity"], kind: .choice(Severity.allCases.map(\.rawValue)), value: "major", required: true,
                          hint: lang("ui.form.hint.severity", lang.severity(.critical), lang.severity(.major), lang.severity(.minor)),
                          shown: shown(Severity.allCases, lang.word)),
                FormField("note", lang["ui.form.field.note"], kind: .multiline, required: true, hint: lang["ui.form.hint.flag-note"]),
            ], lang: lang)
        case .withdraw:
            return nil // only undo withdraws a manual flag
        case .ack, .resolve, .reopen:
            guard let first = discrepancies.first else { return nil }
            var fields = [FormField("discrepancy", lang["ui.form.field.discrepancy"], kind: .choice(discrepancies.map(\.id)), value: first.id,
                                    required: true, hint: lang["ui.form.hint.discrepancy"])]
            if action == .resolve { fields.append(Form.verdictField(for: first, lang: lang)) }
            fields.append(FormField("note", lang["ui.form.field.note"], kind: .multiline, required: action == .resolve,
                                    hint: action == .resolve ? lang["ui.form.hint.verdict-note"] : lang["ui.form.hint.optional"]))
            let title = action == .ack ? lang("ui.form.title.ack", project) : action == .resolve ? lang("ui.form.title.resolve", project)
                : lang("ui.form.title.reopen", project)
            var f = Form(purpose: .flag(action, project: project), title: title, fields: fields, lang: lang)
            f.base = FormBase(lastEvents: Dictionary(discrepancies.map { ($0.id, $0.flag.lastEvent) }, uniquingKeysWith: { a, _ in a }))
            f.focus = discrepancies.count == 1 ? 1 : 0
            return f
        }
    }

    /// The verdict field of a resolve form: the parties the discrepancy compares, then both and neither.
    static func verdictField(for d: Discrepancy, value: String = "", lang: Catalogue = .en) -> FormField {
        let choices = d.verdictChoices.map(\.choice)
        // The four verdicts said in the language (English: their codes); a country's code and a source's id stay as they are.
        let words: [String: String] = [
            "official": lang["ui.form.verdict.official"], "local": lang["ui.form.verdict.local"],
            "both": lang["ui.form.verdict.both"], "neither": lang["ui.form.verdict.neither"],
        ]
        return FormField("verdict", lang["ui.form.field.verdict"], kind: .choice(choices), value: choices.contains(value) ? value : "", required: true,
                         hint: lang("ui.form.hint.verdict", choices.map { words[$0] ?? $0 }.joined(separator: ", ")), shown: words)
    }
}

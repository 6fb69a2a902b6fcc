import BorderTrackCore

extension Form {
    static let dateHint = "YYYY, YYYY-MM or YYYY-MM-DD; ~ approximate, ? uncertain"

    /// Adding a claim about `project`, whose `countries` the section hint names; the source field starts
    /// empty, the dates at nothing.
    public static func addClaim(project: String, countries: [String] = []) -> Form {
        Form(purpose: .addClaim(project: project), title: "Add a claim · \(project)", fields: claimFields(countries: countries))
    }

    static func claimFields(from c: Claim? = nil, countries: [String] = []) -> [FormField] {
        [
            FormField("status", "Status", kind: .choice(Status.allCases.map(\.rawValue)), value: c?.status.rawValue ?? "construction",
                      required: true, hint: "←/→, or type the start: proposed agreed construction completed operational suspended cancelled"),
            FormField("scope", "Scope", kind: .choice(Scope.allCases.map(\.rawValue)), value: c?.scope?.rawValue ?? "",
                      hint: "only for operational: passenger, cargo or full; empty when unknown"),
            FormField("section", "Section", value: c?.section ?? "",
                      hint: countries.isEmpty ? "empty: the project names no countries"
                          : "the country whose part it is about: \(countries.joined(separator: " or ")); empty for the whole project"),
            FormField("asOf", "As of", value: c?.asOf.description ?? "", required: true, hint: "the date the status held: " + dateHint),
            FormField("published", "Published", value: c?.published?.description ?? "", hint: "when the source said it (empty: same as As of)"),
            FormField("source", "Source", kind: .source, value: c?.source ?? "", required: true,
                      hint: "type an id or name; Tab completes, Ctrl-N creates a new source"),
            FormField("url", "URL", value: c?.url ?? "", hint: "http(s) address of the statement"),
            FormField("quote", "Quote", kind: .multiline, value: c?.quote ?? "",
                      hint: "the source's own words, verbatim, in their language; Enter for a new line"),
            FormField("quoteLang", "Quote lang", value: c?.quoteLang ?? "", hint: "the quote's language: ru, zh, en, …"),
            FormField("translation", "Translation", kind: .multiline, value: c?.translation ?? "",
                      hint: "an English rendering, shown marked as a translation, never as the source's words"),
            FormField("note", "Note", kind: .multiline, value: c?.note ?? "", hint: "your paraphrase or context"),
            FormField("via", "Via", kind: .source, value: c?.via ?? "",
                      hint: "the source it is known through, if not read in the source itself; Tab completes"),
        ]
    }

    /// Correcting a claim of `project`: choose the claim (newest first; `selecting` chooses that one, as the
    /// detail's claim cursor does), then change what was wrong.
    public static func correctClaim(project: String, claims: [Claim], countries: [String] = [], selecting: String? = nil) -> Form? {
        let live = claims.sorted { ($0.asOf, $0.knownFrom, $0.id) > ($1.asOf, $1.knownFrom, $1.id) }
        guard let first = live.first(where: { $0.id == selecting }) ?? live.first else { return nil }
        var f = Form(purpose: .correctClaim(project: project), title: "Correct a claim · \(project)",
                     fields: [FormField("claim", "Claim", kind: .choice(live.map(\.id)), value: first.id, required: true,
                                        hint: "←/→ picks the claim to correct; the old one stays in history as superseded")]
                        + claimFields(from: first, countries: countries))
        f.base = FormBase(claims: live)
        f.focus = 1
        return f
    }

    /// Withdrawing `claim`, recorded in error: why, in one line (optional; kept with the withdrawal in the history).
    public static func withdrawClaim(_ claim: Claim) -> Form {
        Form(purpose: .withdrawClaim(claim: claim.id, project: claim.project), title: "Withdraw claim \(claim.id) · \(claim.project)", fields: [
            FormField("reason", "Reason", hint: "why it was recorded in error (optional; kept in the history)"),
        ])
    }

    /// Adding a deadline (an announced target) for `project`.
    public static func addPlan(project: String) -> Form {
        Form(purpose: .addPlan(project: project), title: "Add a deadline · \(project)", fields: [
            FormField("milestone", "Milestone", kind: .choice(Milestone.allCases.map(\.rawValue)), value: "opening", required: true,
                      hint: "start, completion or opening"),
            FormField("target", "Target", required: true, hint: "the date promised: " + dateHint),
            FormField("announced", "Announced", hint: "when the target was announced: " + dateHint),
            FormField("source", "Source", kind: .source, hint: "who announced it; Tab completes, Ctrl-N creates a new source"),
        ])
    }

    /// A new project, or (`editing`) new descriptive fields for an existing one.
    public static func project(editing p: Project? = nil) -> Form {
        var fields = [FormField]()
        if p == nil { fields.append(FormField("id", "Id", required: true, hint: "a slug: lowercase letters, digits and -, e.g. heihe-bridge")) }
        fields += [
            FormField("kind", "Kind", kind: .choice(ProjectKind.allCases.map(\.rawValue)), value: p?.kind.rawValue ?? "bridge", required: true,
                      hint: ProjectKind.allCases.map(\.rawValue).joined(separator: ", ")),
            FormField("nameEn", "Name (en)", value: p?.names.en ?? "", required: true, hint: "the English name"),
            FormField("nameRu", "Name (ru)", value: p?.names.ru ?? "", hint: "the Russian name, in Cyrillic"),
            FormField("nameZh", "Name (zh)", value: p?.names.zh ?? "", hint: "the Chinese name, in Han characters"),
            FormField("countries", "Countries", value: p?.countries.joined(separator: " ") ?? "", hint: "ISO codes separated by spaces: RU CN"),
            FormField("regions", "Regions", value: p?.regions.joined(separator: "; ") ?? "", hint: "separated by ;"),
            FormField("location", "Location", value: p?.location.map { "\($0.lat), \($0.lon)" } ?? "", hint: "latitude, longitude in degrees: 50.27, 127.54"),
            FormField("programs", "Programmes", value: p?.programs.joined(separator: "; ") ?? "", hint: "separated by ;"),
        ]
        if let p { return Form(purpose: .editProject(p), title: "Edit project · \(p.id)", fields: fields) }
        return Form(purpose: .addProject, title: "New project", fields: fields)
    }

    /// A new source; `id` pre-fills the id with what was typed in a source field.
    public static func newSource(id: String = "") -> Form {
        let slug = Validate.isSlug(id) ? id : ""
        return Form(purpose: .newSource, title: "New source", fields: [
            FormField("id", "Id", value: slug, required: true, hint: "a slug: lowercase letters, digits and -, e.g. amurlife"),
            FormField("name", "Name", value: slug.isEmpty ? id : "", required: true, hint: "as the source calls itself, in any script"),
            FormField("tier", "Tier", kind: .choice(SourceTier.allCases.map(\.rawValue)), value: "local-media", required: true,
                      hint: "federal-official, state-media, foreign-official: official; regional-official, local-media, business, field: local"),
            FormField("country", "Country", hint: "ISO code of its side of the border: RU, CN"),
            FormField("url", "URL", hint: "its home page"),
            FormField("affiliation", "Affiliation", hint: "id of the source that controls it (a founder, an owner); empty if none"),
        ])
    }

    /// A flag event on one of `discrepancies` (the first is chosen); `.add` raises a manual flag on `project`.
    public static func flag(_ action: FlagAction, project: String, discrepancies: [Discrepancy]) -> Form? {
        switch action {
        case .add:
            return Form(purpose: .flag(.add, project: project), title: "Raise a flag · \(project)", fields: [
                FormField("severity", "Severity", kind: .choice(Severity.allCases.map(\.rawValue)), value: "major", required: true,
                          hint: "critical, major or minor"),
                FormField("note", "Note", kind: .multiline, required: true, hint: "what looks wrong, and where to look"),
            ])
        case .withdraw:
            return nil // only undo withdraws a manual flag
        case .ack, .resolve, .reopen:
            guard let first = discrepancies.first else { return nil }
            var fields = [FormField("discrepancy", "Discrepancy", kind: .choice(discrepancies.map(\.id)), value: first.id, required: true,
                                    hint: "←/→ picks the discrepancy")]
            if action == .resolve { fields.append(Form.verdictField(for: first)) }
            fields.append(FormField("note", "Note", kind: .multiline, required: action == .resolve,
                                    hint: action == .resolve ? "the evidence for the verdict" : "optional"))
            let verb = action == .ack ? "Acknowledge" : action == .resolve ? "Resolve" : "Reopen"
            var f = Form(purpose: .flag(action, project: project), title: "\(verb) · \(project)", fields: fields)
            f.base = FormBase(lastEvents: Dictionary(discrepancies.map { ($0.id, $0.flag.lastEvent) }, uniquingKeysWith: { a, _ in a }))
            f.focus = discrepancies.count == 1 ? 1 : 0
            return f
        }
    }

    /// The verdict field of a resolve form: the parties the discrepancy compares, then both and neither.
    static func verdictField(for d: Discrepancy, value: String = "") -> FormField {
        let choices = d.verdictChoices.map(\.choice)
        return FormField("verdict", "Verdict", kind: .choice(choices), value: choices.contains(value) ? value : "", required: true,
                         hint: "who was right: " + choices.joined(separator: ", "))
    }
}

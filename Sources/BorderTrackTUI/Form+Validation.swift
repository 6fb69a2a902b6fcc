import BorderTrackCore

extension Form {
    /// Why a field's value is not acceptable (nil when it is), checked as the editor types.
    public func error(for field: FormField, in analysis: any TrackerLookup) -> String? {
        let v = field.value
        let lang = self.lang
        if v.trimmingWhitespace.isEmpty {
            return field.required ? lang["ui.form.error.required"] : nil
        }
        if !field.options.isEmpty && !field.options.contains(v) {
            return lang("ui.form.error.one-of", field.options.map(field.display).joined(separator: ", "))
        }
        if v.utf8.contains(0) { return lang["ui.form.error.nul"] }
        switch field.id {
        case "asOf", "published", "target", "announced":
            let d: PartialDate
            do { d = try PartialDate(parsing: v) } catch { return lang.restating(error.expectation, as: "ui.form.error.date") }
            if field.id == "asOf", let today {
                do { try Claim.checkAsOf(d, today: today) } catch { return lang.restating(error.expected, as: "ui.form.error.future", today) }
            }
            if field.id == "published", let a = try? PartialDate(parsing: self["asOf"]), d.end < a.start {
                return lang("ui.form.error.published", a)
            }
            return nil
        case "scope":
            if let p = project.flatMap(analysis.project(id:)), !p.kind.takesScope {
                return lang.restating("no scope on a \(p.kind.rawValue) project: passenger, cargo and full apply only to \(ProjectKind.scoped)",
                                      as: "ui.form.error.scope-kind", lang.kindName(p.kind),
                                      lang.list(ProjectKind.allCases.filter(\.takesScope).map(lang.kindName)))
            }
            return self["status"] == Status.operational.rawValue ? nil : lang("ui.form.error.scope-status", lang.status(.operational))
        case "section":
            do { _ = try Validate.country(v, field: field.id) } catch { return lang.restating(error.expected, as: "ui.form.error.country") }
            if let p = project.flatMap(analysis.project(id:)), !p.countries.contains(v) {
                return p.countries.isEmpty ? lang("ui.form.error.section-none", p.id)
                    : lang("ui.form.error.section", p.countries.joined(separator: ", "))
            }
            return nil
        case "source", "via":
            if field.kind == .source, analysis.sources[v] == nil {
                return lang("ui.form.error.no-source", v)
            }
            if field.id == "via", v == self["source"] {
                return lang["ui.form.error.via-self"]
            }
            return nil
        case "affiliation":
            if v == self["id"] { return lang["ui.form.error.affiliation-self"] }
            if analysis.sources[v] == nil { return lang("ui.form.error.affiliation", v) }
            return nil
        case "quoteLang":
            do { _ = try Validate.language(v, field: field.id) } catch { return lang.restating(error.expected, as: "ui.form.error.lang") }
            return self["quote"].trimmingWhitespace.isEmpty ? lang["ui.form.error.lang-without-quote"] : nil
        case "id":
            guard Validate.isSlug(v) else { return lang["ui.form.error.slug"] }
            if case .addProject = purpose, analysis.project(id: v) != nil { return lang["ui.form.error.project-exists"] }
            if case .newSource = purpose, analysis.sources[v] != nil { return lang["ui.form.error.source-exists"] }
            return nil
        case "url":
            return v.hasPrefix("http://") || v.hasPrefix("https://") ? nil : lang["ui.form.error.url"]
        case "country":
            do { _ = try Validate.country(v, field: field.id) } catch { return lang.restating(error.expected, as: "ui.form.error.country") }
            return nil
        case "countries":
            for c in Form.list(v, separators: " ,") {
                do { _ = try Validate.country(c, field: field.id) } catch { return "\"\(c)\": " + lang.restating(error.expected, as: "ui.form.error.country") }
            }
            return nil
        case "location":
            do { _ = try Form.location(v) } catch { return lang.restating(error.expected, as: "ui.form.error.location") }
            return nil
        default:
            return nil
        }
    }

    /// Every field's error, by field id.
    public func errors(in analysis: any TrackerLookup) -> [String: String] {
        var out: [String: String] = [:]
        for f in fields { if let e = error(for: f, in: analysis) { out[f.id] = e } }
        return out
    }

    /// Splits a list typed with separators, dropping empty items.
    static func list(_ text: String, separators: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// Parses "lat, lon".
    static func location(_ text: String) throws(ModelError) -> Location? {
        let parts = list(text, separators: ", ")
        guard !parts.isEmpty else { return nil }
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) else {
            throw .invalid(field: "location", value: text, expected: "latitude, longitude in degrees, such as 50.27, 127.54")
        }
        return try Location(lat: lat, lon: lon)
    }

    /// The field value, or nil when blank.
    func optional(_ id: String) -> String? {
        let v = self[id]
        return v.trimmingWhitespace.isEmpty ? nil : v
    }

    /// The edit the form asks for, or the first problem (naming the field) if it cannot be saved yet.
    public func edit(in analysis: any TrackerLookup) -> Result<Edit, FormProblem> {
        if let bad = fields.first(where: { error(for: $0, in: analysis) != nil }) {
            return .failure(FormProblem(field: bad.id, message: "\(bad.label): \(error(for: bad, in: analysis)!)"))
        }
        do throws(ModelError) {
            switch purpose {
            case .addClaim(let project), .correctClaim(let project):
                var supersedes: String? = nil
                if case .correctClaim = purpose {
                    supersedes = self["claim"]
                    if let old = base.claims.first(where: { $0.id == supersedes }),
                       Form.claimFields(from: old).map(\.value) == fields.dropFirst().map(\.value) {
                        return .failure(FormProblem(field: "status", message: lang["ui.form.error.unchanged-claim"]))
                    }
                }
                func text(_ id: String) -> String? { optional(id).map { String($0.reversed().drop(while: \.isNewline).reversed()) } }
                return .success(.addClaim(try Claim(id: nil, project: project, status: self["status"], scope: optional("scope"),
                                                    asOf: self["asOf"], published: optional("published"), source: self["source"],
                                                    url: optional("url"), quote: text("quote"), supersedes: supersedes,
                                                    section: optional("section"), quoteLang: optional("quoteLang"),
                                                    translation: text("translation"), note: text("note"), via: optional("via"))))
            case .addPlan(let project):
                return .success(.addPlan(try Plan(id: nil, project: project, milestone: self["milestone"], target: self["target"],
                                                  announced: optional("announced"), source: optional("source"))))
            case .addProject, .editProject:
                let names = try Names(en: self["nameEn"].trimmingWhitespace, ru: optional("nameRu")?.trimmingWhitespace,
                                      zh: optional("nameZh")?.trimmingWhitespace)
                var id = self["id"]
                if case .editProject(let old) = purpose { id = old.id }
                let p = try Project(id: id, kind: self["kind"], names: names, countries: Form.list(self["countries"], separators: " ,"),
                                    regions: Form.list(self["regions"], separators: ";"), location: try Form.location(self["location"]),
                                    programs: Form.list(self["programs"], separators: ";"))
                if case .editProject(let old) = purpose {
                    if p == old { return .failure(FormProblem(field: "nameEn", message: lang["ui.form.error.unchanged"])) }
                    return .success(.updateProject(p, expected: old))
                }
                return .success(.addProject(p))
            case .newSource:
                return .success(.addSource(try Source(id: self["id"], name: self["name"].trimmingWhitespace, tier: self["tier"],
                                                      country: optional("country"), url: optional("url"), perspective: nil,
                                                      affiliation: optional("affiliation"))))
            case .withdrawClaim(let claim, let project):
                return .success(.withdrawClaim(id: claim, project: project, reason: optional("reason")?.trimmingWhitespace))
            case .flag(let action, let project):
                let note = self["note"].trimmingWhitespace
                if action == .add {
                    return .success(.flag(discrepancy: "", project: project, action: .add, verdict: nil,
                                          severity: Severity(rawValue: self["severity"]), note: note, expectedLast: nil))
                }
                // The last event seen when the form opened, not the one a refresh shows since: a save based on
                // an older state must be refused by the store.
                let id = self["discrepancy"]
                guard let seen = base.lastEvents[id] else {
                    return .failure(FormProblem(field: "discrepancy", message: lang["ui.form.error.discrepancy-gone"]))
                }
                var verdict: Verdict? = nil
                if action == .resolve {
                    let choices = analysis.discrepancy(id: id)?.verdictChoices ?? []
                    guard let v = Verdict.chosen(self["verdict"], among: choices) else {
                        return .failure(FormProblem(field: "verdict", message: lang("ui.form.hint.verdict", choices.map(\.choice).joined(separator: ", "))))
                    }
                    verdict = v
                }
                return .success(.flag(discrepancy: id, project: project, action: action, verdict: verdict,
                                      severity: nil, note: note, expectedLast: seen))
            }
        } catch {
            return .failure(FormProblem(field: error.field, message: error.message))
        }
    }
}

/// Why a form cannot be saved: the field to fix and a sentence saying what is expected.
public struct FormProblem: Error, Equatable, Sendable {
    public let field: String
    public let message: String
    public init(field: String, message: String) { self.field = field; self.message = message }
}

import BorderTrackCore

extension Form {
    /// Why a field's value is not acceptable (nil when it is), checked as the editor types.
    public func error(for field: FormField, in analysis: any TrackerLookup) -> String? {
        let v = field.value
        if v.trimmingWhitespace.isEmpty {
            return field.required ? "required" : nil
        }
        if !field.options.isEmpty && !field.options.contains(v) {
            return "expected one of \(field.options.joined(separator: ", "))"
        }
        if v.utf8.contains(0) { return "text without NUL characters" }
        switch field.id {
        case "asOf", "published", "target", "announced":
            let d: PartialDate
            do { d = try PartialDate(parsing: v) } catch { return error.expectation }
            if field.id == "asOf", let today {
                do { try Claim.checkAsOf(d, today: today) } catch { return error.expected }
            }
            if field.id == "published", let a = try? PartialDate(parsing: self["asOf"]), d.end < a.start {
                return "on or after As of \(a): a statement about a later date is a plan, not a claim"
            }
            return nil
        case "scope":
            if let p = project.flatMap(analysis.project(id:)), !p.kind.takesScope {
                return "no scope on a \(p.kind.rawValue) project: passenger, cargo and full apply only to \(ProjectKind.scoped)"
            }
            return self["status"] == Status.operational.rawValue ? nil : "no scope: scope applies only to status operational"
        case "section":
            do { _ = try Validate.country(v, field: field.id) } catch { return error.expected }
            if let p = project.flatMap(analysis.project(id:)), !p.countries.contains(v) {
                return p.countries.isEmpty ? "no section: project \(p.id) names no countries"
                    : "one of the project's countries (\(p.countries.joined(separator: ", ")))"
            }
            return nil
        case "source", "via":
            if field.kind == .source, analysis.sources[v] == nil {
                return "no source \"\(v)\" — Tab completes, Ctrl-N creates it"
            }
            if field.id == "via", v == self["source"] {
                return "a source other than the claim's own: the secondary account it is known through"
            }
            return nil
        case "affiliation":
            if v == self["id"] { return "the id of another source: a source does not control itself" }
            if analysis.sources[v] == nil { return "no source \"\(v)\": the id of a source already recorded" }
            return nil
        case "quoteLang":
            do { _ = try Validate.language(v, field: field.id) } catch { return error.expected }
            return self["quote"].trimmingWhitespace.isEmpty ? "no language without a quote: it names the quote's language" : nil
        case "id":
            guard Validate.isSlug(v) else { return "a slug of lowercase letters, digits and '-', starting with a letter or digit" }
            if case .addProject = purpose, analysis.project(id: v) != nil { return "a project with this id exists" }
            if case .newSource = purpose, analysis.sources[v] != nil { return "a source with this id exists" }
            return nil
        case "url":
            return v.hasPrefix("http://") || v.hasPrefix("https://") ? nil : "an http:// or https:// address"
        case "country":
            do { _ = try Validate.country(v, field: field.id) } catch { return error.expected }
            return nil
        case "countries":
            for c in Form.list(v, separators: " ,") {
                do { _ = try Validate.country(c, field: field.id) } catch { return "\"\(c)\": \(error.expected)" }
            }
            return nil
        case "location":
            do { _ = try Form.location(v) } catch { return error.expected }
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
                        return .failure(FormProblem(field: "status", message: "nothing changed: a correction must differ from the claim it corrects"))
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
                    if p == old { return .failure(FormProblem(field: "nameEn", message: "nothing changed")) }
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
                    return .failure(FormProblem(field: "discrepancy", message: "the discrepancy is no longer found in the data"))
                }
                var verdict: Verdict? = nil
                if action == .resolve {
                    let choices = analysis.discrepancy(id: id)?.verdictChoices ?? []
                    guard let v = Verdict.chosen(self["verdict"], among: choices) else {
                        return .failure(FormProblem(field: "verdict", message: "pick who was right: " + choices.map(\.choice).joined(separator: ", ")))
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

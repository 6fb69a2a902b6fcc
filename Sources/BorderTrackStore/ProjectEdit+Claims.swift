import BorderTrackCore

extension ProjectEdit {
    /// Refuses a new claim (or correction) whose scope the project's kind does not take, whose section is
    /// not one of the project's countries, or whose `asOf` starts after `today` (the store's clock) and a day of
    /// tolerance, as `invalid` naming the field, the value and what was expected.
    package static func checkClaim(_ claim: Claim, against project: Project, today: Day) throws {
        do {
            try claim.checkNotLater(today: today)
            try claim.check(against: project)
        } catch { throw StoreError.invalid(error.message) }
    }

    /// Refuses a new version of a project (an edit, or an undo restoring an older version) that would leave a
    /// claim invalid: a kind that takes no scope while claims give one, or a country dropped while claims are
    /// about its section.
    ///
    /// Every claim that still counts is checked — not withdrawn, corrected ones included, since an export
    /// writes them and `import(export(db))` must take them back. Withdrawn claims never count again (a
    /// withdrawal is not undone), so they are not. The remedy the message names is withdrawing the claims;
    /// claims are read only when the kind or the countries change in a way that can matter.
    package static func checkClaims(_ project: Project, replacing current: Project, lookup: some UndoLookup) throws {
        let losesScope = !project.kind.takesScope && project.kind != current.kind
        let dropped = current.countries.filter { !project.countries.contains($0) }
        guard losesScope || !dropped.isEmpty else { return }
        let claims = try lookup.scopedClaims(project: project.id)
        try checkClaims(project, claims: claims, losesScope: losesScope, dropped: dropped)
    }

    /// The check on claims already read: `losesScope` when the kind changes to one without scopes, `dropped`
    /// the countries the new version leaves out.
    package static func checkClaims(_ project: Project, claims: [Claim], losesScope: Bool, dropped: [String]) throws {
        if losesScope {
            let scoped = claims.filter { $0.scope != nil }.map(\.id)
            if !scoped.isEmpty {
                throw StoreError.invalid("field \"kind\": \"\(project.kind.rawValue)\" is not valid; expected a kind that takes a scope (\(ProjectKind.scoped)) while \(named(scoped)) of project \"\(project.id)\" \(scoped.count == 1 ? "gives" : "give") one: withdraw \(scoped.count == 1 ? "it" : "them") first to change the kind")
            }
        }
        for country in dropped {
            let about = claims.filter { $0.section == country }.map(\.id)
            if !about.isEmpty {
                throw StoreError.invalid("field \"countries\": \"\(project.countries.joined(separator: ";"))\" is not valid; expected a list that keeps \(country) while \(named(about)) of project \"\(project.id)\" \(about.count == 1 ? "is" : "are") about its section: withdraw \(about.count == 1 ? "it" : "them") first to remove \(country)")
            }
        }
    }

    /// `claim c1` or `claims c1, c2, c3 and 4 more`.
    package static func named(_ ids: [String], limit: Int = 5) -> String {
        let shown = ids.prefix(limit).joined(separator: ", ")
        let more = ids.count > limit ? " and \(ids.count - limit) more" : ""
        return (ids.count == 1 ? "claim " : "claims ") + shown + more
    }
}

import BorderTrackCore

extension Form {
    /// The line a form shows when the data on screen no longer matches what its edit was started from.
    public var baseChangedNotice: String { lang["ui.form.base-changed"] }

    /// Whether another editor changed what this edit was started from (as the screen's data now shows): the
    /// chosen discrepancy's flag has a newer event, the chosen claim was corrected or withdrawn, the project
    /// differs from the version the form opened with. Saving then is refused by the store.
    public func baseChanged(in data: any TrackerLookup) -> Bool {
        switch purpose {
        case .flag(let action, _) where action != .add:
            let id = self["discrepancy"]
            guard let seen = base.lastEvents[id] else { return false }
            guard let now = data.discrepancy(id: id) else { return true }
            return now.flag.lastEvent != seen
        case .correctClaim(let project):
            let id = self["claim"]
            let claims = data.claims(of: project)
            return !claims.contains { $0.id == id } || claims.contains { $0.supersedes == id }
        case .editProject(let old):
            return data.project(id: old.id) != old
        case .withdrawClaim(let claim, let project):
            return !data.claims(of: project).contains { $0.id == claim }
        default:
            return false
        }
    }

    /// The claims of `project` a correction can apply to (none corrects them), newest first.
    static func correctable(_ claims: [Claim]) -> [Claim] {
        let corrected = Set(claims.compactMap(\.supersedes))
        return claims.filter { !corrected.contains($0.id) }
            .sorted { ($0.asOf, $0.knownFrom, $0.id) > ($1.asOf, $1.knownFrom, $1.id) }
    }

    /// After a refused correction: if the chosen claim was corrected meanwhile, the picker offers the claims as
    /// they are now and chooses the correction in force (following a chain of corrections); fields still
    /// holding the old claim's values take the correction's, fields the editor changed keep what was typed.
    mutating func rebaseCorrection(on claims: [Claim]) {
        guard case .correctClaim = purpose, let i = fields.firstIndex(where: { $0.id == "claim" }) else { return }
        let picked = self["claim"]
        let live = Form.correctable(claims)
        guard !live.contains(where: { $0.id == picked }), !live.isEmpty else { return }
        var byOld: [String: String] = [:]
        for c in claims { if let s = c.supersedes { byOld[s] = c.id } }
        var current = picked
        var seen: Set<String> = [current]
        while let next = byOld[current], seen.insert(next).inserted { current = next }
        let chosen = live.first { $0.id == current } ?? live[0]
        let old = base.claims.first { $0.id == picked }
        let field = fields[i]
        fields[i] = FormField(field.id, field.label, kind: .choice(live.map(\.id)), value: picked, required: field.required, hint: field.hint)
        base.claims = live
        fields[i].value = chosen.id
        follow(from: old, to: chosen)
    }

    /// Moves the claim fields from one picked claim to another, keeping every field the editor changed.
    mutating func follow(from old: Claim?, to new: Claim) {
        let was = old.map { Dictionary(Form.claimFields(from: $0).map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a }) }
        for field in Form.claimFields(from: new) where was == nil || self[field.id] == was?[field.id] {
            self[field.id] = field.value
        }
    }
}

import BorderTrackCore

extension ImportBatch {
    /// Whether `problems(against:)` would find nothing, decided with sets only (no issue texts, no origin
    /// maps): no reading issues, no id duplicated in the batch or already stored, every project, source and
    /// superseded claim known, every scope and section allowed by its project, no claim about a later date than `existing.today` allows. It checks exactly what `problems(against:)` checks, so when it says false the
    /// caller asks `problems(against:)` for the issues, in file order.
    package func hasNoProblems(against existing: Existing) -> Bool {
        guard issues.isEmpty else { return false }
        func ids<T: Identifiable>(_ items: [(T, Origin)], known: Set<String>) -> Set<String>? where T.ID == String {
            var all = known
            all.reserveCapacity(known.count + items.count)
            for (item, _) in items where !all.insert(item.id).inserted { return nil }
            return all
        }
        guard let sourceIDs = ids(sources, known: existing.sources),
              let projectIDs = ids(projects, known: existing.projects),
              ids(plans, known: existing.plans) != nil,
              let claimIDs = ids(claims, known: existing.claims) else { return false }
        for (plan, _) in plans {
            guard projectIDs.contains(plan.project) else { return false }
            if let s = plan.source, !sourceIDs.contains(s) { return false }
        }
        // Claims come grouped by project and often by source: a repeat of the previous row's id needs no lookup.
        var lastProject = "", lastSource = ""
        var defined: [String: Project]? = nil
        let latest = existing.today.map(Claim.latestAsOf(today:))
        for (claim, _) in claims {
            if let latest, claim.asOf.start > latest { return false }
            if claim.project != lastProject {
                guard projectIDs.contains(claim.project) else { return false }
                lastProject = claim.project
            }
            if claim.source != lastSource {
                guard sourceIDs.contains(claim.source) else { return false }
                lastSource = claim.source
            }
            if let s = claim.supersedes, !claimIDs.contains(s) { return false }
            if claim.scope != nil || claim.section != nil {
                guard let p = project(claim.project, defined: &defined, existing: existing) else { return false }
                do { try claim.check(against: p) } catch { return false }
            }
        }
        return supersedeProblems(against: existing).isEmpty
    }
}

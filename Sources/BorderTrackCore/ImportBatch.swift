/// Values read from one or more files, each with where it came from, ready to be checked and stored.
public struct ImportBatch: Sendable {
    public var sources: [(Source, Origin)] = []
    public var projects: [(Project, Origin)] = []
    public var plans: [(Plan, Origin)] = []
    public var claims: [(Claim, Origin)] = []
    /// Problems found while reading (syntax, fields).
    public var issues: [ImportIssue] = []

    public init() {}

    /// The batch's values without where each came from.
    public var dataset: Dataset {
        Dataset(sources: sources.map(\.0), projects: projects.map(\.0), plans: plans.map(\.0), claims: claims.map(\.0))
    }

    /// Appends another batch (a later file in the same command).
    public mutating func append(_ other: ImportBatch) {
        sources += other.sources; projects += other.projects
        plans += other.plans; claims += other.claims; issues += other.issues
    }

    /// The ids already in the database, for reference and duplicate checks, and the stored projects whose
    /// kind and countries the batch's claims depend on.
    public struct Existing: Sendable {
        public var sources: Set<String>
        public var projects: Set<String>
        public var plans: Set<String>
        public var claims: Set<String>
        /// Stored projects named by a claim of the batch that has a scope or a section (`scopedProjectIDs`),
        /// for `Claim.check(against:)`; a project the batch itself defines is taken from the batch.
        public var projectDetails: [String: Project]
        /// Stored claims named by a claim's `supersedes` (`supersededIDs`), for `supersedeProblems(against:)`.
        public var claimLinks: [String: StoredClaimLink]
        /// Today (UTC) by the importing store's clock: claims whose `asOf` starts later than the day after are
        /// refused (`Claim.checkAsOf`). nil: not checked (a batch read without a store).
        public var today: Day?
        public init(sources: Set<String> = [], projects: Set<String> = [], plans: Set<String> = [], claims: Set<String> = [],
                    projectDetails: [String: Project] = [:], claimLinks: [String: StoredClaimLink] = [:], today: Day? = nil) {
            self.sources = sources; self.projects = projects; self.plans = plans; self.claims = claims
            self.projectDetails = projectDetails; self.claimLinks = claimLinks; self.today = today
        }
    }

    /// The projects that claims with a scope or a section refer to and the batch does not define: the stored
    /// projects an engine reads into `Existing.projectDetails` (usually none).
    public var scopedProjectIDs: [String] {
        var defined: Set<String>? = nil
        var wanted = Set<String>()
        for (claim, _) in claims where claim.scope != nil || claim.section != nil {
            if defined == nil { defined = Set(projects.map(\.0.id)) }
            if !defined!.contains(claim.project) { wanted.insert(claim.project) }
        }
        return wanted.sorted()
    }

    /// The project a claim of the batch is about, for the checks that depend on its kind and countries: the
    /// batch's own definition (the first, when duplicated), else the stored one; nil when neither is known.
    /// `defined` is built on first use.
    public func project(_ id: String, defined: inout [String: Project]?, existing: Existing) -> Project? {
        if defined == nil {
            var byID: [String: Project] = [:]
            for (p, _) in projects where byID[p.id] == nil { byID[p.id] = p }
            defined = byID
        }
        return defined![id] ?? existing.projectDetails[id]
    }

    /// All problems: the reading issues, then duplicate ids, references to unknown sources (a claim's
    /// `source` and `via`, a source's `affiliation`), projects or superseded claims, claims whose scope or section their project's kind or countries refuse
    /// (`Claim.check(against:)`), and claims about a date after `existing.today` (`Claim.checkAsOf`), in file
    /// order; then corrections `claim add` would refuse (`supersedeProblems`).
    public func problems(against existing: Existing) -> [ImportIssue] {
        var out = issues
        func dupes<T: Identifiable>(_ items: [(T, Origin)], kind: String, known: Set<String>) -> Set<String> where T.ID == String {
            var seen: [String: Origin] = [:]
            var all = known
            for (item, origin) in items {
                if known.contains(item.id) {
                    out.append(ImportIssue(origin: origin, field: "id", value: item.id,
                                           message: "duplicate \(kind) id \"\(item.id)\": already in the database"))
                } else if let first = seen[item.id] {
                    out.append(ImportIssue(origin: origin, field: "id", value: item.id,
                                           message: "duplicate \(kind) id \"\(item.id)\": first defined at \(first)"))
                } else {
                    seen[item.id] = origin
                }
                all.insert(item.id)
            }
            return all
        }
        let sourceIDs = dupes(sources, kind: "source", known: existing.sources)
        let projectIDs = dupes(projects, kind: "project", known: existing.projects)
        _ = dupes(plans, kind: "plan", known: existing.plans)
        let claimIDs = dupes(claims, kind: "claim", known: existing.claims)
        func ref(_ value: String, _ set: Set<String>, kind: String, field: String, origin: Origin) {
            if !set.contains(value) {
                out.append(ImportIssue(origin: origin, field: field, value: value,
                                       message: "field \"\(field)\": unknown \(kind) \"\(ImportIssue.clip(value))\"; expected the id of a \(kind) in the same import or already in the database"))
            }
        }
        for (source, origin) in sources {
            if let a = source.affiliation { ref(a, sourceIDs, kind: "source", field: "affiliation", origin: origin) }
        }
        for (plan, origin) in plans {
            ref(plan.project, projectIDs, kind: "project", field: "project", origin: origin)
            if let s = plan.source { ref(s, sourceIDs, kind: "source", field: "source", origin: origin) }
        }
        var defined: [String: Project]? = nil
        for (claim, origin) in claims {
            ref(claim.project, projectIDs, kind: "project", field: "project", origin: origin)
            ref(claim.source, sourceIDs, kind: "source", field: "source", origin: origin)
            if let v = claim.via { ref(v, sourceIDs, kind: "source", field: "via", origin: origin) }
            if let s = claim.supersedes { ref(s, claimIDs, kind: "claim", field: "supersedes", origin: origin) }
            if let today = existing.today {
                do { try claim.checkNotLater(today: today) } catch {
                    // A CSV row names the column as its header does.
                    out.append(ImportIssue(origin: origin, error, fieldName: { origin.location.hasPrefix("line ") && $0 == "asOf" ? "as_of" : $0 }))
                }
            }
            if claim.scope != nil || claim.section != nil, let p = project(claim.project, defined: &defined, existing: existing) {
                do { try claim.check(against: p) } catch { out.append(ImportIssue(origin: origin, error)) }
            }
        }
        return out + supersedeProblems(against: existing)
    }
}

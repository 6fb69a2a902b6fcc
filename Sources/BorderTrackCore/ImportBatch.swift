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

    /// The ids already in the database, for reference and duplicate checks.
    public struct Existing: Sendable {
        public var sources: Set<String>
        public var projects: Set<String>
        public var plans: Set<String>
        public var claims: Set<String>
        public init(sources: Set<String> = [], projects: Set<String> = [], plans: Set<String> = [], claims: Set<String> = []) {
            self.sources = sources; self.projects = projects; self.plans = plans; self.claims = claims
        }
    }

    /// All problems: the reading issues, then duplicate ids and references to unknown sources,
    /// projects or superseded claims, in file order.
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
        for (plan, origin) in plans {
            ref(plan.project, projectIDs, kind: "project", field: "project", origin: origin)
            if let s = plan.source { ref(s, sourceIDs, kind: "source", field: "source", origin: origin) }
        }
        for (claim, origin) in claims {
            ref(claim.project, projectIDs, kind: "project", field: "project", origin: origin)
            ref(claim.source, sourceIDs, kind: "source", field: "source", origin: origin)
            if let s = claim.supersedes { ref(s, claimIDs, kind: "claim", field: "supersedes", origin: origin) }
        }
        return out
    }
}

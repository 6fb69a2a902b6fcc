/// What was written after a point of the audit chain, as far as screens need to know.
public struct StoreChanges: Equatable, Sendable {
    /// The last audit seq read; pass it to the next call.
    public let lastSeq: Int
    /// The projects whose claims, plans, flags or details changed, in order of first change; nil when a
    /// change reaches beyond single projects (an import, a source) and everything must be reloaded.
    public let projects: [String]?

    public init(lastSeq: Int, projects: [String]?) { self.lastSeq = lastSeq; self.projects = projects }

    /// Entities whose audit entries name exactly the one project they change.
    public static let projectScoped: Set<String> = ["claim", "plan", "flag", "project"]

    /// Folds audit entries `(seq, entity, project)` in seq order into changes after `seq`.
    public static func from(_ entries: [(seq: Int, entity: String, project: String?)], after seq: Int) -> StoreChanges {
        var last = seq
        var projects: [String] = []
        var seen = Set<String>()
        var everything = false
        for e in entries {
            last = max(last, e.seq)
            guard projectScoped.contains(e.entity), let p = e.project else { everything = true; continue }
            if seen.insert(p).inserted { projects.append(p) }
        }
        return StoreChanges(lastSeq: last, projects: everything ? nil : projects)
    }
}

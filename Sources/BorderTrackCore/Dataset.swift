/// A whole tracker's content as values: what import reads and export writes.
public struct Dataset: Hashable, Sendable {
    public var sources: [Source]
    public var projects: [Project]
    public var plans: [Plan]
    public var claims: [Claim]

    public init(sources: [Source] = [], projects: [Project] = [], plans: [Plan] = [], claims: [Claim] = []) {
        self.sources = sources; self.projects = projects; self.plans = plans; self.claims = claims
    }

    /// Whether there is nothing in it.
    public var isEmpty: Bool { sources.isEmpty && projects.isEmpty && plans.isEmpty && claims.isEmpty }
}

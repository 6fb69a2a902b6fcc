import BorderTrackCore

/// What screens and forms look up about projects, whether the whole tracker is analysed in memory
/// (`Analysis`) or read page by page from the store (`TrackerPages`).
public protocol TrackerLookup: Sendable {
    /// The analysis day (the as-of day, or today).
    var end: Day { get }
    /// With `--as-of`: only what was known by this day counts.
    var knownBy: Day? { get }
    var sources: [String: Source] { get }
    /// How many projects the tracker has.
    var projectCount: Int { get }
    func project(id: String) -> Project?
    func timeline(of project: String) -> ProjectTimeline?
    /// Counted claims of a project (superseded and withdrawn ones left out), in recording order.
    func claims(of project: String) -> [Claim]
    func plans(of project: String) -> [Plan]
    /// A project's discrepancies in queue order.
    func discrepancies(of project: String) -> [Discrepancy]
    /// A discrepancy by id, if the tracker (or, paged, a project on screen) has it.
    func discrepancy(id: String) -> Discrepancy?
    /// A project's assessment with its path and reasons (the detail's assessed lane); nil when not assessed.
    func assessment(of project: String) -> Assessment?
}

extension Analysis: TrackerLookup {
    public var projectCount: Int { projects.count }
    public func timeline(of project: String) -> ProjectTimeline? { timelines[project] }
    public func claims(of project: String) -> [Claim] { claimsByProject[project] ?? [] }
    public func plans(of project: String) -> [Plan] { plansByProject[project] ?? [] }
    public func discrepancy(id: String) -> Discrepancy? { queue.first { $0.id == id } }
}

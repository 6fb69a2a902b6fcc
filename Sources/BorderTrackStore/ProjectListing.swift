import BorderTrackCore

/// One line of `bordertrack project list`: a project, how many claims it has and the latest date they are as of.
public struct ProjectListing: Equatable, Sendable {
    public let id: String
    public let kind: ProjectKind
    /// The English name.
    public let name: String
    /// Claims recorded about it, superseded ones included, withdrawn ones left out.
    public let claims: Int
    /// The latest `asOf` among them (in `PartialDate` order); nil without claims.
    public let latest: PartialDate?

    public init(id: String, kind: ProjectKind, name: String, claims: Int, latest: PartialDate?) {
        self.id = id; self.kind = kind; self.name = name; self.claims = claims; self.latest = latest
    }
}

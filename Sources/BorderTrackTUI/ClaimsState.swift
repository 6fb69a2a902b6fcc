import BorderTrackCore

/// The claims table and its frequency view: the query, the cursors and the counted values.
public struct ClaimsState: Sendable, Equatable {
    public var query = ClaimsQuery()
    /// How many claims the query selects (counted when the table opens or the query or data changes).
    public var count = 0
    /// How many claims there are without the filters (for the title's "N of M").
    public var total = 0
    public var selection = 0
    public var top = 0
    /// The current column: what the frequency view counts; shown in the header.
    public var column: ClaimColumn = .source
    /// Where Esc returns from the table.
    public var returnView: ViewID = .list
    /// Whether the open project's detail was opened from the table (Esc goes back to it).
    public var detailFromClaims = false

    /// The frequency view: which column, its values (most frequent first) and its cursor.
    public var frequencyColumn: ClaimColumn = .source
    public var frequency: [ClaimFrequency] = []
    public var frequencySelection = 0
    public var frequencyTop = 0

    public init() {}

    /// The claims the frequency view counted.
    public var frequencyTotal: Int { frequency.reduce(0) { $0 + $1.count } }
}

extension ProjectKind {
    /// The short word lists show for the kind ("crossing", "ind-park"; else the raw value), at most 8 columns.
    ///
    /// Lists sort by it, in memory and in both stores (`SummaryQuery.kindLabelSQL`), so the order is the one read.
    public var label: String {
        switch self {
        case .borderCrossing: "crossing"
        case .industrialPark: "ind-park"
        default: rawValue
        }
    }
}

import BorderTrackStore
import BorderTrackTUI

extension SortColumn {
    /// The derived-table order that gives the same rows as this column's in-memory sort (`sortKey`).
    ///
    /// Spelled out case by case, so a new column does not compile until it has an index to read through
    /// (it used to go through the raw value, silently falling back to the name order).
    package var storeOrder: SummaryQuery.Order {
        switch self {
        case .name: .name
        case .kind: .kind
        case .official: .official
        case .local: .local
        case .assessed: .assessed
        case .discrepancies: .discrepancies
        case .updated: .updated
        case .target: .target
        }
    }
}

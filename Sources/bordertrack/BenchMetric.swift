/// One figure of `bordertrack bench`: a stable key, what it measures, its value and, when issue 8 sets
/// one, its target.
struct BenchMetric: Equatable {
    /// A target: the value must be at most this.
    struct Target: Equatable {
        let limit: Double
        /// How the target reads in the table ("≤ 150 ms", "≤ 1.5× sqlite3").
        let text: String
    }

    /// Whether a target was met.
    enum Verdict: String {
        case met, missed
        /// No target for this figure.
        case none
        /// The figure could not be measured (no `sqlite3` installed).
        case notMeasured = "not-measured"
    }

    /// Stable snake_case key (JSON and scripts).
    let key: String
    let label: String
    /// nil when not measured.
    let value: Double?
    let unit: String
    let target: Target?
    /// Free text for the last column when there is no target (e.g. the ratio to sqlite3).
    var note: String = ""

    var verdict: Verdict {
        guard let value else { return .notMeasured }
        guard let target else { return .none }
        return value <= target.limit ? .met : .missed
    }
}

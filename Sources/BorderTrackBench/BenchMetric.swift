import BorderTrackApp
/// One figure of `bordertrack bench`: a stable key, what it measures, its value and, when issue 8 sets
/// one, its target.
package struct BenchMetric: Equatable {
    /// A target: the value must be at most this.
    package struct Target: Equatable {
        package let limit: Double
        /// How the target reads in the table ("≤ 150 ms", "≤ 1.5× sqlite3").
        package let text: String
    }

    /// Whether a target was met.
    package enum Verdict: String {
        case met, missed
        /// No target for this figure.
        case none
        /// The figure could not be measured (no `sqlite3` installed).
        case notMeasured = "not-measured"
    }

    /// Stable snake_case key (JSON and scripts).
    package let key: String
    package let label: String
    /// nil when not measured.
    package let value: Double?
    package let unit: String
    package let target: Target?
    /// Free text for the last column when there is no target (e.g. the ratio to sqlite3).
    package var note: String = ""

    package var verdict: Verdict {
        guard let value else { return .notMeasured }
        guard let target else { return .none }
        return value <= target.limit ? .met : .missed
    }
}

import BorderTrackCore

/// The derived track records (`source_tally` per project and source, `source_record` their sums per source) and the
/// grades they give, as every engine keeps them beside the summaries.
///
/// A summary's assessed status is computed with the grades in force when its project was derived. An edit changes
/// its own project's tallies; when that moves a source's grade letter, every project citing the source is derived
/// again in the same refresh (tallies do not depend on grades, so once is enough).
public enum DerivedGrades {
    /// Sources whose letter differs between two gradings.
    public static func changed(_ before: [String: SourceGrade], _ after: [String: SourceGrade]) -> [String] {
        Set(before.keys).union(after.keys).filter { (before[$0] ?? .f) != (after[$0] ?? .f) }.sorted()
    }

    /// Whether so many projects are to be derived again that a second rebuild is cheaper than one by one.
    public static func rebuildInstead(affected: Int, of total: Int) -> Bool {
        affected > 2_000 && affected * 5 > total
    }
}

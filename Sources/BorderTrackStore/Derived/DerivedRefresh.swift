/// What bringing a tracker's derived tables up to date did.
public enum DerivedRefresh: Equatable, Sendable {
    /// Already current.
    case current
    /// Recomputed these projects only.
    case projects([String])
    /// Recomputed every project.
    case rebuilt(projects: Int)
}

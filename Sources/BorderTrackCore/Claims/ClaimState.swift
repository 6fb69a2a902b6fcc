/// Whether a claim still stands or a later claim corrects it (`supersedes`). Withdrawn claims (recorded in
/// error) are not in the claims table at all, as they are nowhere else in the analysis.
public enum ClaimState: String, CaseIterable, Sendable {
    case current, superseded

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

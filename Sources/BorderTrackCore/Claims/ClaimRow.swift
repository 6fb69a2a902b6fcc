/// One row of the claims table: a claim with its source's tier and whether a later claim supersedes it.
public struct ClaimRow: Hashable, Sendable {
    public let claim: Claim
    /// The tier of the claim's source (nil when the source is unknown).
    public let tier: SourceTier?
    public let state: ClaimState

    public init(claim: Claim, tier: SourceTier?, state: ClaimState) {
        self.claim = claim; self.tier = tier; self.state = state
    }

    /// The column's value as text: what the table sorts by (byte order), filters on and counts; "" when absent.
    public func value(_ column: ClaimColumn) -> String {
        switch column {
        case .project: claim.project
        case .source: claim.source
        case .tier: tier?.rawValue ?? ""
        case .status: claim.status.rawValue
        case .asOf: claim.asOf.description
        case .published: claim.published?.description ?? ""
        case .recorded: claim.recorded?.description ?? ""
        case .editor: claim.editor ?? ""
        case .lang: claim.quoteLang ?? ""
        case .via: claim.via ?? ""
        case .state: state.rawValue
        }
    }

    /// The value a frequency table counts: the column's value, except the recording time, counted by day.
    public func frequencyValue(_ column: ClaimColumn) -> String {
        column == .recorded ? String(value(.recorded).prefix(10)) : value(column)
    }

    /// What a search looks in, lower-cased: ids, project, source, editor, via and the quote, translation and note.
    public var searchText: String {
        [claim.id, claim.project, claim.source, claim.editor ?? "", claim.via ?? "", claim.quote ?? "",
         claim.translation ?? "", claim.note ?? ""].joined(separator: "\n").lowercased()
    }
}

import BorderTrackCore

/// What an edit was started from, fixed when its form opens, whatever refreshes arrive meanwhile.
///
/// The save sends it to the store, which refuses the edit if another editor changed it since
/// (`recordFlag(expectedLast:)`, a supersede of a corrected claim); a project edit carries its base in
/// `Form.Purpose.editProject`. `Form+Base.swift` tells the editor when a refresh shows it changed.
public struct FormBase: Sendable, Equatable {
    /// For a flag form: the last event the editor saw on each discrepancy the form offers (nil: none yet).
    public var lastEvents: [String: Int?] = [:]
    /// For a correction: the claims the form offers, as they were when it opened (or after a refusal).
    public var claims: [Claim] = []

    public init(lastEvents: [String: Int?] = [:], claims: [Claim] = []) {
        self.lastEvents = lastEvents; self.claims = claims
    }
}

extension Claim {
    /// The last day a claim's `asOf` may start on, given today (UTC): today and one day of tolerance, for an
    /// editor whose own day is already tomorrow.
    public static func latestAsOf(today: Day) -> Day { today.adding(days: 1) }

    /// Refuses an `asOf` that starts after today (UTC) and a day of tolerance: a statement about a later date
    /// is a plan (a deadline), not a claim. Today is passed in; the model reads no clock.
    public static func checkAsOf(_ asOf: PartialDate, today: Day) throws(ModelError) {
        let latest = latestAsOf(today: today)
        guard asOf.start > latest else { return }
        throw .invalid(field: "asOf", value: asOf.description,
                       expected: "a date that has begun by \(latest) (today in UTC, and a day of tolerance): a statement about a later date is a plan, not a claim — record it as a deadline")
    }

    /// `checkAsOf` for this claim's `asOf`.
    public func checkNotLater(today: Day) throws(ModelError) {
        try Claim.checkAsOf(asOf, today: today)
    }
}

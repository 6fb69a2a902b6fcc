/// The refusals of the write rules both engines keep, worded once: an engine checks, this says why.
public enum WriteRefusal {
    public static func unknownClaimSource(_ source: String) -> StoreError {
        .invalid("field \"source\": unknown source \"\(source)\"; expected the id of a source in the database (see `bordertrack sources`)")
    }

    /// A claim's `via` naming no stored source.
    public static func unknownVia(_ source: String) -> StoreError {
        .invalid("field \"via\": unknown source \"\(source)\"; expected the id of a source in the database (see `bordertrack sources`)")
    }

    /// A source's `affiliation` naming no stored source.
    public static func unknownAffiliation(_ source: String) -> StoreError {
        .invalid("field \"affiliation\": unknown source \"\(source)\"; expected the id of a source in the database (see `bordertrack sources`)")
    }

    public static func duplicateClaim(_ id: String) -> StoreError {
        .invalid("duplicate claim id \"\(id)\": a claim with this id is already recorded")
    }

    /// A correction (`supersedes`) naming a claim of another project.
    public static func correctionOfOtherProject(claim: String, belongsTo target: String, not project: String) -> StoreError {
        .invalid("claim \"\(claim)\" belongs to project \"\(target)\", not \"\(project)\"; a correction must be about the same project")
    }

    public static func correctionOfWithdrawn(_ claim: String) -> StoreError {
        .invalid("field \"supersedes\": claim \"\(claim)\" was withdrawn; expected a claim that still counts (record a new claim instead)")
    }

    public static func alreadySuperseded(_ claim: String, by newer: String) -> StoreError {
        .conflict("claim \"\(claim)\" was already superseded by \"\(newer)\"; correct that one instead")
    }

    public static func unknownPlanSource(_ source: String) -> StoreError {
        .invalid("field \"source\": unknown source \"\(source)\"; expected the id of a source in the database")
    }

    public static func duplicatePlan(_ id: String) -> StoreError {
        .invalid("duplicate plan id \"\(id)\"")
    }

    /// A flag event based on a last event that is no longer the last.
    public static func flagChanged(_ discrepancy: String, detail: String) -> StoreError {
        .conflict("discrepancy \(discrepancy) was changed by another editor since you opened it (\(detail)); reload and try again")
    }

    public static func duplicateSource(_ id: String) -> StoreError {
        .invalid("duplicate source id \"\(id)\": a source with this id is already recorded")
    }

    public static func duplicateProject(_ id: String) -> StoreError {
        .invalid("duplicate project id \"\(id)\": a project with this id is already recorded")
    }
}

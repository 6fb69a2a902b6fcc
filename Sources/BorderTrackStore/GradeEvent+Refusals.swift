import BorderTrackCore

extension GradeEvent {
    /// The refusal to grade a source the tracker does not hold.
    public static func unknownSource(_ source: String) -> StoreError {
        .invalid("field \"source\": unknown source \"\(TextEscaper.escapeForMessage(source))\"; expected the id of a source in the database (see `bordertrack sources`)")
    }

    /// The refusal to clear a grade no editor set.
    public static func nothingToClear(_ source: String) -> StoreError {
        .invalid("source \"\(TextEscaper.escapeForMessage(source))\" has no editor's grade to clear; expected a source whose grade was set with `bordertrack source grade --grade`")
    }
}

import BorderTrackCore
import BorderTrackFormats

extension CanonicalRow {
    /// A grade event's canonical row (sorted keys; `grade` null when the event clears the editor's grade).
    public static func grade(_ g: GradeEvent) -> String {
        JSONWriter.compact(.object([
            ("at", .string(g.at.description)), ("editor", .string(g.editor)), ("grade", opt(g.grade?.rawValue)),
            ("reason", .string(g.reason)), ("source", .string(g.source)),
        ]))
    }
}

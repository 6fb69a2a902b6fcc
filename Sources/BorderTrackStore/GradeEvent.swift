import BorderTrackCore
import Foundation

/// An append-only record of an editor setting or clearing a source's reliability grade, with the reason.
///
/// The grade in force for a source is its latest event's: a set grade overrides the computed one
/// (`GradeOverride`), a cleared one (`grade == nil`) gives the computed grade back. Rows are never changed:
/// a change of mind, or an undo, is a new event.
public struct GradeEvent: Hashable, Sendable {
    /// The graded source's id.
    public let source: String
    /// The grade set; `nil` when the event clears the editor's grade.
    public let grade: SourceGrade?
    /// Why, as the editor said (required, trimmed).
    public let reason: String
    public let editor: String
    public let at: Timestamp

    public init(source: String, grade: SourceGrade?, reason: String, editor: String, at: Timestamp) {
        self.source = source; self.grade = grade; self.reason = reason; self.editor = editor; self.at = at
    }

    /// Checks an edit's reason (required: it is shown beside the grade) and returns the event, reason trimmed;
    /// throws `StoreError.invalid` naming the field, the value and what was expected.
    public static func checked(source: String, grade: SourceGrade?, reason: String, editor: String, at: Timestamp) throws -> GradeEvent {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw StoreError.invalid("field \"reason\": \"\(TextEscaper.escapeForMessage(reason))\"; expected a reason for \(grade == nil ? "clearing" : "setting") the grade (it is shown beside it)")
        }
        return GradeEvent(source: source, grade: grade, reason: trimmed, editor: editor, at: at)
    }

    /// The audit action recording it: `grade.set` or `grade.clear`.
    public var action: String { grade == nil ? "grade.clear" : "grade.set" }

    /// The editor's grade it leaves in force, nil when it clears it.
    public var override: GradeOverride? {
        grade.flatMap { try? GradeOverride(grade: $0, reason: reason, editor: editor) }
    }

    /// The grades in force from events in recording order: each source's latest event, cleared ones left out.
    /// With `knownBy`, only events recorded by the end of that day count (what an editor had said by then).
    public static func overrides(_ events: [GradeEvent], knownBy: Day? = nil) -> [String: GradeOverride] {
        var latest: [String: GradeEvent] = [:]
        for e in events where knownBy.map({ e.at.day <= $0 }) ?? true { latest[e.source] = e }
        return latest.compactMapValues(\.override)
    }
}

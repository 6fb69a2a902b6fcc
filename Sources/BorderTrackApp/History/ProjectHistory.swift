import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore

/// A project's history for people, as `bordertrack project history` prints it: every audit entry about it
/// with editor, time, action and what changed in words, oldest first. Read by `AuditHistory`, which the UI's
/// history screen reads too.
package enum ProjectHistory {
    /// The changes in seq order, each described against the project's state before it.
    package static func changes(_ entries: [AuditEntry]) -> [AuditHistory.Change] {
        AuditHistory(entries).changes
    }

    package static func table(_ changes: [AuditHistory.Change]) -> String {
        TextTable.render(header: ["SEQ", "AT", "EDITOR", "ACTION", "CHANGE"], rows: changes.map { c in
            ["\(c.entry.seq)", c.entry.at.description, c.entry.editor, c.entry.action, c.change]
        })
    }

    package static func json(_ changes: [AuditHistory.Change]) -> String {
        JSONWriter.pretty(.array(changes.map { c in
            .object([
                ("seq", .number(String(c.entry.seq))), ("at", .string(c.entry.at.description)), ("editor", .string(c.entry.editor)),
                ("action", .string(c.entry.action)), ("entity", .string(c.entry.entity)), ("entityId", .string(c.entry.entityID)),
                ("before", c.before ?? .null), ("after", c.after ?? .null),
                ("change", .string(c.change)),
            ])
        }))
    }
}

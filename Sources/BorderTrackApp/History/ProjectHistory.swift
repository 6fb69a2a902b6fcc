import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore

/// A project's history for people, as `bordertrack project history` prints it: every audit entry about it
/// with editor, time, action and what changed in words, oldest first. Read by `AuditHistory`, which the UI's
/// history screen reads too.
package enum ProjectHistory {
    /// The changes in seq order, each described against the project's state before it, in `lang`.
    package static func changes(_ entries: [AuditEntry], lang: Catalogue = .en) -> [AuditHistory.Change] {
        AuditHistory(entries, lang: lang).changes
    }

    /// The table, its headers in `lang` (the changes are said in the language `changes` was read in).
    package static func table(_ changes: [AuditHistory.Change], lang: Catalogue = .en) -> String {
        TextTable.render(header: [lang["cli.col.seq"], lang["cli.col.at"], lang["cli.col.editor"], lang["cli.col.action"], lang["cli.col.change"]],
                         rows: changes.map { c in
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

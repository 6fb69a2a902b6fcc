import ArgumentParser
import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import Foundation

extension BorderTrack {
    /// `bordertrack undo [--yes]`: take back your own latest edit.
    struct UndoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo", abstract: "Undo your latest edit with a compensating entry (history stays append-only).",
            discussion: """
            Without --yes, shows what would be undone and changes nothing. Only your own edits (by editor name) \
            are undone, newest first; an edit someone has built on since (a correction of your claim, a later \
            change of the flag or the project) is refused. Imports and withdrawals are not undone. See Docs/editing.md.
            """)

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Undo it (without this, only show what would be undone).") var yes = false

        mutating func run() throws {
            try CLI.guarded {
                let store = try global.openStore(create: false)
                let editor = global.editorName()
                guard let edit = try store.lastUndoable(editor: editor) else {
                    print("nothing to undo: \(editor) has no edit that can still be undone")
                    return
                }
                guard yes else {
                    print("would undo audit entry \(edit.auditSeq) (\(edit.action) at \(edit.at)): \(edit.summary)")
                    print("run `bordertrack undo --yes` to undo it")
                    return
                }
                let done = try store.undoLast(editor: editor, expected: edit.auditSeq)
                print("undone audit entry \(done.auditSeq) (\(done.action) at \(done.at)): \(done.summary)")
            }
        }
    }
}

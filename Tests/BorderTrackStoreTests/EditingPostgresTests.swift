#if Postgres
import BorderTrackCore
import BorderTrackPostgres
import BorderTrackStore
import Foundation
import Testing

/// Editing on the team server: which role may do what, enforced by PostgreSQL's privileges.
@Suite("Editing on PostgreSQL: roles")
struct EditingPostgresTests {
    static var enabled: Bool { PostgresFixture.baseURL != nil }

    @Test("an editor withdraws and undoes claims but may not add sources or edit projects; a viewer may do neither", .enabled(if: enabled))
    func roles() throws {
        let admin = try loaded(.postgres) as! PostgresStore
        try PostgresFixture.withLogins(admin) { viewer, editor in
            let asEditor = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: editor), create: false)
            try asEditor.addClaim(try Claim(id: "e1", project: "bridge", status: .agreed, asOf: try PartialDate(parsing: "2016"), source: "rg"), editor: editor)
            try asEditor.undoLast(editor: editor, expected: nil)
            try asEditor.withdraw(.claim, id: "c2", reason: "duplicate", editor: editor)
            #expect(try admin.claims(project: nil).map(\.id) == ["c1"])
            do {
                try asEditor.addSource(try Source(id: "new", name: "New", tier: .field), editor: editor)
                Issue.record("an editor added a source")
            } catch let StoreError.notPermitted(message) {
                #expect(message.hasPrefix("your role \"\(editor)\" may not add sources (that needs bordertrack_admin)"))
            }
            let bridge = try #require(try admin.project(id: "bridge"))
            #expect(throws: StoreError.self) {
                try asEditor.updateProject(try Project(id: "bridge", kind: .road, names: bridge.names), expected: bridge, editor: editor)
            }

            let asViewer = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: viewer), create: false)
            do {
                try asViewer.withdraw(.claim, id: "c1", reason: nil, editor: viewer)
                Issue.record("a viewer withdrew a claim")
            } catch let StoreError.notPermitted(message) {
                #expect(message.hasPrefix("your role \"\(viewer)\" may not withdraw claims"))
            }
            #expect(try asViewer.lastUndoable(editor: editor) == nil)
            #expect(try admin.claims(project: nil).map(\.id) == ["c1"])
            #expect(try admin.verifyAudit().isIntact)
        }
    }

    @Test("an editor grades a source, clears and undoes the grade; a viewer may not grade", .enabled(if: enabled))
    func grades() throws {
        let admin = try loaded(.postgres) as! PostgresStore
        try PostgresFixture.withLogins(admin) { viewer, editor in
            let asEditor = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: editor), create: false)
            try asEditor.setGrade(source: "rg", grade: .b, reason: "checked against the field team", editor: editor)
            try asEditor.setGrade(source: "rg", grade: nil, reason: "too early to say", editor: editor)
            try asEditor.undoLast(editor: editor, expected: nil)
            #expect(try admin.gradeOverrides()["rg"]?.grade == .b && admin.gradeOverrides()["rg"]?.editor == editor)
            let asViewer = try PostgresStore.open(url: PostgresFixture.url(admin.url.redacted, asUser: viewer), create: false)
            do {
                try asViewer.setGrade(source: "rg", grade: .e, reason: "no", editor: viewer)
                Issue.record("a viewer graded a source")
            } catch let StoreError.notPermitted(message) {
                #expect(message.hasPrefix("your role \"\(viewer)\" may not grade sources"), "\(message)")
            }
            #expect(try admin.gradeEvents().count == 3)
            #expect(try admin.verifyAudit().isIntact)
        }
    }
}
#endif

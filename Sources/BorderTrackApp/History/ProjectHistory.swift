import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore

/// A project's history for people: every audit entry about it with editor, time, action and before → after.
package enum ProjectHistory {
    /// One change, ready for a table row or a JSON object.
    package struct Change {
        package let entry: AuditEntry
        /// What changed, in words: `names.en: Bridge → Amur bridge`, `claim c1: operational full as of 2021-10-07 (rg)`.
        package let change: String
    }

    /// The changes in seq order, each described against the project's state before it.
    package static func changes(_ entries: [AuditEntry]) -> [Change] {
        var state: Project? = nil
        var out: [Change] = []
        for e in entries {
            let after = e.after.flatMap(parse)
            var text: String
            switch (e.entity, e.action) {
            case ("project", _):
                let new = e.after.flatMap(CanonicalRow.decodeProject)
                let diff = ProjectChange.describe(from: state, to: new)
                text = new == nil ? "project removed" : (diff.isEmpty ? "no change" : diff.joined(separator: "; "))
                state = new
            case ("claim", "claim.withdraw"), ("plan", "plan.withdraw"):
                text = "\(e.entity) \(e.entityID) withdrawn" + (string(after, "reason").map { ": \($0)" } ?? "")
            case ("claim", _) where after?["kind"] != nil, ("plan", _) where after?["kind"] != nil:
                text = "\(e.entity) \(e.entityID) withdrawn"
            case ("claim", _):
                let status = [string(after, "status"), string(after, "scope"), string(after, "section").map { "[\($0) section]" }]
                    .compactMap { $0 }.joined(separator: " ")
                text = "claim \(e.entityID): \(status) as of \(string(after, "asOf") ?? "?") (\(string(after, "source") ?? "?"))"
                    + (string(after, "supersedes").map { ", correcting \($0)" } ?? "")
            case ("plan", _):
                text = "plan \(e.entityID): \(string(after, "milestone") ?? "?") \(string(after, "target") ?? "?")"
                    + (string(after, "announced").map { ", announced \($0)" } ?? "") + (string(after, "source").map { " (\($0))" } ?? "")
            case ("flag", _):
                text = "discrepancy \(e.entityID): \(string(after, "action") ?? "?")"
                    + (string(after, "verdict").map { " (verdict \($0))" } ?? "")
                    + (string(after, "note").flatMap { $0.isEmpty ? nil : " — \($0)" } ?? "")
            case ("import", _):
                text = "import: \(number(after, "claims")) claims, \(number(after, "plans")) plans"
            default:
                text = e.after ?? "-"
            }
            if e.action == "undo", let b = e.before, b.hasPrefix("{\"undoes\":") {
                text = "undoes entry \(number(parse(b), "undoes")): " + text
            }
            out.append(Change(entry: e, change: text))
        }
        return out
    }

    package static func table(_ changes: [Change]) -> String {
        TextTable.render(header: ["SEQ", "AT", "EDITOR", "ACTION", "CHANGE"], rows: changes.map { c in
            ["\(c.entry.seq)", c.entry.at.description, c.entry.editor, c.entry.action, c.change]
        })
    }

    package static func json(_ changes: [Change]) -> String {
        JSONWriter.pretty(.array(changes.map { c in
            .object([
                ("seq", .number(String(c.entry.seq))), ("at", .string(c.entry.at.description)), ("editor", .string(c.entry.editor)),
                ("action", .string(c.entry.action)), ("entity", .string(c.entry.entity)), ("entityId", .string(c.entry.entityID)),
                ("before", c.entry.before.flatMap(parse) ?? .null), ("after", c.entry.after.flatMap(parse) ?? .null),
                ("change", .string(c.change)),
            ])
        }))
    }

    private static func parse(_ text: String) -> JSONValue? { try? JSONParser.parse(Array(text.utf8)) }

    private static func string(_ v: JSONValue?, _ key: String) -> String? {
        if case .string(let s)? = v?[key] { return s }
        return nil
    }

    private static func number(_ v: JSONValue?, _ key: String) -> String {
        if case .number(let n)? = v?[key] { return n }
        return "?"
    }
}

import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import BorderTrackTUI

/// A project's change history read from its audit entries, once, for both readers of it: the CLI's
/// `bordertrack project history` (`ProjectHistory`: a sentence per change, oldest first) and the UI's
/// history screen (`UIEffects` → `HistoryEntry`: field by field, newest first).
///
/// Each entry's before and after are parsed once; an undo (`before` is `{"undoes":N}`) is tied to the
/// entry it undoes; a project row is described against the project as the entries before it left it.
package struct AuditHistory {
    /// One audit entry, read.
    package struct Change {
        package let entry: AuditEntry
        /// `before` and `after` parsed (nil: none, or not JSON).
        package let before: JSONValue?
        package let after: JSONValue?
        /// For an undo: the number of the entry it undoes, and that entry when it is among the project's.
        package let undoes: (seq: Int, entry: AuditEntry?)?
        /// What changed, in words: `names.en: Bridge → Amur bridge`, `claim c1: operational full as of
        /// 2021-10-07 (rg)`, an undo led by `undoes entry N: `.
        package let change: String
        /// The fields that differ between what was there before and after (nested objects flattened with
        /// dots; `recorded` and `editor` left out). For an undo: compared with what the undone entry wrote.
        package let fields: [HistoryEntry.Change]
        /// The language `change` is said in.
        package let lang: Catalogue

        /// The entry as the UI's history screen shows it: the change in words, as the CLI says it (an undo names
        /// the entry it undoes and who made it), then the fields that changed.
        package var historyEntry: HistoryEntry {
            var summary = change
            let lead = lang("ui.history.undoes", undoes?.seq ?? 0)
            if let (seq, undone) = undoes, let undone, summary.hasPrefix(lead) {
                summary = lang("ui.history.undoes-by", seq, undone.action, undone.editor) + summary.dropFirst(lead.count)
            }
            return HistoryEntry(seq: entry.seq, at: entry.at.description, editor: entry.editor, action: entry.action,
                                entityID: entry.entityID, summary: summary, changes: fields)
        }
    }

    /// The changes in seq order (the order given).
    package let changes: [Change]

    /// Reads a project's audit entries, given in seq order, saying each change in `lang`.
    package init(_ entries: [AuditEntry], lang: Catalogue = .en) {
        let bySeq = Dictionary(entries.map { ($0.seq, $0) }, uniquingKeysWith: { a, _ in a })
        var state: Project? = nil
        var out: [Change] = []
        out.reserveCapacity(entries.count)
        for e in entries {
            let before = e.before.flatMap(Self.parse), after = e.after.flatMap(Self.parse)
            var undoes: (seq: Int, entry: AuditEntry?)? = nil
            if e.action == "undo", case .number(let n)? = before?["undoes"], let seq = Int(n) { undoes = (seq, bySeq[seq]) }
            var text = Self.describe(e, after: after, project: &state, lang: lang)
            var was = before
            if let (seq, undone) = undoes {
                text = lang("ui.history.undoes", seq) + text
                was = undone?.entity == e.entity ? undone?.after.flatMap(Self.parse) : nil
            }
            out.append(Change(entry: e, before: before, after: after, undoes: undoes, change: text,
                              fields: Self.fields(before: was, after: after), lang: lang))
        }
        changes = out
    }

    /// One entry in words; `project` is the project as the entries so far left it (updated by a project row).
    static func describe(_ e: AuditEntry, after: JSONValue?, project state: inout Project?, lang: Catalogue = .en) -> String {
        // A code in the row (status, scope, milestone) as the language says it (`Catalogue.word`); an unknown one as stored.
        func word<T: RawRepresentable>(_ field: String, _ say: (T) -> String) -> String? where T.RawValue == String {
            string(after, field).map { T(rawValue: $0).map(say) ?? $0 }
        }
        switch (e.entity, e.action) {
        case ("project", _):
            let new = e.after.flatMap(CanonicalRow.decodeProject)
            let diff = ProjectChange.describe(from: state, to: new)
            state = new
            return new == nil ? lang["ui.history.project-removed"] : (diff.isEmpty ? lang["ui.history.no-change"] : diff.joined(separator: "; "))
        case ("claim", "claim.withdraw"), ("plan", "plan.withdraw"):
            return lang(e.entity == "claim" ? "ui.history.claim-withdrawn" : "ui.history.plan-withdrawn", e.entityID)
                + (string(after, "reason").map { lang("ui.history.reason", $0) } ?? "")
        case ("claim", _) where after?["kind"] != nil, ("plan", _) where after?["kind"] != nil:
            return lang(e.entity == "claim" ? "ui.history.claim-withdrawn" : "ui.history.plan-withdrawn", e.entityID)
        case ("claim", _):
            let status = [word("status", lang.word as (Status) -> String), word("scope", lang.word as (Scope) -> String),
                          string(after, "section").map { lang("ui.history.section", $0) }]
                .compactMap { $0 }.joined(separator: " ")
            return lang("ui.history.claim-added", e.entityID, status, string(after, "asOf") ?? "?", string(after, "source") ?? "?",
                        string(after, "via").map { lang("ui.history.via", $0) } ?? "")
                + (string(after, "supersedes").map { lang("ui.history.correcting", $0) } ?? "")
        case ("plan", _):
            return lang("ui.history.plan-added", e.entityID, word("milestone", lang.word as (Milestone) -> String) ?? "?", string(after, "target") ?? "?")
                + (string(after, "announced").map { lang("ui.history.announced", $0) } ?? "")
                + (string(after, "source").map { lang("ui.history.plan-source", $0) } ?? "")
        case ("flag", _):
            return lang("ui.history.flag", e.entityID, string(after, "action") ?? "?")
                + (string(after, "verdict").map { lang("ui.history.verdict", $0) } ?? "")
                + (string(after, "note").flatMap { $0.isEmpty ? nil : " — \($0)" } ?? "")
        case ("import", _):
            // A count not recorded as a number is said as the row holds it ("?").
            func counted(_ key: String, _ field: String) -> String {
                let n = number(after, field)
                return Int(n).map { lang.count(key, $0) } ?? n
            }
            return lang("ui.history.import", counted("ui.history.claims", "claims"), counted("ui.history.plans", "plans"))
        default:
            return e.after ?? "-"
        }
    }

    /// Field-level differences between two rows (nested objects flattened with dots): the fields of `after`
    /// in order, then those only `before` has; `recorded` and `editor` left out.
    static func fields(before: JSONValue?, after: JSONValue?) -> [HistoryEntry.Change] {
        func flatten(_ v: JSONValue?) -> [(String, String)] {
            guard let v else { return [] }
            var out: [(String, String)] = []
            func walk(_ v: JSONValue, _ path: String) {
                switch v {
                case .object(let pairs): for (k, x) in pairs { walk(x, path.isEmpty ? k : path + "." + k) }
                case .null: break
                case .string(let s): out.append((path, s))
                case .number(let n): out.append((path, n))
                case .bool(let b): out.append((path, b ? "true" : "false"))
                case .array(let a):
                    let items = a.map { item -> String in if case .string(let s) = item { return s }; return JSONWriter.compact(item) }
                    out.append((path, items.joined(separator: ", ")))
                }
            }
            walk(v, "")
            return out
        }
        let b = flatten(before), a = flatten(after)
        let bMap = Dictionary(b, uniquingKeysWith: { x, _ in x }), aMap = Dictionary(a, uniquingKeysWith: { x, _ in x })
        var keys = a.map(\.0)
        for (k, _) in b where aMap[k] == nil { keys.append(k) }
        let skip: Set<String> = ["recorded", "editor"]
        return keys.filter { !skip.contains($0) && bMap[$0] != aMap[$0] }.map { .init(field: $0, before: bMap[$0], after: aMap[$0]) }
    }

    static func parse(_ text: String) -> JSONValue? { try? JSONParser.parse(Array(text.utf8)) }

    private static func string(_ v: JSONValue?, _ key: String) -> String? {
        if case .string(let s)? = v?[key] { return s }
        return nil
    }

    private static func number(_ v: JSONValue?, _ key: String) -> String {
        if case .number(let n)? = v?[key] { return n }
        return "?"
    }
}

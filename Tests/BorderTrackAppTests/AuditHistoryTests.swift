@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Foundation
import Testing

/// One reader of a project's audit entries for the CLI's `project history` and the UI's history screen.
@Suite("audit history")
struct AuditHistoryTests {
    static func entry(_ seq: Int, _ action: String, _ entity: String, _ id: String, before: String? = nil, after: String?,
                      editor: String = "ann") -> AuditEntry {
        AuditEntry(seq: seq, at: Timestamp(seconds: 1_700_000_000 + seq * 60), editor: editor, action: action, entity: entity,
                   entityID: id, project: "p", before: before, after: after, prevHash: AuditEntry.genesis, hash: AuditEntry.genesis)
    }

    static let bridge = """
        {"countries":["CN","RU"],"id":"p","kind":"bridge","lat":null,"lon":null,"nameEn":"Bridge","nameRu":null,"nameZh":null,"programs":[],"regions":[]}
        """
    static let amur = bridge.replacingOccurrences(of: "\"Bridge\"", with: "\"Amur bridge\"")
    static let claim = """
        {"asOf":"2021-10-07","editor":"ann","id":"c1","project":"p","recorded":"2023-11-14T22:15:00Z","scope":"full","source":"rg","status":"operational"}
        """

    static let entries = [
        entry(1, "project.add", "project", "p", after: bridge),
        entry(2, "project.update", "project", "p", before: bridge, after: amur, editor: "bo"),
        entry(3, "claim.add", "claim", "c1", after: claim),
        entry(4, "flag.acknowledge", "flag", "sc-1", after: #"{"action":"acknowledge","note":"checking","verdict":null}"#),
        entry(5, "undo", "claim", "c1", before: #"{"undoes":3}"#, after: #"{"claim":"c1","kind":"undo","reason":"undo of entry 3"}"#),
        entry(6, "undo", "project", "p", before: #"{"undoes":2}"#, after: bridge),
        entry(7, "undo", "plan", "pl1", before: #"{"undoes":99}"#, after: #"{"kind":"undo","plan":"pl1"}"#),
    ]

    @Test("the CLI's sentences: each change against the project as it was, undos naming the entry they undo")
    func sentences() {
        let changes = ProjectHistory.changes(Self.entries).map(\.change)
        #expect(changes == [
            "kind: - → bridge; names.en: - → Bridge; countries: - → CN;RU",
            "names.en: Bridge → Amur bridge",
            "claim c1: operational full as of 2021-10-07 (rg)",
            "discrepancy sc-1: acknowledge — checking",
            "undoes entry 3: claim c1 withdrawn",
            "undoes entry 2: names.en: Amur bridge → Bridge",
            "undoes entry 99: plan pl1 withdrawn",
        ])
    }

    @Test("the UI's entries: newest first, field by field, an undo compared with what it undid")
    func fields() {
        let shown = UIEffects.historyEntries(Self.entries)
        #expect(shown.map(\.seq) == [7, 6, 5, 4, 3, 2, 1])
        // Each says in words what it did, as `bordertrack project history` does; an undo names what it undid and whose.
        #expect(shown[0].summary == "undoes entry 99: plan pl1 withdrawn")
        #expect(shown[0].changes == [.init(field: "kind", before: nil, after: "undo"), .init(field: "plan", before: nil, after: "pl1")])
        #expect(shown[1].summary == "undoes entry 2 (project.update by bo): names.en: Amur bridge → Bridge")
        #expect(shown[1].changes == [.init(field: "nameEn", before: "Amur bridge", after: "Bridge")])
        #expect(shown[2].summary == "undoes entry 3 (claim.add by ann): claim c1 withdrawn")
        #expect(shown[2].changes.map(\.field) == ["claim", "kind", "reason", "asOf", "id", "project", "scope", "source", "status"])
        #expect(!shown.contains { $0.changes.contains { $0.field == "undoes" } }, "no raw 'undoes – → entry N' line")
        #expect(shown[3].changes == [.init(field: "action", before: nil, after: "acknowledge"), .init(field: "note", before: nil, after: "checking")])
        #expect(shown[4].changes.map(\.field) == ["asOf", "id", "project", "scope", "source", "status"])
        #expect(shown[5].changes == [.init(field: "nameEn", before: "Bridge", after: "Amur bridge")])
        #expect(shown[6].changes.map(\.field) == ["countries", "id", "kind", "nameEn", "programs", "regions"])
        #expect(shown[6].changes.first == .init(field: "countries", before: nil, after: "CN, RU"))
        #expect(shown.map(\.action) == Self.entries.reversed().map(\.action))
    }

    @Test("both read the same entries: one reader, the UI's order the CLI's reversed")
    func oneReader() {
        let read = AuditHistory(Self.entries).changes
        #expect(read.map(\.entry.seq) == ProjectHistory.changes(Self.entries).map(\.entry.seq))
        #expect(UIEffects.historyEntries(Self.entries) == read.reversed().map(\.historyEntry))
        #expect(read[4].undoes?.seq == 3 && read[4].undoes?.entry?.seq == 3 && read[6].undoes.map { $0.entry == nil } == true)
        #expect(read[0].undoes == nil)
    }

    @Test("the history said in Russian and Chinese: sentences and undo leads in the language, ids and values as stored")
    func inTheLanguage() {
        let en = AuditHistory(Self.entries).changes.map(\.change)
        let ru = AuditHistory(Self.entries, lang: .ru).changes.map(\.change)
        let zh = AuditHistory(Self.entries, lang: .zh).changes.map(\.change)
        #expect(en.count == ru.count && ru.count == zh.count)
        for (i, line) in en.enumerated() where line.hasPrefix("claim ") {
            #expect(ru[i].hasPrefix("сообщение "), "\(ru[i])")
            #expect(zh[i].hasPrefix("说法 "), "\(zh[i])")
        }
        for (i, line) in en.enumerated() where line.hasPrefix("undoes entry ") {
            #expect(ru[i].hasPrefix("отменяет запись "), "\(ru[i])")
        }
        #expect(ru.contains { $0.contains(" на ") && $0.contains("действует") } || ru.contains { $0.contains("строится") })
        #expect(!ru.contains { $0.hasPrefix("claim ") || $0.hasPrefix("undoes ") })
    }
}

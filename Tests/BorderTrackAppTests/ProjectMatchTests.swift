@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackTUI
import Foundation
import Testing

/// `:goto` and Tab completion find projects by id or name through `TrackerPages.projectMatches`: the store's
/// pages (scanning every project's id and names, read once) and a whole analysis agree; a store change is seen.
@Suite("Both page sources match projects by id and name alike")
struct ProjectMatchTests {
    @Test("ids, name prefixes and parts, a region, a source and nonsense: the same matches, ranks and counts")
    func agree() throws {
        let (stored, memory, _) = try PagesAgreeTests.sources(projects: 150)
        let q = ListQuery(sort: .name, descending: false, filter: ProjectFilter())
        let some = (0..<memory.listCount(q)).compactMap { memory.listRow(q, at: $0)?.project }.prefix(40)
        var texts = ["", "p1", "P12", "zzqx-nothing"]
        for p in some.prefix(5) {
            texts.append(p.id)
            texts.append(String(p.names.en.prefix(4)))
            texts.append(String(p.names.en.dropFirst(2).prefix(5)))
            if let ru = p.names.ru { texts.append(String(ru.prefix(3))) }
            if let region = p.regions.first { texts.append(region) }
        }
        if let source = memory.sources.keys.sorted().first { texts.append(source) }
        for text in texts {
            let a = memory.projectMatches(text, limit: 10), b = stored.projectMatches(text, limit: 10)
            #expect(a == b, "\"\(text)\"")
        }
        // A region or source alone names no project.
        if let region = some.compactMap(\.regions.first).first(where: { r in !some.contains { p in p.searchKey.contains(r.lowercased()) } }) {
            #expect(memory.projectMatches(region, limit: 10).total == 0, "\(region)")
        }
        let id = some[some.startIndex].id
        #expect(memory.projectMatches(id.uppercased(), limit: 3).best.first == ProjectMatch(id: id, rank: .exact))
    }

    @Test("a project added to the store is found once the pages are told of the change")
    func seesChanges() throws {
        let (stored, _, store) = try PagesAgreeTests.sources(projects: 20)
        #expect(stored.projectMatches("Зейская", limit: 5).total == 0)
        let p = try Project(id: "zeya-bridge", kind: .bridge, names: try Names(en: "Zeya bridge", ru: "Зейский мост"), countries: ["RU"])
        try store.addProject(p, editor: "test")
        // As the UI's refresher does: the derived summaries first (the names are read from them), then the pages.
        try store.bringDerivedUpToDate(today: AnalysisLoader.today(), progress: nil)
        stored.invalidate(projects: [p.id])
        #expect(stored.projectMatches("зейск", limit: 5).best == [ProjectMatch(id: "zeya-bridge", rank: .prefix)])
        #expect(stored.projectMatches("ZEYA-BRIDGE", limit: 5).best == [ProjectMatch(id: "zeya-bridge", rank: .exact)])
    }
}

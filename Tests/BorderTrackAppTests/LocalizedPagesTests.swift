@testable import BorderTrackApp
import BorderTrackCore
import BorderTrackStore
import BorderTrackTUI
import Testing

/// A large tracker read page by page (`StorePages`) and a small one analysed whole (`AnalysisPages`) explain their
/// discrepancies and assessments in the reader's language alike; the store keeps the English text, which is
/// what `explanation(in: .en)` says.
@Suite("Both page sources explain in the reader's language alike")
struct LocalizedPagesTests {
    /// Whether a text is said in a language: Cyrillic (Russian) or Han (Chinese) letters, and none of the English
    /// sentences' words.
    static func said(_ text: String, in lang: Catalogue) -> Bool {
        let english = [" says ", " say ", "contradict", " sources", "months", "target moved", "No official source", "independent"]
        guard !english.contains(where: text.contains) else { return false }
        switch lang.code {
        case "ru": return text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        case "zh": return text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        default: return true
        }
    }

    @Test("every queued discrepancy, acknowledged, resolved or open: the same sentence from the store's pages and from memory")
    func queueExplanationsAgree() throws {
        let (stored, memory, _) = try PagesAgreeTests.flaggedSources()
        let q = QueueQuery(filter: try QueueFilter.parse("state=all"))
        #expect(stored.queueCount(q) == memory.queueCount(q) && memory.queueCount(q) > 10)
        for i in 0..<memory.queueCount(q) {
            let a = try #require(memory.queueItem(q, at: i)), b = try #require(stored.queueItem(q, at: i))
            #expect(a.id == b.id)
            #expect(a.explanation(in: .en) == a.explanation && b.explanation(in: .en) == a.explanation)
            for lang in [Catalogue.ru, .zh] {
                let text = b.explanation(in: lang)
                #expect(text == a.explanation(in: lang), "\(lang.code) \(a.id)")
                #expect(Self.said(text, in: lang), "\(lang.code) \(a.id): \(text)")
            }
        }
    }

    @Test("the English the store keeps in its queue is the English sentence of the discrepancy the pages show")
    func storedTextIsTheEnglishSentence() throws {
        let (stored, _, store) = try PagesAgreeTests.sources(projects: 40)
        var texts: [String: String] = [:]
        try store.listQueue(projects: [], kinds: [], severities: [], states: []) { texts[$0.id] = $0.explanation }
        #expect(texts.count == stored.queueCount && !texts.isEmpty)
        for i in 0..<stored.queueCount {
            let d = try #require(stored.queueItem(at: i))
            #expect(texts[d.id] == d.explanation(in: .en))
            #expect(d.explanation(in: .ru) != d.explanation(in: .en))
        }
    }

    @Test("the detail's assessment: the same reasons in Russian and Chinese from the store's pages and from memory")
    func assessmentReasonsAgree() throws {
        let (stored, memory, _) = try PagesAgreeTests.sources()
        var reasons = 0
        for i in 0..<memory.projectCount {
            let id = "p\(i)"
            guard let a = memory.assessment(of: id), let b = stored.assessment(of: id) else { continue }
            #expect(a.discounted.map(\.claim) == b.discounted.map(\.claim))
            for (x, y) in zip(a.discounted, b.discounted) {
                reasons += 1
                for lang in [Catalogue.ru, .zh] {
                    #expect(x.reason(in: lang) == y.reason(in: lang))
                    #expect(Self.said(y.reason(in: lang), in: lang), "\(lang.code) \(id): \(y.reason(in: lang))")
                }
            }
            for lang in Catalogue.all { #expect(a.summary(in: lang) == b.summary(in: lang)) }
        }
        #expect(reasons > 0)
    }
}

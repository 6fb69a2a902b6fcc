import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// The queue and the detail say a discrepancy's explanation and the assessment's reasons in the UI's language.
@Suite("Explanations and reasons on screen in the UI's language")
struct LocalizedExplanationTests {
    @Test("the queue shows each discrepancy's sentence in Russian and Chinese, not in English")
    func queue() throws {
        for lang in [Catalogue.ru, .zh] {
            var s = AppFixture.state(rows: 40, cols: 160)
            s.lang = lang
            s.view = .queue
            let screen = AppFixture.screen(s)
            let d = try #require(s.queueItem(0))
            #expect(screen.contains(String(d.explanation(in: lang).prefix(20))), "\(lang.code)\n\(screen)")
            #expect(!screen.contains(String(d.explanation.prefix(20))), "\(lang.code)\n\(screen)")
        }
    }

    @Test("the detail: every discrepancy's sentence and every discounted claim's reason in the language")
    func detail() throws {
        for lang in [Catalogue.ru, .zh] {
            var s = AppFixture.state(rows: 40, cols: 160)
            s.lang = lang
            s.view = .detail
            s.detailProject = "bh-bridge"
            var theme = AppFixture.theme
            theme.lang = lang
            let text = DetailView.scrollLines(s, width: 160, theme: theme).0.map { $0.map(\.0).joined() }.joined(separator: "\n")
            let ds = s.data.discrepancies(of: "bh-bridge")
            #expect(!ds.isEmpty)
            for d in ds {
                #expect(text.contains(String(d.explanation(in: lang).prefix(20))), "\(lang.code)\n\(text)")
                #expect(!text.contains(String(d.explanation.prefix(20))), "\(lang.code)\n\(text)")
            }
            let a = try #require(s.data.assessment(of: "bh-bridge"))
            #expect(!a.discounted.isEmpty)
            for x in a.discounted {
                #expect(text.contains(String(x.reason(in: lang).prefix(12))), "\(lang.code)\n\(text)")
                #expect(!text.contains(x.reason), "\(lang.code)\n\(text)")
            }
        }
    }
}

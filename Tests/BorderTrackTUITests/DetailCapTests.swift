import BorderTrackCore
import Foundation
@testable import BorderTrackTUI
import Testing

/// A huge quote (issue 16: 50 MB took the detail view about 10 s) is cut to what the view shows, with its size.
@Suite("Detail view caps what it lays out")
struct DetailCapTests {
    @Test("a 50 MB quote: the detail view renders quickly and shows …(50 MB)")
    func hugeQuote() throws {
        let quote = String(repeating: "bridge мост ", count: 50 << 16)  // 16 bytes × 50 × 2^16 = 50 MB
        let claim = try Claim(id: "huge", project: "suifenhe", status: .operational, asOf: try PartialDate(parsing: "2020-01"),
                              source: "rg", quote: quote)
        var s = AppState(analysis: AppFixture.analysis(adding: [claim]),
                         session: .init(database: "/data/tracker.sqlite", editor: "ann", readOnly: false), rows: 44, cols: 100)
        _ = s.runCommand("goto suifenhe")
        let clock = ContinuousClock()
        var screen = ""
        let took = clock.measure { screen = AppFixture.screen(s) }
        let shown = screen.contains("…(50 MB)")
        #expect(shown, "the size is not shown: \(screen.prefix(4000))")
        #expect(took < .seconds(2), "rendering took \(took)")
    }

    @Test("a short quote is shown whole; a cut keeps the first characters")
    func shown() {
        #expect(DetailView.shown("short", limit: 100) == "short")
        #expect(DetailView.shown(String(repeating: "a", count: 3000), limit: 10) == "aaaaaaaaaa…(2 KB)")
    }
}

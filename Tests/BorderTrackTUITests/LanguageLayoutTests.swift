import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// Column headers and labels fit the columns laid out for them in every language (Russian words are long, CJK is
/// double width): nothing of the interface's own words is cut where the English is not.
@Suite("Headers and labels fit their columns in every language")
struct LanguageLayoutTests {
    @Test("the list's column titles fit their columns at 40, 80, 100 and 160 columns", arguments: Catalogue.all)
    func listTitles(_ lang: Catalogue) {
        for width in [40, 80, 100, 160] {
            let (nameW, cols) = ListView.columns(width: width, theme: Theme(ascii: false, lang: lang))
            #expect(DisplayWidth.of(lang["ui.list.name"]) <= nameW, "\(lang.code) \(width)")
            for c in cols { #expect(DisplayWidth.of(c.title) <= c.width, "\(lang.code) \(width): \(c.title) in \(c.width)") }
        }
    }

    @Test("the claims table's headers fit with the sort arrow, on a wide and a narrow screen", arguments: Catalogue.all)
    func claimsHeaders(_ lang: Catalogue) {
        for width in [40, 80, 200] {
            for (c, w) in ClaimsView.layout(width: width, current: .project) where c != .project {
                #expect(DisplayWidth.of(ClaimsView.header(c, lang: lang)) + 1 <= w, "\(lang.code) \(width): \(c)")
            }
        }
    }

    @Test("timeline lane labels fit their 8 columns; the claim view's labels their 12", arguments: Catalogue.all)
    func labels(_ lang: Catalogue) {
        let lanes = [lang["ui.detail.lane.assessed"], lang["ui.detail.lane.official"], lang["ui.detail.lane.local"],
                     lang["ui.detail.lane.disputes"], lang("ui.detail.lane.side", "RU")]
        for l in lanes { #expect(DisplayWidth.of(l) <= 8, "\(lang.code): \(l)") }
        let claim = ["ui.claims.claim.status", "ui.claims.claim.source", "ui.claims.claim.url", "ui.claims.claim.quote",
                     "ui.claims.claim.translation", "ui.claims.claim.note", "ui.claims.claim.as-of", "ui.claims.claim.published",
                     "ui.claims.claim.recorded", "ui.claims.claim.corrects", "ui.claims.claim.section", "ui.claims.claim.tier",
                     "ui.claims.claim.keys"].map { lang[$0] }
        for l in claim { #expect(DisplayWidth.of(l) <= 12, "\(lang.code): \(l)") }
    }

    @Test("the queue's severity and kind columns stay as wide as English's, so a 40-column row keeps its project", arguments: Catalogue.all)
    func queueColumns(_ lang: Catalogue) {
        let theme = Theme(ascii: false, lang: lang)
        for v in Severity.allCases { #expect(DisplayWidth.of(theme.symbol(v) + " " + QueueView.severity(v, lang: lang)) + 1 <= 11, "\(lang.code) \(v)") }
        for k in DiscrepancyKind.allCases { #expect(DisplayWidth.of(QueueView.kind(k, lang: lang)) + 2 <= 17, "\(lang.code) \(k)") }
    }

    @Test("a narrow list's status is a symbol and three columns, distinct for every status", arguments: Catalogue.all)
    func shortStatus(_ lang: Catalogue) {
        let theme = Theme(ascii: false, lang: lang)
        let labels = Status.allCases.map(theme.shortLabel)
        for l in labels { #expect(DisplayWidth.of(l) <= 5, "\(lang.code): \(l)") }
        #expect(Set(labels.map { $0.dropFirst(2) }).count == Status.allCases.count, "\(lang.code): \(labels)")
    }
}

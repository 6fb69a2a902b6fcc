import BorderTrackCore
import Testing

@Suite("Multi-word search")
struct SearchQueryTests {
    @Test("every word, any order, case-insensitive in Latin, Cyrillic and CJK")
    func words() {
        let text = "blagoveshchensk–heihe road bridge\nмост благовещенск – хэйхэ\n黑河大桥"
        #expect(SearchQuery("blag road").matches(text))
        #expect(SearchQuery("ROAD Blag").matches(text))
        #expect(SearchQuery("БЛАГОВЕЩЕНСК мост").matches(text))
        #expect(SearchQuery("黑河 bridge").matches(text))
        #expect(!SearchQuery("blag rail").matches(text))
        #expect(!SearchQuery("   ").matches(text))
        #expect(SearchQuery("a  A\tb").words == ["a", "b"])
    }

    @Test("highlights are grapheme ranges of the shown text, merged, found whatever the case")
    func highlights() {
        #expect(SearchQuery("road blag").highlights(in: "Blagoveshchensk Road") == [0..<4, 16..<20])
        #expect(SearchQuery("благ").highlights(in: "Мост Благовещенск") == [5..<9])
        #expect(SearchQuery("黑河").highlights(in: "黑河—布拉戈维申斯克 bridge") == [0..<2])
        #expect(SearchQuery("ab bc").highlights(in: "xabcx") == [1..<4])
        #expect(SearchQuery("zz").highlights(in: "abc").isEmpty)
    }

    @Test("a project's search text holds its regions, sources (ids and names) and quotes, lower-cased")
    func projectText() throws {
        let p = try Project(id: "bh", kind: .bridge, names: try Names(en: "Bridge"), countries: ["RU"], regions: ["Amur Oblast"])
        let s = try Source(id: "amurlife", name: "Amur Life", tier: .localMedia, country: "RU")
        let c = try Claim(id: "c1", project: "bh", status: .construction, asOf: try PartialDate(parsing: "2020"), source: "amurlife",
                          quote: "Мост\nСТРОИТСЯ")
        let t = ProjectSearchText.of(p, claims: [c], sources: ["amurlife": s])
        #expect(t == "bh\nbridge\namur oblast\namurlife\namur life\nмост строится")
        #expect(SearchQuery("строится amur").matches(t))
        // Quotes go in by their distinct words (a search word holds no space): repeated words once, every word found.
        let again = try Claim(id: "c2", project: "bh", status: .operational, asOf: try PartialDate(parsing: "2022"), source: "amurlife",
                              quote: "Мост открыт. 黑河大桥 открыт")
        let both = ProjectSearchText.of(p, claims: [c, again], sources: ["amurlife": s])
        #expect(both == "bh\nbridge\namur oblast\namurlife\namur life\nмост строится открыт. 黑河大桥 открыт")
        #expect(SearchQuery("大桥 строит").matches(both) && !SearchQuery("мост закрыт").matches(both))
    }
}

import BorderTrackTUI
import Testing

@Suite("Colour pairs")
struct ColorPairsTests {
    @Test("pairs are allocated once per colour combination; default colours use pair 0")
    func allocation() {
        var p = ColorPairs(colors: 256, pairs: 65536, defaultColors: true)
        #expect(p.pairs == Int(Int16.max))
        #expect(p.pair(for: .plain).pair == 0)
        let red = p.pair(for: .fg(.red, .bold))
        #expect(red.pair == 1 && red.define! == (fg: 1, bg: -1))
        #expect(p.pair(for: .fg(.red)).pair == 1 && p.pair(for: .fg(.red)).define == nil)
        let gray = p.pair(for: Style(foreground: .gray, background: .blue))
        #expect(gray.pair == 2 && gray.define! == (fg: 8, bg: 4))
        #expect(p.extraAttributes(for: .fg(.gray)).isEmpty)
    }

    @Test("8-colour terminals: gray is dim, and pairs running out fall back to pair 0")
    func limited() {
        var p = ColorPairs(colors: 8, pairs: 3, defaultColors: false)
        #expect(p.extraAttributes(for: .fg(.gray)) == .dim)
        #expect(p.pair(for: .plain).define! == (fg: 7, bg: 0))
        #expect(p.pair(for: .fg(.red)).pair == 2)
        let green = p.pair(for: .fg(.green)) // pairs 1 and 2 are taken; 3 does not exist
        #expect(green.pair == 0 && green.define == nil)
    }
}

import BorderTrackCore
import Testing

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII, Cyrillic and Latin with accents are one column per grapheme")
    func narrow() {
        #expect("Heihe bridge".displayWidth == 12)
        #expect("Благовещенск".displayWidth == 12)
        #expect("é".displayWidth == 1)
        #expect("e\u{301}".displayWidth == 1) // e + COMBINING ACUTE: one grapheme
        #expect("—".displayWidth == 1) // East Asian Ambiguous counts as narrow
        #expect("ｱ".displayWidth == 1) // halfwidth katakana
    }

    @Test("CJK, Hangul, Kana and fullwidth forms are two columns")
    func wide() {
        #expect("黑河".displayWidth == 4)
        #expect(displayWidth(of: "黑") == 2)
        #expect("한국".displayWidth == 4)
        #expect("カタカナ".displayWidth == 8)
        #expect("Ａ１".displayWidth == 4)
        #expect("𠀀".displayWidth == 2) // CJK extension B, plane 2
        #expect("黑河—布拉戈维申斯克".displayWidth == 19)
    }

    @Test("emoji: presentation, VS16, flags, keycaps, skin tones and ZWJ families are two columns")
    func emoji() {
        #expect("😀".displayWidth == 2)
        #expect("🚄".displayWidth == 2)
        #expect("👨‍👩‍👧".count == 1)
        #expect("👨‍👩‍👧".displayWidth == 2)
        #expect("🇷🇺🇨🇳".displayWidth == 4)
        #expect("1️⃣".displayWidth == 2)
        #expect("❤️".displayWidth == 2)
        #expect("👍🏽".displayWidth == 2)
        #expect("✔".displayWidth == 1) // text presentation by default
    }

    @Test("zero-width: lone combining marks and invisible format characters")
    func zero() {
        #expect(displayWidth(of: "\u{301}") == 0)
        #expect(displayWidth(of: "\u{200B}") == 0)
        #expect(displayWidth(of: "\u{1B}") == 0)
        #expect("".displayWidth == 0)
    }

    @Test("truncating 黑河—布拉戈维申斯克 to widths 1…10 never exceeds the width nor cuts a grapheme")
    func truncation() {
        let s = "黑河—布拉戈维申斯克"
        var results: [String] = []
        for w in 1...10 {
            let t = s.truncated(toWidth: w)
            results.append(t)
            #expect(t.displayWidth <= w, "width \(w): \(t)")
            #expect(t.hasSuffix("…"), "width \(w): \(t)")
            #expect(s.hasPrefix(String(t.dropLast())), "width \(w): \(t)") // whole graphemes of the original
            #expect(t.displayWidth >= w - 1, "width \(w): \(t) wastes more than the straddled column")
        }
        #expect(results == ["…", "…", "黑…", "黑…", "黑河…", "黑河—…", "黑河—…", "黑河—布…", "黑河—布…", "黑河—布拉…"])
        #expect(s.truncated(toWidth: 19) == s)
        #expect(s.truncated(toWidth: 0) == "")
        #expect("e\u{301}e\u{301}e\u{301}".truncated(toWidth: 2) == "e\u{301}…")
        #expect("abcdef".truncated(toWidth: 4, ellipsis: "~") == "abc~")
        #expect("abcdef".truncated(toWidth: 2, ellipsis: "...") == "..")
    }

    @Test("padding and fitting by display width")
    func padding() {
        #expect("黑河".padded(toWidth: 6) == "黑河  ")
        #expect("ab".padded(toWidth: 5, alignment: .right) == "   ab")
        #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
        #expect("abcdef".padded(toWidth: 3) == "abcdef")
        #expect(DisplayWidth.fit("黑河大桥", toWidth: 6) == "黑河… ")
        #expect(DisplayWidth.fit("黑河大桥", toWidth: 6).displayWidth == 6)
    }

    /// The one measure keeps `TextWidth`'s fast path: a printable-ASCII string is its length; every other
    /// string is the sum of its graphemes, whichever overload (String, Substring) measures it.
    @Test("the printable-ASCII fast path and the grapheme walk agree")
    func fastPath() {
        let pieces = ["a", "Z", " ", "~", "-", "\t", "\r\n", "\u{1B}", "\u{7F}", "\u{9B}", "é", "e\u{301}", "\u{301}", "黑",
                      "😀", "👨‍👩‍👧", "🇷🇺", "1️⃣", "\u{200B}", "\u{202E}", "ｱ", "Ａ", "—", "\u{E0041}", "\u{AD}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<Int(state % 9) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                s += pieces[Int(state >> 33) % (state % 3 == 0 ? pieces.count : 5)]
            }
            let walked = s.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(s) == walked, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(DisplayWidth.of(s[...]) == walked)
            #expect(s.displayWidth == walked)
        }
        #expect(DisplayWidth.of("Heihe bridge 2021-10-07") == 23)
    }
}

import BorderTrackCore
import Testing

@Suite("Terminal text sanitiser")
struct TerminalTextTests {
    /// The scalars that must never reach a terminal, written out independently of the implementation.
    static func forbidden(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
            || [0x061C, 0x200E, 0x200F, 0x2060, 0xFEFF].contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || (0x200B...0x200D).contains(v)
    }

    /// Whether text is free of forbidden scalars; a ZWJ is allowed only between two emoji (an emoji ZWJ sequence).
    static func isClean(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        func emoji(_ k: Int) -> Bool { k >= 0 && k < u.count && u[k].value >= 0x80 && u[k].properties.isEmoji }
        for (k, s) in u.enumerated() where forbidden(s.value) {
            guard s.value == 0x200D else { return false }
            var j = k - 1
            while j >= 0, u[j].value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(u[j].value) { j -= 1 }
            if !(emoji(j) && emoji(k + 1)) { return false }
        }
        return true
    }

    static let nasty: [String] = [
        "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;pwned\u{07}", "\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\",
        "a\u{9B}31mb", "\u{9D}0;t\u{9C}", "abc\u{202E}fed", "\u{2066}x\u{2069}", "50%\rOK", "a\u{0}b", "del\u{7F}",
        "zero\u{200B}width", "\u{FEFF}bom", "\u{1B}P1$r\u{1B}\\", "\u{1B}_apc\u{1B}\\", "\u{1B}^pm\u{07}still", "\u{1B}Xsos",
        "\u{1B}", "\u{1B}\u{1B}[", "\u{1B}[", "\u{1B}(B", "\u{1B}c", "\u{1B}[?1049h", "\u{1B}]52;c;ZXZpbA==\u{07}",
        "\r\n", "line1\nline2\ttab", "\u{85}nel", "\u{061C}\u{200E}\u{200F}", "␛[31m", "⟨U+202E⟩", "\u{1B}]0;\na\u{18}b",
        "Благовещенск 黑河 👨‍👩‍👧", "e\u{301}\u{1B}[1m", "a\u{200D}b", "👨\u{200D}", "\u{200D}👩", "👨\u{200D}\u{200D}👩",
        "\u{1B}]👨\u{200D}👩\u{07}", "\u{1B}👨\u{200D}👩", "🏳️‍🌈", "👩🏽‍💻", "1\u{200D}2",
    ]

    @Test("CSI colour sequences are shown, not obeyed")
    func csi() {
        #expect(TerminalText.sanitize("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
        #expect(TerminalText.sanitize("\u{1B}[?1049h") == "␛[?1049h")
    }

    @Test("an OSC title change shows its text and its BEL terminator")
    func osc() {
        #expect(TerminalText.sanitize("\u{1B}]0;pwned\u{07}") == "␛]0;pwned␇")
        #expect(TerminalText.sanitize("\u{1B}]8;;http://x\u{1B}\\link") == "␛]8;;http://x␛\\link")
        // Inside a string sequence even a newline is shown, so the sequence reads as one token.
        #expect(TerminalText.sanitize("\u{1B}]0;a\nb\u{07}c\nd") == "␛]0;a␊b␇c\nd")
    }

    @Test("DCS, SOS, PM, APC and two-character escapes")
    func strings() {
        #expect(TerminalText.sanitize("\u{1B}P1$r\u{1B}\\x") == "␛P1$r␛\\x")
        #expect(TerminalText.sanitize("\u{1B}_hi\u{9C}x") == "␛_hi⟨U+009C⟩x")
        #expect(TerminalText.sanitize("\u{1B}(B\u{1B}c") == "␛(B␛c")
        #expect(TerminalText.sanitize("end\u{1B}") == "end␛")
    }

    @Test("8-bit CSI, bidi override, CR, NUL, DEL and zero-width space get placeholders")
    func singles() {
        #expect(TerminalText.sanitize("a\u{9B}31mb") == "a⟨U+009B⟩31mb")
        #expect(TerminalText.sanitize("abc\u{202E}fed") == "abc⟨U+202E⟩fed")
        #expect(TerminalText.sanitize("50%\rOK") == "50%␍OK")
        #expect(TerminalText.sanitize("a\u{0}b") == "a␀b")
        #expect(TerminalText.sanitize("x\u{7F}") == "x␡")
        #expect(TerminalText.sanitize("a\u{200B}b") == "a⟨U+200B⟩b")
        #expect(TerminalText.sanitize("\u{061C}") == "⟨U+061C⟩")
        #expect(TerminalText.sanitize("a\u{200D}b\u{200C}c\u{2060}\u{FEFF}") == "a⟨U+200D⟩b⟨U+200C⟩c⟨U+2060⟩⟨U+FEFF⟩")
    }

    @Test("a zero-width joiner survives only inside an emoji ZWJ sequence")
    func emojiJoiner() {
        for family in ["👨‍👩‍👧", "🏳️‍🌈", "👩🏽‍💻"] {
            #expect(TerminalText.sanitize(family) == family)
        }
        #expect(TerminalText.sanitize("👨\u{200D}") == "👨⟨U+200D⟩")
        #expect(TerminalText.sanitize("1\u{200D}2") == "1⟨U+200D⟩2") // digits are emoji only as keycaps
    }

    @Test("newlines and tabs stay; clean text is returned unchanged")
    func clean() {
        #expect(TerminalText.sanitize("a\nb\tc") == "a\nb\tc")
        let s = "Благовещенск — 黑河 e\u{301} 👨‍👩‍👧"
        #expect(TerminalText.sanitize(s) == s)
        #expect(!TerminalText.needsSanitizing(s))
    }

    @Test("singleLine shows newlines as ⏎ and tabs as a space")
    func singleLine() {
        #expect(TerminalText.singleLine("a\nb\tc\r\n") == "a⏎b c␍⏎")
        #expect(TerminalText.singleLine("\u{1B}[2J") == "␛[2J")
    }

    @Test("output of nasty strings has no forbidden scalar and is a fixed point")
    func batch() {
        for s in Self.nasty {
            for out in [TerminalText.sanitize(s), TerminalText.singleLine(s)] {
                #expect(Self.isClean(out), "\(Array(s.unicodeScalars))")
                #expect(TerminalText.sanitize(out) == out)
            }
            #expect(TerminalText.sanitize(TerminalText.sanitize(s)) == TerminalText.sanitize(s))
            #expect(TerminalText.singleLine(TerminalText.singleLine(s)) == TerminalText.singleLine(s))
            #expect(!TerminalText.singleLine(s).contains("\n"))
        }
    }

    @Test("random strings from an alphabet of hostile scalars: idempotent and clean")
    func random() {
        let alphabet: [Unicode.Scalar] = ["\u{1B}", "[", "]", "P", "\\", "\u{07}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{202E}",
                                          "\r", "\n", "\t", "\u{0}", "\u{7F}", "\u{18}", "\u{200D}", "3", "m", ";", "a",
                                          "黑", "\u{301}", "_", "^", "X", "(", "\u{FEFF}", "\u{2067}", "👨", "\u{FE0F}", "\u{1F3FD}"]
        var seed: UInt64 = 0x5EED
        for _ in 0..<500 {
            var u = String.UnicodeScalarView()
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let n = Int(seed >> 59) + 1
            for _ in 0..<n {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                u.append(alphabet[Int((seed >> 33) % UInt64(alphabet.count))])
            }
            let s = String(u)
            let once = TerminalText.sanitize(s)
            #expect(TerminalText.sanitize(once) == once, "\(Array(s.unicodeScalars))")
            #expect(Self.isClean(once), "\(Array(s.unicodeScalars))")
        }
    }
}

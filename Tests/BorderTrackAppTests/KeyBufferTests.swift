@testable import BorderTrackApp
import BorderTrackSynthetic
import Foundation
import Testing

/// The byte scans behind every search of a large tracker must find exactly what `String.contains` finds.
@Suite("KeyBuffer scans find what a string search finds")
struct KeyBufferTests {
    static func buffer(_ texts: [String]) -> KeyBuffer {
        var keys: [UInt8] = [], ends: [Int] = []
        for t in texts { keys.append(contentsOf: t.utf8); ends.append(keys.count); keys.append(0) }
        return KeyBuffer(ids: texts.indices.map { "p\($0)" }, keys: keys, ends: ends)
    }

    /// Texts with Russian, Chinese, digits and repeated lead bytes, as search texts hold them.
    static func texts(_ n: Int, seed: UInt64) -> [String] {
        var r = SyntheticData.Random(state: seed)
        let words = ["мост", "благовещенск", "хабаровск", "黑河", "同江", "口岸", "bridge", "heihe", "rail", "xinhua", "новости",
                     "амурская правда", "pipe", "№", "—", "«operational»", "a", "аа", "ааб"]
        return (0..<n).map { i in
            var parts = ["p\(i)"]
            for _ in 0..<(Int(r.next() % 6) + 1) {
                parts.append(r.next() % 3 == 0 ? String(r.next() % 100_000) : words[Int(r.next() % UInt64(words.count))])
            }
            return parts.joined(separator: r.next() % 2 == 0 ? " " : "\n")
        }
    }

    static func naive(_ texts: [String], _ words: [String]) -> [Int] {
        texts.indices.filter { i in words.allSatisfy { contains(texts[i], $0) } }
    }

    /// Byte containment (what the scans promise), not `String.contains`'s grapheme rules.
    static func contains(_ text: String, _ word: String) -> Bool {
        let t = Array(text.utf8), w = Array(word.utf8)
        guard !w.isEmpty, t.count >= w.count else { return false }
        return (0...(t.count - w.count)).contains { t[$0..<($0 + w.count)].elementsEqual(w) }
    }

    static let searches = ["1", "12", "123", "9", "мост", "ст", "а", "аб", "ааб", "黑", "黑河", "河", "бла", "ск", "bri", "e", "heihe",
                           "№", "»", "p1", "мост 1", "黑河 2", "xyz", "rail хаб", "p", "0"]

    @Test("every search matches the keys that hold all its words, in order")
    func matchingAgrees() {
        let texts = Self.texts(800, seed: 5)
        let b = Self.buffer(texts)
        for s in Self.searches {
            let words = s.split(separator: " ").map(String.init)
            #expect(b.matching(words.map { Array($0.utf8) }) == Self.naive(texts, words), "\(s)")
        }
    }

    @Test("a scan in slices finds the same keys as one scan, hits at the slices' edges included")
    func slicesAgree() {
        let texts = Self.texts(5_000, seed: 9)
        let b = Self.buffer(texts)
        for slices in [2, 3, 7] {
            for s in ["12", "мост", "黑河", "ааб", "p4999", "p0", "99", "p1666", "p1667", "p2500"] {
                let n = b.needle(Array(s.utf8))
                #expect(b.keys(holding: n, slices: slices) == b.keys(holding: n, slices: 1), "\(s) in \(slices)")
                #expect(b.keys(holding: n, slices: slices) == Self.naive(texts, [s]), "\(s) in \(slices)")
            }
        }
        #expect(b.keys(holding: b.needle(Array("p4999".utf8)), slices: 3).last == 4_999)
        #expect(b.keys(holding: b.needle(Array("p0".utf8)), slices: 3).first == 0)
        // More slices than keys.
        let small = Self.buffer(["a", "b", "ab"])
        #expect(small.keys(holding: small.needle(Array("b".utf8)), slices: 8) == [1, 2])
    }

    @Test("narrowing among earlier matches, few or many, agrees with a fresh scan")
    func narrowing() {
        let texts = Self.texts(2_000, seed: 11)
        let b = Self.buffer(texts)
        for (earlier, now) in [("1", "12"), ("12", "123"), ("м", "мо"), ("мо", "мост"), ("黑", "黑河"), ("a", "aa"), ("heihe", "heihe 1")] {
            let candidates = b.matching(earlier.split(separator: " ").map { Array($0.utf8) })
            let words = now.split(separator: " ").map { Array($0.utf8) }
            #expect(b.matching(words, among: candidates) == b.matching(words), "\(earlier) → \(now)")
        }
    }

    @Test("the first key holding a word, forward and backward from a key, wrapping nowhere")
    func first() {
        let b = Self.buffer(["alpha", "мост 1", "beta", "мост 2", "黑河"])
        let bridge = b.needle(Array("мост".utf8))
        #expect(b.first(bridge, from: 0, forward: true) == 1)
        #expect(b.first(bridge, from: 2, forward: true) == 3)
        #expect(b.first(bridge, from: 4, forward: true) == nil)
        #expect(b.first(bridge, from: 4, forward: false) == 3)
        #expect(b.first(bridge, from: 0, forward: false) == nil)
        #expect(b.first(b.needle(Array("黑河".utf8)), from: 0, forward: true) == 4)
        // A needle across two keys (the 0 between them) is never found.
        #expect(b.first(b.needle(Array("alphaм".utf8)), from: 0, forward: true) == nil)
        #expect(b.first(bridge, from: 9, forward: true) == nil)
    }

    @Test("the needle's anchor is its rarest byte in the buffer, not a Cyrillic lead byte")
    func anchor() {
        let b = Self.buffer(Self.texts(300, seed: 2))
        let word = Array("мост".utf8)  // D0 BC D0 BE D1 81 D1 82
        let n = b.needle(word)
        #expect(word[n.anchor] != 0xD0 && word[n.anchor] != 0xD1)
    }
}

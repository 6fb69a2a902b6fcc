import BorderTrackCore
import BorderTrackSynthetic
@testable import BorderTrackTUI
import Testing

/// Chinese text wraps anywhere but keeps its punctuation where a reader expects it (kinsoku).
@Suite("Text wrapping")
struct TextWrapTests {
    @Test("a closing mark never starts a line: the character before it goes down with it")
    func closingMark() {
        // 8 columns: four characters a line; the comma would start the second line.
        #expect(TextWrap.wrap("黑河口岸，中国边境", width: 8) == ["黑河口", "岸，中国", "边境"])
        #expect(TextWrap.wrap("大桥已通车。货车开始通过", width: 10) == ["大桥已通", "车。货车开", "始通过"])
        // ASCII punctuation after Chinese too.
        #expect(TextWrap.wrap("黑河口岸,中国", width: 8) == ["黑河口", "岸,中国"])
    }

    @Test("an opening mark never ends a line: it goes down with what follows")
    func openingMark() {
        #expect(TextWrap.wrap("黑河口「岸」中国", width: 8) == ["黑河口", "「岸」中", "国"])
        #expect(TextWrap.wrap("口岸（黑河）", width: 6) == ["口岸", "（黑河）"].flatMap { TextWrap.wrap($0, width: 6) })
    }

    @Test("random Chinese, Russian, spaces and punctuation: no line wider than asked, nothing lost")
    func widths() {
        var r = SyntheticData.Random(state: 7)
        let pieces = ["黑河", "口岸", "，", "。", "（", "）", "「", "」", "мост", " ", "Heihe", "、", "！", "№12", "《", "》"]
        for _ in 0..<400 {
            let text = (0..<Int(r.next() % 24)).map { _ in pieces[Int(r.next() % UInt64(pieces.count))] }.joined()
            for width in 2...14 {  // (a 2-column character cannot fit 1 column)
                let lines = TextWrap.wrap(text, width: width)
                for line in lines { #expect(DisplayWidth.of(line) <= width, "\(text) at \(width): \(lines)") }
                #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(text) at \(width): \(lines)")
            }
        }
    }

    @Test("random Chinese sentences: no line starts with a closing mark or ends with an opening one")
    func marksInPlace() {
        var r = SyntheticData.Random(state: 11)
        // Words as Chinese text has them: a mark after a word, brackets around one.
        let words = ["黑河", "口岸", "大桥", "通车", "边境", "黑龙江省", "口岸，", "大桥。", "通车！", "边境、", "（黑河）", "「口岸」", "《人民日报》"]
        for _ in 0..<400 {
            let text = (0..<Int(r.next() % 16 + 1)).map { _ in words[Int(r.next() % UInt64(words.count))] }.joined()
            for width in 6...24 {
                let lines = TextWrap.wrap(text, width: width)
                #expect(lines.joined() == text)
                for (k, line) in lines.enumerated() {
                    if k > 0, let first = line.first { #expect(!"，。、！）」》".contains(first), "\(text) at \(width): \(lines)") }
                    if k < lines.count - 1, let last = line.last { #expect(!"（「《".contains(last), "\(text) at \(width): \(lines)") }
                    #expect(DisplayWidth.of(line) <= width)
                }
            }
        }
    }
}

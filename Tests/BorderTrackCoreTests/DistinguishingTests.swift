import BorderTrackCore
import Testing

@Suite("Names cut so they read apart")
struct DistinguishingTests {
    let ftz = ["Heilongjiang Pilot Free Trade Zone – Harbin Area", "Heilongjiang Pilot Free Trade Zone – Heihe Area",
               "Heilongjiang Pilot Free Trade Zone – Suifenhe Area"]
    let blag = ["Blagoveshchensk–Heihe road bridge", "Blagoveshchensk–Heihe pontoon bridge (winter crossing)",
                "Blagoveshchensk–Heihe cross-border cable car"]

    @Test("names sharing a long prefix keep the words where they differ")
    func sharedPrefix() {
        let cut = ftz.map { DisplayWidth.distinguishing($0, among: ftz, toWidth: 36) }
        #expect(cut == ["Heilongjiang Pilot Free…Harbin Area", "Heilongjiang Pilot Free…Heihe Area",
                        "Heilongjiang Pilot…Suifenhe Area"])
        #expect(cut.allSatisfy { $0.displayWidth <= 36 })
        // Plain truncation would show three identical rows.
        #expect(Set(ftz.map { DisplayWidth.truncate($0, toWidth: 36) }).count == 1)
    }

    @Test("a long differing part is cut at its end after a short start")
    func longTail() {
        let cut = blag.map { DisplayWidth.distinguishing($0, among: blag, toWidth: 16) }
        #expect(cut == ["Blag…road bridge", "Blago…pontoon b…", "Blago…cross-bor…"])
        #expect(Set(cut).count == 3)
        #expect(cut.allSatisfy { $0.displayWidth <= 16 })
    }

    @Test("enough of the difference shown, or nothing shared, or room for all: the plain cut")
    func plain() {
        #expect(DisplayWidth.distinguishing(blag[2], among: blag, toWidth: 36) == "Blagoveshchensk–Heihe cross-border …")
        #expect(DisplayWidth.distinguishing("Suifenhe Comprehensive Bonded Zone", among: ftz, toWidth: 20) == "Suifenhe Comprehens…")
        #expect(DisplayWidth.distinguishing(ftz[0], among: ftz, toWidth: 60) == ftz[0])
        #expect(DisplayWidth.distinguishing(ftz[0], among: ftz, toWidth: 6) == "Heilo…")
    }

    @Test("CJK names are cut between characters; Cyrillic words stay whole")
    func scripts() {
        let zh = ["中国（黑龙江）自由贸易试验区哈尔滨片区", "中国（黑龙江）自由贸易试验区黑河片区"]
        let cut = zh.map { DisplayWidth.distinguishing($0, among: zh, toWidth: 20) }
        #expect(cut == ["中国（黑…哈尔滨片区", "中国（黑龙…黑河片区"])
        #expect(cut.allSatisfy { $0.displayWidth <= 20 })
        let ru = ["Хэйлунцзянская пилотная зона свободной торговли — участок Харбин",
                  "Хэйлунцзянская пилотная зона свободной торговли — участок Хэйхэ"]
        #expect(ru.map { DisplayWidth.distinguishing($0, among: ru, toWidth: 30) }
                == ["Хэйлунцзянская пилотная…Харбин", "Хэйлунцзянская пилотная…Хэйхэ"])
    }
}

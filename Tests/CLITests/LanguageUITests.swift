import Foundation
import Testing

/// The terminal UI in the language of the locale, driven in tmux as a reader would: `LANG=ru_RU.UTF-8` and
/// `LANG=zh_CN.UTF-8` (with no `LC_ALL`) on the sample data, no line wider than the window.
@Suite("The UI in the locale's language", .enabled(if: Tmux.available))
struct LanguageUITests {
    @Test("LANG=ru_RU.UTF-8 at 100×30: list, claim form, help and the claims table in Russian; quit 0")
    func russian() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 100, rows: 30, env: ["LC_ALL": "", "LANG": "ru_RU.UTF-8"])
        var screen = t.wait(for: "Проекты (16)")
        #expect(screen.contains("16 проектов") && screen.contains("Автомобильный мост Благовещенск"), "\(screen)")
        #expect(screen.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 100 })
        t.send("a")
        screen = t.wait(for: "Новое сообщение ·")
        #expect(screen.contains("◂ строится ▸") && screen.contains("Ctrl-S сохранить"), "\(screen)")
        t.send("Escape")
        t.send("?")
        screen = t.wait(for: "Справка")
        #expect(screen.contains("Клавиши в списке проектов"), "\(screen)")
        t.send("Escape")
        t.send("C")
        screen = t.wait(for: "Сообщения (")
        #expect(screen.contains("ИСТОЧНИК") && screen.contains("госСМИ"), "\(screen)")
        t.send("q")
        t.send("q")
        screen = t.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=0"))
    }

    @Test("LANG=zh_CN.UTF-8 at 80×24 then 40×12: list, queue and the claim form in Chinese, aligned; quit 0")
    func chinese() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 80, rows: 24, env: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"])
        var screen = t.wait(for: "项目（16）")
        #expect(screen.contains("16个项目") && screen.contains("黑河—布拉戈"), "\(screen)")
        #expect(screen.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 80 })
        t.send("d")
        screen = t.wait(for: "分歧（待处理 8）")
        #expect(screen.contains("严重") && screen.contains("待处理"), "\(screen)")
        t.send("Escape")
        t.send("a")
        screen = t.wait(for: "添加说法 ·")
        #expect(screen.contains("◂ 在建 ▸"), "\(screen)")
        t.send("Escape")
        t.resize(cols: 40, rows: 12)
        screen = t.settle(after: screen)
        #expect(screen.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 40 }, "\(screen)")
        t.send("q")
        screen = t.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=0"))
    }
}

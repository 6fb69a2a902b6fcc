import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// Forms, confirmations and status-line messages in Russian and Chinese: labels, hints, choices, field errors.
@Suite("Forms in the reader's language")
struct FormLanguageTests: FormDriving {
    func detail(_ lang: Catalogue, rows: Int = 30, cols: Int = 100) -> AppState {
        var s = detail(rows: rows, cols: cols)
        s.lang = lang
        return s
    }

    @Test("the claim form speaks Russian: title, labels, the status shown in Russian and chosen by typing Russian")
    func russianClaimForm() {
        var s = detail(.ru)
        _ = press(&s, .char("a"))
        #expect(s.form?.title == "Новое сообщение · bh-bridge")
        #expect(s.form?.fields.map(\.label).prefix(5) == ["Статус", "Движение", "Участок", "На дату", "Опубликов."])
        let screen = AppFixture.screen(s)
        #expect(screen.contains("◂ строится ▸"))
        #expect(screen.contains("Ctrl-S сохранить"))
        // Type-ahead by the shown word: с is «согласован» (agreed) first, ст goes on to «строится».
        type(&s, "с")
        #expect(s.form?["status"] == "agreed")
        type(&s, "т")
        #expect(s.form?["status"] == "construction")
        // The value stored is still the code; the Latin start still works (in a new form: Esc closes this unchanged one).
        _ = press(&s, .escape)
        #expect(s.form == nil)
        _ = press(&s, .char("a"))
        type(&s, "op")
        #expect(s.form?["status"] == "operational")
    }

    @Test("field errors and a refused save are said in the language")
    func errorsInTheLanguage() {
        var s = detail(.ru)
        _ = press(&s, .char("a"))
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.submitError == "На дату: обязательное поле")
        focus(&s, "asOf"); type(&s, "2021-13")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == Catalogue.ru["ui.form.error.date"])
        focus(&s, "url"); type(&s, "ftp://x")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == "адрес http:// или https://")
        focus(&s, "scope"); _ = press(&s, .right)
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == "пусто: движение указывается только для статуса «действует»")

        var z = detail(.zh)
        _ = press(&z, .char("a"))
        focus(&z, "url"); type(&z, "ftp://x")
        #expect(z.form!.error(for: z.form!.focused, in: z.data) == "须为 http:// 或 https:// 地址")
    }

    @Test("a Chinese claim is typed, saved and confirmed in Chinese")
    func chineseSave() {
        var s = detail(.zh)
        _ = press(&s, .char("a"))
        #expect(s.form?.title == "添加说法 · bh-bridge")
        focus(&s, "status"); type(&s, "运")
        #expect(s.form?["status"] == "operational")
        focus(&s, "scope"); type(&s, "货")
        #expect(s.form?["scope"] == "cargo")
        #expect(AppFixture.screen(s).contains("◂ 货运 ▸"))
        focus(&s, "asOf"); type(&s, "2022-06-10")
        focus(&s, "source"); type(&s, "amur"); _ = press(&s, .tab)
        focus(&s, "quote"); type(&s, "货车通过大桥")
        guard case .save(let edit)? = press(&s, .ctrl("s")) else { Issue.record("no save"); return }
        s.saveSucceeded(edit)
        #expect(s.message?.text.hasPrefix("已添加说法 ") == true)
    }

    @Test("the undo question and the quit question are asked in the language")
    func confirmations() {
        var s = detail(.ru)
        s.confirmUndo(summary: "claim add c9", auditSeq: 3)
        #expect(s.confirm?.question == "Отменить вашу последнюю правку: claim add c9? y/n")
        _ = press(&s, .char("n"))
        _ = press(&s, .char("a")); type(&s, "с")
        _ = press(&s, .escape)
        #expect(AppFixture.screen(s).contains("Отбросить введённое? y — отбросить"))
    }

    @Test("status-line messages: counted words agree with their number in Russian")
    func countedMessages() {
        var s = detail(.ru)
        _ = s.runCommand("filter kind=bridge")
        let n = s.listCount
        #expect(s.message?.text == Catalogue.ru.count("ui.message.filter", n, "kind=bridge"))
        #expect(Catalogue.ru.count("ui.message.filter", 1, "kind=bridge") == "фильтр: kind=bridge — 1 проект")
        #expect(Catalogue.ru.count("ui.message.filter", 3, "kind=bridge") == "фильтр: kind=bridge — 3 проекта")
        #expect(Catalogue.ru.count("ui.message.filter", 25, "kind=bridge") == "фильтр: kind=bridge — 25 проектов")
        _ = s.runCommand("filter kind=ferry")
        #expect(s.message?.text == "kind «ferry»: ожидается одно из: \(ProjectKind.allowed)")
        #expect(s.listCount == n, "a refused filter changes nothing")
        do { _ = try QueueFilter.parse("since=2022 until=2021") } catch {
            #expect(error.message(in: .zh) == "筛选 since=“2022-01-01”：应为不晚于 until=2021-12-31 的日期")
            #expect(error.message(in: .en) == "filter since=\"2022-01-01\": expected a day no later than until=2021-12-31")
        }
        _ = s.runCommand("nonsense")
        #expect(s.message?.text.hasPrefix("неизвестная команда «:nonsense»") == true)
    }

    @Test("the : help speaks the language but keeps what is typed")
    func commandHelp() {
        let ru = HelpView.commandLines(.ru)
        #expect(ru.contains { $0.0 == ":goto ID|НАЗВАНИЕ" && $0.1.hasSuffix("(также :g)") })
        #expect(ru.contains { $0.0 == ":export ФОРМАТ ФАЙЛ" })
        #expect(ru.contains { $0.0.hasPrefix(":sort COLUMN") } == false)
        let zh = HelpView.commandLines(.zh)
        #expect(zh.contains { $0.0 == ":asof 日期" && $0.1.hasPrefix("整个界面") })
        #expect(HelpView.commandLines(.en).map { $0.0 + $0.1 } == HelpView.commandLines().map { $0.0 + $0.1 })
    }

    @Test("a queue side spanning both perspectives is named in the language, codes kept")
    func sideLabels() {
        #expect(QueueView.sideLabel("official+local RU/CN", lang: .ru) == Catalogue.ru["ui.queue.side.official"] + "+" + Catalogue.ru["ui.queue.side.local"] + " RU/CN")
        #expect(QueueView.sideLabel("local CN", lang: .zh) == Catalogue.zh["ui.queue.side.local"] + " CN")
        #expect(QueueView.sideLabel("official+local RU/CN", lang: .en) == "official+local RU/CN")
    }
}

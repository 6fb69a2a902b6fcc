import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// The claim form in Russian and Chinese at 80×24 and 40×12: labels, the shown choice, the hint and the keys line,
/// with a field error, every line within the screen.
@Suite("Form snapshots in Russian and Chinese")
struct FormLanguageSnapshotTests {
    let keys = AppFixture.keys

    func check(_ name: String, rows: Int, cols: Int, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var s = AppFixture.state(rows: rows, cols: cols)
        s.lang = name.hasPrefix("ru") ? .ru : .zh
        _ = s.runCommand("goto tongjiang")
        _ = s.handle(KeyEvent(key: .char("a")), keys: keys)
        for _ in 0..<3 { _ = s.handle(KeyEvent(key: .down), keys: keys) }
        for ch in "2021-1" { _ = s.handle(KeyEvent(key: .char(ch)), keys: keys) }
        AppFixture.expectSnapshot(Screen.render(s, keys: keys, theme: AppFixture.theme), name, rows: rows, cols: cols, expected,
                                  sourceLocation: sourceLocation)
    }

    @Test func russian80() {
        check("ru-form", rows: 24, cols: 80, """
         Мост Нижнеленинское–Т… ↓ сообщения  ←/→ шкала  a добавить  esc назад  ? помощь
         Новое сообщение · tongjiang
           Статус      строится
           Движение    (нет)
           Участок
         › На дату     2021-1▏
                       ✖ дата: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД, с ~ (примерно) или ? (под
                       вопросом)
           Опубликов.
           Источник
           Ссылка
           Цитата
           Язык цит.
           Перевод
           Примечание
           Через




         дата, на которую статус верен: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД; ~ примерно, ? по…
         Ctrl-S сохранить · Enter/Tab/↓ далее · ↑ назад · ←/→ выбор · Esc отмена
         3 проекта │ 2 откр. │ на сегодня, 2022-06-30 │ редактор ann

        """)
    }

    @Test func russian40() {
        check("ru-form", rows: 12, cols: 40, """
         Мост Нижнеленинское–Тунцзян
         Новое сообщение · tongjiang
           Статус      строится
           Движение    (нет)
           Участок
         › На дату     2021-1▏
                       ✖ дата: ГГГГ, ГГГГ-ММ
                       или ГГГГ-ММ-ДД, с ~ …
         дата, на которую статус верен: ГГГГ, …
         Ctrl-S сохранить · Enter/Tab/↓ далее …
         на сегодня, 2022-06-30 │ редактор ann

        """)
    }

    @Test func chinese80() {
        check("zh-form", rows: 24, cols: 80, """
         BorderTrack · 同江铁路大桥    ↓ 说法  ←/→ 时间轴  a 添加说法  esc 返回  ? 帮助
         添加说法 · tongjiang
           状态        在建
           运营范围    （无）
           路段
         › 截至        2021-1▏
                       ✖ 日期：YYYY、YYYY-MM 或 YYYY-MM-DD，可加 ~（大约）或 ?（不确
                       定）
           发布日期
           来源
           网址
           原文
           原文语言
           译文
           备注
           转引自




         该状态成立的日期：YYYY、YYYY-MM 或 YYYY-MM-DD；~ 表示大约，? 表示不确定
         Ctrl-S 保存 · Enter/Tab/↓ 下一项 · ↑ 上一项 · ←/→ 选择 · Esc 取消
         /data/tracker.sqlite │ 3个项目 │ 待处理 2 │ 截至今日 2022-06-30 │ 编辑者 ann

        """)
    }

    @Test func chinese40() {
        check("zh-form", rows: 12, cols: 40, """
         BorderTrack · 同江铁路大桥
         添加说法 · tongjiang
           状态        在建
           运营范围    （无）
           路段
         › 截至        2021-1▏
                       ✖ 日期：YYYY、YYYY-MM
                       或 YYYY-MM-DD，可加 ~ …
         该状态成立的日期：YYYY、YYYY-MM 或 …
         Ctrl-S 保存 · Enter/Tab/↓ 下一项 · ↑ …
         截至今日 2022-06-30 │ 编辑者 ann

        """)
    }
}

import BorderTrackCore
import Foundation
@testable import BorderTrackTUI
import Testing

/// Every view in Russian and Chinese at 80×24 and 40×12, compared with string literals: the interface's own words
/// translated (data as stored), columns aligned with CJK double width, nothing cut that English does not cut.
@Suite("View snapshots in Russian and Chinese")
struct LanguageSnapshotTests {
    let keys = AppFixture.keys

    /// The view opened on the fixture (the claims table on the one with recorded claims), in the language.
    func state(_ view: String, _ lang: Catalogue, rows: Int, cols: Int) -> AppState {
        var s = view == "claims" ? ClaimsViewTests.state(rows: rows, cols: cols) : AppFixture.state(rows: rows, cols: cols)
        s.lang = lang
        switch view {
        case "detail": _ = s.runCommand("goto bh-bridge")
        case "queue": _ = s.handle(KeyEvent(key: .char("d")), keys: keys)
        case "help": _ = s.handle(KeyEvent(key: .char("?")), keys: keys)
        case "claims": _ = s.handle(KeyEvent(key: .char("C")), keys: keys)
        case "map": _ = s.handle(KeyEvent(key: .char("m")), keys: keys)
        default: break
        }
        return s
    }

    func check(_ view: String, _ lang: Catalogue, rows: Int, cols: Int, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        AppFixture.expectSnapshot(Screen.render(state(view, lang, rows: rows, cols: cols), keys: keys, theme: AppFixture.theme),
                                  "\(view)-\(lang.code)", rows: rows, cols: cols, expected, sourceLocation: sourceLocation)
    }


    @Test("the project list: column headers, statuses, kinds and names in the language")
    func list() {
        check("list", .ru, rows: 24, cols: 80, """
             BorderTrack · Проекты (3)         a добавить  d расхождения  m карта  ? помощь
              НАЗВАНИЕ                 ТИП      ОФИЦИАЛЬНАЯ   МЕСТНАЯ       РАСХ  СРОК
            › Мост Благовещенск – Хэй… мост     ● действует   ◕ построен    ✖2    2022 +2
              Мост Нижнеленинское–Тун… ж/д      ◔ согласован  –
              Suifenhe area            ТОР/СЭЗ  ● действует   –

















             3 проекта │ 2 откр. │ на сегодня, 2022-06-30 │ редактор ann

            """)
        check("list", .ru, rows: 12, cols: 40, """
             BorderTrack · Проекты (3)
              НАЗВАНИЕ             ОФИЦ. МЕСТ. РАСХ
            › Мост Благовещенск –… ● дей ◕ пос ✖2
              Мост Нижнеленинское… ◔ сог –
              Suifenhe area        ● дей –





             на сегодня, 2022-06-30 │ редактор ann

            """)
        check("list", .zh, rows: 24, cols: 80, """
             BorderTrack · 项目（3）                     a 添加说法  d 分歧  m 地图  ? 帮助
              名称                     类型     官方说法      地方说法      分歧  目标期限
            › 黑河—布拉戈维申斯克界河… 桥梁     ● 运营        ◕ 竣工        ✖2    2022 +2
              同江铁路大桥             铁路     ◔ 已签约      –
              绥芬河片区               自贸区   ● 运营        –

















             3个项目 │ 待处理 2 │ 截至今日 2022-06-30 │ 编辑者 ann │ 排序：分歧↓

            """)
        check("list", .zh, rows: 12, cols: 40, """
             BorderTrack · 项目（3）
              名称                 官方  地方  分歧
            › 黑河—布拉戈维申斯克… ● 运  ◕ 竣  ✖2
              同江铁路大桥         ◔ 已  –
              绥芬河片区           ● 运  –





             截至今日 2022-06-30 │ 编辑者 ann

            """)
    }

    @Test("the detail of the Blagoveshchensk–Heihe bridge: names, timeline lanes, legend, the state at the cursor")
    func detail() {
        check("detail", .ru, rows: 24, cols: 80, """
             Мост Благовещенск – Х… ↓ сообщения  ←/→ шкала  a добавить  esc назад  ? помощь
             Мост Благовещенск – Хэйхэ  [bh-bridge]
             en 黑河—布拉戈维申斯克 bridge   zh 黑河—布拉戈维申斯克界河公路大桥
                      2016      2017       2018      2019       2020       2021    ▼ 2022
             оценка             ◑===================================================◕▒▒▒▒▒▒
             офиц.              ◑===================================================●██████
             местн.                                                                 ◕▒▒▒▒▒▒
             стор. RU           ◑===================================================◕▒▒▒▒▒▒
             расхожд.                                                              ▲
                        ○· предложен  ◔- согласован  ◑= строится  ◕▒ построен  ●█ действует
                        ‖/ приостановлен  ✗x отменён  ▲△· расхождения
             На 2021-10-14:
               оценка      ◕ построен  с 2021-10-14
               официальная ● действует (полный)  Rossiyskaya Gazeta (госСМИ, RU), 2021-10-07
               местная     ◕ построен  Минэкономразвития Амурской области (региональный, RU…
               RU          ◕ построен  Минэкономразвития Амурской области (региональный, RU…
             мост · RU–CN · Amur Oblast, Heilongjiang · 50.25, 127.55

             Оценка ◕ построен с 2021-10-14  F3 (источник не поддаётся оценке, сведения: во…
               основано на: 2021-10-14 построен · Минэкономразвития Амурской области
               не учтено: 2021-10-07 действует · Rossiyskaya Gazeta — опровергается 1 более
                 поздним независимым местным источником
             3 проекта │ 2 откр. │ на сегодня, 2022-06-30 │ редактор ann

            """)
        check("detail", .ru, rows: 12, cols: 40, """
             BorderTrack · Мост Благовещенск – Хэйхэ
             Мост Благовещенск – Хэйхэ  [bh-bridge]
             en 黑河—布拉戈维申斯克 bridge   zh 黑…
             На 2021-10-14:
               оценка      ◕ построен  с 2021-10-14
               официальная ● действует (полный)  Ro…
               местная     ◕ построен  Минэкономраз…
               RU          ◕ построен  Минэкономраз…
             мост · RU–CN · Amur Oblast, Heilongjia…

             на сегодня, 2022-06-30 │ редактор ann

            """)
        check("detail", .zh, rows: 24, cols: 80, """
             黑河—布拉戈维申斯克界河公路…  ↓ 说法  ←/→ 时间轴  a 添加说法  esc 返回  ? 帮助
             黑河—布拉戈维申斯克界河公路大桥  [bh-bridge]
             en 黑河—布拉戈维申斯克 bridge   ru Мост Благовещенск – Хэйхэ
                      2016      2017       2018      2019       2020       2021    ▼ 2022
             研判               ◑===================================================◕▒▒▒▒▒▒
             官方               ◑===================================================●██████
             地方                                                                   ◕▒▒▒▒▒▒
             RU方               ◑===================================================◕▒▒▒▒▒▒
             分歧                                                                  ▲
                        ○· 提议  ◔- 已签约  ◑= 在建  ◕▒ 竣工  ●█ 运营  ‖/ 暂停  ✗x 取消
                        ▲△· 分歧（严重、重要、次要）
             2021-10-14：
               研判     ◕ 竣工  自 2021-10-14 起
               官方     ● 运营（客货运）  Rossiyskaya Gazeta（官方媒体、RU）, 2021-10-07
               地方     ◕ 竣工  Минэкономразвития Амурской области（地方政府、RU）, 2021-10…
               RU       ◕ 竣工  Минэкономразвития Амурской области（地方政府、RU）, 2021-10…
             桥梁 · RU–CN · Amur Oblast, Heilongjiang · 50.25, 127.55

             研判 ◕ 竣工 自 2021-10-14 起  F3 （来源无法判断，信息可能属实）
               依据：2021-10-14 竣工 · Минэкономразвития Амурской области
               未采信：2021-10-07 运营 · Rossiyskaya Gazeta——与1个较晚的独立地方来源的说法
                 相矛盾
             /data/tracker.sqlite │ 3个项目 │ 待处理 2 │ 截至今日 2022-06-30 │ 编辑者 ann

            """)
        check("detail", .zh, rows: 12, cols: 40, """
             黑河—布拉戈维申斯克界河公路大桥
             黑河—布拉戈维申斯克界河公路大桥  [bh-b…
             en 黑河—布拉戈维申斯克 bridge   ru Мос…
             2021-10-14：
               研判     ◕ 竣工  自 2021-10-14 起
               官方     ● 运营（客货运）  Rossiyska…
               地方     ◕ 竣工  Минэкономразвития А…
               RU       ◕ 竣工  Минэкономразвития А…
             桥梁 · RU–CN · Amur Oblast, Heilongjia…

             截至今日 2022-06-30 │ 编辑者 ann

            """)
    }

    @Test("the discrepancy queue: header, severities, kinds, states, the two sides")
    func queue() {
        check("queue", .ru, rows: 24, cols: 80, """
             Расхождения (2 откр.)  y принять  r решить  enter открыть  esc назад  ? помощь
              ВАЖНОСТЬ   ТИП              ПРОЕКТ                                        1/2
            › ✖ критич.  спор о статусе   Мост Благовещ…  2021-10-07 – 2021-10-14  [открыто]
                Официальные и местные источники противоречат друг другу: по данным Rossiys…
                офиц. RU: ● действует (полный) — Ros…│ местн. RU: ◕ построен — Минэкономраз…
              • незнач.  перенос сроков   Мост Благовещ…  2018-03-01 – 2021-06-30  [открыто]
                Срок открытия переносился 2 раза, в общей сложности на 24 месяца: 2020 (об…
                сроки: bh-p1, bh-p2, bh-p3














             3 проекта │ 2 откр. │ на сегодня, 2022-06-30 │ редактор ann

            """)
        check("queue", .ru, rows: 12, cols: 40, """
             BorderTrack · Расхождения (2 откр.)
              ВАЖНОСТЬ   ТИП              ПРОЕКТ
            › ✖ критич.  спор о статусе   Мос…  2021
                Официальные и местные источники пр…
                офиц. RU: ● дейс…│ местн. RU: ◕ пос…
              • незнач.  перенос сроков   Мос…  2018
                Срок открытия переносился 2 раза, …
                сроки: bh-p1, bh-p2, bh-p3


             на сегодня, 2022-06-30 │ редактор ann

            """)
        check("queue", .zh, rows: 24, cols: 80, """
             分歧（待处理 2、已确认 0）        y 确认  r 解决  enter 打开  esc 返回  ? 帮助
              严重程度   类型             项目                                          1/2
            › ✖ 严重     状态矛盾         黑河—布拉戈维…  2021-10-07 – 2021-10-14  [待处理]
                官方与地方说法相互矛盾：Rossiyskaya Gazeta（2021-10-07）称客货运均已开通；…
                官方 RU：● 运营（客货运） — Rossiysk…│ 地方 RU：◕ 竣工 — Минэкономразвития …
              • 次要     工期推迟         黑河—布拉戈维…  2018-03-01 – 2021-06-30  [待处理]
                开通日期已推迟2次，累计24个月：2020（2018-03公布）→2021-01（2020-05公布）→…
                计划：bh-p1, bh-p2, bh-p3














             /data/tracker.sqlite │ 3个项目 │ 待处理 2 │ 截至今日 2022-06-30 │ 编辑者 ann

            """)
        check("queue", .zh, rows: 12, cols: 40, """
             BorderTrack · 分歧（待处理 2）
              严重程度   类型             项目
            › ✖ 严重     状态矛盾         黑…  2021-
                官方与地方说法相互矛盾：Rossiyskay…
                官方 RU：● 运营… │ 地方 RU：◕ 竣工 …
              • 次要     工期推迟         黑…  2018-
                开通日期已推迟2次，累计24个月：202…
                计划：bh-p1, bh-p2, bh-p3


             截至今日 2022-06-30 │ 编辑者 ann

            """)
    }

    @Test("help for the list view: headings and every key's help line")
    func help() {
        check("help", .ru, rows: 24, cols: 80, """
             BorderTrack · Справка                                                esc назад
             Клавиши в списке проектов
              q                        выход (из вложенного экрана: назад)
              ? f1                     эта справка
              :                        командная строка (см. «Команды» ниже): Tab дополняе…
              j down                   вниз (в карточке: следующее сообщение)
              k up                     вверх (в карточке: предыдущее сообщение; выше перво…
              pgdn ctrl-f space        страница вниз
              pgup ctrl-b              страница вверх
              g home                   первая строка
              G end                    последняя строка
              enter                    открыть выбранный проект (сообщения: на дату сообще…
              s                        сортировать по следующему столбцу
              S                        обратный порядок сортировки
              f                        фильтр: список kind= status= assessed= country= reg…
              /                        поиск: все слова в любом порядке — в названиях (en,…
              n                        следующее совпадение (счётчик показывает номер и об…
              N                        предыдущее совпадение
              d                        очередь расхождений
              tab                      переключение между проектами и расхождениями
              a                        добавить сообщение по проекту (форма)
              D                        добавить срок (объявленную дату) по проекту
             3 проекта │ 2 откр. │ на сегодня, 2022-06-30 │ редактор ann

            """)
        check("help", .ru, rows: 12, cols: 40, """
             BorderTrack · Справка        esc назад
             Клавиши в списке проектов
              q             выход (из вложенного э…
              ? f1          эта справка
              :             командная строка (см. …
              j down        вниз (в карточке: след…
              k up          вверх (в карточке: пре…
              pgdn ctrl-f … страница вниз
              pgup ctrl-b   страница вверх
              g home        первая строка
             на сегодня, 2022-06-30 │ редактор ann

            """)
        check("help", .zh, rows: 24, cols: 80, """
             BorderTrack · 帮助                                                    esc 返回
             项目列表中的按键
              q                        退出（在子视图中：返回）
              ? f1                     本帮助
              :                        命令行（见下方“命令”）：Tab 补全命令和取值，↑/↓ 调…
              j down                   下移（详情页：选中下一条说法）
              k up                     上移（详情页：上一条说法；在第一条之上则不选）
              pgdn ctrl-f space        向下翻页
              pgup ctrl-b              向上翻页
              g home                   第一行
              G end                    最后一行
              enter                    打开选中的项目（说法表：按该说法的日期；频次表：按…
              s                        按下一列排序
              S                        反向排序
              f                        筛选：列表 kind= status= assessed= country= region=…
              /                        搜索：所有词、不分顺序，查找名称（en、ru、zh）、编…
              n                        下一个匹配（计数显示第几个、共几个）
              N                        上一个匹配
              d                        分歧队列
              tab                      在项目和分歧之间切换
              a                        为项目添加说法（表单）
              D                        为项目添加期限（已公布的目标日期）
             /data/tracker.sqlite │ 3个项目 │ 待处理 2 │ 截至今日 2022-06-30 │ 编辑者 ann

            """)
        check("help", .zh, rows: 12, cols: 40, """
             BorderTrack · 帮助            esc 返回
             项目列表中的按键
              q             退出（在子视图中：返回…
              ? f1          本帮助
              :             命令行（见下方“命令”）…
              j down        下移（详情页：选中下一…
              k up          上移（详情页：上一条说…
              pgdn ctrl-f … 向下翻页
              pgup ctrl-b   向上翻页
              g home        第一行
             截至今日 2022-06-30 │ 编辑者 ann

            """)
    }

    @Test("the claims table: headers, statuses, tiers and states in words, the status line")
    func claims() {
        check("claims", .ru, rows: 24, cols: 80, """
             Сообщения (11)         F частоты  f фильтр  enter открыть  esc назад  ? помощь
              ПРОЕКТ         ИСТОЧНИК       ТИП ИСТ.     СТАТУС       НА ДАТУ     ЗАПИСАНО↓
            › suifenhe       xinhua         госСМИ       действует    2020        2022-06-03
              tongjiang      amurlife       местные СМИ  построен     2018-03     2022-06-03
             ~tongjiang      amurlife       местные СМИ  строится     2018-03     2022-06-02
              bh-bridge      xinhua         госСМИ       построен     2021-10-15  2022-06-01
              tongjiang      rg             госСМИ       строится     2017
              tongjiang      xinhua         госСМИ       построен     2016-10
              tongjiang      rg             госСМИ       согласован   2008-10
              suifenhe       xinhua         госСМИ       действует    2019-08
              bh-bridge      amur-gov       региональный построен     2021-10-14
              bh-bridge      rg             госСМИ       действует    2021-10-07
              bh-bridge      rg             госСМИ       строится     2016-12









             на сегодня, 2022-06-30 │ редактор ann │ столбец: источник

            """)
        check("claims", .ru, rows: 12, cols: 40, """
             BorderTrack · Сообщения (11)
              ПРОЕКТ            ИСТОЧНИК   СТАТУС
            › suifenhe          xinhua     действует
              tongjiang         amurlife   построен
             ~tongjiang         amurlife   строится
              bh-bridge         xinhua     построен
              tongjiang         rg         строится
              tongjiang         xinhua     построен
              tongjiang         rg         согласов…
              suifenhe          xinhua     действует
             на сегодня, 2022-06-30 │ столбец: исто…

            """)
        check("claims", .zh, rows: 24, cols: 80, """
             BorderTrack · 说法（11）          F 频次  f 筛选  enter 打开  esc 返回  ? 帮助
              项目           来源           来源类别     状态         截至日期    录入时间↓
            › suifenhe       xinhua         官方媒体     运营         2020        2022-06-03
              tongjiang      amurlife       地方媒体     竣工         2018-03     2022-06-03
             ~tongjiang      amurlife       地方媒体     在建         2018-03     2022-06-02
              bh-bridge      xinhua         官方媒体     竣工         2021-10-15  2022-06-01
              tongjiang      rg             官方媒体     在建         2017
              tongjiang      xinhua         官方媒体     竣工         2016-10
              tongjiang      rg             官方媒体     已签约       2008-10
              suifenhe       xinhua         官方媒体     运营         2019-08
              bh-bridge      amur-gov       地方政府     竣工         2021-10-14
              bh-bridge      rg             官方媒体     运营         2021-10-07
              bh-bridge      rg             官方媒体     在建         2016-12









             待处理 3 │ 截至今日 2022-06-30 │ 编辑者 ann │ 排序：录入时间↓ │ 当前列：来源

            """)
        check("claims", .zh, rows: 12, cols: 40, """
             BorderTrack · 说法（11）
              项目              来源       状态
            › suifenhe          xinhua     运营
              tongjiang         amurlife   竣工
             ~tongjiang         amurlife   在建
              bh-bridge         xinhua     竣工
              tongjiang         rg         在建
              tongjiang         xinhua     竣工
              tongjiang         rg         已签约
              suifenhe          xinhua     运营
             截至今日 2022-06-30 │ 当前列：来源

            """)
    }

    @Test("the map: title, legend or the selected project, the projects without a location")
    func map() {
        check("map", .ru, rows: 24, cols: 80, """
             Карта (1 точка)  ←↑↓→ выбор  enter открыть  +/- масштаб  HJKL сдвиг  esc назад
                             ⣀⡠⢄⡤⠤⣄⡀                       ⠛⠷⠭⠾   │ Без координат (2)
                          ⢀⣔⠉⠁     ⠈⠉⠳⢄                           │ Мост Нижнеленинское–Тун…
                            ⡇         ⠈⢆                          │ Suifenhe area
                          ⡰⠊           ⠘⡄                         │
                         ⢰⠁             ⠑⡄                  ⣀⠤⠊   │
              ⡤⠒⠒⢄⡠⢄⡀  ⢀⣠⠕    ⢀⡀         ◕Мост Благове…    ⢠⠃     │
             ⠊     ⢰⠉⢉⣶⠥⣀⣀⣀⣀⠤⠊⠁          ⠈⠒⠒⠦⢤⡀           ⢠⠜      │
                  ⢠⠃⠐⠕⠉                       ⠑⢖       ⣀⡔⠒⠉       │
                  ⡎⣀⣀⣀⣤⠤⣀                      ⠸⣀⡀⢀⡠⠒⠊⠉⢏          │
                  ⠈  ⠈⠁  ⠳⡀                    ⣀⣁⠭⠕⠁  ⡔⠃          │
                    ⢀⣠⠤⠒⠒⠤⠝                  ⣠⠊⠁     ⢠⠃       ⡸   │
                  ⢀⡔⠁                 ⣀⣀⠖⠖⠔⠲⠤⠃       ⡞      ⢀⠔⠁   │
              ⢀⡠⠒⠊⠁                ⠈⠙⠊⠁         ⣀⡴⡶⢦⡎      ⡠⠊     │
             ⠉⠁                                 ⢇ ⠱⠃     ⢀⠎       │
                            ⢀⡀⢀⠤⢄⣀              ⢸       ⡠⠊        │
                     ⡤⠒⠒⠒⠒⠊⠉⠁⠈⠁  ⢸            ⣄⣀⡼⡴⢶⣀⣀⣀⡠⠊          │
                     ⠃           ⣈⠆         ⢠⠼⢈⢿⠉  ⠈⠁             │
                               ⢀⠏      ⢠⢦⣀⣫⠉⠁⢠⠋                   │
                            ⢀⢄⡄⡾     ⢀⠔⠁  ⠈  ⣸                    │
                          ⢀⡠⠃ ⢨⠃   ⡠⠚⠁    ⢀⡠⠚                     │
             › Мост Благовещенск – Хэйхэ  ◕ построен  50.25 с. ш. 127.55 в. д.
             3 проекта │ 2 откр. │ на сегодня, 2022-06-30 │ редактор ann

            """)
        check("map", .ru, rows: 12, cols: 40, """
             BorderTrack · Карта (1 точка)
                           ⣔⠒⠒⠒⢦⡀       ⠙⠋
                          ⢠⠊    ⢧       ⢀⡠
                     ⠰⠊⠓⣲⣴⠯⠤⠒   ⠘◕Мост Благ…
                       ⠸⠬⠖⢤        ⣻⣤⠒⡿
                      ⢀⣀⠖⠋⠉⠁  ⢀⣠⠤⠤⠞⠁⣀⣰⠁ ⣠⠋
                     ⠈⠊    ⢀⣀⣀     ⢸⠙⠁⢀⡼⠁
                        ⠰⠉⠉⠉⠁⣸⠄ ⢀⣀⣴⡾⠛⠒⠊
                           ⣠⢶⠃⢠⠴⠉⣉⠼
             › Мост Благовещенск – Хэйхэ  ◕ построе…
             на сегодня, 2022-06-30 │ редактор ann

            """)
        check("map", .zh, rows: 24, cols: 80, """
             地图（有坐标 1 个）       ←↑↓→ 移动  enter 打开  +/- 缩放  HJKL 平移  esc 返回
                             ⣀⡠⢄⡤⠤⣄⡀                       ⠛⠷⠭⠾   │ 无坐标（2）
                          ⢀⣔⠉⠁     ⠈⠉⠳⢄                           │ 同江铁路大桥
                            ⡇         ⠈⢆                          │ 绥芬河片区
                          ⡰⠊           ⠘⡄                         │
                         ⢰⠁             ⠑⡄                  ⣀⠤⠊   │
              ⡤⠒⠒⢄⡠⢄⡀  ⢀⣠⠕    ⢀⡀         ◕黑河—布拉戈…     ⢠⠃     │
             ⠊     ⢰⠉⢉⣶⠥⣀⣀⣀⣀⠤⠊⠁          ⠈⠒⠒⠦⢤⡀           ⢠⠜      │
                  ⢠⠃⠐⠕⠉                       ⠑⢖       ⣀⡔⠒⠉       │
                  ⡎⣀⣀⣀⣤⠤⣀                      ⠸⣀⡀⢀⡠⠒⠊⠉⢏          │
                  ⠈  ⠈⠁  ⠳⡀                    ⣀⣁⠭⠕⠁  ⡔⠃          │
                    ⢀⣠⠤⠒⠒⠤⠝                  ⣠⠊⠁     ⢠⠃       ⡸   │
                  ⢀⡔⠁                 ⣀⣀⠖⠖⠔⠲⠤⠃       ⡞      ⢀⠔⠁   │
              ⢀⡠⠒⠊⠁                ⠈⠙⠊⠁         ⣀⡴⡶⢦⡎      ⡠⠊     │
             ⠉⠁                                 ⢇ ⠱⠃     ⢀⠎       │
                            ⢀⡀⢀⠤⢄⣀              ⢸       ⡠⠊        │
                     ⡤⠒⠒⠒⠒⠊⠉⠁⠈⠁  ⢸            ⣄⣀⡼⡴⢶⣀⣀⣀⡠⠊          │
                     ⠃           ⣈⠆         ⢠⠼⢈⢿⠉  ⠈⠁             │
                               ⢀⠏      ⢠⢦⣀⣫⠉⠁⢠⠋                   │
                            ⢀⢄⡄⡾     ⢀⠔⠁  ⠈  ⣸                    │
                          ⢀⡠⠃ ⢨⠃   ⡠⠚⠁    ⢀⡠⠚                     │
             › 黑河—布拉戈维申斯克界河公路大桥  ◕ 竣工  北纬 50.25 东经 127.55
             /data/tracker.sqlite │ 3个项目 │ 待处理 2 │ 截至今日 2022-06-30 │ 编辑者 ann

            """)
        check("map", .zh, rows: 12, cols: 40, """
             BorderTrack · 地图（有坐标 1 个）
                           ⣔⠒⠒⠒⢦⡀       ⠙⠋
                          ⢠⠊    ⢧       ⢀⡠
                     ⠰⠊⠓⣲⣴⠯⠤⠒   ⠘◕黑河—布拉…
                       ⠸⠬⠖⢤        ⣻⣤⠒⡿
                      ⢀⣀⠖⠋⠉⠁  ⢀⣠⠤⠤⠞⠁⣀⣰⠁ ⣠⠋
                     ⠈⠊    ⢀⣀⣀     ⢸⠙⠁⢀⡼⠁
                        ⠰⠉⠉⠉⠁⣸⠄ ⢀⣀⣴⡾⠛⠒⠊
                           ⣠⢶⠃⢠⠴⠉⣉⠼
             › 黑河—布拉戈维申斯克界河公路大桥  ◕ …
             截至今日 2022-06-30 │ 编辑者 ann

            """)
    }

    @Test("the list names a project in the language where it has a name in it, else in English")
    func namesInTheLanguage() {
        let expected: [(Catalogue, [String], [String])] = [
            (.en, ["黑河—布拉戈维申斯克 bridge", "Мост Нижнеленинское–Тунцзян", "Suifenhe area"], ["Мост Благовещенск – Хэйхэ", "同江铁路大桥"]),
            (.ru, ["Мост Благовещенск – Хэйхэ", "Мост Нижнеленинское–Тунцзян", "Suifenhe area"], ["黑河—布拉戈维申斯克 bridge", "同江铁路大桥"]),
            (.zh, ["黑河—布拉戈维申斯克界河公路大桥", "同江铁路大桥", "绥芬河片区"], ["黑河—布拉戈维申斯克 bridge", "Suifenhe area"]),
        ]
        for (lang, shown, hidden) in expected {
            var s = AppFixture.state(rows: 24, cols: 160)
            s.lang = lang
            let body = Screen.render(s, keys: keys, theme: AppFixture.theme).lines.dropFirst(2).prefix(3).joined(separator: "\n")
            for name in shown { #expect(body.contains(name), "\(lang.code): \(name) missing from\n\(body)") }
            for name in hidden { #expect(!body.contains(name), "\(lang.code): \(name) shown in\n\(body)") }
        }
    }

    /// Latin words a Russian or Chinese screen may hold: the fixture's data (names, regions, sources, editors), key
    /// names and the program's name. Tokens holding `=`, `:`, `$`, `/`, `_`, `-` or `.` (commands, fields, paths, ids,
    /// file names) are code and not looked at.
    static let allowedLatin: Set<String> = [
        "bridge", "suifenhe", "area", "amur", "oblast", "heilongjiang", "jewish", "autonomous", "rossiyskaya", "gazeta", "life", "xinhua",
        "ann", "bo", "tongjiang", "bordertrack", "import", "clear", "esc", "enter", "tab", "shift", "ctrl", "pgup", "pgdn", "backspace", "home",
        "end", "space", "url", "en", "ru", "zh", "cn", "f1", "http", "https", "osc", "tmux", "on",
        "rg", "amurlife", "up", "down", "hjkl", "region",
    ]

    /// The words of the sentences the core writes (discrepancy explanations, the reasons a claim is discounted):
    /// they are put in the language apart from the views, so this test leaves them to the core's own tests.
    static func generatedWords(_ s: AppState) -> Set<String> {
        var text: [String] = []
        for id in ["bh-bridge", "tongjiang", "suifenhe"] {
            text += s.data.discrepancies(of: id).map(\.explanation)
            text += s.data.assessment(of: id)?.discounted.map { "\($0.reason)" } ?? []
        }
        return Set(text.joined(separator: " ").split { !$0.isLetter }.map { $0.lowercased() })
    }

    /// An Admiralty grade ("F3"): a code, the same in every language.
    static func isGrade(_ w: String) -> Bool { w.count == 2 && "ABCDEF".contains(w.first!) && "123456".contains(w.last!) }

    @Test("no English word of the interface in Russian or Chinese, in any view at 80×24",
          arguments: ["list", "detail", "queue", "help", "claims", "map"])
    func noEnglishWord(_ view: String) throws {
        let word = try Regex("[A-Za-z][A-Za-z0-9]*")
        for lang in [Catalogue.ru, .zh] {
            let st = state(view, lang, rows: 24, cols: 80), generated = Self.generatedWords(st)
            for line in Screen.render(st, keys: keys, theme: AppFixture.theme).lines {
                for token in line.split(separator: " ") where !token.contains(where: { "=:$/_-.".contains($0) }) {
                    // A word cut short (“Ros…”) is checked as the start of a word the screen may hold.
                    let cut = token.contains("…")
                    for w in token.matches(of: word).map({ String(token[$0.range]) }) where w.count > 1 && !Self.allowedLatin.contains(w.lowercased()) && !generated.contains(w.lowercased()) && !Self.isGrade(w)
                        && !(cut && token.contains(w + "…") && Self.allowedLatin.contains { $0.hasPrefix(w.lowercased()) }) {
                        Issue.record("\(lang.code) \(view): “\(w)” in “\(line)”")
                    }
                }
            }
        }
    }

}

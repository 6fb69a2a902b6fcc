import BorderTrackCore
import BorderTrackFormats
import Testing

/// Reports in Russian and Chinese: the fixed dataset as of 2021-12-31, its key lines as a reader sees them.
@Suite("Report in the reader's language")
struct ReportLanguageTests {
    /// Headings and labels every report prints in English, which must not reach a report in another language.
    static let englishHeadings = ["report.title", "report.summary", "report.projects", "report.byStatus", "report.bySeverity",
                                  "report.slips", "report.assessedStatus", "report.openDiscrepancies", "report.deadlines",
                                  "report.claims", "report.md.statusHeading"]

    @Test("Russian Markdown: headings, headers, statuses, counted words in agreement, the Russian project name")
    func russianMarkdown() {
        let md = ReportMarkdown.render(ReportFixture.report(), lang: .ru)
        for line in [
            "# Отчёт BorderTrack о состоянии проектов",
            "- **На дату:** 2021-12-31 — учитываются только сообщения, опубликованные не позднее этого дня; статусы — действующие на этот день",
            "- **Проекты:** 3 (все проекты)",
            "## Сводка", "### Проекты по статусу и версии", "### Открытые расхождения по серьёзности", "### Крупнейшие переносы сроков",
            "| Статус | Официальная | Местная | Оценка |",
            "| строится | 1 | 0 | 0 |",
            "| критическое | 0 | 1 | 1 |",
            "| Мост Благовещенск – Хэйхэ (`blagoveshchensk-heihe-road-bridge`) | открытие | 2019 | 2021-10 | +33 месяца | 2 |",
            "### Мост Благовещенск – Хэйхэ (`blagoveshchensk-heihe-road-bridge`)",
            "- **Тип:** мост",
            "#### Статус (сообщения, действующие на дату отчёта)",
            "| Версия | Статус | Действует с | Источник | Дата сообщения | Опубликовано | Сообщение | Рейтинг |",
            "| оценка | построен | 2019-05-31 | 2 подтверждающих сообщения | — | — | — | F2 |",
            "- **критическое** противоречие статусов `sc-8a891def06` (принято), 2021-10-07 – 2021-10-15: ",
            "| открытие | 2020 | 2019-05 | Rossiyskaya Gazeta | +12 месяцев |",
            "| открытие | 2021-10 | 2020-06 | Xinhua 新华社 | +21 месяц |",
            "4 сообщения из 3 источников, независимых: 3.",
            "| местная | приостановлен | 2017-01-01 | Amur Life «Амурская жизнь» | 2017 (примерно) | 2017-03 | `n3` | F |",
            "| оценка | приостановлен | 2017 (примерно) | 1 подтверждающее сообщение | — | — | — | F3 |",
            "  *Перевод (не слова источника):* Rail bridge works begin",
            // Without a Russian name the project keeps its English one.
            "### Heihe cross-border economic cooperation zone (`heihe-ftz`)",
            "- **Тип:** ТОР / свободная экономическая зона",
        ] {
            #expect(md.contains(line), "missing: \(line)")
        }
        for key in Self.englishHeadings { #expect(!md.contains("# " + Catalogue.en[key]), "\(key)") }
        // Data stays as stored.
        #expect(md.contains("Construction began &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\""))
    }

    @Test("Chinese Markdown: headings, full-width punctuation, statuses and kinds in the field's words, the Chinese project name")
    func chineseMarkdown() {
        let md = ReportMarkdown.render(ReportFixture.report(), lang: .zh)
        for line in [
            "# BorderTrack 项目状态报告",
            "- **截至：** 2021-12-31——仅计入当日或之前发布的说法；状态为当日有效者",
            "- **项目：** 3（全部项目）",
            "## 概要", "### 按状态与视角统计的项目", "### 按严重程度统计的未决分歧", "## 项目",
            "| 状态 | 官方 | 地方 | 评估 |",
            "| 竣工 | 0 | 1 | 1 |",
            "| 黑河—布拉戈维申斯克界河公路大桥 (`blagoveshchensk-heihe-road-bridge`) | 开通 | 2019 | 2021-10 | 推迟 33 个月 | 2 |",
            "### 黑河—布拉戈维申斯克界河公路大桥 (`blagoveshchensk-heihe-road-bridge`)",
            "| 视角 | 状态 | 生效日期 | 来源 | 说法日期 | 发布日期 | 说法 | 等级 |",
            "| 官方 | 运营（客货运） | 2021-10-07 | Rossiyskaya Gazeta | 2021-10-07 | 2021-10-07 | `b3` | F |",
            "| 评估 | 竣工 | 2019-05-31 | 2 条支持说法 | — | — | — | F2 |",
            "- **严重** 状态矛盾 `sc-8a891def06` （已确认），2021-10-07 – 2021-10-15：",
            "4 条说法，来自 3 个来源，其中 3 个相互独立。",
            "- **2021-10-07** — 运营（客货运） *(现行)* — Rossiyskaya Gazeta (官方媒体、RU、官方) — 等级 F4，发布于 2021-10-07 — `b3`",
            "  *原文（zh）：*",
            "| 地方 | 暂停 | 2017-01-01 | Amur Life «Амурская жизнь» | 2017（约） | 2017-03 | `n3` | F |",
            "### 黑河跨境经济合作区 (`heihe-ftz`)",
            "- **类型：** 自贸区 / 经济开发区",
            "未公布目标日期。",
        ] {
            #expect(md.contains(line), "missing: \(line)")
        }
        for key in Self.englishHeadings { #expect(!md.contains("# " + Catalogue.en[key]), "\(key)") }
    }

    @Test("HTML says its language; English is the default and unchanged; CSV, JSON and GeoJSON ignore the language")
    func htmlAndMachineFormats() {
        let r = ReportFixture.report()
        #expect(ReportHTML.render(r, lang: .zh).contains("<html lang=\"zh\">"))
        #expect(ReportHTML.render(r, lang: .ru).contains("<html lang=\"ru\">"))
        #expect(ReportHTML.render(r).contains("<html lang=\"en\">"))
        #expect(ReportHTML.render(r, lang: .en) == ReportHTML.render(r))
        #expect(ReportMarkdown.render(r, lang: .en) == ReportMarkdown.render(r))
        for f in [ReportFormat.csv, .json, .geojson] {
            #expect(f.render(r, lang: .zh) == f.render(r), "\(f)")
            #expect(f.render(r, lang: .ru) == f.render(r), "\(f)")
        }
        let zh = ReportHTML.render(r, lang: .zh)
        for text in ["<h2>目录</h2>", "<h2>地图</h2>", "<h2>如何阅读时间线</h2>", "<th scope=\"row\">官方</th>",
                     "<title id=\"map-title\">中俄边境沿线项目地图（Natural Earth，公有领域）</title>",
                     ">暂停（竖线）</text>", "<span class=\"sev sev-critical\">严重</span>"] {
            #expect(zh.contains(text), "missing: \(text)")
        }
    }
}

import Foundation
import Testing

/// The command line's tables and reports in the reader's language; its machine formats the same in every one.
@Suite("The command line in Russian and Chinese", .serialized)
struct LanguageCLITests {
    /// The environment of a run whose locale says nothing (the option decides) and whose report time is fixed.
    static let plain = ["LC_ALL": "C.UTF-8", "LC_MESSAGES": "", "LANG": "C.UTF-8", "SOURCE_DATE_EPOCH": "1700000000"]

    @Test("discrepancies, project list, assess and sources: headers and values in the language, project names in it")
    func tables() throws {
        let db = try CLI.sampleDB()
        let zh = try CLI.run(["discrepancies", "--db", db, "--lang", "zh"], env: Self.plain)
        #expect(zh.status == 0, "\(zh.stderr)")
        let header = try #require(zh.stdout.split(separator: "\n").first.map(String.init))
        #expect(header.hasPrefix("编号") && header.contains("严重程度") && header.contains("处理状态") && header.hasSuffix("说明"), "\(header)")
        #expect(zh.stdout.contains("  严重  ") && zh.stdout.contains("  待处理  ") && zh.stdout.contains("  至今  "), "\(zh.stdout.prefix(600))")

        let list = try CLI.run(["project", "list", "--db", db, "--lang", "ru"], env: Self.plain)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.hasPrefix("КОД "), "\(list.stdout.prefix(200))")
        #expect(list.stdout.contains("  мост     25         2025-05-06   Автомобильный мост Благовещенск — Хэйхэ\n"), "\(list.stdout.prefix(600))")
        #expect(list.stdout.contains("  МАПП  "), "\(list.stdout.prefix(600))")

        let assess = try CLI.run(["assess", "--db", db, "--lang", "ru", "--project", "blagoveshchensk-heihe-road-bridge", "--as-of", "2021-10-20"],
                                 env: Self.plain)
        #expect(assess.status == 0, "\(assess.stderr)")
        #expect(assess.stdout.hasPrefix("ПРОЕКТ "), "\(assess.stdout)")
        #expect(assess.stdout.contains("  построен  "), "\(assess.stdout)")
        #expect(assess.stdout.contains("  рейтинг F2: источник не поддаётся оценке, сведения: вероятно, верно\n"), "\(assess.stdout)")

        let show = try CLI.run(["project", "show", "kani-kurgan-checkpoint", "--db", db, "--lang", "zh"], env: Self.plain)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.hasPrefix("卡尼库尔干—黑河公路口岸  [kani-kurgan-checkpoint]\n  en: Kani-Kurgan"), "\(show.stdout.prefix(300))")
        #expect(show.stdout.contains("\n  类型：口岸   国家：RU–CN   地区："), "\(show.stdout.prefix(600))")
        #expect(show.stdout.contains("\n工期变化\n节点") && show.stdout.contains("\n说法（最新在前）\n日期"), "\(show.stdout)")

        let history = try CLI.run(["project", "history", "kani-kurgan-checkpoint", "--db", db, "--lang", "ru"], env: Self.plain)
        #expect(history.stdout.hasPrefix("№ "), "\(history.stdout.prefix(200))")
        #expect(history.stdout.split(separator: "\n").first?.contains("РЕДАКТОР") == true, "\(history.stdout.prefix(200))")

        let sources = try CLI.run(["sources", "--db", db, "--lang", "zh"], env: Self.plain)
        #expect(sources.status == 0, "\(sources.stderr)")
        #expect(sources.stdout.hasPrefix("编号 ") && sources.stdout.contains("来源类别") && sources.stdout.contains("  地方政府  "), "\(sources.stdout.prefix(400))")
    }

    @Test("the locale chooses when --lang is absent; English stays as it was")
    func locale() throws {
        let db = try CLI.sampleDB()
        let zh = try CLI.run(["project", "list", "--db", db], env: ["LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout.hasPrefix("编号 "), "\(zh.stdout.prefix(200))")
        let en = try CLI.run(["project", "list", "--db", db], env: Self.plain)
        #expect(en.stdout.hasPrefix("ID ") && en.stdout.contains("  bridge  "), "\(en.stdout.prefix(200))")
        #expect(try CLI.run(["project", "list", "--db", db, "--lang", "en"], env: ["LC_ALL": "ru_RU.UTF-8"]).stdout == en.stdout)
    }

    @Test("JSON, CSV and GeoJSON ignore the language; Markdown speaks it")
    func machineFormats() throws {
        let db = try CLI.sampleDB()
        for args in [["discrepancies", "--format", "json"], ["assess", "--format", "json"], ["project", "list", "--format", "json"],
                     ["report", "--format", "csv"], ["report", "--format", "json"], ["report", "--format", "geojson"]] {
            let en = try CLI.run(args + ["--db", db], env: Self.plain)
            #expect(en.status == 0, "\(args): \(en.stderr)")
            for lang in ["ru", "zh"] {
                #expect(try CLI.run(args + ["--db", db, "--lang", lang], env: Self.plain).stdout == en.stdout, "\(args) --lang \(lang)")
            }
        }
        let md = try CLI.run(["report", "--db", db, "--lang", "ru", "--project", "blagoveshchensk-heihe-road-bridge"], env: Self.plain)
        #expect(md.stdout.hasPrefix("# Отчёт BorderTrack о состоянии проектов\n"), "\(md.stdout.prefix(200))")
        #expect(md.stdout.contains("### Автомобильный мост Благовещенск — Хэйхэ (`blagoveshchensk-heihe-road-bridge`)"))
    }
}

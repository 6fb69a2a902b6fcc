import BorderTrackCore
import BorderTrackTUI

/// A small tracker with Latin, Cyrillic and CJK names, analysed on a fixed day.
enum AppFixture {
    static func analysis(asOf: String? = nil, adding extra: [Claim] = [], flags: [FlagEvent] = []) -> Analysis {
        let sources = [
            try! Source(id: "rg", name: "Rossiyskaya Gazeta", tier: .stateMedia, country: "RU"),
            try! Source(id: "amurlife", name: "Amur Life", tier: .localMedia, country: "RU"),
            try! Source(id: "xinhua", name: "新华社 Xinhua", tier: .stateMedia, country: "CN"),
            try! Source(id: "amur-gov", name: "Минэкономразвития Амурской области", tier: .regionalOfficial, country: "RU"),
        ]
        let projects = [
            try! Project(id: "bh-bridge", kind: .bridge, names: try! Names(en: "黑河—布拉戈维申斯克 bridge", ru: "Мост Благовещенск – Хэйхэ", zh: "黑河—布拉戈维申斯克界河公路大桥"),
                         countries: ["RU", "CN"], regions: ["Amur Oblast", "Heilongjiang"], location: try! Location(lat: 50.25, lon: 127.55)),
            try! Project(id: "tongjiang", kind: .rail, names: try! Names(en: "Мост Нижнеленинское–Тунцзян", zh: "同江铁路大桥"), countries: ["RU", "CN"], regions: ["Jewish Autonomous Oblast"]),
            try! Project(id: "suifenhe", kind: .ftz, names: try! Names(en: "Suifenhe area", zh: "绥芬河片区"), countries: ["CN"], regions: ["Heilongjiang"]),
        ]
        func c(_ id: String, _ p: String, _ st: Status, _ asOf: String, _ src: String, scope: Scope? = nil, pub: String? = nil, quote: String? = nil,
               section: String? = nil) -> Claim {
            try! Claim(id: id, project: p, status: st, scope: scope, asOf: try! PartialDate(parsing: asOf),
                       published: pub.map { try! PartialDate(parsing: $0) }, source: src, quote: quote, section: section)
        }
        let claims = [
            c("bh-1", "bh-bridge", .construction, "2016-12", "rg"),
            c("bh-2", "bh-bridge", .operational, "2021-10-07", "rg", scope: .full, pub: "2021-10-07", quote: "Мост введён в эксплуатацию"),
            c("bh-3", "bh-bridge", .completed, "2021-10-14", "amur-gov", pub: "2021-10-20", quote: "мост не открыт для грузов \u{1B}[31m"),
            // Built in halves: China's part finished in 2016, Russia's under construction from 2017.
            c("tj-0", "tongjiang", .agreed, "2008-10", "rg"),
            c("tj-1", "tongjiang", .completed, "2016-10", "xinhua", quote: "中方段完工", section: "CN"),
            c("tj-2", "tongjiang", .construction, "2017", "rg", section: "RU"),
            c("sf-1", "suifenhe", .operational, "2019-08", "xinhua"),
        ]
        let plans = [
            try! Plan(id: "bh-p1", project: "bh-bridge", milestone: .opening, target: try! PartialDate(parsing: "2020"), announced: try! PartialDate(parsing: "2018-03"), source: "rg"),
            try! Plan(id: "bh-p2", project: "bh-bridge", milestone: .opening, target: try! PartialDate(parsing: "2021-01"), announced: try! PartialDate(parsing: "2020-05"), source: "rg"),
            try! Plan(id: "bh-p3", project: "bh-bridge", milestone: .opening, target: try! PartialDate(parsing: "2022"), announced: try! PartialDate(parsing: "2021-06"), source: "rg"),
        ]
        return Analysis(dataset: Dataset(sources: sources, projects: projects, plans: plans, claims: claims + extra), flags: flags,
                        today: try! PartialDate(parsing: "2022-06-30").start, asOf: asOf.map { try! PartialDate(parsing: $0).end })
    }

    static func state(rows: Int, cols: Int) -> AppState {
        AppState(analysis: analysis(), session: .init(database: "/data/tracker.sqlite", editor: "ann", readOnly: false), rows: rows, cols: cols)
    }

    static let keys = AppKeys.defaults()
    static let theme = Theme(ascii: false)

    static func screen(_ s: AppState) -> String { Screen.render(s, keys: keys, theme: theme).text }
}

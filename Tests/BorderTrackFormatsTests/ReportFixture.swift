import BorderTrackCore
import BorderTrackFormats
import Foundation
import Testing

/// A small fixed tracker for report tests: Cyrillic and CJK names, hostile quotes and URLs, formula-like
/// text, a bidi override, a claim published after the as-of date, and an acknowledged discrepancy.
enum ReportFixture {
    /// The bundled sample data (`Data/sample.json`) as the JSON importer reads it; fails the test on any issue.
    static func sampleDataset(sourceLocation: SourceLocation = #_sourceLocation) throws -> Dataset {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/sample.json")
        let batch = DatasetJSON.decode(Array(try Data(contentsOf: url)), file: "sample.json")
        #expect(batch.issues.isEmpty, sourceLocation: sourceLocation)
        return batch.dataset
    }

    static let today = try! PartialDate(parsing: "2024-05-01").start
    static let asOf = try! PartialDate(parsing: "2021-12-31").end
    static let generatedAt = Timestamp(parsing: "2024-05-01T09:30:00Z")!
    static let database = "/var/lib/bordertrack/test.sqlite"

    static let bridge = "blagoveshchensk-heihe-road-bridge"
    static let rail = "nizhneleninskoye-tongjiang-rail-bridge"
    static let zone = "heihe-ftz"

    /// Text that must never reach HTML unescaped.
    static let markupQuote = #"Construction began <script>alert(1)</script> & "quoted" 'single'"#
    /// A quote with a right-to-left override (Trojan Source) and a line break.
    static let bidiQuote = "-2 lanes still closed\nBridge \u{202E}nepo\u{202C} — not yet"

    static var dataset: Dataset {
        let sources = [
            try! Source(id: "rg", name: "Rossiyskaya Gazeta", tier: .stateMedia, country: "RU", url: "https://rg.ru"),
            try! Source(id: "xinhua", name: "Xinhua 新华社", tier: .stateMedia, country: "CN"),
            try! Source(id: "amurlife", name: "Amur Life «Амурская жизнь»", tier: .localMedia, country: "RU"),
            try! Source(id: "portamur", name: "Port <Amur> & Co", tier: .business, country: "RU"),
            try! Source(id: "hlj-gov", name: "Heilongjiang government", tier: .regionalOfficial, country: "CN"),
        ]
        let projects = [
            try! Project(id: bridge, kind: .bridge,
                         names: try! Names(en: "Blagoveshchensk–Heihe road bridge", ru: "Мост Благовещенск – Хэйхэ", zh: "黑河—布拉戈维申斯克界河公路大桥"),
                         countries: ["RU", "CN"], regions: ["Amur Oblast", "Heilongjiang"],
                         location: try! Location(lat: 50.25, lon: 127.55)),
            try! Project(id: rail, kind: .rail,
                         names: try! Names(en: "Nizhneleninskoye–Tongjiang rail bridge | section 2",
                                           ru: "Железнодорожный мост Нижнеленинское — Тунцзян", zh: "同江—下列宁斯阔耶铁路大桥"),
                         countries: ["RU", "CN"], regions: ["Jewish Autonomous Oblast", "Heilongjiang"]),
            try! Project(id: zone, kind: .ftz, names: try! Names(en: "Heihe cross-border economic cooperation zone", zh: "黑河跨境经济合作区"),
                         countries: ["CN"], regions: ["Heilongjiang"], location: try! Location(lat: 50.24, lon: 127.49)),
        ]
        func claim(_ id: String, _ project: String, _ status: String, _ asOf: String, _ source: String, scope: String? = nil,
                   published: String? = nil, url: String? = nil, quote: String? = nil, quoteLang: String? = nil,
                   translation: String? = nil, note: String? = nil, via: String? = nil) -> Claim {
            try! Claim(id: id, project: project, status: status, scope: scope, asOf: asOf, published: published,
                       source: source, url: url, quote: quote, quoteLang: quoteLang, translation: translation, note: note, via: via)
        }
        let claims = [
            claim("b1", bridge, "construction", "2016-12-24", "xinhua", published: "2016-12-24",
                  url: "https://www.xinhua.net/a?x=1&y=\"2\"", quote: markupQuote),
            claim("b2", bridge, "completed", "2019-05-31", "rg", published: "2019-06-01",
                  url: "https://rg.ru/2019/05/31/most.html", quote: #"=HYPERLINK("http://evil.example","click")"#),
            claim("b3", bridge, "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07", quote: "+1 truck crossed"),
            // Known only through Port Amur's account; the translation and note are hostile too.
            claim("b4", bridge, "completed", "2021-10-15", "amurlife", published: "2021-10-20", quote: bidiQuote,
                  translation: "=not yet <b>open</b>", note: "Port's *summary* of [Amur Life]", via: "portamur"),
            // Its asOf is before the as-of date, but it was published after: hidden by --as-of 2021-12-31.
            claim("b6", bridge, "completed", "2021-11-15", "hlj-gov", published: "2022-02-01", quote: "LATER-PUBLISHED account"),
            claim("b5", bridge, "operational", "2022-06-01", "portamur", scope: "cargo", published: "2022-06-03",
                  url: "javascript:alert(1)", quote: "@SUM(A1:A9) trucks a day"),
            claim("n1", rail, "agreed", "2008-10", "rg"),
            claim("n2", rail, "construction", "2014-02-26", "xinhua", quote: "铁路大桥开工 «начало»", quoteLang: "zh",
                  translation: "Rail bridge works begin"),
            claim("n3", rail, "suspended", "2017~", "amurlife", published: "2017-03", quote: #"Works stopped; "no money""#),
        ]
        let plans = [
            try! Plan(id: "p1", project: bridge, milestone: "opening", target: "2019", announced: "2016-12", source: "rg"),
            try! Plan(id: "p2", project: bridge, milestone: "opening", target: "2020", announced: "2019-05", source: "rg"),
            try! Plan(id: "p3", project: bridge, milestone: "opening", target: "2021-10", announced: "2020-06", source: "xinhua"),
            try! Plan(id: "p4", project: rail, milestone: "completion", target: "2016", announced: "2014-02", source: "xinhua"),
            try! Plan(id: "p5", project: rail, milestone: "completion", target: "2018", announced: "2016-06", source: "rg"),
        ]
        return Dataset(sources: sources, projects: projects, plans: plans, claims: claims)
    }

    /// The analysis with the bridge's official-versus-local contradiction (Rossiyskaya Gazeta's
    /// "operating" on 2021-10-07 against Amur Life's "completed" on 2021-10-15) acknowledged by an editor in 2021.
    static func analysis(asOf: Day? = ReportFixture.asOf) -> Analysis {
        let plain = Analysis(dataset: dataset, flags: [], today: today, asOf: asOf)
        let conflict = plain.discrepancies.first { $0.project == bridge && $0.kind == .statusConflict && $0.claims.contains("b3") && $0.claims.contains("b4") }!
        let ack = FlagEvent(seq: 1, discrepancy: conflict.id, project: bridge, action: .ack, note: "checking",
                            editor: "anna", at: Timestamp(parsing: "2021-11-01T10:00:00Z")!)
        return Analysis(dataset: dataset, flags: [ack], today: today, asOf: asOf)
    }

    static func report(_ selection: StatusReport.Selection = .init(), asOf: Day? = ReportFixture.asOf) -> StatusReport {
        StatusReport.make(analysis: analysis(asOf: asOf), selection: selection, generatedAt: generatedAt, database: database)
    }

    /// Compares output with its golden text; on a mismatch names the first differing line, and with
    /// `$BORDERTRACK_GOLDEN_OUT` set writes the actual output there for review.
    static func expectGolden(_ actual: String, _ golden: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if actual == golden { return }
        if let dir = ProcessInfo.processInfo.environment["BORDERTRACK_GOLDEN_OUT"] {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        let a = actual.components(separatedBy: "\n"), g = golden.components(separatedBy: "\n")
        let k = zip(a, g).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, g.count)
        Issue.record("\(name) differs from its golden text at line \(k + 1):\n  got:      \(k < a.count ? a[k] : "<end>")\n  expected: \(k < g.count ? g[k] : "<end>")",
                     sourceLocation: sourceLocation)
    }
}

import BorderTrackCore

/// An analyst's labelled set: small stories built from the seed documents' situations, each with the
/// flags a careful reader would keep (and only those). The detector is scored against it.
struct Scenario: Sendable {
    /// A flag the analyst expects: its kind and the claims (or plans) it must cite, exactly.
    struct Expected: Hashable, Sendable {
        let kind: DiscrepancyKind
        let cites: Set<String>
        let severity: Severity
    }

    let name: String
    var kind: ProjectKind = .bridge
    var countries: [String] = ["RU", "CN"]
    /// id, status, scope, asOf, source, published, section
    var claims: [(String, String, String?, String, String, String?, String?)] = []
    /// id, milestone, target, announced
    var plans: [(String, String, String, String)] = []
    var today = "2026-11-23"
    var asOf: String? = nil
    var expected: [Expected] = []

    var fixture: Fixture {
        var f = Fixture()
        f.projects = [try! Project(id: "bridge", kind: kind, names: try! Names(en: "Scenario"), countries: countries)]
        for c in claims { f.claim(c.0, c.1, c.3, c.4, scope: c.2, published: c.5, section: c.6) }
        for p in plans { f.plan(p.0, p.1, target: p.2, announced: p.3) }
        return f
    }

    /// What the detector finds, as the analyst's labels.
    func found() -> [Expected] {
        fixture.analyse(today: today, asOf: asOf).discrepancies.map {
            Expected(kind: $0.kind, cites: Set($0.kind == .deadlineSlip ? $0.plans : $0.claims), severity: $0.severity)
        }
    }

    static func c(_ id: String, _ status: String, _ asOf: String, _ source: String, scope: String? = nil,
                  published: String? = nil, section: String? = nil) -> (String, String, String?, String, String, String?, String?) {
        (id, status, scope, asOf, source, published, section)
    }

    static func flag(_ kind: DiscrepancyKind, _ cites: Set<String>, _ severity: Severity) -> Expected {
        Expected(kind: kind, cites: cites, severity: severity)
    }

    /// The set. Sources (Fixture): minvr (federal, RU, official), rg (state media, RU, official), amur-gov
    /// (regional, RU, local), amurlife (local media, RU, local), xinhua (state media, CN, official),
    /// hlj-gov (foreign official, CN, official), heihe-news (local media, CN, local).
    static let all: [Scenario] = [
        // Progress, not conflict.
        Scenario(name: "plain progress across sources and sides", claims: [
            c("a", "proposed", "2010", "amurlife"), c("b", "agreed", "2012-05", "hlj-gov"), c("d", "construction", "2014", "minvr"),
            c("e", "completed", "2017-09", "heihe-news"), c("f", "operational", "2018-03", "rg", scope: "cargo"),
            c("g", "operational", "2019", "xinhua", scope: "full"),
        ]),
        Scenario(name: "an old word on the other side (a Chinese 'proposed' of 2018, a Russian 'construction' of 2026)", kind: .other, claims: [
            c("mofcom", "proposed", "2018-11-19", "hlj-gov"), c("khv", "construction", "2026-03-13", "amur-gov"),
        ]),
        Scenario(name: "agreement with a stale official word is not a lag", kind: .borderCrossing, claims: [
            c("mfa", "operational", "2020-04", "minvr", scope: "cargo"), c("kom", "operational", "2021-03-23", "amurlife", scope: "cargo"),
        ]),
        Scenario(name: "cargo, then full", kind: .borderCrossing, claims: [
            c("o", "operational", "2022-06-10", "minvr", scope: "cargo"), c("l", "operational", "2025-12-26", "amurlife", scope: "full"),
        ]),
        Scenario(name: "closed and reopened", kind: .rail, claims: [
            c("a", "operational", "2019-06", "minvr", scope: "full"), c("s", "suspended", "2020-03-28", "amurlife"),
            c("b", "operational", "2021-06", "rg", scope: "cargo"),
        ]),
        Scenario(name: "a zone approved, then launched four days later", kind: .ftz, countries: ["CN"], claims: [
            c("sc", "agreed", "2019-08-26", "xinhua", published: "2019-08-28"), c("hlj", "operational", "2019-08-30", "hlj-gov"),
            c("sc2", "operational", "2020-07", "xinhua", published: "2020-09-01"),
        ]),
        Scenario(name: "sections built years apart (China 2013–2016, Russia from 2017)", kind: .rail, claims: [
            c("cn1", "construction", "2013", "xinhua", section: "CN"), c("cn2", "completed", "2016", "hlj-gov", section: "CN"),
            c("ru1", "construction", "2017", "amur-gov", section: "RU"), c("ru2", "completed", "2021-08", "minvr", section: "RU"),
            c("w", "operational", "2022-11", "rg", scope: "cargo"),
        ]),
        Scenario(name: "partial dates that overlap: 'operating 2021' and 'construction 2021-06'", claims: [
            c("o", "operational", "2021", "minvr"), c("l", "construction", "2021-06", "amurlife"),
            c("o2", "operational", "2021-06", "rg"), c("l2", "construction", "2021", "heihe-news"),
        ]),
        Scenario(name: "a section ahead of the whole", kind: .rail, claims: [
            c("w", "construction", "2018", "rg"), c("cn", "completed", "2016", "xinhua", section: "CN"),
        ]),
        // Contradictions.
        Scenario(name: "the bridge: 'operating' on federal sites, 'not open' in the Amur ministry a week later", claims: [
            c("rg", "operational", "2021-10-07", "rg", scope: "full"), c("amur", "completed", "2021-10-14", "amur-gov"),
        ], expected: [flag(.statusConflict, ["rg", "amur"], .critical)]),
        Scenario(name: "a premature 'completed'", claims: [
            c("o", "completed", "2019-06", "minvr"), c("l", "construction", "2019-11-28", "amurlife"),
        ], expected: [flag(.statusConflict, ["o", "l"], .major)]),
        Scenario(name: "a same-day cross-border split", claims: [
            c("ru", "operational", "2022-06-10", "rg", scope: "cargo"), c("cn", "completed", "2022-06-10", "xinhua"),
        ], expected: [flag(.crossBorder, ["ru", "cn"], .critical)]),
        Scenario(name: "one story, not three: official, local and the other side's official account", claims: [
            c("rg", "operational", "2021-10-07", "rg", scope: "full"), c("amur", "completed", "2021-10-14", "amur-gov"),
            c("xh", "completed", "2021-10-20", "xinhua"),
        ], expected: [flag(.statusConflict, ["rg", "amur", "xh"], .critical)]),
        Scenario(name: "official sources of one side: state media 'operating', the ministry 'under construction' later", claims: [
            c("rg", "operational", "2021-10-07", "rg", scope: "full"), c("m", "construction", "2021-11-01", "minvr"),
        ], expected: [flag(.officialSplit, ["rg", "m"], .critical)]),
        Scenario(name: "full, then cargo only: the federal 'put into operation' against the first trucks", claims: [
            c("minec", "operational", "2021", "minvr", scope: "full"), c("trucks", "operational", "2022-06-10", "rg", scope: "cargo"),
        ], expected: [flag(.officialSplit, ["minec", "trucks"], .minor)]),
        Scenario(name: "a local source that goes back on itself", claims: [
            c("a", "completed", "2020-05", "amurlife"), c("b", "construction", "2020-11", "amurlife"),
        ], expected: [flag(.regression, ["a", "b"], .major)]),
        Scenario(name: "the whole said complete while one section was still being built", kind: .rail, claims: [
            c("w", "completed", "2016", "xinhua"), c("ru", "construction", "2017", "amur-gov", section: "RU"),
        ], expected: [flag(.statusConflict, ["w", "ru"], .major)]),
        Scenario(name: "a closure reported on a day the other side reports traffic", kind: .borderCrossing, claims: [
            c("o", "operational", "2020-03-28", "minvr", scope: "cargo"), c("l", "suspended", "2020-03-28", "amurlife"),
        ], expected: [flag(.statusConflict, ["o", "l"], .critical)]),
        Scenario(name: "a suspension of one section does not explain the other's drop", kind: .rail, claims: [
            c("w", "operational", "2020", "rg", scope: "cargo"), c("s", "suspended", "2021", "amur-gov", section: "RU"),
            c("cn", "construction", "2022", "heihe-news", section: "CN"),
        ], expected: [flag(.statusConflict, ["w", "cn"], .critical)]),
        Scenario(name: "cargo only, then passengers only", claims: [
            c("l", "operational", "2022-06", "amurlife", scope: "cargo"), c("o", "operational", "2023-01", "minvr", scope: "passenger"),
        ], expected: [flag(.statusConflict, ["l", "o"], .minor)]),
        Scenario(name: "a later local report of less is a contradiction, not a lag", claims: [
            c("o", "operational", "2019", "minvr", scope: "full"), c("l", "completed", "2022-03", "amurlife"),
        ], expected: [flag(.statusConflict, ["o", "l"], .critical)]),
        // Lag.
        Scenario(name: "official word of a closure, local reports of the reopening since", kind: .borderCrossing, claims: [
            c("o", "suspended", "2020-03-28", "minvr"), c("l", "operational", "2020-09", "amurlife", scope: "cargo"),
        ], today: "2023-01-01", expected: [flag(.staleOfficial, ["o", "l"], .critical)]),
        Scenario(name: "official silence while local sources report construction", kind: .other, claims: [
            c("o", "agreed", "2019-01", "minvr"), c("l1", "construction", "2020-03", "amurlife"), c("l2", "construction", "2021-06", "amur-gov"),
        ], today: "2023-01-01", expected: [flag(.staleOfficial, ["o", "l1", "l2"], .major)]),
        Scenario(name: "official silence about a closure", kind: .borderCrossing, claims: [
            c("o", "operational", "2019-05", "minvr", scope: "cargo"), c("l", "suspended", "2020-02", "amurlife"),
        ], today: "2022-06-01", expected: [flag(.staleOfficial, ["o", "l"], .critical)]),
        Scenario(name: "a local report ahead of the official one, for less than 24 months", kind: .other, claims: [
            c("o", "agreed", "2024-05-16", "minvr"), c("l", "construction", "2026-03-13", "amur-gov"),
        ]),
        // Deadlines.
        Scenario(name: "an opening target moved twice", claims: [
            c("x", "construction", "2018", "rg"),
        ], plans: [("p1", "opening", "2020", "2018-03"), ("p2", "opening", "2021-01", "2020-12"), ("p3", "opening", "2021-12", "2021-11")],
                 today: "2021-11-30", expected: [flag(.deadlineSlip, ["p1", "p2", "p3"], .minor)]),
        Scenario(name: "one small move of a target", plans: [("a", "opening", "2020-10", "2019"), ("b", "opening", "2021-01", "2020")],
                 today: "2020-12-01"),
        // What could be known then.
        Scenario(name: "as of 2021-10-10 the Amur ministry had not yet spoken", claims: [
            c("rg", "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07"),
            c("amur", "completed", "2021-10-14", "amur-gov", published: "2021-10-14"),
        ], asOf: "2021-10-10"),
        Scenario(name: "as of 2021-10-20 it had", claims: [
            c("rg", "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07"),
            c("amur", "completed", "2021-10-14", "amur-gov", published: "2021-10-14"),
        ], asOf: "2021-10-20", expected: [flag(.statusConflict, ["rg", "amur"], .critical)]),
    ]
}

import BorderTrackCore

/// Builds small hand-made scenarios for the detector.
struct Fixture {
    var sources: [Source] = [
        try! Source(id: "minvr", name: "Minvostokrazvitiya", tier: .federalOfficial, country: "RU"),
        try! Source(id: "rg", name: "Rossiyskaya Gazeta", tier: .stateMedia, country: "RU"),
        try! Source(id: "amur-gov", name: "Amur Region ministry", tier: .regionalOfficial, country: "RU"),
        try! Source(id: "amurlife", name: "Amur Life", tier: .localMedia, country: "RU"),
        try! Source(id: "xinhua", name: "Xinhua", tier: .stateMedia, country: "CN"),
        try! Source(id: "hlj-gov", name: "Heilongjiang government", tier: .foreignOfficial, country: "CN"),
        try! Source(id: "heihe-news", name: "Heihe Daily", tier: .localMedia, country: "CN"),
    ]
    var projects: [Project] = [try! Project(id: "bridge", kind: .bridge, names: try! Names(en: "Bridge", ru: "Мост", zh: "大桥"), countries: ["RU", "CN"])]
    var claims: [Claim] = []
    var plans: [Plan] = []
    var flags: [FlagEvent] = []

    mutating func claim(_ id: String, _ status: String, _ asOf: String, _ source: String, scope: String? = nil,
                        published: String? = nil, project: String = "bridge", supersedes: String? = nil, section: String? = nil) {
        claims.append(try! Claim(id: id, project: project, status: status, scope: scope, asOf: asOf, published: published,
                                 source: source, url: nil, quote: nil, supersedes: supersedes, section: section))
    }

    mutating func plan(_ id: String, _ milestone: String, target: String, announced: String, project: String = "bridge") {
        plans.append(try! Plan(id: id, project: project, milestone: milestone, target: target, announced: announced, source: "rg"))
    }

    var dataset: Dataset { Dataset(sources: sources, projects: projects, plans: plans, claims: claims) }

    func analyse(today: String = "2026-11-23", asOf: String? = nil, stale: Int = 24) -> Analysis {
        Analysis(dataset: dataset, flags: flags, today: try! PartialDate(parsing: today).start,
                 asOf: asOf.map { try! PartialDate(parsing: $0).end }, options: .init(staleMonths: stale))
    }
}

func day(_ s: String) -> Day { try! PartialDate(parsing: s).start }

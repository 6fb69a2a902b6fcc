import BorderTrackCore

/// A deterministic synthetic tracker for benchmarks: realistic names in three scripts, mixed
/// partial dates, official sources that now and then run ahead of local ones.
public struct SyntheticData: Sendable {
    public let projects: Int
    public let claimsPerProject: Int
    public let seed: UInt64

    public init(projects: Int, claimsPerProject: Int, seed: UInt64) {
        self.projects = projects; self.claimsPerProject = claimsPerProject; self.seed = seed
    }

    /// SplitMix64: small, fast, and the same on every platform.
    public struct Random: Sendable {
        package var state: UInt64
        public init(state: UInt64) { self.state = state }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        package mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    }

    package static let ruTowns = ["Благовещенск", "Хабаровск", "Забайкальск", "Пограничный", "Краскино", "Нижнеленинское", "Поярково", "Джалинда", "Покровка", "Амурзет"]
    package static let cnTowns = ["黑河", "抚远", "满洲里", "绥芬河", "珲春", "同江", "东宁", "漠河", "逊克", "嘉荫"]
    package static let enTowns = ["Blagoveshchensk", "Khabarovsk", "Zabaikalsk", "Pogranichny", "Kraskino", "Nizhneleninskoye", "Poyarkovo", "Dzhalinda", "Pokrovka", "Amurzet"]
    package static let enCN = ["Heihe", "Fuyuan", "Manzhouli", "Suifenhe", "Hunchun", "Tongjiang", "Dongning", "Mohe", "Xunke", "Jiayin"]
    package static let kinds: [(ProjectKind, String, String, String)] = [
        (.bridge, "bridge", "мост", "大桥"), (.rail, "rail link", "железная дорога", "铁路"), (.borderCrossing, "border crossing", "пункт пропуска", "口岸"),
        (.ftz, "free trade zone", "зона свободной торговли", "自由贸易区"), (.road, "road", "автодорога", "公路"), (.port, "river port", "речной порт", "港口"),
        (.pipeline, "pipeline", "трубопровод", "管道"), (.industrialPark, "industrial park", "промышленный парк", "工业园区"),
    ]
    package static let regions = ["Amur Oblast", "Heilongjiang", "Primorsky Krai", "Jilin", "Zabaykalsky Krai", "Inner Mongolia", "Khabarovsk Krai", "Jewish Autonomous Oblast"]

    /// The sources table rows (header first), as the spec's CSV columns.
    public var sourceRows: [[String]] {
        [["id", "name", "tier", "country", "url"],
         ["fed", "Federal ministry", "federal-official", "RU", "https://example.org/fed"],
         ["rg", "Rossiyskaya Gazeta", "state-media", "RU", "https://rg.ru"],
         ["xinhua", "Xinhua 新华社", "state-media", "CN", "https://xinhua.net"],
         ["hlj", "Heilongjiang government 黑龙江省政府", "foreign-official", "CN", "https://hlj.gov.cn"],
         ["region", "Regional ministry Минэкономразвития области", "regional-official", "RU", ""],
         ["local", "Local news Амурская правда", "local-media", "RU", ""],
         ["cnlocal", "Heihe Daily 黑河日报", "local-media", "CN", ""],
         ["carrier", "Freight forwarders' association", "business", "RU", ""]]
    }

    /// Calls `row` for each projects-table row (header first).
    public func projectRows(_ row: ([String]) -> Void) {
        row(["id", "kind", "name_en", "name_ru", "name_zh", "countries", "regions", "lat", "lon"])
        var r = Random(state: seed)
        for i in 0..<projects {
            let k = r.pick(Self.kinds)
            let t = r.int(Self.enTowns.count), c = r.int(Self.enCN.count)
            let lat = 42.0 + Double(r.int(12_000)) / 1000, lon = 115.0 + Double(r.int(20_000)) / 1000
            row(["p\(i)", k.0.rawValue, "\(Self.enTowns[t])–\(Self.enCN[c]) \(k.1) \(i)", "\(k.2) \(Self.ruTowns[t]) – \(Self.cnTowns[c]) №\(i)",
                 "\(Self.cnTowns[c])—\(Self.ruTowns[t])\(k.3)\(i)号", "RU;CN", "\(r.pick(Self.regions));\(r.pick(Self.regions))",
                 String(format3(lat)), String(format3(lon))])
        }
    }

    /// Calls `row` for each claims-table row (header first).
    public func claimRows(_ row: ([String]) -> Void) {
        row(["project", "status", "scope", "as_of", "published", "source", "url", "quote"])
        var r = Random(state: seed ^ 0xC1A1_5EED)
        // The projects' kinds, from the projects' own stream (each project draws 7 numbers): only transport
        // kinds get a scope.
        var pr = Random(state: seed)
        let official = ["fed", "rg", "xinhua", "hlj"], local = ["region", "local", "cnlocal", "carrier"]
        let statuses: [Status] = [.proposed, .agreed, .construction, .completed, .operational]
        for i in 0..<projects {
            let takesScope = pr.pick(Self.kinds).0.takesScope
            for _ in 0..<6 { _ = pr.next() }
            var year = 2005 + r.int(12)
            var stage = 0
            for k in 0..<claimsPerProject {
                // Official sources run ahead of local ones now and then.
                let isOfficial = k % 2 == 0
                let ahead = isOfficial && r.int(4) == 0 ? 1 : 0
                stage = min(4, stage + (r.int(3) == 0 ? 1 : 0))
                let status = statuses[min(4, stage + ahead)]
                year = min(2025, year + r.int(2)) // never after today: a claim about a later date is refused as a plan
                let month = 1 + r.int(12), day = 1 + r.int(28)
                let asOf: String
                switch r.int(6) {
                case 0: asOf = pad(year, 4)
                case 1: asOf = pad(year, 4) + "-" + pad(month, 2) + "~"
                case 2, 3: asOf = pad(year, 4) + "-" + pad(month, 2)
                default: asOf = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
                }
                let source = isOfficial ? r.pick(official) : r.pick(local)
                // Drawn for every operational claim, so the rest of the stream is the same whatever the kind.
                let drawn = status == .operational ? r.pick(["cargo", "passenger", "full"]) : ""
                let scope = takesScope ? drawn : ""
                row(["p\(i)", status.rawValue, scope, asOf, "", source, "https://example.org/\(i)/\(k)",
                     k % 3 == 0 ? "Объект №\(i): статус «\(status.rawValue)» — 黑河口岸 \(k)" : ""])
            }
        }
    }

    package func format3(_ d: Double) -> String {
        let scaled = Int((d * 1000).rounded())
        return "\(scaled / 1000)." + pad(scaled % 1000, 3)
    }
}

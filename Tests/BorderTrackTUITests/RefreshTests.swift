import BorderTrackCore
import BorderTrackSynthetic
import BorderTrackTUI
import Testing

/// `AppState.updateProject` leaves the list and the queue as a full reload would, keeping the cursors.
@Suite struct RefreshTests {
    static let today = Day(year: 2026, month: 6, day: 30)!
    static let sources = [
        try! Source(id: "rg", name: "Rossiyskaya Gazeta", tier: .stateMedia, country: "RU"),
        try! Source(id: "xinhua", name: "Xinhua", tier: .stateMedia, country: "CN"),
        try! Source(id: "amurlife", name: "Amur Life", tier: .localMedia, country: "RU"),
    ]

    static func claim(_ n: Int, _ project: String, _ r: inout SyntheticData.Random) -> Claim {
        let status = Status.allCases[r.int(5)]
        return try! Claim(id: "c-\(n)", project: project, status: status, scope: status == .operational ? .cargo : nil,
                          asOf: try! PartialDate(parsing: String(2010 + r.int(16))), source: sources[r.int(3)].id)
    }

    static func rows(_ s: AppState) -> [ProjectSummary] { (0..<s.listCount).compactMap(s.listRow) }
    static func queue(_ s: AppState) -> [Discrepancy] { (0..<s.queueCount).compactMap(s.queueItem) }

    @Test(arguments: [SortColumn.discrepancies, .name, .updated, .official])
    func sameAsFullReload(sort: SortColumn) {
        var r = SyntheticData.Random(state: 5)
        let projects = (0..<60).map { try! Project(id: "p\($0)", kind: .bridge, names: try! Names(en: "Project \($0 % 17)"), countries: ["RU", "CN"]) }
        var claims = (0..<150).map { Self.claim($0, projects[r.int(60)].id, &r) }
        let session = AppState.Session(database: "t", editor: "ed", readOnly: false)
        var state = AppState(analysis: Analysis(dataset: Dataset(sources: Self.sources, projects: projects, claims: claims), flags: [], today: Self.today),
                             session: session, rows: 20, cols: 100)
        state.sort = sort
        state.refreshRows()
        for step in 0..<80 {
            state.listSelection = r.int(state.listCount)
            let kept = state.selectedSummary?.project.id
            let p = projects[r.int(60)]
            claims.append(Self.claim(1000 + step, p.id, &r))
            state.updateProject(p, claims: claims.filter { $0.project == p.id }, plans: [], flags: [])
            var fresh = AppState(analysis: Analysis(dataset: Dataset(sources: Self.sources, projects: projects, claims: claims), flags: [], today: Self.today),
                                 session: session, rows: 20, cols: 100)
            fresh.sort = sort
            fresh.refreshRows()
            #expect(Self.rows(state) == Self.rows(fresh), "step \(step)")
            #expect(Self.queue(state) == Self.queue(fresh), "step \(step)")
            #expect(state.selectedSummary?.project.id == kept, "step \(step)")
        }
    }
}

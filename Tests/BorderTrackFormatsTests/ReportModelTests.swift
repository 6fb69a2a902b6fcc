import BorderTrackCore
import BorderTrackFormats
import Testing

@Suite("Status report model")
struct ReportModelTests {
    @Test("the report states its day, as-of date, generation time and database")
    func metadata() {
        let r = ReportFixture.report()
        #expect(r.asOf?.description == "2021-12-31")
        #expect(r.day.description == "2021-12-31")
        #expect(r.generatedAt.description == "2024-05-01T09:30:00Z")
        #expect(r.database == ReportFixture.database)
        let now = ReportFixture.report(asOf: nil)
        #expect(now.asOf == nil)
        #expect(now.day.description == "2024-05-01")
    }

    @Test("each perspective's status comes with the claim and source in force")
    func accounts() {
        let s = ReportFixture.report().sections[0]
        #expect(s.project.id == ReportFixture.bridge)
        #expect(s.official?.status == .operational)
        #expect(s.official?.scope == .full)
        #expect(s.official?.claim.id == "b3")
        #expect(s.official?.sourceName == "Rossiyskaya Gazeta")
        #expect(s.official?.since.description == "2021-10-07")
        #expect(s.local?.status == .completed)
        #expect(s.local?.claim.id == "b4")
        #expect(s.local?.since.description == "2021-10-15")
        #expect(s.claims.filter(\.inForce).map(\.claim.id) == ["b3", "b4"])
    }

    @Test("--as-of hides a claim published later, even when its asOf is earlier")
    func asOfHidesLaterPublished() {
        let then = ReportFixture.report().sections[0].claims.map(\.claim.id)
        #expect(then == ["b1", "b2", "b3", "b4"])
        let now = ReportFixture.report(asOf: nil).sections[0]
        #expect(now.claims.map(\.claim.id) == ["b1", "b2", "b3", "b4", "b6", "b5"])
        #expect(now.local?.claim.id == "b5")
        #expect(now.local?.scope == .cargo)
    }

    @Test("open discrepancies per project, most severe first; acknowledged ones count, resolved do not")
    func discrepancies() {
        let r = ReportFixture.report()
        let bridge = r.sections[0]
        #expect(bridge.worstSeverity == .critical)
        #expect(bridge.discrepancies.map(\.severity) == bridge.discrepancies.map(\.severity).sorted())
        // Rossiyskaya Gazeta's "operating" (2021-10-07) against Amur Life's later "completed" (2021-10-15):
        // one story, acknowledged by the fixture's editor; the rest of the bridge's record is progress.
        #expect(bridge.discrepancies.map(\.kind) == [.statusConflict, .deadlineSlip])
        #expect(bridge.discrepancies.filter { $0.flag.state == .acknowledged }.map(\.claims) == [["b3", "b4"]])
        #expect(bridge.discrepancies[0].severity == .critical && !bridge.discrepancies[0].ongoing)
        #expect(r.sections[2].discrepancies.isEmpty)
        let sev = Dictionary(uniqueKeysWithValues: r.summary.bySeverity.map { ($0.severity, ($0.open, $0.acknowledged)) })
        let all = r.sections.flatMap(\.discrepancies)
        #expect(sev[.critical]!.0 + sev[.major]!.0 + sev[.minor]!.0 == all.filter { $0.flag.state == .open }.count)
        #expect(sev[.critical]!.1 == 1 && sev[.major]!.1 == 0)
        #expect(r.summary.openDiscrepancies == all.count)
    }

    @Test("summary counts projects by status and perspective, with no-claim last")
    func byStatus() {
        let rows = ReportFixture.report().summary.byStatus
        #expect(rows.map(\.status) == Status.allCases.map { $0 } + [nil])
        func row(_ s: Status?) -> (Int, Int) { let r = rows.first { $0.status == s }!; return (r.official, r.local) }
        #expect(row(.operational) == (1, 0))
        #expect(row(.construction) == (1, 0))
        #expect(row(.completed) == (0, 1))
        #expect(row(.suspended) == (0, 1))
        #expect(row(nil) == (1, 1))
        #expect(rows.reduce(0) { $0 + $1.official } == 3)
    }

    @Test("deadline history in announcement order with each change; largest slips first")
    func deadlines() {
        let r = ReportFixture.report()
        let bridge = r.sections[0]
        #expect(bridge.deadlines.map(\.plan.id) == ["p1", "p2", "p3"])
        #expect(bridge.deadlines.map(\.change) == [nil, 12, 21])
        #expect(bridge.deadlines.map(\.sourceName) == ["Rossiyskaya Gazeta", "Rossiyskaya Gazeta", "Xinhua 新华社"])
        #expect(r.summary.largestSlips.map(\.project) == [ReportFixture.bridge, ReportFixture.rail])
        #expect(r.summary.largestSlips.map(\.months) == [33, 24])
        #expect(r.summary.largestSlips.map(\.moves) == [2, 1])
    }

    @Test("selection by project, kind, country and open discrepancies")
    func selection() {
        func ids(_ s: StatusReport.Selection) -> [String] { ReportFixture.report(s).sections.map(\.project.id) }
        #expect(ids(.init()) == [ReportFixture.bridge, ReportFixture.rail, ReportFixture.zone])
        #expect(ids(.init(projects: [ReportFixture.zone])) == [ReportFixture.zone])
        #expect(ids(.init(kind: .rail)) == [ReportFixture.rail])
        #expect(ids(.init(country: "ru")) == [ReportFixture.bridge, ReportFixture.rail])
        #expect(ids(.init(country: "CN")) == [ReportFixture.bridge, ReportFixture.rail, ReportFixture.zone])
        #expect(ids(.init(discrepanciesOnly: true)) == [ReportFixture.bridge, ReportFixture.rail])
        #expect(ids(.init(kind: .bridge, country: "MN")) == [])
        let one = ReportFixture.report(.init(kind: .ftz))
        #expect(one.summary.projects == 1)
        #expect(one.summary.openDiscrepancies == 0)
        #expect(one.summary.largestSlips.isEmpty)
        #expect(StatusReport.Selection(kind: .rail, discrepanciesOnly: true).description == "kind rail; with open discrepancies only")
    }
}

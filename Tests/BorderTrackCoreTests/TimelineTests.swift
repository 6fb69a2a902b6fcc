import BorderTrackCore
import Testing

@Suite("Timelines: the status in force")
struct TimelineTests {
    @Test("latest asOf on or before the day wins; segments tile the lane")
    func latestWins() {
        var f = Fixture()
        f.claim("a", "construction", "2017-03", "rg")
        f.claim("b", "completed", "2020-05-01", "minvr")
        f.claim("c", "operational", "2021-10-07", "rg", scope: "full")
        let t = f.analyse().timelines["bridge"]!
        let segs = t.official.segments
        #expect(segs.map(\.claim.id) == ["a", "b", "c"])
        #expect(segs[0].from == day("2017-03-01") && segs[0].to == day("2020-04-30"))
        #expect(segs[2].ongoing && segs[2].to == day("2026-11-23"))
        #expect(t.official.segment(on: day("2019-06-01"))?.status == .construction)
        #expect(t.official.segment(on: day("2017-02-28")) == nil)
        #expect(t.local.segments.isEmpty)
    }

    @Test("a year-only claim counts from the first day of its year, and an exact claim later that year replaces it")
    func yearPrecision() {
        var f = Fixture()
        f.claim("y", "construction", "2021", "amurlife")
        f.claim("d", "completed", "2021-06-15", "amur-gov")
        let lane = f.analyse().timelines["bridge"]!.local
        #expect(lane.segment(on: day("2020-12-31")) == nil)
        #expect(lane.segment(on: day("2021-01-01"))?.claim.id == "y")
        #expect(lane.segment(on: day("2021-06-14"))?.claim.id == "y")
        #expect(lane.segment(on: day("2021-06-15"))?.claim.id == "d")
    }

    @Test("an approximate date is placed like an exact one at its first day")
    func approximate() {
        var f = Fixture()
        f.claim("a", "construction", "2019~", "amurlife")
        f.claim("b", "completed", "2019-12-31?", "amurlife")
        let lane = f.analyse().timelines["bridge"]!.local
        #expect(lane.segment(on: day("2019-01-01"))?.claim.id == "a")
        #expect(lane.segment(on: day("2019-12-30"))?.claim.id == "a")
        #expect(lane.segment(on: day("2019-12-31"))?.claim.id == "b")
    }

    @Test("ties on asOf go to the later published claim")
    func ties() {
        var f = Fixture()
        f.claim("late", "operational", "2021-10", "rg", scope: "cargo", published: "2021-11-02")
        f.claim("early", "completed", "2021-10", "minvr", published: "2021-10-03")
        let lane = f.analyse().timelines["bridge"]!.official
        #expect(lane.segments.map(\.claim.id) == ["late"])
        #expect(lane.current?.status == .operational)
    }

    @Test("superseded claims and claims published after --as-of do not count")
    func filters() {
        var f = Fixture()
        f.claim("wrong", "operational", "2020-01", "rg")
        f.claim("fixed", "construction", "2020-01", "rg", supersedes: "wrong")
        f.claim("later", "operational", "2021-10-07", "rg", published: "2021-10-07")
        let now = f.analyse().timelines["bridge"]!.official
        #expect(now.segments.map(\.claim.id) == ["fixed", "later"])
        let then = f.analyse(asOf: "2021-09").timelines["bridge"]!.official
        #expect(then.segments.map(\.claim.id) == ["fixed"])
        #expect(then.current?.to == day("2021-09-30"))
    }

    @Test("sides follow the sources' countries")
    func sides() {
        var f = Fixture()
        f.claim("ru", "construction", "2018", "rg")
        f.claim("cn", "completed", "2016", "xinhua")
        let t = f.analyse().timelines["bridge"]!
        #expect(t.sides.map { $0.key.description } == ["RU", "CN"])
        #expect(t.official.segments.count == 2)
    }
}

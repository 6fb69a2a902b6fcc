import BorderTrackCore
import Testing

/// The assessed status per section (issues 10 and 21): the same method on a section's claims and the claims about
/// the whole project, which say every section reached their stage; the project's own assessment unchanged.
@Suite("Section assessments")
struct SectionAssessmentTests {
    /// A bridge built in halves: China finished its part in 2016 (one outlet later said it was still being built),
    /// Russia built its part from 2017 to 2019; the whole bridge opened for cargo on 16 November 2022.
    static var halves: Fixture {
        var f = Fixture()
        f.claim("w1", "construction", "2014-02", "xinhua")
        f.claim("cn1", "completed", "2016-03", "xinhua", section: "CN")
        f.claim("cn2", "completed", "2016-05", "heihe-news", section: "CN")
        f.claim("ru1", "construction", "2017-06", "rg", section: "RU")
        f.claim("cn3", "construction", "2018", "amurlife", section: "CN")
        f.claim("ru2", "completed", "2019-03", "minvr", section: "RU")
        f.claim("w2", "operational", "2022-11-16", "rg", scope: "cargo")
        return f
    }

    func assess(_ f: Fixture, asOf: String? = nil) throws -> Assessment {
        try Assessor(analysis: f.analyse(asOf: asOf)).assess(project: "bridge")
    }

    @Test("before the opening: China's half completed since 2016 (the late 'construction' discounted), Russia's since 2019")
    func beforeOpening() throws {
        let a = try assess(Self.halves, asOf: "2020-01-01")
        // The whole project: only the claims about all of it, as before sections were assessed.
        #expect(a.status == .construction && a.since?.description == "2014-02" && a.supporting == ["w1"] && a.section == nil)
        #expect(a.sections.map(\.section) == ["RU", "CN"])
        let ru = try #require(a.sections.first), cn = try #require(a.sections.last)
        #expect(cn.status == .completed && cn.since?.description == "2016-03" && cn.supporting == ["cn1", "cn2"], "\(cn)")
        #expect(cn.discounted.map(\.claim) == ["cn3"], "\(cn.discounted)")
        #expect(cn.discounted.first?.reason == "contradicted by 2 earlier independent sources", "\(cn.discounted)")
        #expect(cn.grade?.description == "F2" && cn.summary == "completed but not in service since 2016-03 (F2)", "\(cn.summary)")
        #expect(ru.status == .completed && ru.since?.description == "2019-03" && ru.supporting == ["ru2"] && ru.discounted.isEmpty, "\(ru)")
        #expect(ru.project == "bridge" && ru.day.description == "2020-01-01" && ru.sections.isEmpty)
    }

    @Test("the whole bridge opening for cargo opens both halves; a section ahead of the whole is no conflict")
    func afterOpening() throws {
        let a = try assess(Self.halves)
        #expect(a.status == .operational && a.scope == .cargo && a.since?.description == "2022-11-16")
        for s in a.sections {
            #expect(s.status == .operational && s.scope == .cargo && s.since?.description == "2022-11-16" && s.supporting == ["w2"], "\(s)")
        }
        // China's finished half beside the whole "under construction" of 2014 and Russia's building: nothing discounted for it.
        #expect(a.sections.last?.discounted.map(\.claim) == ["cn3"])
        #expect(a.sections.first?.discounted.isEmpty == true)
    }

    @Test("the project's assessment means what it did: equal to the assessment of its claims about the whole project")
    func wholeUnchanged() throws {
        var whole = Self.halves
        whole.claims = whole.claims.filter { $0.section == nil }
        for day in [nil, "2016-12-31", "2020-01-01"] {
            let with = try assess(Self.halves, asOf: day), without = try assess(whole, asOf: day)
            #expect(with.status == without.status && with.scope == without.scope && with.since == without.since
                    && with.grade == without.grade && with.supporting == without.supporting && with.discounted == without.discounted)
            #expect(without.sections.isEmpty && !with.sections.isEmpty)
        }
    }

    @Test("the whole ahead of a section that later reports less is a conflict in the section's fit")
    func wholeAhead() throws {
        var f = Fixture()
        f.claim("w1", "completed", "2018-05", "minvr")
        f.claim("ru1", "construction", "2019-02", "amurlife", section: "RU")
        f.claim("ru2", "construction", "2019-03", "amur-gov", section: "RU")
        let a = try assess(f)
        #expect(a.status == .completed && a.discounted.isEmpty)
        let ru = try #require(a.sections.first)
        #expect(ru.section == "RU" && ru.status == .construction && ru.discounted.map(\.claim) == ["w1"], "\(ru)")
        #expect(ru.discounted.first?.reason.hasPrefix("contradicted by 2 later") == true, "\(ru.discounted)")
    }

    @Test("one section asked for; a section no claim names is refused naming it")
    func oneSection() throws {
        let assessor = Assessor(analysis: Self.halves.analyse(asOf: "2020-01-01"))
        let cn = try assessor.assess(project: "bridge", section: "CN")
        #expect(try cn == assessor.assess(project: "bridge").sections.last)
        #expect(assessor.sections(of: Self.halves.projects[0]) == ["RU", "CN"])
        #expect(throws: AssessmentError.invalid(field: "section", value: "KZ", expected: "a section claims about project bridge name (RU, CN)")) {
            try assessor.assess(project: "bridge", section: "KZ")
        }
        #expect(throws: AssessmentError.unknownProject("nope")) { try assessor.assess(project: "nope", section: "CN") }
    }
}

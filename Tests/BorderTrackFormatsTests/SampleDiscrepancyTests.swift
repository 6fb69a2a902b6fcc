import BorderTrackCore
import BorderTrackFormats
import Testing

/// The bundled sample earns its flags: every open discrepancy on `Data/sample.json` is one that
/// `Data/README.md` justifies from the seeds, pinned here by id, kind, severity and evidence.
@Suite("Discrepancies on the sample data")
struct SampleDiscrepancyTests {
    static let today = Day(year: 2026, month: 12, day: 3)!

    @Test("exactly the flags Data/README.md lists, each with the claims or plans that prove it")
    func openFlags() throws {
        let a = Analysis(dataset: try ReportFixture.sampleDataset(), flags: [], today: Self.today)
        let found = a.openDiscrepancies.map { "\($0.id) \($0.severity.rawValue) \($0.kind.rawValue) \($0.project)" }
        #expect(found == [
            "sc-b62a9d0d05 critical status-conflict blagoveshchensk-heihe-road-bridge",
            "ds-05adaf260b critical deadline-slip blagoveshchensk-heihe-cable-car",
            "sc-dd22664423 critical status-conflict suifenhe-comprehensive-bonded-zone",
            "ds-10191ad1a8 major deadline-slip ru-cn-checkpoint-modernisation",
            "ds-57f7b7727d minor deadline-slip zabaikalsk-manzhouli-crossing",
            "ds-8debbc99c6 minor deadline-slip blagoveshchensk-heihe-road-bridge",
            "ds-5c80ff7cd5 minor deadline-slip nizhneleninskoye-tongjiang-rail-bridge",
            "ds-933bcbc9df minor deadline-slip nizhneleninskoye-tongjiang-rail-bridge",
        ])
        let bridge = try #require(a.openDiscrepancies.first { $0.id == "sc-b62a9d0d05" })
        #expect(bridge.sides.map(\.claims) == [
            ["bh-bridge-minec-2021", "bh-bridge-rg-2021-10"],
            ["bh-bridge-amur-minec-2021-10", "bh-bridge-sputnik-2022-06", "bh-bridge-biang-2022-06", "bh-bridge-eastday-2022-06",
             "bh-bridge-rosgranstroy-2024-05", "bh-bridge-xinhua-2025-05"],
        ])
        #expect(bridge.spans == ["official-local", "cross-border", "within-official"])
        let zone = try #require(a.openDiscrepancies.first { $0.id == "sc-dd22664423" })
        #expect(zone.claims == ["suifenhe-cbz-xinhua-2010-08", "suifenhe-cbz-russia-briefing-2011"])
    }

    @Test("what could be known on 2021-10-20: Rossiyskaya Gazeta's 'operating' against the Amur ministry's 'not open', nothing else on the bridge")
    func october2021() throws {
        let a = Analysis(dataset: try ReportFixture.sampleDataset(), flags: [], today: Self.today,
                         asOf: Day(year: 2021, month: 10, day: 20)!)
        let onBridge = a.discrepancies(of: "blagoveshchensk-heihe-road-bridge")
        #expect(onBridge.map(\.kind) == [.statusConflict, .deadlineSlip])
        #expect(onBridge[0].id == "sc-b62a9d0d05")
        #expect(onBridge[0].claims == ["bh-bridge-rg-2021-10", "bh-bridge-amur-minec-2021-10"])
        // Both are known through the 2021 study (001), and the explanation says so.
        #expect(onBridge[0].explanation == "Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07, via The 2021 cross-border cooperation study (seed 001)) says operating for passengers and cargo; against that, Amur Region Ministry of Economic Development and External Relations (2021-10-14, via The 2021 cross-border cooperation study (seed 001)) says completed but not in service — a later account reports less, with no suspension or closure reported between.")
    }

    @Test("the Tongjiang rail bridge built in halves: a lane for each part, nothing disputed about it")
    func halves() throws {
        let a = Analysis(dataset: try ReportFixture.sampleDataset(), flags: [], today: Self.today)
        let t = try #require(a.timelines["nizhneleninskoye-tongjiang-rail-bridge"])
        #expect(t.sections.map(\.key) == [.section("RU"), .section("CN")])
        // Russia's part (001): the whole project's proposal, its own construction from 2017, then the whole
        // bridge's completion (Xinhua, August 2021) and opening for cargo.
        let ru = t.sections[0].segments
        #expect(ru.map(\.claim.id) == ["nt-bridge-minec-2009", "nt-bridge-study-2017-ru", "nt-bridge-xinhua-2021-08", "nt-bridge-greenfin-2022-11"])
        #expect(ru.map(\.status) == [.proposed, .construction, .completed, .operational])
        // China's part: construction from 2013 (001; China Daily in 2015), completed in 2016 (001: Greenfin's
        // "construction" of the same year gives way to it, published later), completed again by Global Times'
        // later date (October 2018), then the whole bridge's opening for cargo.
        let cn = t.sections[1].segments
        #expect(cn.map(\.claim.id) == ["nt-bridge-minec-2009", "nt-bridge-study-2013-cn", "nt-bridge-chinadaily-2015-04", "nt-bridge-study-2016-cn",
                                       "nt-bridge-globaltimes-2018-10", "nt-bridge-greenfin-2022-11"])
        #expect(cn.map(\.status) == [.proposed, .construction, .construction, .completed, .completed, .operational])
        #expect(a.discrepancies(of: "nizhneleninskoye-tongjiang-rail-bridge").allSatisfy { $0.kind == .deadlineSlip })
    }
}

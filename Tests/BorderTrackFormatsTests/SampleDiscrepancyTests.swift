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
        #expect(onBridge[0].explanation == "Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that, Amur Region Ministry of Economic Development and External Relations (2021-10-14) says completed but not in service — a later account reports less, with no suspension or closure reported between.")
    }

    @Test("the Tongjiang rail bridge built in halves: a lane for China's part, nothing disputed about it")
    func halves() throws {
        let a = Analysis(dataset: try ReportFixture.sampleDataset(), flags: [], today: Self.today)
        let t = try #require(a.timelines["nizhneleninskoye-tongjiang-rail-bridge"])
        #expect(t.sections.map(\.key) == [.section("CN")])
        // China's part: the whole project's proposal, its own construction and completion (Global Times,
        // October 2018), then the whole bridge's opening for cargo; the whole "under construction" of 2018
        // and 2021 (Russia's part) and "completed" of 2021–2022 do not take it back or further.
        #expect(t.sections[0].segments.map(\.claim.id) == ["nt-bridge-minec-2009", "nt-bridge-chinadaily-2015-04", "nt-bridge-greenfin-2016",
                                                           "nt-bridge-globaltimes-2018-10", "nt-bridge-greenfin-2022-11"])
        #expect(t.sections[0].segments.map(\.status) == [.proposed, .construction, .construction, .completed, .operational])
        #expect(a.discrepancies(of: "nizhneleninskoye-tongjiang-rail-bridge").allSatisfy { $0.kind == .deadlineSlip })
    }
}

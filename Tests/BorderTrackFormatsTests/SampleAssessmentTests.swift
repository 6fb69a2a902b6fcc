import BorderTrackCore
import BorderTrackFormats
import Testing

/// The worked example of `Docs/assessment.md` on the bundled sample data, as the JSON importer reads it.
@Suite("Assessment of the sample data")
struct SampleAssessmentTests {
    func assess(asOf: String?) throws -> Assessment {
        let analysis = Analysis(dataset: try ReportFixture.sampleDataset(), flags: [], today: try PartialDate(parsing: "2026-11-23").start,
                                asOf: try asOf.map { try PartialDate(parsing: $0).end })
        return try Assessor(analysis: analysis).assess(project: ReportFixture.bridge)
    }

    @Test("Blagoveshchensk–Heihe on 2021-10-20: completed, not in service; operating for cargo from 2022-06-10")
    func bridge() throws {
        let then = try assess(asOf: "2021-10-20")
        #expect(then.status == .completed && then.since?.description == "2019-11-28" && then.grade?.description == "F2")
        #expect(then.supporting.first == "bh-bridge-amurpravda-2019-11")
        #expect(Array(then.supporting.suffix(2)) == ["bh-bridge-amurlife-2021-10", "bh-bridge-amur-minec-2021-10"])
        #expect(then.discounted.map(\.claim) == ["bh-bridge-minec-2021", "bh-bridge-rg-2021-10"])
        let now = try assess(asOf: nil)
        #expect(now.status == .operational && now.scope == .cargo && now.since?.description == "2022-06-10")
        #expect(now.supporting.contains("bh-bridge-xinhua-2025-05") && now.supporting.contains("bh-bridge-rosgranstroy-2024-05"))
        #expect(now.discounted.map(\.claim).contains("bh-bridge-rg-2021-10"))
    }
}

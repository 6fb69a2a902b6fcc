import BorderTrackCore
import BorderTrackFormats
import BorderTrackStore
import Foundation
import Testing

/// The derived summaries' assessed status: graded by the sources' track records as the whole-tracker assessment
/// grades them, and kept current when an edit to one project moves a source's grade for the others.
@Suite struct DerivedAssessmentTests {
    /// A federal ministry contradicted by two independent local papers on two bridges (two tested claims: F), and
    /// a rail line only the ministry reports on.
    static let tracker = #"""
    {"format": "bordertrack/1",
     "sources": [{"id": "fed", "name": "Ministry", "tier": "federal-official", "country": "RU"},
                 {"id": "loc1", "name": "Amur Life", "tier": "local-media", "country": "RU"},
                 {"id": "loc2", "name": "Port Amur", "tier": "local-media", "country": "RU"}],
     "projects": [
       {"id": "b1", "kind": "bridge", "names": {"en": "First bridge"},
        "claims": [{"id": "b1-f", "status": "operational", "scope": "full", "asOf": "2021-10-07", "source": "fed"},
                   {"id": "b1-a", "status": "completed", "asOf": "2021-10-14", "source": "loc1"},
                   {"id": "b1-b", "status": "completed", "asOf": "2021-10-15", "source": "loc2"}]},
       {"id": "b2", "kind": "bridge", "names": {"en": "Second bridge"},
        "claims": [{"id": "b2-f", "status": "operational", "scope": "full", "asOf": "2022-03-01", "source": "fed"},
                   {"id": "b2-a", "status": "completed", "asOf": "2022-03-10", "source": "loc1"},
                   {"id": "b2-b", "status": "completed", "asOf": "2022-03-11", "source": "loc2"}]},
       {"id": "b3", "kind": "bridge", "names": {"en": "Third bridge"}},
       {"id": "rail", "kind": "rail", "names": {"en": "Rail line"},
        "claims": [{"id": "r-f", "status": "construction", "asOf": "2020-05", "source": "fed"}]}]}
    """#

    static func assessed(_ store: any DerivedSummaries, _ id: String) throws -> AssessedStatus? {
        try store.summaryPage(SummaryQuery(order: .name, descending: false), offset: 0, limit: 100).first { $0.project.id == id }?.assessed
    }

    @Test("an edit to one project that moves a source's grade assesses the others citing it again, as a full analysis does",
          arguments: Engine.allCases)
    func gradeMoves(_ engine: Engine) throws {
        let store = try #require(try engine.make(clock: DerivedTests.clock) as? any DerivedSummaries)
        _ = try store.importBatch(DatasetJSON.decode(Array(Self.tracker.utf8), file: "grades.json"), editor: "test")
        try store.bringDerivedUpToDate(today: DerivedTests.today, progress: nil)
        // Two contradicted claims: too little to judge the ministry.
        let before = try #require(try Self.assessed(store, "rail"))
        #expect(before.status == .construction)
        #expect(before.grade.reliability == .f)
        #expect(try Self.assessed(store, "b1")?.status == .completed)
        // A third bridge where two papers contradict it: three tested claims, none held — E, unreliable.
        for (id, status, day, source) in [("b3-f", Status.operational, "2023-06-01", "fed"), ("b3-a", .completed, "2023-06-08", "loc1"),
                                          ("b3-b", .completed, "2023-06-09", "loc2")] {
            _ = try store.addClaim(try Claim(id: id, project: "b3", status: status, scope: status == .operational ? .full : nil,
                                             asOf: try PartialDate(parsing: day), source: source), editor: "ed")
        }
        try store.bringDerivedUpToDate(today: DerivedTests.today, progress: nil)
        let after = try #require(try Self.assessed(store, "rail"))
        #expect(after.grade.reliability == .e, "the rail line was not edited, but its only source's grade moved")
        try DerivedTests.expectMatches(store)
        // An editor's grade overrides the record: every project citing the source is assessed with it.
        _ = try store.setGrade(source: "fed", grade: .b, reason: "checked against the customs statistics", editor: "ed")
        try store.bringDerivedUpToDate(today: DerivedTests.today, progress: nil)
        #expect(try Self.assessed(store, "rail")?.grade.reliability == .b)
        try DerivedTests.expectMatches(store)
    }
}

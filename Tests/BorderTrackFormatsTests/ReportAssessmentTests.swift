import BorderTrackCore
import BorderTrackFormats
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The assessed status in status reports (issue 21): beside the official and local accounts in every format, with
/// the grades of the sources where accounts and claims are listed, and the same as `Assessor` gives.
@Suite("Reports: the assessed status and grades")
struct ReportAssessmentTests {
    static let bridge = ReportFixture.bridge

    func section(_ r: StatusReport, _ id: String) throws -> StatusReport.Section {
        try #require(r.sections.first { $0.project.id == id })
    }

    @Test("the model: each project's assessment is the assessor's; grades beside accounts and claims; counts by status")
    func model() throws {
        let r = ReportFixture.report()
        let assessor = Assessor(analysis: ReportFixture.analysis())
        for s in r.sections { #expect(try s.assessment == assessor.assess(project: s.project.id)) }
        let b = try section(r, Self.bridge)
        // On 2021-12-31 RG's "operating" of 7 October stands against Amur Life's "completed" of the 15th: one each,
        // both sources ungraded (F), so the later is kept.
        #expect(b.assessment.status == .completed && b.assessment.since?.description == "2019-05-31")
        #expect(b.assessment.discounted.map(\.claim) == ["b3"] && b.official?.sourceGrade == .f)
        #expect(b.claims.allSatisfy { $0.sourceGrade == .f && $0.credibility != nil })
        #expect(b.claims.first { $0.claim.id == "b3" }?.credibility == .doubtful)
        let zone = try section(r, ReportFixture.zone)
        #expect(zone.assessment.status == nil && zone.assessment.supporting.isEmpty)
        let completed = try #require(r.summary.byStatus.first { $0.status == .completed })
        #expect(completed.assessed == 1)
        #expect(r.summary.byStatus.first { $0.status == nil }?.assessed == 1)
        #expect(r.summary.byStatus.reduce(0) { $0 + $1.assessed } == r.sections.count)
    }

    @Test("an editor's grade reaches the report: the graded source's accounts and claims, and the assessment it moves")
    func overrides() throws {
        let graded = StatusReport.make(analysis: ReportFixture.analysis(), generatedAt: ReportFixture.generatedAt,
                                       database: ReportFixture.database,
                                       overrides: ["rg": try GradeOverride(grade: .a, reason: "checked", editor: "ann")])
        let b = try section(graded, Self.bridge)
        #expect(b.official?.sourceGrade == .a && b.local?.sourceGrade == .f)
        #expect(b.claims.first { $0.claim.id == "b3" }?.sourceGrade == .a)
        // A completely reliable source outweighs one that cannot be judged: RG's "operating" stands.
        #expect(b.assessment.status == .operational && b.assessment.scope == .full && b.assessment.since?.description == "2021-10-07")
        #expect(b.assessment.discounted.map(\.claim) == ["b4"] && b.assessment.grade?.reliability == .a)
        let md = ReportMarkdown.render(graded)
        #expect(md.contains("| official | operational (full) | 2021-10-07 | Rossiyskaya Gazeta | 2021-10-07 | 2021-10-07 | `b3` | A |"), "\(md)")
    }

    @Test("Markdown: official, local and assessed rows with grades; the assessment with its reasons; claims graded")
    func markdown() throws {
        let md = ReportMarkdown.render(ReportFixture.report())
        #expect(md.contains("| Status | Official | Local | Assessed |"))
        #expect(md.contains("| Perspective | Status | In force since | Source | Claim date | Published | Claim | Grade |"))
        #expect(md.contains("| assessed | completed | 2019-05-31 | 2 supporting claims | — | — | — | F2 |"), "\(md)")
        #expect(md.contains("#### Assessed status\n\ncompleted but not in service since 2019-05-31 (F2) — cannot be judged source, probably true.\n"))
        #expect(md.contains("- **Discounted** `b3`: contradicted by 1 later"), "\(md)")
        #expect(md.contains("Rossiyskaya Gazeta (state media, RU, official) — graded F4, published 2021-10-07 — `b3`"), "\(md)")
        #expect(md.contains("| assessed | no claim | — | — | — | — | — | — |"))
    }

    @Test("HTML: an assessed row in each status table, well-formed; the assessment's reasons; claims graded")
    func html() throws {
        let html = ReportHTML.render(ReportFixture.report())
        #expect(html.contains("<th>Claim</th><th>Grade</th></tr></thead>"))
        #expect(html.contains(#"<tr class="assessed"><th scope="row">Assessed</th><td><span class="st">completed</span> <span class="tag">CMP</span></td><td class="date">2019-05-31</td><td>2 supporting claims</td><td>—</td><td>—</td><td>—</td><td class="grade">F2</td></tr>"#), "\(html)")
        #expect(html.contains("<p><strong>Assessed:</strong> completed but not in service since 2019-05-31 (F2) — cannot be judged source, probably true.</p>"))
        #expect(html.contains("<li>Discounted <code>b3</code>: contradicted by 1 later"))
        #expect(html.contains(#"<span class="grade">graded F4</span>"#))
        // Every status table, with its assessed row, parses as XML.
        var rest = html[...]
        var tables = 0
        while let start = rest.range(of: "<table class=\"status\">"), let end = rest[start.lowerBound...].range(of: "</table>") {
            let table = String(rest[start.lowerBound..<end.upperBound])
            #expect(XMLParser(data: Data(table.utf8)).parse(), "\(table)")
            #expect(table.contains("<tr class=\"assessed\">"))
            tables += 1
            rest = rest[end.upperBound...]
        }
        #expect(tables == 3)
    }

    @Test("CSV: the new columns come after every old one, the old ones unchanged; each row carries the assessment")
    func csv() throws {
        let rows = ReportCSV.rows(ReportFixture.report())
        let header = rows[0]
        #expect(Array(header.prefix(41)).last == "database")
        #expect(Array(header.suffix(12)) == ["official_source_grade", "local_source_grade", "assessed_status", "assessed_scope",
                                             "assessed_since", "assessed_grade", "assessed_supporting", "assessed_discounted",
                                             "assessed_sections", "source_grade", "claim_credibility", "claim_assessment"])
        #expect(rows.allSatisfy { $0.count == header.count })
        func value(_ row: [String], _ column: String) -> String { row[header.firstIndex(of: column)!] }
        let b3 = try #require(rows.first { value($0, "claim") == "b3" })
        #expect(value(b3, "assessed_status") == "completed" && value(b3, "assessed_since") == "2019-05-31" && value(b3, "assessed_grade") == "F2")
        #expect(value(b3, "assessed_discounted") == "b3" && value(b3, "official_source_grade") == "F")
        #expect(value(b3, "source_grade") == "F" && value(b3, "claim_credibility") == "4")
        #expect(value(b3, "claim_assessment").hasPrefix("discounted: contradicted by 1 later"))
        let b2 = try #require(rows.first { value($0, "claim") == "b2" })
        #expect(value(b2, "claim_assessment") == "supporting" && value(b2, "assessed_supporting") == "b2;b4")
        let zone = try #require(rows.first { value($0, "project") == ReportFixture.zone })
        #expect(value(zone, "assessed_status") == "" && value(zone, "claim") == "")
    }

    @Test("JSON and GeoJSON: the assessed object and properties; grades on accounts and claims")
    func json() throws {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(ReportJSON.render(ReportFixture.report()).utf8)) as? [String: Any])
        let projects = try #require(doc["projects"] as? [[String: Any]])
        let b = try #require(projects.first { $0["id"] as? String == Self.bridge })
        let assessed = try #require(b["assessed"] as? [String: Any])
        #expect(assessed["status"] as? String == "completed" && assessed["scope"] is NSNull && assessed["since"] as? String == "2019-05-31")
        #expect(assessed["grade"] as? String == "F2" && assessed["supporting"] as? [String] == ["b2", "b4"])
        let discounted = try #require(assessed["discounted"] as? [[String: String]])
        #expect(discounted.map { $0["claim"] } == ["b3"] && discounted[0]["reason"]?.hasPrefix("contradicted by") == true)
        #expect(assessed["sections"] as? [Any] != nil)
        #expect((b["official"] as? [String: Any])?["sourceGrade"] as? String == "F")
        let claims = try #require(b["claims"] as? [[String: Any]])
        #expect(claims.allSatisfy { $0["sourceGrade"] as? String == "F" && $0["credibility"] is Int })
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect((summary["byStatus"] as? [[String: Any]])?.allSatisfy { $0["assessed"] is Int } == true)

        let geo = try #require(try JSONSerialization.jsonObject(with: Data(ReportGeoJSON.render(ReportFixture.report()).utf8)) as? [String: Any])
        let features = try #require(geo["features"] as? [[String: Any]])
        let props = try #require(features.first { $0["id"] as? String == Self.bridge }?["properties"] as? [String: Any])
        #expect(props["assessedStatus"] as? String == "completed" && props["assessedScope"] is NSNull)
        #expect(props["assessedSince"] as? String == "2019-05-31" && props["assessedGrade"] as? String == "F2")
        let zone = try #require(features.first { $0["id"] as? String == ReportFixture.zone }?["properties"] as? [String: Any])
        #expect(zone["assessedStatus"] is NSNull && zone["assessedGrade"] is NSNull)
    }

    @Test("the sample data: the report's assessment is `assess`'s for every project, on the worked example's day and today")
    func sampleAgrees() throws {
        let data = try ReportFixture.sampleDataset()
        for asOf in ["2021-10-20", nil] {
            let analysis = Analysis(dataset: data, flags: [], today: try PartialDate(parsing: "2026-11-23").start,
                                    asOf: try asOf.map { try PartialDate(parsing: $0).end })
            let report = StatusReport.make(analysis: analysis, generatedAt: ReportFixture.generatedAt, database: "sample")
            let assessor = Assessor(analysis: analysis)
            #expect(report.sections.count == Set(data.projects.map(\.id)).count)
            for s in report.sections { #expect(try s.assessment == assessor.assess(project: s.project.id), "\(s.project.id)") }
            let bridge = try section(report, Self.bridge).assessment
            if asOf != nil {
                #expect(bridge.status == .completed && bridge.since?.description == "2019-11-28" && bridge.grade?.description == "F2")
            } else {
                #expect(bridge.status == .operational && bridge.scope == .cargo && bridge.since?.description == "2022-06-10")
            }
        }
    }
}

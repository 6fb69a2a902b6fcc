import BorderTrackCore
import BorderTrackFormats
import Testing

/// A claim's `section` in the JSON dataset and the claims CSV table, and the import checks that depend on the
/// claim's project: a scope only on a transport kind, a section only among the project's countries.
@Suite("Sections and scopes by kind in the formats")
struct SectionFormatTests {
    func json(_ text: String) -> ImportBatch { DatasetJSON.decode(Array(text.utf8), file: "d.json") }
    func csv(_ text: String, file: String = "c.csv") -> ImportBatch { DatasetCSV.decode(Array(text.utf8), file: file).batch }

    static let bridge = try! Project(id: "br", kind: .bridge, names: try! Names(en: "Bridge"), countries: ["RU", "CN"])
    static let pipe = try! Project(id: "pipe", kind: .pipeline, names: try! Names(en: "Pipe"), countries: ["RU", "CN"])

    /// A dataset with a claim about one section, one about the whole, and one with scope and section.
    func dataset() throws -> Dataset {
        Dataset(
            sources: [try Source(id: "rg", name: "RG", tier: .stateMedia, country: "RU")],
            projects: [Self.bridge, Self.pipe],
            claims: [
                try Claim(id: "c1", project: "br", status: .construction, asOf: PartialDate(parsing: "2019"), source: "rg", section: "CN"),
                try Claim(id: "c2", project: "br", status: .operational, scope: .cargo, asOf: PartialDate(parsing: "2021-10"), source: "rg",
                          recorded: Timestamp(parsing: "2026-01-01T00:00:00Z"), editor: "ann", section: "RU"),
                try Claim(id: "c3", project: "pipe", status: .completed, asOf: PartialDate(parsing: "2020"), source: "rg"),
            ])
    }

    @Test("JSON: section is written after scope only when present and read back")
    func jsonRoundTrip() throws {
        let d = try dataset()
        let text = DatasetJSON.encode(d)
        #expect(text.contains("""
                  "id": "c2",
                  "status": "operational",
                  "scope": "cargo",
                  "section": "RU",
                  "asOf": "2021-10",
        """))
        #expect(text.components(separatedBy: "\"section\"").count == 3, "two claims have a section, the third none")
        let back = json(text)
        #expect(back.issues.isEmpty)
        #expect(back.claims.map(\.0) == d.claims)
        #expect(back.claims.map(\.0.section) == ["CN", "RU", nil])
        #expect(back.problems(against: .init()).isEmpty)
        #expect(DatasetJSON.encode(back.dataset) == text)
    }

    @Test("JSON: a malformed section names the path, the field, the value and the expectation")
    func jsonBadSection() {
        let b = json("""
        {"format": "bordertrack/1", "sources": [],
         "projects": [{"id": "br", "kind": "bridge", "names": {"en": "B"}, "countries": ["RU", "CN"],
            "claims": [{"status": "proposed", "asOf": "2020", "source": "rg", "section": "ru"},
                       {"status": "proposed", "asOf": "2020", "source": "rg", "section": 7}]}]}
        """)
        #expect(b.issues.map(\.description) == [
            "d.json at $.projects[0].claims[0]: field \"section\": \"ru\" is not valid; expected an ISO 3166-1 alpha-2 country code in capitals, such as RU or CN",
            "d.json at $.projects[0].claims[1]: field \"section\": expected a string, found a number",
        ])
    }

    @Test("CSV: section follows the editor (the attribution columns come after it); old files without it stay valid; the column is matched by name")
    func csvColumn() throws {
        #expect(CSVTable.claims.columns == ["id", "project", "status", "scope", "as_of", "published", "source", "url", "quote",
                                            "supersedes", "recorded", "editor", "section", "quote_lang", "translation", "note", "via"])
        let d = try dataset()
        let text = DatasetCSV.encode(.claims, of: d)
        #expect(text == """
            id,project,status,scope,as_of,published,source,url,quote,supersedes,recorded,editor,section,quote_lang,translation,note,via\r
            c1,br,construction,,2019,,rg,,,,,,CN,,,,\r
            c2,br,operational,cargo,2021-10,,rg,,,,2026-01-01T00:00:00Z,ann,RU,,,,\r
            c3,pipe,completed,,2020,,rg,,,,,,,,,,\r

            """)
        let back = csv(text)
        #expect(back.issues.isEmpty)
        #expect(back.claims.map(\.0) == d.claims)
        // A file written before sections existed.
        let old = csv("project,status,as_of,source\r\nbr,proposed,2018,rg\r\n")
        #expect(old.issues.isEmpty && old.claims.map(\.0.section) == [nil])
        #expect(old.claims[0].0.id == Claim.derivedID(project: "br", status: "proposed", scope: "", asOf: "2018", published: "",
                                                      source: "rg", url: "", quote: ""), "ids of claims about the whole are as before")
        // Any column order; an empty cell is the whole project; the section joins a derived id.
        let moved = csv("section,project,status,as_of,source\r\nCN,br,proposed,2018,rg\r\n,br,agreed,2019,rg\r\n")
        #expect(moved.issues.isEmpty)
        #expect(moved.claims.map(\.0.section) == ["CN", nil])
        #expect(moved.claims[0].0.id == Claim.derivedID(project: "br", status: "proposed", scope: "", asOf: "2018", published: "",
                                                        source: "rg", url: "", quote: "", section: "CN"))
        #expect(moved.claims[0].0.id != old.claims[0].0.id)
        let bad = csv("project,status,as_of,source,section\r\nbr,proposed,2018,rg,Russia\r\n")
        #expect(bad.issues.map(\.description) == [
            "c.csv:2: field \"section\": \"Russia\" is not valid; expected an ISO 3166-1 alpha-2 country code in capitals, such as RU or CN",
        ])
    }

    @Test("import: a scope on a kind that takes none and a section outside the countries are issues with file, place, field, value")
    func importChecksInTheSameImport() {
        let b = json("""
        {"format": "bordertrack/1", "sources": [{"id": "rg", "name": "RG", "tier": "state-media"}],
         "projects": [{"id": "pipe", "kind": "pipeline", "names": {"en": "P"}, "countries": ["RU", "CN"],
            "claims": [{"status": "operational", "scope": "full", "asOf": "2020", "source": "rg"},
                       {"status": "operational", "asOf": "2021", "source": "rg", "section": "CN"}]},
           {"id": "br", "kind": "bridge", "names": {"en": "B"}, "countries": ["RU", "CN"],
            "claims": [{"status": "operational", "scope": "cargo", "asOf": "2020", "source": "rg", "section": "KZ"}]},
           {"id": "nowhere", "kind": "road", "names": {"en": "N"},
            "claims": [{"status": "proposed", "asOf": "2020", "source": "rg", "section": "RU"}]}]}
        """)
        #expect(b.issues.isEmpty)
        let problems = b.problems(against: .init())
        #expect(problems.map(\.description) == [
            "d.json at $.projects[0].claims[0]: field \"scope\": \"full\" is not valid; expected no scope on a pipeline project: passenger, cargo and full apply only to bridge, rail, road, border-crossing",
            "d.json at $.projects[1].claims[0]: field \"section\": \"KZ\" is not valid; expected one of the project's countries (RU, CN)",
            "d.json at $.projects[2].claims[0]: field \"section\": \"RU\" is not valid; expected no section: project nowhere names no countries",
        ])
        #expect(problems.map(\.field) == ["scope", "section", "section"])
        #expect(problems.map(\.value) == ["full", "KZ", "RU"])
        #expect(b.scopedProjectIDs.isEmpty, "every project the checks need is in the batch")
    }

    @Test("import: claims about projects already stored are checked against the stored kind and countries (CSV lines)")
    func importChecksAgainstStored() {
        let b = csv("""
            project,status,scope,as_of,source,section\r
            pipe,operational,,2020,rg,RU\r
            pipe,operational,passenger,2021,rg,\r
            br,operational,full,2021,rg,CN\r
            br,completed,,2021,rg,MN\r
            """, file: "claims.csv")
        #expect(b.issues.isEmpty)
        #expect(b.scopedProjectIDs == ["br", "pipe"])
        let existing = ImportBatch.Existing(sources: ["rg"], projects: ["pipe", "br"],
                                            projectDetails: ["pipe": Self.pipe, "br": Self.bridge])
        #expect(b.problems(against: existing).map(\.description) == [
            "claims.csv:3: field \"scope\": \"passenger\" is not valid; expected no scope on a pipeline project: passenger, cargo and full apply only to bridge, rail, road, border-crossing",
            "claims.csv:5: field \"section\": \"MN\" is not valid; expected one of the project's countries (RU, CN)",
        ])
        // Without the stored projects' details nothing can be said about them (an engine always supplies them).
        #expect(b.problems(against: ImportBatch.Existing(sources: ["rg"], projects: ["pipe", "br"])).isEmpty)
    }
}

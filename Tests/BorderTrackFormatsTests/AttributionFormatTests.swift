import BorderTrackCore
import BorderTrackFormats
import Testing

/// Whose words, through whom: a claim's `quoteLang`, `translation`, `note` and `via`, and a source's
/// `affiliation`, in the JSON dataset and the CSV tables, byte for byte both ways, with the import's checks.
@Suite("Claim attribution in the formats")
struct AttributionFormatTests {
    func json(_ text: String) -> ImportBatch { DatasetJSON.decode(Array(text.utf8), file: "d.json") }
    func csv(_ text: String, file: String = "c.csv") -> ImportBatch { DatasetCSV.decode(Array(text.utf8), file: file).batch }

    /// A regional government and the newspaper it founded, a study citing the newspaper, and claims in Russian
    /// with a translation, a claim known only through the study, and one with nothing new (ids unchanged).
    static func dataset() throws -> Dataset {
        Dataset(
            sources: [
                try Source(id: "amur-gov", name: "Government of the Amur Region", tier: .regionalOfficial, country: "RU"),
                try Source(id: "amurpravda", name: "Амурская правда", tier: .localMedia, country: "RU", affiliation: "amur-gov"),
                try Source(id: "study", name: "The 2021 study", tier: .localMedia),
            ],
            projects: [try Project(id: "br", kind: .bridge, names: try Names(en: "Bridge"), countries: ["RU", "CN"])],
            claims: [
                try Claim(id: "c1", project: "br", status: .completed, asOf: PartialDate(parsing: "2019-11-28"), source: "amurpravda",
                          quote: "Долгая дорога в Китай, \"мост\"\nвторая строка", quoteLang: "ru",
                          translation: "The Long Road to China", note: "Title only; =SUM(A1) stays text", via: "study"),
                try Claim(id: "c2", project: "br", status: .operational, scope: .full, asOf: PartialDate(parsing: "2021"),
                          source: "amur-gov", note: "The study's paraphrase, not the ministry's words", via: "study"),
                try Claim(id: "c3", project: "br", status: .construction, asOf: PartialDate(parsing: "2018"), source: "amur-gov",
                          quote: "黑河大桥", quoteLang: "zh-hans"),
                try Claim(id: "c4", project: "br", status: .proposed, asOf: PartialDate(parsing: "2009"), source: "amur-gov"),
            ])
    }

    @Test("JSON: the new fields are written after quote only when present, read back, and the text is the same")
    func jsonRoundTrip() throws {
        let d = try Self.dataset()
        let text = DatasetJSON.encode(d)
        #expect(text.contains("""
                  "quote": "Долгая дорога в Китай, \\"мост\\"\\nвторая строка",
                  "quoteLang": "ru",
                  "translation": "The Long Road to China",
                  "note": "Title only; =SUM(A1) stays text",
                  "via": "study"
        """))
        #expect(text.contains("""
              "country": "RU",
              "affiliation": "amur-gov"
        """))
        #expect(text.components(separatedBy: "\"via\"").count == 3, "two claims are known through the study")
        let back = json(text)
        #expect(back.issues.isEmpty)
        #expect(back.sources.map(\.0) == d.sources)
        #expect(back.claims.map(\.0) == d.claims)
        #expect(back.problems(against: .init()).isEmpty)
        #expect(DatasetJSON.encode(back.dataset) == text)
    }

    @Test("CSV: the new columns come last, round-trip byte for byte, and old files without them stay valid")
    func csvRoundTrip() throws {
        #expect(CSVTable.claims.columns.suffix(5) == ["section", "quote_lang", "translation", "note", "via"])
        #expect(CSVTable.sources.columns.last == "affiliation")
        let d = try Self.dataset()
        let claims = DatasetCSV.encode(.claims, of: d)
        #expect(claims.hasPrefix("id,project,status,scope,as_of,published,source,url,quote,supersedes,recorded,editor,section,quote_lang,translation,note,via\r\n"))
        #expect(claims.contains(",ru,The Long Road to China,Title only; =SUM(A1) stays text,study\r\n"),
                "the data export keeps raw values: defusing is for reports")
        let sources = DatasetCSV.encode(.sources, of: d)
        #expect(sources.contains("amurpravda,Амурская правда,local-media,RU,,,amur-gov\r\n"))
        let back = csv(sources, file: "s.csv")
        let backClaims = csv(claims)
        #expect(back.issues.isEmpty && backClaims.issues.isEmpty)
        #expect(back.sources.map(\.0) == d.sources)
        #expect(backClaims.claims.map(\.0) == d.claims)
        #expect(DatasetCSV.encode(.claims, of: backClaims.dataset) == claims)
        #expect(DatasetCSV.encode(.sources, of: back.dataset) == sources)
        let old = csv("project,status,as_of,source,quote\r\nbr,proposed,2018,rg,words\r\n")
        #expect(old.issues.isEmpty)
        #expect(old.claims.map(\.0.quoteLang) == [nil] && old.claims.map(\.0.via) == [nil])
        let oldSources = csv("id,name,tier\r\nrg,RG,state-media\r\n", file: "s.csv")
        #expect(oldSources.issues.isEmpty && oldSources.sources.map(\.0.affiliation) == [nil])
    }

    @Test("A claim without the new fields keeps the id derived before they existed")
    func derivedIDsUnchanged() {
        let plain = Claim.derivedID(project: "br", status: "proposed", scope: "", asOf: "2009", published: "", source: "rg", url: "", quote: "q")
        #expect(plain == "c-" + StableHash.of(["br", "proposed", "", "2009", "", "rg", "", "q"]))
        let withSection = Claim.derivedID(project: "br", status: "proposed", scope: "", asOf: "2009", published: "", source: "rg",
                                          url: "", quote: "q", section: "CN")
        #expect(withSection == "c-" + StableHash.of(["br", "proposed", "", "2009", "", "rg", "", "q", "CN"]))
        let via = Claim.derivedID(project: "br", status: "proposed", scope: "", asOf: "2009", published: "", source: "rg", url: "",
                                  quote: "q", via: "study")
        #expect(via != plain, "the same words known through another account are another record")
    }

    @Test("Bad values name the path or line, the field, the value and the expectation")
    func badValues() {
        let b = json("""
        {"format": "bordertrack/1", "sources": [{"id": "a", "name": "A", "tier": "local-media", "affiliation": "a"},
                                                {"id": "b", "name": "B", "tier": "local-media", "affiliation": "Nobody"}],
         "projects": [{"id": "br", "kind": "bridge", "names": {"en": "B"},
            "claims": [{"status": "proposed", "asOf": "2020", "source": "a", "quote": "q", "quoteLang": "Russian"},
                       {"status": "proposed", "asOf": "2020", "source": "a", "quoteLang": "ru"},
                       {"status": "proposed", "asOf": "2020", "source": "a", "via": "a"},
                       {"status": "proposed", "asOf": "2020", "source": "a", "translation": 3}]}]}
        """)
        #expect(b.issues.map(\.description) == [
            "d.json at $.sources[0]: field \"affiliation\": \"a\" is not valid; expected the id of another source: a source does not control itself",
            "d.json at $.sources[1]: field \"affiliation\": \"Nobody\" is not valid; expected a slug of lowercase letters, digits and '-', starting with a letter or digit, at most 128 characters",
            "d.json at $.projects[0].claims[0]: field \"quoteLang\": \"Russian\" is not valid; expected a language code such as ru, zh or en (ISO 639, lowercase)",
            "d.json at $.projects[0].claims[1]: field \"quoteLang\": \"ru\" is not valid; expected no quoteLang without a quote: it names the quote's language",
            "d.json at $.projects[0].claims[2]: field \"via\": \"a\" is not valid; expected a source other than the claim's own source a: via names the secondary account it is known through",
            "d.json at $.projects[0].claims[3]: field \"translation\": expected a string, found a number",
        ])
        let c = csv("project,status,as_of,source,quote,quote_lang\r\nbr,proposed,2018,rg,слова,RU\r\n")
        #expect(c.issues.map(\.description) == [
            "c.csv:2: field \"quote_lang\": \"RU\" is not valid; expected a language code such as ru, zh or en (ISO 639, lowercase)",
        ])
    }

    @Test("Unknown via and affiliation sources are refused on import, naming the field")
    func unknownReferences() throws {
        let b = json("""
        {"format": "bordertrack/1", "sources": [{"id": "a", "name": "A", "tier": "local-media", "affiliation": "founder"}],
         "projects": [{"id": "br", "kind": "bridge", "names": {"en": "B"},
            "claims": [{"status": "proposed", "asOf": "2020", "source": "a", "via": "study"}]}]}
        """)
        #expect(b.issues.isEmpty)
        let problems = b.problems(against: .init()).map(\.description)
        #expect(problems == [
            "d.json at $.sources[0]: field \"affiliation\": unknown source \"founder\"; expected the id of a source in the same import or already in the database",
            "d.json at $.projects[0].claims[0]: field \"via\": unknown source \"study\"; expected the id of a source in the same import or already in the database",
        ])
        #expect(b.problems(against: .init(sources: ["founder", "study"])).isEmpty, "stored sources are known")
    }
}

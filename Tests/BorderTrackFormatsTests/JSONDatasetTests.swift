import BorderTrackCore
import BorderTrackFormats
import Testing

@Suite("JSON dataset")
struct JSONDatasetTests {
    func decode(_ text: String) -> ImportBatch { DatasetJSON.decode(Array(text.utf8), file: "d.json") }

    @Test("a key repeated in one object is refused, naming the key, its JSON path and line")
    func duplicateKeys() {
        let b = decode("""
        {"format": "bordertrack/1", "sources": [],
         "projects": [{"id": "p", "kind": "road", "names": {"en": "P"},
                       "claims": [{"id": "c", "status": "construction", "asOf": "2020", "source": "s"},
                                  {"id": "d", "status": "construction", "status": "operational", "asOf": "2021", "source": "s"}]}]}
        """)
        #expect(b.issues.map(\.description) == [
            "d.json:4: not valid JSON at line 4, column 73: duplicate key \"status\" in the object at $.projects[0].claims[1]; each key may appear only once",
        ])
        #expect(b.claims.isEmpty)
        // Many keys (a set, not a scan) and odd key text in the path.
        var keys = (0..<40).map { "\"k\($0)\": 1" }
        keys.append("\"k7\": 2")
        let many = decode("{\"format\": \"bordertrack/1\", \"x y\": [{" + keys.joined(separator: ", ") + "}]}")
        #expect(many.issues.first?.message.contains("duplicate key \"k7\" in the object at $[\"x y\"][0]") == true)
        // The same key in different objects is fine.
        #expect(decode(#"{"format": "bordertrack/1", "sources": [], "projects": []}"#).issues.isEmpty)
    }

    @Test("the spec's example decodes")
    func example() {
        let b = decode("""
        {"format": "bordertrack/1",
         "sources": [{"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU", "url": "https://rg.ru", "perspective": "official"}],
         "projects": [{"id": "blagoveshchensk-heihe-road-bridge", "kind": "bridge",
           "names": {"en": "Blagoveshchensk–Heihe road bridge", "ru": "Мост Благовещенск – Хэйхэ", "zh": "黑河—布拉戈维申斯克界河公路大桥"},
           "countries": ["RU", "CN"], "regions": ["Amur Oblast", "Heilongjiang"], "location": {"lat": 50.25, "lon": 127.55},
           "programs": ["ru-cn-cooperation-programme-2009-2018"],
           "plans": [{"milestone": "opening", "target": "2020", "announced": "2018-03", "source": "portamur"}],
           "claims": [{"id": "c1", "status": "operational", "scope": "full", "asOf": "2021-10-07", "published": "2021-10-07",
                       "source": "rg", "url": "https://rg.ru/2021/10/07/...", "quote": "…"}]}]}
        """)
        #expect(b.issues.isEmpty)
        #expect(b.projects.first?.0.names.zh == "黑河—布拉戈维申斯克界河公路大桥")
        #expect(b.claims.first?.0.scope == .full)
        #expect(b.plans.first?.0.source == "portamur")
    }

    @Test("errors name the JSON path, the field, the value and the expectation")
    func paths() {
        let b = decode("""
        {"format": "bordertrack/1", "sources": [],
         "projects": [{"id": "p", "kind": "bridge", "names": {"en": "P"},
            "claims": [{"status": "operational", "asOf": "2021-13", "source": "rg"}, {"status": 4, "asOf": "2021", "source": "rg"}]},
          {"id": "Q Q", "kind": "tunnel", "names": {"en": "Q"}}]}
        """)
        let text = b.issues.map(\.description)
        #expect(text.contains("d.json at $.projects[0].claims[0]: field \"asOf\": \"2021-13\" is not valid; expected month must be 01–12"))
        #expect(text.contains("d.json at $.projects[0].claims[1]: field \"status\": expected a string, found a number"))
        #expect(text.contains("d.json at $.projects[1]: field \"kind\": \"tunnel\" is not valid; expected one of bridge, rail, road, pipeline, border-crossing, ftz, industrial-park, port, energy, other"))
    }

    @Test("syntax errors give line and column; truncation, depth and format are caught")
    func syntax() {
        #expect(decode("{\n  \"format\": \"bordertrack/1\",\n  \"sources\": [}").issues.first?.description
                == "d.json:3: not valid JSON at line 3, column 15: unexpected character; expected a JSON value")
        #expect(decode("{\"format\": \"bordertrack/1\", \"sources\": [").issues.first?.description.contains("truncated") == true)
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(decode(deep).issues.first?.description.contains("nesting deeper than 128 levels") == true)
        #expect(decode("{\"format\": \"bordertrack/2\"}").issues.first?.description
                == "d.json at $.format: field \"format\": \"bordertrack/2\" is not supported; expected \"bordertrack/1\"")
        #expect(decode("").issues.first?.description.contains("the file is empty") == true)
        #expect(decode("{\"format\": \"bordertrack/1\", \"extra\": 1}").issues.first?.description.contains("unknown field \"extra\"") == true)
    }

    @Test("encoding is deterministic and decodes back to the same values")
    func roundTrip() throws {
        let d = Dataset(
            sources: [try Source(id: "s", name: "S \"quoted\" \u{1B}[31m", tier: .field, country: "CN", perspective: .official)],
            projects: [try Project(id: "p", kind: .ftz, names: try Names(en: "Zone", ru: "Зона", zh: "自贸区"), location: try Location(lat: -1.5, lon: 179.999))],
            plans: [],
            claims: [try Claim(id: "c", project: "p", status: .agreed, asOf: try PartialDate(parsing: "2019~"), source: "s",
                               quote: "line\nbreak\ttab \u{7} bell 😀", recorded: Timestamp(parsing: "2026-01-01T00:00:00Z"), editor: "e")])
        let text = DatasetJSON.encode(d)
        // Pinned bytes: key order, indentation, the escapes (ESC and BEL as \u00XX, newline and tab as \n and \t),
        // raw UTF-8 for Cyrillic, CJK and emoji, numbers as written.
        #expect(text == #"""
{
  "format": "bordertrack/1",
  "sources": [
    {
      "id": "s",
      "name": "S \"quoted\" \u001b[31m",
      "tier": "field",
      "country": "CN",
      "perspective": "official"
    }
  ],
  "projects": [
    {
      "id": "p",
      "kind": "ftz",
      "names": {
        "en": "Zone",
        "ru": "Зона",
        "zh": "自贸区"
      },
      "location": {
        "lat": -1.5,
        "lon": 179.999
      },
      "claims": [
        {
          "id": "c",
          "status": "agreed",
          "asOf": "2019~",
          "source": "s",
          "quote": "line\nbreak\ttab \u0007 bell 😀",
          "recorded": "2026-01-01T00:00:00Z",
          "editor": "e"
        }
      ]
    }
  ]
}

"""#)
        let back = DatasetJSON.decode(Array(text.utf8), file: "x")
        #expect(back.issues.isEmpty)
        #expect(back.claims.map(\.0) == d.claims && back.sources.map(\.0) == d.sources && back.projects.map(\.0) == d.projects)
        #expect(DatasetJSON.encode(Dataset(sources: back.sources.map(\.0), projects: back.projects.map(\.0), claims: back.claims.map(\.0))) == text)
        // NUL inside text is refused on import (SQLite C strings would cut it).
        let nul = DatasetJSON.decode(Array("{\"format\":\"bordertrack/1\",\"sources\":[{\"id\":\"s\",\"name\":\"a\\u0000b\",\"tier\":\"field\"}]}".utf8), file: "n.json")
        #expect(nul.issues.map(\.description) == ["n.json at $.sources[0]: field \"name\": \"a\\u{0}b\" is not valid; expected text without NUL characters"])
    }
}

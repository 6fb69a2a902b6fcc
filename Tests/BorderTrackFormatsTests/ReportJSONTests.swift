import BorderTrackCore
import BorderTrackFormats
import Foundation
import Testing

@Suite("Report as JSON and GeoJSON")
struct ReportJSONTests {
    @Test("golden JSON: the fixed dataset as of 2021-12-31")
    func goldenJSON() {
        // Compared with controls made visible, so the golden text holds no raw bidi override.
        ReportFixture.expectGolden(TerminalText.sanitize(ReportJSON.render(ReportFixture.report())), Self.goldenJSON, name: "report.json")
    }

    @Test("written in pieces, the JSON report is the same bytes as rendered whole (also with no projects)")
    func streamed() throws {
        for report in [ReportFixture.report(), ReportFixture.report(.init(country: "ZZ"))] {
            var bytes: [UInt8] = []
            var pieces = 0
            try ReportJSON.write(report) { bytes.append(contentsOf: $0); pieces += 1 }
            #expect(bytes == Array(ReportJSON.render(report).utf8))
            #expect(pieces >= 1)
        }
        #expect(ReportFixture.report(.init(country: "ZZ")).sections.isEmpty)
        #expect(!ReportFixture.report().sections.isEmpty)
    }

    @Test("golden GeoJSON: the fixed dataset as of 2021-12-31")
    func goldenGeoJSON() {
        ReportFixture.expectGolden(ReportGeoJSON.render(ReportFixture.report()), Self.goldenGeoJSON, name: "report.geojson")
    }

    @Test("JSON parses, starts with the format tag and keeps raw values")
    func json() throws {
        let text = ReportJSON.render(ReportFixture.report(asOf: nil))
        #expect(text.hasPrefix("{\n  \"format\": \"bordertrack-report/1\",\n  \"asOf\": null,"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["database"] as? String == ReportFixture.database)
        let projects = try #require(root["projects"] as? [[String: Any]])
        #expect(projects.map { $0["id"] as? String } == [ReportFixture.bridge, ReportFixture.rail, ReportFixture.zone])
        let claims = try #require(projects[0]["claims"] as? [[String: Any]])
        #expect(claims.map { $0["id"] as? String } == ["b1", "b2", "b3", "b4", "b6", "b5"])
        #expect(claims[0]["quote"] as? String == ReportFixture.markupQuote)
        #expect(claims[1]["quote"] as? String == #"=HYPERLINK("http://evil.example","click")"#)
        #expect(claims[3]["quote"] as? String == ReportFixture.bidiQuote)
        let local = try #require(projects[0]["local"] as? [String: Any])
        #expect(local["claim"] as? String == "b5" && local["scope"] as? String == "cargo")
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["projects"] as? Int == 3)
        // Without --as-of the day is the current one and every claim counts: Port Amur's cargo report (b5,
        // published 2022-06-03) is the bridge's local account. Pinned bytes (the golden test pins the as-of form).
        #expect(text.contains("""
          "asOf": null,
          "day": "2024-05-01",
          "generatedAt": "2024-05-01T09:30:00Z",
        """))
        #expect(text.contains("""
              "local": {
                "status": "operational",
                "scope": "cargo",
                "since": "2022-06-01",
                "claim": "b5",
                "source": "portamur",
                "sourceName": "Port <Amur> & Co",
                "asOf": "2022-06-01",
                "published": "2022-06-03",
                "sourceGrade": "F"
              },
              "assessed": {
                "status": "operational",
                "scope": "cargo",
                "since": "2022-06-01",
        """))
    }

    @Test("GeoJSON: a FeatureCollection of Point features at [lon, lat] for projects with a location")
    func geojson() throws {
        let text = ReportGeoJSON.render(ReportFixture.report())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        let features = try #require(root["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let bridge = features[0]
        #expect(bridge["type"] as? String == "Feature")
        let geometry = try #require(bridge["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [127.55, 50.25])
        let p = try #require(bridge["properties"] as? [String: Any])
        #expect(p["id"] as? String == ReportFixture.bridge)
        #expect(p["name"] as? String == "Blagoveshchensk–Heihe road bridge")
        #expect((p["names"] as? [String: Any])?["zh"] as? String == "黑河—布拉戈维申斯克界河公路大桥")
        #expect(p["kind"] as? String == "bridge")
        #expect(p["officialStatus"] as? String == "operational")
        #expect(p["localStatus"] as? String == "completed")
        #expect(p["openDiscrepancies"] as? Int == 2)
        #expect(p["worstSeverity"] as? String == "critical")
        let zone = try #require(features[1]["properties"] as? [String: Any])
        #expect(zone["officialStatus"] is NSNull && zone["worstSeverity"] is NSNull && zone["openDiscrepancies"] as? Int == 0)
    }

    static let goldenJSON = ##"""
{
  "format": "bordertrack-report/1",
  "asOf": "2021-12-31",
  "day": "2021-12-31",
  "generatedAt": "2024-05-01T09:30:00Z",
  "database": "/var/lib/bordertrack/test.sqlite",
  "statement": "Every status in this report is a claim by a named source on a date, not an established fact; official and local accounts are shown side by side.",
  "selection": {
    "projects": [],
    "kind": null,
    "country": null,
    "discrepanciesOnly": false
  },
  "summary": {
    "projects": 3,
    "byStatus": [
      {
        "status": "proposed",
        "official": 0,
        "local": 0,
        "assessed": 0
      },
      {
        "status": "agreed",
        "official": 0,
        "local": 0,
        "assessed": 0
      },
      {
        "status": "construction",
        "official": 1,
        "local": 0,
        "assessed": 0
      },
      {
        "status": "completed",
        "official": 0,
        "local": 1,
        "assessed": 1
      },
      {
        "status": "operational",
        "official": 1,
        "local": 0,
        "assessed": 0
      },
      {
        "status": "suspended",
        "official": 0,
        "local": 1,
        "assessed": 1
      },
      {
        "status": "cancelled",
        "official": 0,
        "local": 0,
        "assessed": 0
      },
      {
        "status": null,
        "official": 1,
        "local": 1,
        "assessed": 1
      }
    ],
    "openDiscrepancies": 4,
    "bySeverity": [
      {
        "severity": "critical",
        "open": 0,
        "acknowledged": 1,
        "total": 1
      },
      {
        "severity": "major",
        "open": 2,
        "acknowledged": 0,
        "total": 2
      },
      {
        "severity": "minor",
        "open": 1,
        "acknowledged": 0,
        "total": 1
      }
    ],
    "largestSlips": [
      {
        "project": "blagoveshchensk-heihe-road-bridge",
        "name": "Blagoveshchensk–Heihe road bridge",
        "milestone": "opening",
        "firstTarget": "2019",
        "latestTarget": "2021-10",
        "months": 33,
        "moves": 2
      },
      {
        "project": "nizhneleninskoye-tongjiang-rail-bridge",
        "name": "Nizhneleninskoye–Tongjiang rail bridge | section 2",
        "milestone": "completion",
        "firstTarget": "2016",
        "latestTarget": "2018",
        "months": 24,
        "moves": 1
      }
    ]
  },
  "projects": [
    {
      "id": "blagoveshchensk-heihe-road-bridge",
      "kind": "bridge",
      "names": {
        "en": "Blagoveshchensk–Heihe road bridge",
        "ru": "Мост Благовещенск – Хэйхэ",
        "zh": "黑河—布拉戈维申斯克界河公路大桥"
      },
      "countries": ["RU", "CN"],
      "regions": ["Amur Oblast", "Heilongjiang"],
      "location": {
        "lat": 50.25,
        "lon": 127.55
      },
      "programs": [],
      "official": {
        "status": "operational",
        "scope": "full",
        "since": "2021-10-07",
        "claim": "b3",
        "source": "rg",
        "sourceName": "Rossiyskaya Gazeta",
        "asOf": "2021-10-07",
        "published": "2021-10-07",
        "sourceGrade": "F"
      },
      "local": {
        "status": "completed",
        "scope": null,
        "since": "2021-10-15",
        "claim": "b4",
        "source": "amurlife",
        "sourceName": "Amur Life «Амурская жизнь»",
        "asOf": "2021-10-15",
        "published": "2021-10-20",
        "sourceGrade": "F"
      },
      "assessed": {
        "status": "completed",
        "scope": null,
        "since": "2019-05-31",
        "grade": "F2",
        "supporting": ["b2", "b4"],
        "discounted": [
          {
            "claim": "b3",
            "reason": "contradicted by 1 later independent local source"
          }
        ],
        "sections": []
      },
      "openDiscrepancies": 2,
      "worstSeverity": "critical",
      "discrepancies": [
        {
          "id": "sc-8a891def06",
          "project": "blagoveshchensk-heihe-road-bridge",
          "kind": "status-conflict",
          "severity": "critical",
          "from": "2021-10-07",
          "to": "2021-10-15",
          "ongoing": false,
          "official": {
            "label": "official",
            "status": "operational",
            "scope": "full",
            "claims": ["b3"]
          },
          "local": {
            "label": "local",
            "status": "completed",
            "scope": null,
            "claims": ["b4"]
          },
          "sides": [
            {
              "label": "official RU",
              "status": "operational",
              "scope": "full",
              "claims": ["b3"]
            },
            {
              "label": "local RU",
              "status": "completed",
              "scope": null,
              "claims": ["b4"]
            }
          ],
          "spans": ["official-local"],
          "claims": ["b3", "b4"],
          "plans": [],
          "explanation": "Official and local accounts contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that, Amur Life «Амурская жизнь» (2021-10-15, via Port <Amur> & Co) says completed but not in service — a later account reports less, with no suspension or closure reported between.",
          "state": "acknowledged",
          "note": "checking",
          "editor": "anna",
          "at": "2021-11-01T10:00:00Z"
        },
        {
          "id": "ds-8debbc99c6",
          "project": "blagoveshchensk-heihe-road-bridge",
          "kind": "deadline-slip",
          "severity": "minor",
          "from": "2016-12-01",
          "to": "2020-06-30",
          "ongoing": false,
          "official": {
            "label": "official",
            "status": "completed",
            "scope": null,
            "claims": ["b2"]
          },
          "local": {
            "label": "local",
            "status": null,
            "scope": null,
            "claims": []
          },
          "sides": [
            {
              "label": "opening",
              "status": null,
              "scope": null,
              "claims": []
            }
          ],
          "spans": [],
          "claims": [],
          "plans": ["p1", "p2", "p3"],
          "explanation": "The opening target moved 2 times, 33 months in all: 2019 (announced 2016-12) → 2020 (announced 2019-05) → 2021-10 (announced 2020-06).",
          "state": "open"
        }
      ],
      "deadlines": [
        {
          "plan": "p1",
          "milestone": "opening",
          "target": "2019",
          "announced": "2016-12",
          "source": "rg",
          "sourceName": "Rossiyskaya Gazeta",
          "changeMonths": null
        },
        {
          "plan": "p2",
          "milestone": "opening",
          "target": "2020",
          "announced": "2019-05",
          "source": "rg",
          "sourceName": "Rossiyskaya Gazeta",
          "changeMonths": 12
        },
        {
          "plan": "p3",
          "milestone": "opening",
          "target": "2021-10",
          "announced": "2020-06",
          "source": "xinhua",
          "sourceName": "Xinhua 新华社",
          "changeMonths": 21
        }
      ],
      "slips": [
        {
          "project": "blagoveshchensk-heihe-road-bridge",
          "name": "Blagoveshchensk–Heihe road bridge",
          "milestone": "opening",
          "firstTarget": "2019",
          "latestTarget": "2021-10",
          "months": 33,
          "moves": 2
        }
      ],
      "timeline": {
        "official": [
          {
            "status": "construction",
            "scope": null,
            "from": "2016-12-24",
            "to": "2019-05-30",
            "ongoing": false,
            "claim": "b1"
          },
          {
            "status": "completed",
            "scope": null,
            "from": "2019-05-31",
            "to": "2021-10-06",
            "ongoing": false,
            "claim": "b2"
          },
          {
            "status": "operational",
            "scope": "full",
            "from": "2021-10-07",
            "to": "2021-12-31",
            "ongoing": true,
            "claim": "b3"
          }
        ],
        "local": [
          {
            "status": "completed",
            "scope": null,
            "from": "2021-10-15",
            "to": "2021-12-31",
            "ongoing": true,
            "claim": "b4"
          }
        ]
      },
      "voices": {
        "sources": 3,
        "independent": 3
      },
      "claims": [
        {
          "id": "b1",
          "status": "construction",
          "scope": null,
          "asOf": "2016-12-24",
          "published": "2016-12-24",
          "source": "xinhua",
          "sourceName": "Xinhua 新华社",
          "tier": "state-media",
          "country": "CN",
          "perspective": "official",
          "inForce": false,
          "url": "https://www.xinhua.net/a?x=1&y=\"2\"",
          "quote": "Construction began <script>alert(1)</script> & \"quoted\" 'single'",
          "quoteLang": null,
          "translation": null,
          "note": null,
          "via": null,
          "viaName": null,
          "sourceGrade": "F",
          "credibility": 3
        },
        {
          "id": "b2",
          "status": "completed",
          "scope": null,
          "asOf": "2019-05-31",
          "published": "2019-06-01",
          "source": "rg",
          "sourceName": "Rossiyskaya Gazeta",
          "tier": "state-media",
          "country": "RU",
          "perspective": "official",
          "inForce": false,
          "url": "https://rg.ru/2019/05/31/most.html",
          "quote": "=HYPERLINK(\"http://evil.example\",\"click\")",
          "quoteLang": null,
          "translation": null,
          "note": null,
          "via": null,
          "viaName": null,
          "sourceGrade": "F",
          "credibility": 2
        },
        {
          "id": "b3",
          "status": "operational",
          "scope": "full",
          "asOf": "2021-10-07",
          "published": "2021-10-07",
          "source": "rg",
          "sourceName": "Rossiyskaya Gazeta",
          "tier": "state-media",
          "country": "RU",
          "perspective": "official",
          "inForce": true,
          "url": null,
          "quote": "+1 truck crossed",
          "quoteLang": null,
          "translation": null,
          "note": null,
          "via": null,
          "viaName": null,
          "sourceGrade": "F",
          "credibility": 4
        },
        {
          "id": "b4",
          "status": "completed",
          "scope": null,
          "asOf": "2021-10-15",
          "published": "2021-10-20",
          "source": "amurlife",
          "sourceName": "Amur Life «Амурская жизнь»",
          "tier": "local-media",
          "country": "RU",
          "perspective": "local",
          "inForce": true,
          "url": null,
          "quote": "-2 lanes still closed\nBridge ⟨U+202E⟩nepo⟨U+202C⟩ — not yet",
          "quoteLang": null,
          "translation": "=not yet <b>open</b>",
          "note": "Port's *summary* of [Amur Life]",
          "via": "portamur",
          "viaName": "Port <Amur> & Co",
          "sourceGrade": "F",
          "credibility": 2
        }
      ]
    },
    {
      "id": "nizhneleninskoye-tongjiang-rail-bridge",
      "kind": "rail",
      "names": {
        "en": "Nizhneleninskoye–Tongjiang rail bridge | section 2",
        "ru": "Железнодорожный мост Нижнеленинское — Тунцзян",
        "zh": "同江—下列宁斯阔耶铁路大桥"
      },
      "countries": ["RU", "CN"],
      "regions": ["Jewish Autonomous Oblast", "Heilongjiang"],
      "location": null,
      "programs": [],
      "official": {
        "status": "construction",
        "scope": null,
        "since": "2014-02-26",
        "claim": "n2",
        "source": "xinhua",
        "sourceName": "Xinhua 新华社",
        "asOf": "2014-02-26",
        "published": null,
        "sourceGrade": "F"
      },
      "local": {
        "status": "suspended",
        "scope": null,
        "since": "2017-01-01",
        "claim": "n3",
        "source": "amurlife",
        "sourceName": "Amur Life «Амурская жизнь»",
        "asOf": "2017~",
        "published": "2017-03",
        "sourceGrade": "F"
      },
      "assessed": {
        "status": "suspended",
        "scope": null,
        "since": "2017~",
        "grade": "F3",
        "supporting": ["n3"],
        "discounted": [],
        "sections": []
      },
      "openDiscrepancies": 2,
      "worstSeverity": "major",
      "discrepancies": [
        {
          "id": "so-2fe9081fcc",
          "project": "nizhneleninskoye-tongjiang-rail-bridge",
          "kind": "stale-official",
          "severity": "major",
          "from": "2019-01-01",
          "to": "2021-12-31",
          "ongoing": true,
          "official": {
            "label": "official",
            "status": "construction",
            "scope": null,
            "claims": ["n2"]
          },
          "local": {
            "label": "local",
            "status": "suspended",
            "scope": null,
            "claims": ["n3"]
          },
          "sides": [
            {
              "label": "official",
              "status": "construction",
              "scope": null,
              "claims": ["n2"]
            },
            {
              "label": "local",
              "status": "suspended",
              "scope": null,
              "claims": ["n3"]
            }
          ],
          "spans": ["official-local"],
          "claims": ["n2", "n3"],
          "plans": [],
          "explanation": "No official source has changed its account since 2014-02-26 (Xinhua 新华社: under construction), 94 months, while local sources report suspended (Amur Life «Амурская жизнь», 2017~).",
          "state": "open"
        },
        {
          "id": "ds-933bcbc9df",
          "project": "nizhneleninskoye-tongjiang-rail-bridge",
          "kind": "deadline-slip",
          "severity": "major",
          "from": "2014-02-01",
          "to": "2016-06-30",
          "ongoing": true,
          "official": {
            "label": "official",
            "status": "construction",
            "scope": null,
            "claims": ["n2"]
          },
          "local": {
            "label": "local",
            "status": null,
            "scope": null,
            "claims": []
          },
          "sides": [
            {
              "label": "completion",
              "status": null,
              "scope": null,
              "claims": []
            }
          ],
          "spans": [],
          "claims": [],
          "plans": ["p4", "p5"],
          "explanation": "The completion target moved 1 time, 24 months in all: 2016 (announced 2014-02) → 2018 (announced 2016-06); the latest target has passed with no source reporting the completion.",
          "state": "open"
        }
      ],
      "deadlines": [
        {
          "plan": "p4",
          "milestone": "completion",
          "target": "2016",
          "announced": "2014-02",
          "source": "xinhua",
          "sourceName": "Xinhua 新华社",
          "changeMonths": null
        },
        {
          "plan": "p5",
          "milestone": "completion",
          "target": "2018",
          "announced": "2016-06",
          "source": "rg",
          "sourceName": "Rossiyskaya Gazeta",
          "changeMonths": 24
        }
      ],
      "slips": [
        {
          "project": "nizhneleninskoye-tongjiang-rail-bridge",
          "name": "Nizhneleninskoye–Tongjiang rail bridge | section 2",
          "milestone": "completion",
          "firstTarget": "2016",
          "latestTarget": "2018",
          "months": 24,
          "moves": 1
        }
      ],
      "timeline": {
        "official": [
          {
            "status": "agreed",
            "scope": null,
            "from": "2008-10-01",
            "to": "2014-02-25",
            "ongoing": false,
            "claim": "n1"
          },
          {
            "status": "construction",
            "scope": null,
            "from": "2014-02-26",
            "to": "2021-12-31",
            "ongoing": true,
            "claim": "n2"
          }
        ],
        "local": [
          {
            "status": "suspended",
            "scope": null,
            "from": "2017-01-01",
            "to": "2021-12-31",
            "ongoing": true,
            "claim": "n3"
          }
        ]
      },
      "voices": {
        "sources": 3,
        "independent": 3
      },
      "claims": [
        {
          "id": "n1",
          "status": "agreed",
          "scope": null,
          "asOf": "2008-10",
          "published": null,
          "source": "rg",
          "sourceName": "Rossiyskaya Gazeta",
          "tier": "state-media",
          "country": "RU",
          "perspective": "official",
          "inForce": false,
          "url": null,
          "quote": null,
          "quoteLang": null,
          "translation": null,
          "note": null,
          "via": null,
          "viaName": null,
          "sourceGrade": "F",
          "credibility": 3
        },
        {
          "id": "n2",
          "status": "construction",
          "scope": null,
          "asOf": "2014-02-26",
          "published": null,
          "source": "xinhua",
          "sourceName": "Xinhua 新华社",
          "tier": "state-media",
          "country": "CN",
          "perspective": "official",
          "inForce": true,
          "url": null,
          "quote": "铁路大桥开工 «начало»",
          "quoteLang": "zh",
          "translation": "Rail bridge works begin",
          "note": null,
          "via": null,
          "viaName": null,
          "sourceGrade": "F",
          "credibility": 3
        },
        {
          "id": "n3",
          "status": "suspended",
          "scope": null,
          "asOf": "2017~",
          "published": "2017-03",
          "source": "amurlife",
          "sourceName": "Amur Life «Амурская жизнь»",
          "tier": "local-media",
          "country": "RU",
          "perspective": "local",
          "inForce": true,
          "url": null,
          "quote": "Works stopped; \"no money\"",
          "quoteLang": null,
          "translation": null,
          "note": null,
          "via": null,
          "viaName": null,
          "sourceGrade": "F",
          "credibility": 3
        }
      ]
    },
    {
      "id": "heihe-ftz",
      "kind": "ftz",
      "names": {
        "en": "Heihe cross-border economic cooperation zone",
        "ru": null,
        "zh": "黑河跨境经济合作区"
      },
      "countries": ["CN"],
      "regions": ["Heilongjiang"],
      "location": {
        "lat": 50.24,
        "lon": 127.49
      },
      "programs": [],
      "official": null,
      "local": null,
      "assessed": {
        "status": null,
        "scope": null,
        "since": null,
        "grade": null,
        "supporting": [],
        "discounted": [],
        "sections": []
      },
      "openDiscrepancies": 0,
      "worstSeverity": null,
      "discrepancies": [],
      "deadlines": [],
      "slips": [],
      "timeline": {
        "official": [],
        "local": []
      },
      "voices": {
        "sources": 0,
        "independent": 0
      },
      "claims": []
    }
  ]
}

"""##

    static let goldenGeoJSON = ##"""
{
  "type": "FeatureCollection",
  "report": {
    "format": "bordertrack-report/1",
    "asOf": "2021-12-31",
    "day": "2021-12-31",
    "generatedAt": "2024-05-01T09:30:00Z",
    "database": "/var/lib/bordertrack/test.sqlite",
    "statement": "Every status in this report is a claim by a named source on a date, not an established fact; official and local accounts are shown side by side."
  },
  "features": [
    {
      "type": "Feature",
      "id": "blagoveshchensk-heihe-road-bridge",
      "geometry": {
        "type": "Point",
        "coordinates": [127.55, 50.25]
      },
      "properties": {
        "id": "blagoveshchensk-heihe-road-bridge",
        "name": "Blagoveshchensk–Heihe road bridge",
        "names": {
          "en": "Blagoveshchensk–Heihe road bridge",
          "ru": "Мост Благовещенск – Хэйхэ",
          "zh": "黑河—布拉戈维申斯克界河公路大桥"
        },
        "kind": "bridge",
        "officialStatus": "operational",
        "officialScope": "full",
        "localStatus": "completed",
        "localScope": null,
        "openDiscrepancies": 2,
        "worstSeverity": "critical",
        "assessedStatus": "completed",
        "assessedScope": null,
        "assessedSince": "2019-05-31",
        "assessedGrade": "F2"
      }
    },
    {
      "type": "Feature",
      "id": "heihe-ftz",
      "geometry": {
        "type": "Point",
        "coordinates": [127.49, 50.24]
      },
      "properties": {
        "id": "heihe-ftz",
        "name": "Heihe cross-border economic cooperation zone",
        "names": {
          "en": "Heihe cross-border economic cooperation zone",
          "ru": null,
          "zh": "黑河跨境经济合作区"
        },
        "kind": "ftz",
        "officialStatus": null,
        "officialScope": null,
        "localStatus": null,
        "localScope": null,
        "openDiscrepancies": 0,
        "worstSeverity": null,
        "assessedStatus": null,
        "assessedScope": null,
        "assessedSince": null,
        "assessedGrade": null
      }
    }
  ]
}

"""##
}

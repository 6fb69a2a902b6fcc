import Foundation
import Testing

/// `discrepancies` and `flag` on the embedded engine: filters, the workflow's state rules, verdicts in the
/// terms of what each discrepancy compares, and the track record they feed.
@Suite("discrepancies and flag commands (SQLite)")
struct FlagCLITests {
    static let seed = """
    {"format": "bordertrack/1",
     "sources": [{"id": "minvr", "name": "Minvostokrazvitiya", "tier": "federal-official", "country": "RU"},
                 {"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"},
                 {"id": "xinhua", "name": "Xinhua", "tier": "state-media", "country": "CN"},
                 {"id": "amurlife", "name": "Amur Life", "tier": "local-media", "country": "RU"}],
     "projects": [
       {"id": "bridge", "kind": "bridge", "names": {"en": "Bridge"}, "countries": ["RU", "CN"],
        "claims": [{"id": "o", "status": "operational", "scope": "full", "asOf": "2021-10-07", "source": "rg"},
                   {"id": "l", "status": "completed", "asOf": "2021-10-14", "source": "amurlife"}]},
       {"id": "rail", "kind": "rail", "names": {"en": "Rail bridge"}, "countries": ["RU", "CN"],
        "claims": [{"id": "ru", "status": "operational", "scope": "cargo", "asOf": "2022-06-10", "source": "minvr"},
                   {"id": "cn", "status": "completed", "asOf": "2022-06-10", "source": "xinhua"}]}]}
    """

    func fresh() throws -> String {
        let dir = CLI.tempDir()
        let json = dir.appendingPathComponent("seed.json")
        CLI.write(Self.seed, to: json)
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try CLI.run(["import", json.path, "--db", db]).status == 0)
        return db
    }

    func ids(_ db: String, _ args: [String] = []) throws -> [String] {
        let r = try CLI.run(["discrepancies", "--db", db, "--format", "json"] + args)
        #expect(r.status == 0)
        let items = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        return items.compactMap { $0["id"] as? String }
    }

    @Test("filters by kind, project and state; bad values are usage errors naming what is allowed")
    func filters() throws {
        let db = try fresh()
        let all = try ids(db)
        #expect(all.count == 2)
        #expect(try ids(db, ["--kind", "cross-border"]).count == 1 && (try ids(db, ["--kind", "cross-border"]))[0].hasPrefix("xb-"))
        #expect(try ids(db, ["--project", "bridge"]).allSatisfy { $0.hasPrefix("sc-") })
        let bad = try CLI.run(["discrepancies", "--db", db, "--kind", "conflict"])
        #expect(bad.status == 64 && bad.stderr.contains("--kind \"conflict\": expected one of status-conflict, deadline-slip, cross-border"))
        let state = try CLI.run(["discrepancies", "--db", db, "--state", "closed"])
        #expect(state.status == 64 && state.stderr.contains("--state \"closed\""))
    }

    @Test("a cross-border verdict names a country; official/local is refused there with the choices listed")
    func crossBorderVerdict() throws {
        let db = try fresh()
        let xb = try #require(try ids(db, ["--kind", "cross-border"]).first)
        let wrong = try CLI.run(["flag", "resolve", xb, "--db", db, "--verdict", "local", "--note", "n"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--verdict \"local\": \(xb) (cross-border) takes one of RU, CN, both, neither"))
        let ok = try CLI.run(["flag", "resolve", xb, "--db", db, "--verdict", "CN", "--note", "photos of the first train"])
        #expect(ok.status == 0 && ok.stdout.hasPrefix("\(xb): resolve recorded by tester at "))
        let json = try CLI.run(["discrepancies", "--db", db, "--format", "json", "--state", "resolved"]).stdout
        #expect(json.contains("\"verdict\": \"country:CN\""))
        let sources = try CLI.run(["sources", "--db", db]).stdout
        // CLAIMS, JUDGED, LOST and the loss rate, the last four columns: only the Russian ministry lost.
        func record(_ id: String) -> [Substring] {
            (sources.split(separator: "\n").first { $0.hasPrefix(id + " ") } ?? "").split(separator: " ").suffix(4)
        }
        #expect(record("minvr") == ["1", "1", "1", "100%"])
        #expect(record("xinhua") == ["1", "1", "0", "0%"])
        #expect(record("rg") == ["1", "0", "0", "-"])
    }

    /// The last four columns of `sources` (CLAIMS, JUDGED, LOST, LOSS RATE) by source id.
    func records(_ db: String) throws -> [String: [Substring]] {
        let r = try CLI.run(["sources", "--db", db])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix("PERSPECTIVE  CLAIMS  JUDGED  LOST  LOSS RATE") == true, "\(r.stdout)")
        return Dictionary(uniqueKeysWithValues: lines.dropFirst().map { line in
            (String(line.prefix { $0 != " " }), Array(line.split(separator: " ").suffix(4)))
        })
    }

    @Test("status conflict: official, both and neither in the sources columns; reopen clears the judgement until the next verdict")
    func statusConflictVerdicts() throws {
        let db = try fresh()
        let sc = try #require(try ids(db, ["--kind", "status-conflict"]).first)
        // No verdict yet: every source has its claim and nothing judged.
        #expect(try records(db) == ["amurlife": ["1", "0", "0", "-"], "minvr": ["1", "0", "0", "-"], "rg": ["1", "0", "0", "-"], "xinhua": ["1", "0", "0", "-"]])
        let steps: [(String, [Substring], [Substring])] = [
            // verdict, Rossiyskaya Gazeta (official) and Amur Life (local)
            ("official", ["1", "1", "0", "0%"], ["1", "1", "1", "100%"]),
            ("both", ["1", "1", "0", "0%"], ["1", "1", "0", "0%"]),
            ("neither", ["1", "1", "1", "100%"], ["1", "1", "1", "100%"]),
        ]
        for (verdict, rg, amurlife) in steps {
            let r = try CLI.run(["flag", "resolve", sc, "--db", db, "--verdict", verdict, "--note", "checked: \(verdict)"])
            #expect(r.status == 0, "\(r.stderr)")
            let json = try CLI.run(["discrepancies", "--db", db, "--format", "json", "--state", "resolved"]).stdout
            #expect(json.contains("\"verdict\": \"\(verdict)\""), "\(json)")
            let after = try records(db)
            #expect(after["rg"] == rg, "\(verdict)")
            #expect(after["amurlife"] == amurlife, "\(verdict)")
            // The cross-border discrepancy's sources are not touched by this verdict.
            #expect(after["minvr"] == ["1", "0", "0", "-"] && after["xinhua"] == ["1", "0", "0", "-"], "\(verdict)")
            let reopen = try CLI.run(["flag", "reopen", sc, "--db", db, "--note", "new photos"])
            #expect(reopen.status == 0, "\(reopen.stderr)")
            #expect(try records(db)["rg"] == ["1", "0", "0", "-"] && (try records(db))["amurlife"] == ["1", "0", "0", "-"], "reopened after \(verdict)")
        }
        // The JSON form carries the upheld count too.
        #expect(try CLI.run(["flag", "resolve", sc, "--db", db, "--verdict", "official", "--note", "final"]).status == 0)
        let json = try CLI.run(["sources", "--db", db, "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let rg = try #require(items.first { $0["id"] as? String == "rg" })
        let amurlife = try #require(items.first { $0["id"] as? String == "amurlife" })
        #expect([rg["claims"], rg["judged"], rg["lost"], rg["upheld"]].map { $0 as? Int } == [1, 1, 0, 1])
        #expect([amurlife["claims"], amurlife["judged"], amurlife["lost"], amurlife["upheld"]].map { $0 as? Int } == [1, 1, 1, 0])
    }

    @Test("state rules: resolve needs a note; reopen applies to acknowledged or resolved ones; an unknown id is bad data")
    func states() throws {
        let db = try fresh()
        let sc = try #require(try ids(db, ["--kind", "status-conflict"]).first)
        #expect(try CLI.run(["flag", "resolve", sc, "--db", db, "--verdict", "local", "--note", " "]).status == 64)
        let reopen = try CLI.run(["flag", "reopen", sc, "--db", db])
        #expect(reopen.status == 65 && reopen.stderr.contains("discrepancy \(sc) is open; reopen applies to acknowledged or obsolete or resolved ones"))
        #expect(try CLI.run(["flag", "ack", sc, "--db", db, "--note", "checking"]).status == 0)
        #expect(try CLI.run(["flag", "resolve", sc, "--db", db, "--verdict", "local", "--note", "no trucks"]).status == 0)
        #expect(try CLI.run(["flag", "reopen", sc, "--db", db, "--note", "new photos"]).status == 0)
        let missing = try CLI.run(["flag", "ack", "sc-0000000000", "--db", db])
        #expect(missing.status == 65 && missing.stderr.contains("no discrepancy with id \"sc-0000000000\""))
    }
}

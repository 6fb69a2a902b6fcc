import Foundation
import Testing

/// Issue 16, item 14: `project list` and `discrepancies` as text are written a row at a time, their columns fixed
/// before the first row — and say exactly what the whole analysis says.
@Suite("Streamed listings: project list and discrepancies", .serialized)
struct ListingCLITests {
    /// 400 synthetic projects × 4 claims with a few flags acknowledged, resolved and raised by hand.
    static let tracker: Swift.Result<(db: String, ids: [String]), any Error> = Swift.Result(catching: {
        let db = try CLI.generatedTracker(projects: 400, claimsPerProject: 4, seed: 9)
        let list = try CLI.run(["discrepancies", "--db", db, "--format", "json"], env: ["BORDERTRACK_PAGED": "0"])
        let items = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        let ids = items.compactMap { $0["id"] as? String }
        guard ids.count > 40 else { throw CLI.Failure("only \(ids.count) discrepancies") }
        for id in ids.prefix(5) { _ = try CLI.run(["flag", "ack", id, "--db", db]) }
        for id in ids.dropFirst(5).prefix(5) { _ = try CLI.run(["flag", "resolve", id, "--verdict", "neither", "--note", "checked", "--db", db]) }
        let project = items[0]["project"] as? String ?? ""
        _ = try CLI.run(["flag", "add", "--project", project, "--note", "Мост закрыт 黑河 — local report", "--severity", "critical", "--db", db])
        return (db, ids)
    })

    @Test("discrepancies from the derived queue are byte for byte the whole analysis's, for every filter that streams")
    func queueEqualsAnalysis() throws {
        let (db, ids) = try ListingCLITests.tracker.get()
        let project = try CLI.run(["discrepancies", "--db", db, "--format", "json"]).stdout
            .components(separatedBy: "\"project\": \"")[1].prefix { $0 != "\"" }
        let filters: [[String]] = [
            [], ["--severity", "critical"], ["--severity", "minor", "--severity", "major"], ["--kind", "deadline-slip"],
            ["--kind", "status-conflict", "--kind", "manual"], ["--state", "acknowledged"], ["--state", "open", "--state", "acknowledged"],
            ["--project", String(project)], ["--kind", "manual", "--state", "acknowledged"],
        ]
        for args in filters {
            let streamed = try CLI.run(["discrepancies", "--db", db] + args, env: ["BORDERTRACK_TRACE": "1"])
            let memory = try CLI.run(["discrepancies", "--db", db] + args, env: ["BORDERTRACK_PAGED": "0", "BORDERTRACK_TRACE": "1"])
            #expect(streamed.status == 0 && memory.status == 0, "\(args): \(streamed.stderr) \(memory.stderr)")
            #expect(streamed.stderr.contains("trace: discrepancies: streamed from the derived queue"), "\(args): \(streamed.stderr)")
            #expect(memory.stderr.contains("trace: discrepancies: the whole tracker analysed in memory"), "\(args)")
            #expect(streamed.stdout == memory.stdout, "\(args)")
        }
        let all = try CLI.run(["discrepancies", "--db", db]).stdout.split(separator: "\n")
        #expect(all.count == ids.count - 5 + 1 + 1, "header, the open and acknowledged ones (5 resolved), the manual flag")
        #expect(try CLI.run(["discrepancies", "--db", db, "--kind", "manual", "--state", "acknowledged"]).stdout == "no discrepancies\n")
        // What the queue does not hold is answered by the whole analysis.
        let resolved = try CLI.run(["discrepancies", "--db", db, "--state", "resolved"], env: ["BORDERTRACK_TRACE": "1"])
        #expect(resolved.stderr.contains("analysed in memory"))
        #expect(resolved.stdout.split(separator: "\n").count == 6)
    }

    @Test("the sample's discrepancies: columns fixed by what they hold, every explanation starting in the same column")
    func sampleColumns() throws {
        let db = CLI.tempDir().appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["import", CLI.repoRoot.appendingPathComponent("Data/sample.json").path, "--db", db]).status == 0)
        let out = try CLI.run(["discrepancies", "--db", db]).stdout
        let lines = out.split(separator: "\n").map(String.init)
        // Ids 13, severities 8, kinds 15 ("status-conflict"), the sample's longest project id 38, dates 10, states 12.
        #expect(lines[0] == "ID             SEVERITY  KIND             PROJECT                                 FROM        TO          STATE         EXPLANATION")
        #expect(lines.count == 9)
        let start = lines[0].distance(from: lines[0].startIndex, to: lines[0].range(of: "EXPLANATION")!.lowerBound)
        for line in lines.dropFirst() {
            #expect(line.count > start && line[line.index(line.startIndex, offsetBy: start - 2)...].hasPrefix("  "), "\(line)")
            #expect(line[line.index(line.startIndex, offsetBy: start)] != " ", "\(line)")
        }
        #expect(lines[1].hasPrefix("sc-b62a9d0d05  critical  status-conflict  blagoveshchensk-heihe-road-bridge  "), "\(lines[1])")
    }

    @Test("project list in recording order: withdrawn claims leave the count, the latest date in date order, names last and whole")
    func projectList() throws {
        let db = CLI.tempDir().appendingPathComponent("p.sqlite").path
        let dataset = """
        {"format": "bordertrack/1",
         "sources": [{"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"}],
         "projects": [
           {"id": "zz-last-but-first", "kind": "bridge", "names": {"en": "Мост Благовещенск — Хэйхэ", "zh": "黑河大桥"}, "claims": [
             {"id": "c1", "status": "construction", "asOf": "2019-12", "source": "rg"},
             {"id": "c2", "status": "operational", "asOf": "2020", "source": "rg"},
             {"id": "c3", "status": "operational", "asOf": "2019-12-31", "source": "rg"}]},
           {"id": "a", "kind": "ftz", "names": {"en": "黑河自贸区 Heihe FTZ"}, "claims": [
             {"id": "c4", "status": "agreed", "asOf": "2021-05-06?", "source": "rg"},
             {"id": "c5", "status": "construction", "asOf": "2022", "source": "rg"}]},
           {"id": "no-claims", "kind": "rail", "names": {"en": "Nizhneleninskoye–Tongjiang"}}]}
        """
        let file = CLI.tempDir().appendingPathComponent("d.json")
        CLI.write(dataset, to: file)
        let imported = try CLI.run(["import", file.path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try CLI.run(["claim", "withdraw", "c5", "--reason", "wrong project", "--db", db]).status == 0)
        let list = try CLI.run(["project", "list", "--db", db])
        #expect(list.status == 0, "\(list.stderr)")
        // "2020" ends after "2019-12-31": the year is the later date. "2021-05-06?" keeps its qualifier (11 columns).
        #expect(list.stdout == """
            ID                 KIND             CLAIMS  LATEST       NAME
            zz-last-but-first  bridge           3       2020         Мост Благовещенск — Хэйхэ
            a                  ftz              1       2021-05-06?  黑河自贸区 Heihe FTZ
            no-claims          rail             0       -            Nizhneleninskoye–Tongjiang

            """)
        let json = try CLI.run(["project", "list", "--db", db, "--format", "json"])
        #expect(json.stdout.contains("\"id\": \"a\",\n    \"kind\": \"ftz\",\n    \"name\": \"黑河自贸区 Heihe FTZ\",\n    \"claims\": 1"), "\(json.stdout)")
    }

    @Test("a reader that leaves stops a long listing at once, quietly")
    func readerLeaves() throws {
        let (db, _) = try ListingCLITests.tracker.get()
        for args in [["project", "list"], ["discrepancies"]] {
            let r = try Spawn.run("/bin/bash", ["-c", "\"$0\" \"$@\" | head -n 2; echo \"status ${PIPESTATUS[0]}\"", CLI.binary] + args + ["--db", db])
            let out = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n")
            #expect(out.count == 3, "\(args): \(out)")
            #expect(out.last == "status 74" || out.last == "status 0", "\(args): \(out)")
            #expect(r.stderr.isEmpty, "\(args): \(String(decoding: r.stderr, as: UTF8.self))")
        }
    }
}

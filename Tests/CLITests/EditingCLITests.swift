import Foundation
import Testing

/// `source add`, `project add|edit|history`, `plan add|withdraw`, `claim withdraw`, `undo`.
@Suite("bordertrack editing commands", .serialized)
struct EditingCLITests {
    let sample = """
        {"format": "bordertrack/1",
         "sources": [{"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"}],
         "projects": [{"id": "bh-bridge", "kind": "bridge", "names": {"en": "Blagoveshchensk–Heihe road bridge", "zh": "黑河大桥"},
           "claims": [{"id": "c1", "status": "operational", "scope": "full", "asOf": "2021-10-07", "source": "rg"}]}]}
        """

    /// A database holding the sample, imported by "importer".
    func setUp() throws -> String {
        let dir = CLI.tempDir()
        let file = dir.appendingPathComponent("s.json")
        CLI.write(sample, to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try CLI.run(["import", file.path, "--db", db, "--editor", "importer"])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    /// Tomorrow in UTC, as the message for a claim about a later date names it.
    static func tomorrow() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let d = calendar.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(86_400))
        return String(format: "%04d-%02d-%02d", d.year!, d.month!, d.day!)
    }

    @Test("a claim about a later date is refused by claim add and by import (JSON and CSV), naming the option or field; nothing is written")
    func laterClaims() throws {
        let db = try setUp()
        let expected = "a date that has begun by \(Self.tomorrow()) (today in UTC, and a day of tolerance): a statement about a later date is a plan, not a claim — record it as a deadline"
        let r = try CLI.run(["claim", "add", "--db", db, "--project", "bh-bridge", "--status", "operational", "--scope", "cargo",
                             "--as-of", "2031-01-01", "--source", "rg"])
        #expect(r.status == 65)
        #expect(r.stderr == "bordertrack: --as-of: \"2031-01-01\" is not valid; expected \(expected)\n")
        let dir = CLI.tempDir()
        let json = dir.appendingPathComponent("later.json"), csv = dir.appendingPathComponent("claims.csv")
        CLI.write("""
            {"format": "bordertrack/1", "projects": [{"id": "p2", "kind": "rail", "names": {"en": "P2"},
              "claims": [{"id": "later", "status": "agreed", "asOf": "2031", "source": "rg"}]}]}
            """, to: json)
        CLI.write("project,status,scope,as_of,published,source,url,quote\nbh-bridge,completed,,2031-02,,rg,,\n", to: csv)
        let i = try CLI.run(["import", json.path, csv.path, "--db", db])
        #expect(i.status == 65)
        #expect(i.stderr.contains("later.json at $.projects[0].claims[0]: field \"asOf\": \"2031\" is not valid; expected \(expected)"), "\(i.stderr)")
        #expect(i.stderr.contains("claims.csv:2: field \"as_of\": \"2031-02\" is not valid; expected \(expected)"), "\(i.stderr)")
        let export = try CLI.run(["export", "--format", "json", "--db", db]).stdout
        #expect(!export.contains("2031"))
    }

    @Test("source add records a source; a bad tier names the option and exits 65; a duplicate is refused")
    func sourceAdd() throws {
        let db = try setUp()
        let r = try CLI.run(["source", "add", "--db", db, "--id", "amurlife", "--name", "Amur Life", "--tier", "local-media",
                             "--country", "RU", "--url", "https://amur.life"])
        #expect(r.status == 0 && r.stdout == "amurlife\n", "\(r.stderr)")
        #expect(try CLI.run(["sources", "--db", db]).stdout.contains("Amur Life"))
        let bad = try CLI.run(["source", "add", "--db", db, "--id", "x", "--name", "X", "--tier", "weekly", "--country", "RU"])
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("bordertrack: --tier: \"weekly\" is not valid; expected one of federal-official"))
        let dup = try CLI.run(["source", "add", "--db", db, "--id", "amurlife", "--name", "Again", "--tier", "field", "--country", "RU"])
        #expect(dup.status == 65 && dup.stderr.contains("duplicate source id \"amurlife\""))
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("project add, edit (only the options given change) and history with before → after")
    func projectAddEditHistory() throws {
        let db = try setUp()
        let add = try CLI.run(["project", "add", "--db", db, "--id", "tongjiang", "--kind", "rail", "--name-en", "Tongjiang rail bridge",
                               "--name-zh", "同江铁路大桥", "--country", "RU", "--country", "CN", "--lat", "47.7", "--lon", "132.5"])
        #expect(add.status == 0 && add.stdout == "tongjiang\n", "\(add.stderr)")
        let edit = try CLI.run(["project", "edit", "tongjiang", "--db", db, "--name-en", "Nizhneleninskoye–Tongjiang bridge",
                                "--region", "Jewish Autonomous Oblast", "--editor", "bo"])
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout == """
            project tongjiang updated:
              names.en: Tongjiang rail bridge → Nizhneleninskoye–Tongjiang bridge
              regions: - → Jewish Autonomous Oblast

            """)
        let shown = try CLI.run(["project", "show", "tongjiang", "--db", db, "--format", "json"]).stdout
        #expect(shown.contains("\"zh\": \"同江铁路大桥\"") && shown.contains("\"CN\""))  // untouched fields kept
        #expect(try CLI.run(["project", "edit", "tongjiang", "--db", db, "--kind", "rail"]).stdout == "project tongjiang: nothing to change\n")
        let badLat = try CLI.run(["project", "edit", "tongjiang", "--db", db, "--lat", "95", "--lon", "1"])
        #expect(badLat.status == 65 && badLat.stderr.hasPrefix("bordertrack: --lat: \"95.0\" is not valid; expected a latitude between -90 and 90"))
        let badKind = try CLI.run(["project", "add", "--db", db, "--id", "x", "--kind", "tunnel", "--name-en", "X"])
        #expect(badKind.status == 65 && badKind.stderr.hasPrefix("bordertrack: --kind: \"tunnel\" is not valid"))
        #expect(try CLI.run(["project", "edit", "nope", "--db", db, "--kind", "rail"]).status == 65)

        let history = try CLI.run(["project", "history", "tongjiang", "--db", db])
        #expect(history.status == 0)
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("SEQ  AT                    EDITOR  ACTION          CHANGE"))
        #expect(lines[1].contains("tester  project.add") && lines[1].contains("names.zh: - → 同江铁路大桥"))
        #expect(lines[2].contains("bo      project.update") && lines[2].hasSuffix("names.en: Tongjiang rail bridge → Nizhneleninskoye–Tongjiang bridge; regions: - → Jewish Autonomous Oblast"))
        let json = try CLI.run(["project", "history", "tongjiang", "--db", db, "--format", "json"]).stdout
        #expect(json.contains("\"action\": \"project.update\"") && json.contains("\"nameEn\": \"Tongjiang rail bridge\""))
        #expect(try CLI.run(["project", "history", "nope", "--db", db]).status == 65)
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("plan add and withdraw; claim withdraw; a second withdrawal fails; read-only refuses")
    func planAndWithdraw() throws {
        let db = try setUp()
        let plan = try CLI.run(["plan", "add", "--db", db, "--project", "bh-bridge", "--milestone", "opening", "--target", "2020",
                                "--announced", "2018-03", "--source", "rg", "--id", "p1"])
        #expect(plan.status == 0 && plan.stdout == "p1\n", "\(plan.stderr)")
        let bad = try CLI.run(["plan", "add", "--db", db, "--project", "bh-bridge", "--milestone", "finish", "--target", "2020"])
        #expect(bad.status == 65 && bad.stderr.hasPrefix("bordertrack: --milestone: \"finish\" is not valid; expected one of start, completion, opening"))
        let badDate = try CLI.run(["plan", "add", "--db", db, "--project", "bh-bridge", "--milestone", "opening", "--target", "2021-13"])
        #expect(badDate.status == 65 && badDate.stderr.hasPrefix("bordertrack: --target: \"2021-13\" is not valid"))

        let ro = try CLI.run(["claim", "withdraw", "c1", "--db", db, "--read-only"])
        #expect(ro.status == 1 && ro.stderr.contains("read-only"))
        let w = try CLI.run(["claim", "withdraw", "c1", "--db", db, "--reason", "wrong source"])
        #expect(w.status == 0 && w.stdout == "claim c1 withdrawn by tester\n", "\(w.stderr)")
        #expect(!(try CLI.run(["export", "--db", db]).stdout.contains("\"c1\"")))
        let again = try CLI.run(["claim", "withdraw", "c1", "--db", db])
        #expect(again.status == 1 && again.stderr.hasPrefix("bordertrack: edit refused: claim \"c1\" was already withdrawn by tester at "))
        #expect(try CLI.run(["claim", "withdraw", "nope", "--db", db]).status == 65)
        #expect(try CLI.run(["plan", "withdraw", "p1", "--db", db]).status == 0)
        #expect(!(try CLI.run(["export", "--db", db]).stdout.contains("\"p1\"")))
        let log = try CLI.run(["audit", "log", "--db", db, "--project", "bh-bridge"]).stdout
        #expect(log.contains("claim.withdraw") && log.contains("plan.withdraw"))
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("undo without --yes only shows; with --yes it undoes, one edit at a time")
    func undo() throws {
        let db = try setUp()
        #expect(try CLI.run(["undo", "--db", db]).stdout == "nothing to undo: tester has no edit that can still be undone\n")
        let add = try CLI.run(["claim", "add", "--db", db, "--project", "bh-bridge", "--status", "completed", "--as-of", "2021-10",
                               "--source", "rg", "--id", "c2"])
        #expect(add.status == 0)
        let before = try CLI.run(["export", "--db", db]).stdout
        let show = try CLI.run(["undo", "--db", db])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("would undo audit entry 4 (claim.add at "))
        #expect(show.stdout.contains("): claim c2 (completed, Rossiyskaya Gazeta) on bh-bridge\nrun `bordertrack undo --yes` to undo it\n"))
        #expect(try CLI.run(["export", "--db", db]).stdout == before)  // nothing changed
        // Someone else cannot undo it.
        #expect(try CLI.run(["undo", "--db", db, "--yes", "--editor", "bo"]).stdout.hasPrefix("nothing to undo: bo"))
        let ro = try CLI.run(["undo", "--db", db, "--yes", "--read-only"])
        #expect(ro.status == 1 && ro.stderr.contains("read-only"))
        let done = try CLI.run(["undo", "--db", db, "--yes"])
        #expect(done.status == 0 && done.stdout.hasPrefix("undone audit entry 4 (claim.add at "), "\(done.stderr)")
        #expect(!(try CLI.run(["export", "--db", db]).stdout.contains("\"c2\"")))
        #expect(try CLI.run(["undo", "--db", db]).stdout.hasPrefix("nothing to undo"))
        let history = try CLI.run(["project", "history", "bh-bridge", "--db", db]).stdout
        #expect(history.contains("undo") && history.contains("undoes entry 4: claim c2 withdrawn"))
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }
}

import Foundation
import Testing

/// `claim add --section`, the scope and section checks on the command line and on import, `project show`
/// with sections, and the export round trip of sections.
@Suite("bordertrack sections and scopes by kind", .serialized)
struct SectionCLITests {
    let sample = """
        {"format": "bordertrack/1",
         "sources": [{"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"}],
         "projects": [{"id": "bh-bridge", "kind": "bridge", "names": {"en": "Blagoveshchensk–Heihe road bridge"}, "countries": ["RU", "CN"],
           "claims": [{"id": "c1", "status": "operational", "scope": "full", "asOf": "2021-10-07", "source": "rg"},
                      {"id": "c2", "status": "construction", "asOf": "2019-05", "source": "rg", "section": "CN"}]},
           {"id": "pipe", "kind": "pipeline", "names": {"en": "Power of Siberia"}, "countries": ["RU", "CN"]}]}
        """

    func setUp() throws -> (dir: URL, db: String) {
        let dir = CLI.tempDir()
        let file = dir.appendingPathComponent("s.json")
        CLI.write(sample, to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try CLI.run(["import", file.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, db)
    }

    @Test("claim add --section records the section; project show lists it; a correction may change it")
    func add() throws {
        let (_, db) = try setUp()
        let r = try CLI.run(["claim", "add", "--db", db, "--project", "bh-bridge", "--status", "completed", "--as-of", "2021-09",
                             "--source", "rg", "--section", "RU", "--id", "c3"])
        #expect(r.status == 0 && r.stdout == "c3\n", "\(r.stderr)")
        let fix = try CLI.run(["claim", "add", "--db", db, "--project", "bh-bridge", "--status", "completed", "--as-of", "2021-09",
                               "--source", "rg", "--section", "CN", "--supersedes", "c3", "--id", "c4"])
        #expect(fix.status == 0, "\(fix.stderr)")
        let show = try CLI.run(["project", "show", "bh-bridge", "--db", db])
        #expect(show.status == 0)
        #expect(show.stdout.contains("2021-09     completed [CN section]               Rossiyskaya Gazeta, RU  official     c4"), "\(show.stdout)")
        #expect(show.stdout.contains("2021-09     completed [RU section] [superseded]  Rossiyskaya Gazeta, RU  official     c3"), "\(show.stdout)")
        #expect(show.stdout.contains("2019-05     construction [CN section]            Rossiyskaya Gazeta, RU  official     c2"), "\(show.stdout)")
        #expect(!show.stdout.contains("operational (full) ["), "a claim about the whole names no section")
        let history = try CLI.run(["project", "history", "bh-bridge", "--db", db])
        #expect(history.stdout.contains("claim c4: completed [CN section] as of 2021-09 (rg), correcting c3"), "\(history.stdout)")
    }

    @Test("a refused scope or section exits 65 naming the option, the value and the expectation, and writes nothing")
    func refused() throws {
        let (_, db) = try setUp()
        let scope = try CLI.run(["claim", "add", "--db", db, "--project", "pipe", "--status", "operational", "--scope", "cargo",
                                 "--as-of", "2020", "--source", "rg"])
        #expect(scope.status == 65)
        #expect(scope.stderr == "bordertrack: --scope: \"cargo\" is not valid; expected no scope on a pipeline project: passenger, cargo and full apply only to bridge, rail, road, border-crossing\n")
        let section = try CLI.run(["claim", "add", "--db", db, "--project", "pipe", "--status", "construction",
                                   "--as-of", "2020", "--source", "rg", "--section", "KZ"])
        #expect(section.status == 65)
        #expect(section.stderr == "bordertrack: --section: \"KZ\" is not valid; expected one of the project's countries (RU, CN)\n")
        let malformed = try CLI.run(["claim", "add", "--db", db, "--project", "pipe", "--status", "construction",
                                     "--as-of", "2020", "--source", "rg", "--section", "cn"])
        #expect(malformed.status == 65)
        #expect(malformed.stderr == "bordertrack: --section: \"cn\" is not valid; expected an ISO 3166-1 alpha-2 country code in capitals, such as RU or CN\n")
        let list = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "claims"])
        #expect(list.stdout.components(separatedBy: "\r\n").count == 4, "header, the two sample claims, the last line end: \(list.stdout)")
        // A project edit that would strand a claim is refused too.
        let edit = try CLI.run(["project", "edit", "bh-bridge", "--db", db, "--kind", "pipeline"])
        #expect(edit.status == 65)
        #expect(edit.stderr == "bordertrack: field \"kind\": \"pipeline\" is not valid; expected a kind that takes a scope (bridge, rail, road, border-crossing) while claim c1 of project \"bh-bridge\" gives one: withdraw it first to change the kind\n")
    }

    @Test("import refuses a scope on a pipeline and a section outside the countries, with file and place; nothing changes")
    func importRefused() throws {
        let (dir, db) = try setUp()
        let csv = dir.appendingPathComponent("more.csv")
        CLI.write("project,status,scope,as_of,source,section\r\npipe,operational,cargo,2020,rg,\r\nbh-bridge,completed,,2021,rg,MN\r\n", to: csv)
        let r = try CLI.run(["import", csv.path, "--db", db])
        #expect(r.status == 65)
        #expect(r.stderr == """
            bordertrack: \(csv.path):2: field "scope": "cargo" is not valid; expected no scope on a pipeline project: passenger, cargo and full apply only to bridge, rail, road, border-crossing
            \(csv.path):3: field "section": "MN" is not valid; expected one of the project's countries (RU, CN)
            nothing was imported

            """)
        let json = dir.appendingPathComponent("more.json")
        CLI.write("""
            {"format": "bordertrack/1", "sources": [],
             "projects": [{"id": "zone", "kind": "ftz", "names": {"en": "Zone"}, "countries": ["CN"],
               "claims": [{"status": "operational", "scope": "full", "asOf": "2020", "source": "rg"}]}]}
            """, to: json)
        let j = try CLI.run(["import", json.path, "--db", db])
        #expect(j.status == 65)
        #expect(j.stderr.contains("\(json.path) at $.projects[0].claims[0]: field \"scope\": \"full\" is not valid; expected no scope on a ftz project"), "\(j.stderr)")
        let list = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "claims"])
        #expect(list.stdout.components(separatedBy: "\r\n").count == 4)
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("export gives sections back: import(export(db)) has the same content, JSON and CSV")
    func roundTrip() throws {
        let (dir, db) = try setUp()
        let json = try CLI.run(["export", "--db", db, "--format", "json"])
        #expect(json.stdout.contains("\"section\": \"CN\""))
        let file = dir.appendingPathComponent("export.json")
        CLI.write(json.stdout, to: file)
        let db2 = dir.appendingPathComponent("copy.sqlite").path
        #expect(try CLI.run(["import", file.path, "--db", db2]).status == 0)
        #expect(try CLI.run(["export", "--db", db2, "--format", "json"]).stdout == json.stdout)
        let csvDir = dir.appendingPathComponent("csv").path
        #expect(try CLI.run(["export", "--db", db, "--format", "csv", "-o", csvDir]).status == 0)
        let claims = try String(contentsOfFile: csvDir + "/claims.csv", encoding: .utf8)
        #expect(claims.hasPrefix("id,project,status,scope,as_of,published,source,url,quote,supersedes,recorded,editor,section,quote_lang,translation,note,via\r\n"))
        #expect(claims.contains(",CN,,,,\r\n"))
        #expect(try CLI.run(["export", "--db", db, "--format", "csv", "--table", "claims"]).stdout == claims, "the streamed table is the same")
        let db3 = dir.appendingPathComponent("csv.sqlite").path
        let files = ["sources", "projects", "plans", "claims"].map { csvDir + "/" + $0 + ".csv" }
        #expect(try CLI.run(["import"] + files + ["--db", db3]).status == 0)
        #expect(try CLI.run(["export", "--db", db3, "--format", "json"]).stdout == json.stdout)
        #expect(try CLI.run(["audit", "verify", "--db", db3]).status == 0)
    }
}

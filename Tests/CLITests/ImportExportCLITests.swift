import Foundation
import Testing

@Suite("bordertrack import / export / claim / project", .serialized)
struct ImportExportCLITests {
    let sources = "id,name,tier,country,url\nrg,Rossiyskaya Gazeta,state-media,RU,https://rg.ru\namurlife,Amur Life,local-media,RU,https://amur.life\n"
    let projects = "id,kind,name_en,name_ru,name_zh,countries,regions,lat,lon\nbh-bridge,bridge,Blagoveshchensk–Heihe road bridge,Мост Благовещенск – Хэйхэ,黑河—布拉戈维申斯克界河公路大桥,RU;CN,Amur Oblast;Heilongjiang,50.25,127.55\n"
    let claims = "project,status,scope,as_of,published,source,url,quote\r\nbh-bridge,operational,full,2021-10-07,2021-10-07,rg,https://rg.ru/x,\"Мост \"\"открыт\"\", 黑河 🚛\r\nline two\"\r\nbh-bridge,completed,,2021-10-01,,amurlife,,\"not open, for cargo\"\r\n"

    func setUp() -> (URL, String) {
        let dir = CLI.tempDir()
        CLI.write(sources, to: dir.appendingPathComponent("sources.csv"))
        CLI.write(projects, to: dir.appendingPathComponent("projects.csv"))
        CLI.write(claims, to: dir.appendingPathComponent("claims.csv"))
        return (dir, dir.appendingPathComponent("t.sqlite").path)
    }

    @Test("CSV tables load in any file order; export round-trips byte-identically (JSON and CSV)")
    func roundTrip() throws {
        let (dir, db) = setUp()
        let r = try CLI.run(["import", dir.appendingPathComponent("claims.csv").path, dir.appendingPathComponent("projects.csv").path,
                             dir.appendingPathComponent("sources.csv").path, "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("imported 2 sources, 1 projects, 0 plans, 2 claims"))
        let json1 = try CLI.run(["export", "--db", db]).stdout
        #expect(json1.contains("\"quote\": \"Мост \\\"открыт\\\", 黑河 🚛\\r\\nline two\""))
        let out = dir.appendingPathComponent("e.json")
        #expect(try CLI.run(["export", "--db", db, "-o", out.path]).status == 0)
        let db2 = dir.appendingPathComponent("t2.sqlite").path
        #expect(try CLI.run(["import", out.path, "--db", db2]).status == 0)
        #expect(try CLI.run(["export", "--db", db2]).stdout == json1)
        // CSV: all tables into a folder, back into a third database, identical bytes.
        #expect(try CLI.run(["export", "--db", db, "--format", "csv", "-o", dir.appendingPathComponent("csv1").path]).status == 0)
        let tables = ["sources", "projects", "plans", "claims"].map { dir.appendingPathComponent("csv1/\($0).csv").path }
        let db3 = dir.appendingPathComponent("t3.sqlite").path
        #expect(try CLI.run(["import"] + tables + ["--db", db3]).status == 0)
        #expect(try CLI.run(["export", "--db", db3, "--format", "csv", "-o", dir.appendingPathComponent("csv2").path]).status == 0)
        for t in ["sources", "projects", "plans", "claims"] {
            let a = try Data(contentsOf: dir.appendingPathComponent("csv1/\(t).csv"))
            let b = try Data(contentsOf: dir.appendingPathComponent("csv2/\(t).csv"))
            #expect(a == b, "\(t).csv differs after the round trip")
        }
        let claimsCSV = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "claims"]).stdout
        #expect(claimsCSV.contains("\"Мост \"\"открыт\"\", 黑河 🚛\r\nline two\""))
        // The folder export writes imports as it is: the same content as importing its tables one by one.
        let db4 = dir.appendingPathComponent("t4.sqlite").path
        let folder = try CLI.run(["import", dir.appendingPathComponent("csv1").path, "--db", db4])
        #expect(folder.status == 0 && folder.stdout.hasPrefix("imported 2 sources, 1 projects, 0 plans, 2 claims"), "\(folder)")
        #expect(try CLI.run(["export", "--db", db4]).stdout == json1)
        // A folder without those tables is refused, naming it and what it should hold; nothing is created.
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let refused = try CLI.run(["import", empty.path, "--db", dir.appendingPathComponent("t5.sqlite").path])
        #expect(refused.status == 64)
        #expect(refused.stderr == "bordertrack: \(empty.path) is a folder holding none of sources.csv, projects.csv, plans.csv, claims.csv; "
                + "expected a folder written by `bordertrack export --format csv -o DIR`, or .json or .csv files\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t5.sqlite").path))
    }

    @Test("a bad file exits 65, says exactly what is wrong, and changes nothing")
    func badFile() throws {
        let (dir, db) = setUp()
        #expect(try CLI.run(["import", dir.appendingPathComponent("sources.csv").path, dir.appendingPathComponent("projects.csv").path, "--db", db]).status == 0)
        let before = try CLI.run(["export", "--db", db]).stdout
        let bad = dir.appendingPathComponent("bad.csv")
        CLI.write("project,status,as_of,source\nbh-bridge,operational,2021-13,rg\nbh-bridge,opened,2021,rg\nbh-bridge,proposed,2020,nobody\nnope,proposed,2020,rg\nbh-bridge,proposed,2020,rg\n", to: bad)
        let r = try CLI.run(["import", bad.path, "--db", db])
        #expect(r.status == 65)
        #expect(r.stderr == """
        bordertrack: \(bad.path):2: field "as_of": "2021-13" is not valid; expected month must be 01–12
        \(bad.path):3: field "status": "opened" is not valid; expected one of proposed, agreed, construction, completed, operational, suspended, cancelled
        \(bad.path):4: field "source": unknown source "nobody"; expected the id of a source in the same import or already in the database
        \(bad.path):5: field "project": unknown project "nope"; expected the id of a project in the same import or already in the database
        nothing was imported

        """)
        #expect(try CLI.run(["export", "--db", db]).stdout == before)
    }

    @Test("a new database file appears only when its import succeeds; a folder as --db is refused by name")
    func newFileAllOrNothing() throws {
        let (dir, _) = setUp()
        let db = dir.appendingPathComponent("sub/new.sqlite").path
        let bad = dir.appendingPathComponent("bad.csv")
        CLI.write("project,status,as_of,source\nnope,proposed,2020,rg\n", to: bad)
        let r = try CLI.run(["import", dir.appendingPathComponent("sources.csv").path, bad.path, "--db", db])
        #expect(r.status == 65)
        #expect(!FileManager.default.fileExists(atPath: db), "a rejected import creates no database")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub").path).isEmpty)
        #expect(try CLI.run(["import", dir.appendingPathComponent("sources.csv").path, dir.appendingPathComponent("projects.csv").path,
                             dir.appendingPathComponent("claims.csv").path, "--db", db]).status == 0)
        #expect(try CLI.run(["project", "list", "--db", db]).stdout.contains("bh-bridge"))
        let folder = dir.appendingPathComponent("afolder.sqlite")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let f = try CLI.run(["import", dir.appendingPathComponent("sources.csv").path, "--db", folder.path])
        #expect(f.status == 64)
        #expect(f.stderr.contains("database \(folder.path) is a folder; expected a database file"))
    }

    @Test("error classes: missing file 66, empty file, non-UTF-8, duplicate id, no args 64")
    func errorClasses() throws {
        let (dir, db) = setUp()
        #expect(try CLI.run(["import", dir.appendingPathComponent("missing.csv").path, "--db", db]).status == 66)
        let empty = dir.appendingPathComponent("empty.csv")
        CLI.write("", to: empty)
        let e = try CLI.run(["import", empty.path, "--db", db])
        #expect(e.status == 65 && e.stderr.contains("empty.csv:1: the file is empty"))
        let latin1 = dir.appendingPathComponent("latin1.csv")
        CLI.write(Array("id,name,tier\nrg,Gazeta ".utf8) + [0xE9] + Array(",state-media\n".utf8), to: latin1)
        let l = try CLI.run(["import", latin1.path, "--db", db])
        #expect(l.status == 65 && l.stderr.contains("latin1.csv:2: invalid UTF-8 at byte 23; expected UTF-8 text"))
        let dup = dir.appendingPathComponent("dup.csv")
        CLI.write("id,name,tier\nrg,A,field\nrg,B,field\n", to: dup)
        let d = try CLI.run(["import", dup.path, "--db", db])
        #expect(d.status == 65 && d.stderr.contains("dup.csv:3: duplicate source id \"rg\": first defined at \(dup.path):2"))
        #expect(try CLI.run(["import", "--db", db]).status == 64)
        #expect(try CLI.run(["export", "--db", dir.appendingPathComponent("none.sqlite").path]).status == 66)
        #expect(try CLI.run(["export", "--db", db, "--format", "xml"]).status == 64)
    }

    @Test("claim add records a claim with the editor; bad values exit 65 naming the option")
    func claimAdd() throws {
        let (dir, db) = setUp()
        #expect(try CLI.run(["import", dir.appendingPathComponent("sources.csv").path, dir.appendingPathComponent("projects.csv").path,
                             dir.appendingPathComponent("claims.csv").path, "--db", db]).status == 0)
        let ok = try CLI.run(["claim", "add", "--project", "bh-bridge", "--status", "operational", "--scope", "cargo",
                              "--as-of", "2022-06", "--source", "amurlife", "--quote", "Грузовики пошли", "--id", "al-2022", "--db", db])
        #expect(ok.status == 0 && ok.stdout == "al-2022\n")
        let csv = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "claims"]).stdout
        #expect(csv.contains("al-2022,bh-bridge,operational,cargo,2022-06,,amurlife,,Грузовики пошли,,"))
        #expect(csv.contains(",tester,,,,,\r\n"), "the editor, then an empty section and empty attribution columns")
        let bad = try CLI.run(["claim", "add", "--project", "bh-bridge", "--status", "operational", "--as-of", "2022-02-30", "--source", "rg", "--db", db])
        #expect(bad.status == 65)
        #expect(bad.stderr == "bordertrack: --as-of: \"2022-02-30\" is not valid; expected day must be 01–28 in 2022-02\n")
        let noSource = try CLI.run(["claim", "add", "--project", "bh-bridge", "--status", "proposed", "--as-of", "2022", "--source", "xx", "--db", db])
        #expect(noSource.status == 65 && noSource.stderr.contains("unknown source \"xx\""))
    }

    @Test("claim add takes the quote's language, a translation, a note and via; project show marks them; bad ones exit 65 naming the option")
    func claimAttribution() throws {
        let (dir, db) = setUp()
        #expect(try CLI.run(["import", dir.appendingPathComponent("sources.csv").path, dir.appendingPathComponent("projects.csv").path,
                             dir.appendingPathComponent("claims.csv").path, "--db", db]).status == 0)
        let ok = try CLI.run(["claim", "add", "--project", "bh-bridge", "--status", "completed", "--as-of", "2021-10", "--source", "rg",
                              "--quote", "Мост готов", "--quote-lang", "ru", "--translation", "The bridge is ready",
                              "--note", "Headline only", "--via", "amurlife", "--id", "rg-via", "--db", db])
        #expect(ok.status == 0 && ok.stdout == "rg-via\n", "\(ok.stderr)")
        let csv = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "claims"]).stdout
        #expect(csv.contains(",tester,,ru,The bridge is ready,Headline only,amurlife\r\n"))
        let show = try CLI.run(["project", "show", "bh-bridge", "--db", db]).stdout
        #expect(show.contains("(via Amur Life)"), "\(show)")
        #expect(show.contains("“Мост готов” [ru]\n    translation: The bridge is ready\n    note: Headline only"), "\(show)")
        let badLang = try CLI.run(["claim", "add", "--project", "bh-bridge", "--status", "completed", "--as-of", "2021", "--source", "rg",
                                   "--quote", "q", "--quote-lang", "Russian", "--db", db])
        #expect(badLang.status == 65)
        #expect(badLang.stderr == "bordertrack: --quote-lang: \"Russian\" is not valid; expected a language code such as ru, zh or en (ISO 639, lowercase)\n")
        let badVia = try CLI.run(["claim", "add", "--project", "bh-bridge", "--status", "completed", "--as-of", "2021", "--source", "rg",
                                  "--via", "nobody", "--db", db])
        #expect(badVia.status == 65 && badVia.stderr.contains("\"via\": unknown source \"nobody\""), "\(badVia.stderr)")
        let selfVia = try CLI.run(["claim", "add", "--project", "bh-bridge", "--status", "completed", "--as-of", "2021", "--source", "rg",
                                   "--via", "rg", "--db", db])
        #expect(selfVia.status == 65 && selfVia.stderr.hasPrefix("bordertrack: --via: \"rg\" is not valid"), "\(selfVia.stderr)")
        let src = try CLI.run(["source", "add", "--id", "paper", "--name", "Paper", "--tier", "local-media", "--country", "RU",
                               "--affiliation", "amurlife", "--db", db])
        #expect(src.status == 0, "\(src.stderr)")
        let sources = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "sources"]).stdout
        #expect(sources.contains("paper,Paper,local-media,RU,,,amurlife\r\n"), "\(sources)")
        let listed = try CLI.run(["sources", "--db", db]).stdout
        #expect(listed.hasPrefix("ID ") && listed.contains("AFFILIATION"), "\(listed)")
        #expect(listed.split(separator: "\n").contains { $0.hasPrefix("paper ") && $0.contains(" amurlife ") }, "\(listed)")
        let badSrc = try CLI.run(["source", "add", "--id", "paper2", "--name", "Paper", "--tier", "local-media", "--country", "RU",
                                  "--affiliation", "nobody", "--db", db])
        #expect(badSrc.status == 65 && badSrc.stderr.contains("\"affiliation\": unknown source \"nobody\""), "\(badSrc.stderr)")
    }

    @Test("project list and show, for scripts")
    func projectCommands() throws {
        let (dir, db) = setUp()
        #expect(try CLI.run(["import", dir.appendingPathComponent("sources.csv").path, dir.appendingPathComponent("projects.csv").path,
                             dir.appendingPathComponent("claims.csv").path, "--db", db]).status == 0)
        let list = try CLI.run(["project", "list", "--db", db])
        #expect(list.stdout == """
        ID         KIND             CLAIMS  LATEST       NAME
        bh-bridge  bridge           2       2021-10-07   Blagoveshchensk–Heihe road bridge

        """)
        let show = try CLI.run(["project", "show", "bh-bridge", "--db", db])
        #expect(show.stdout.contains("zh: 黑河—布拉戈维申斯克界河公路大桥"))
        #expect(show.stdout.contains("2021-10-07  operational (full)  Rossiyskaya Gazeta, RU  official     c-"))
        #expect(try CLI.run(["project", "show", "nope", "--db", db]).status == 65)
        let json = try CLI.run(["project", "list", "--format", "json", "--db", db])
        #expect(json.stdout.contains("\"id\": \"bh-bridge\""))
    }

    @Test("--help documents every command")
    func help() throws {
        let h = try CLI.run(["--help"])
        for cmd in ["import", "export", "discrepancies", "flag", "claim", "project", "sources", "audit"] {
            #expect(h.stdout.contains("  \(cmd)"), "help lacks \(cmd)")
        }
    }
}

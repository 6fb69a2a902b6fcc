import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 16 through the real binary: what it writes (failing outputs, devices, links, modes, folder sets,
/// terminals), what it opens (newer trackers) and what it accepts (arguments, inputs).
@Suite("Hardening: outputs, opening, accepting", .serialized)
struct HardeningCLITests {
    static let seed = HostileCorpusTests.folder.appendingPathComponent("seed.json").path

    func freshDB() throws -> (URL, String) {
        let dir = CLI.tempDir()
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try CLI.run(["import", Self.seed, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, db)
    }

    /// Runs `bordertrack ARGS` under `bash -c 'SETUP; exec bordertrack ARGS REDIRECT'`.
    func shell(_ args: [String], setup: String = "", redirect: String) throws -> CLI.Result {
        var env = ProcessInfo.processInfo.environment
        env["BORDERTRACK_EDITOR"] = "tester"
        let script = "\(setup) exec \"$0\" \"$@\" \(redirect)"
        let r = try Spawn.run("/bin/bash", ["-c", script, CLI.binary] + args, environment: env)
        return CLI.Result(status: r.status, stdout: String(decoding: r.stdout, as: UTF8.self), stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    func mode(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_mode & 0o7777) : -1
    }

    @Test("writing to a full disk or a closed standard output exits 74 with one line, for every command")
    func failingStandardOutput() throws {
        let (_, db) = try freshDB()
        let commands: [[String]] = [
            ["export", "--db", db], ["export", "--db", db, "--format", "csv", "--table", "claims"],
            ["report", "--db", db], ["report", "--db", db, "--format", "json"],
            ["discrepancies", "--db", db], ["project", "list", "--db", db], ["audit", "verify", "--db", db],
        ]
        for args in commands {
            for redirect in [">/dev/full", ">&-"] {
                let r = try shell(args, redirect: redirect)
                #expect(r.status == 74, "\(args) \(redirect): \(r.status) \(r.stderr)")
                let lines = r.stderr.split(separator: "\n")
                #expect(lines.count == 1, "\(args) \(redirect): \(r.stderr)")
                let expected = redirect == ">&-" ? "bordertrack: cannot write to standard output: it is closed"
                    : "bordertrack: cannot write to standard output: No space left on device"
                #expect(lines.first.map(String.init) == expected, "\(args) \(redirect)")
            }
        }
    }

    @Test("a reader that leaves (a pipe into head) ends the export quietly with 74")
    func brokenPipe() throws {
        let dir = CLI.tempDir()
        let csv = dir.appendingPathComponent("gen").path
        #expect(try CLI.run(["generate", "--projects", "400", "-o", csv]).status == 0)
        let db = dir.appendingPathComponent("big.sqlite").path
        let files = try FileManager.default.contentsOfDirectory(atPath: csv).map { csv + "/" + $0 }
        #expect(try CLI.run(["import"] + files + ["--db", db]).status == 0)
        let r = try Spawn.run("/bin/bash", ["-c", "\"$0\" export --db \"$1\" 2>\"$2\" | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}",
                                            CLI.binary, db, dir.appendingPathComponent("err").path])
        #expect(String(decoding: r.stdout, as: UTF8.self) == "74\n")
        #expect(try String(contentsOfFile: dir.appendingPathComponent("err").path, encoding: .utf8) == "")
    }

    @Test("-o onto a FIFO writes through it; the FIFO stays a FIFO")
    func fifoOutput() throws {
        let (dir, db) = try freshDB()
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        let received = dir.appendingPathComponent("received").path
        reader.arguments = ["20", "/bin/sh", "-c", "cat \"$0\" > \"$1\"", fifo, received]
        try reader.run()
        let r = try CLI.run(["export", "--db", db, "-o", fifo])
        reader.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
        let exported = try CLI.run(["export", "--db", db]).stdout
        #expect(try String(contentsOfFile: received, encoding: .utf8) == exported)
    }

    @Test("-o /dev/full writes through the device and fails with 74 (the device is not replaced)")
    func deviceOutput() throws {
        // Only with the fix: an unfixed binary run as root would replace /dev/full itself.
        let (_, db) = try freshDB()
        let r = try CLI.run(["export", "--db", db, "-o", "/dev/full"])
        #expect(r.status == 74)
        #expect(r.stderr == "bordertrack: cannot write to /dev/full: No space left on device\n")
        var st = stat()
        #expect(lstat("/dev/full", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("-o onto a symbolic link writes the file it points to and keeps the link; a link to nothing is refused")
    func symlinkOutput() throws {
        let (dir, db) = try freshDB()
        let target = dir.appendingPathComponent("real.json").path
        CLI.write("old", to: URL(fileURLWithPath: target))
        let link = dir.appendingPathComponent("link.json").path
        #expect(symlink(target, link) == 0)
        let r = try CLI.run(["export", "--db", db, "-o", link])
        #expect(r.status == 0, "\(r.stderr)")
        var st = stat()
        #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK, "the link was replaced by a file")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == (try CLI.run(["export", "--db", db]).stdout))
        let dangling = dir.appendingPathComponent("dangling.json").path
        #expect(symlink(dir.appendingPathComponent("nowhere/x.json").path, dangling) == 0)
        let d = try CLI.run(["export", "--db", db, "-o", dangling])
        #expect(d.status == 64)
        #expect(d.stderr.contains("-o \(dangling) is a symbolic link to nothing"))
        // A link to the database is the database.
        let toDB = dir.appendingPathComponent("db-link").path
        #expect(symlink(db, toDB) == 0)
        let e = try CLI.run(["export", "--db", db, "-o", toDB])
        #expect(e.status == 64 && e.stderr.contains("it is the database (\(db))"), "\(e.stderr)")
    }

    @Test("an existing output keeps its mode (0600, 0444); a new one gets the database's mode")
    func modes() throws {
        let (dir, db) = try freshDB()
        #expect(mode(db) == 0o600)
        let fresh = dir.appendingPathComponent("new.json").path
        #expect(try CLI.run(["export", "--db", db, "-o", fresh]).status == 0)
        #expect(mode(fresh) == 0o600)
        for kept in [0o600, 0o444, 0o640] {
            let path = dir.appendingPathComponent("kept-\(kept).md").path
            CLI.write("old", to: URL(fileURLWithPath: path))
            #expect(chmod(path, mode_t(kept)) == 0)
            let r = try CLI.run(["report", "--db", db, "-o", path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(mode(path) == kept)
        }
        // A folder export of a 0600 database: the folder 0700, its tables 0600.
        let folder = dir.appendingPathComponent("tables").path
        #expect(try CLI.run(["export", "--db", db, "--format", "csv", "-o", folder]).status == 0)
        #expect(mode(folder) == 0o700)
        #expect(mode(folder + "/claims.csv") == 0o600)
    }

    @Test("a CSV folder export that fails part-way leaves the earlier set whole; a folder with other files is refused")
    func folderSet() throws {
        let (dir, db) = try freshDB()
        let folder = dir.appendingPathComponent("tables").path
        #expect(try CLI.run(["export", "--db", db, "--format", "csv", "-o", folder]).status == 0)
        let names = ["sources.csv", "projects.csv", "plans.csv", "claims.csv"]
        let before = try names.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) }
        #expect(try CLI.run(["write-claims", "--db", db, "--project", "bridge", "--source", "rg", "--count", "1000"]).status == 0)
        // The claims table (about 100 KB) no longer fits in 40 KB: the fourth file fails.
        let r = try shell(["export", "--db", db, "--format", "csv", "-o", folder], setup: "trap '' XFSZ; ulimit -f 40;", redirect: "")
        #expect(r.status == 74, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write to"), "\(r.stderr)")
        let after = try names.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) }
        #expect(after == before, "the folder holds a mixed set")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }.isEmpty)
        // A complete export swaps the new set in.
        #expect(try CLI.run(["export", "--db", db, "--format", "csv", "-o", folder]).status == 0)
        let claims = try String(contentsOfFile: folder + "/claims.csv", encoding: .utf8)
        #expect(claims.contains("w-999"))
        // A folder holding something else is not replaced.
        let other = dir.appendingPathComponent("mine").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        CLI.write("keep me", to: URL(fileURLWithPath: other + "/notes.txt"))
        let o = try CLI.run(["export", "--db", db, "--format", "csv", "-o", other])
        #expect(o.status == 64)
        #expect(o.stderr.contains("-o \(other) holds other files (notes.txt)"))
        #expect(try String(contentsOfFile: other + "/notes.txt", encoding: .utf8) == "keep me")
    }

    @Test("an abandoned temporary file of a killed export is removed by the next export to that file")
    func abandonedTemporary() throws {
        let (dir, db) = try freshDB()
        let stale = dir.appendingPathComponent(".out.json.tmp-4194302").path  // no such process
        CLI.write(String(repeating: "x", count: 1000), to: URL(fileURLWithPath: stale))
        #expect(try CLI.run(["export", "--db", db, "-o", dir.appendingPathComponent("out.json").path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test("escape sequences in data and file names never reach a terminal raw; files keep their bytes")
    func terminalText() throws {
        let (dir, db) = try freshDB()
        let hostile = #"Evil\u001B]52;c;SGVsbG8=\u0007\u001B]0;pwned\u0007\u202E"#  // JSON escapes
        let json = dir.appendingPathComponent("evil.json")
        CLI.write("""
        {"format": "bordertrack/1", "sources": [], "projects": [{"id": "evil", "kind": "road", "names": {"en": "\(hostile)"}}]}
        """, to: json)
        #expect(try CLI.run(["import", json.path, "--db", db]).status == 0)
        // A file keeps the bytes.
        let file = dir.appendingPathComponent("x.json").path
        #expect(try CLI.run(["export", "--db", db, "-o", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\\u001b]52"))
        // A terminal (script(1) gives the export a pseudo-terminal) gets placeholders.
        for format in [["--format", "json"], ["--format", "csv", "--table", "projects"]] {
            let cmd = ([CLI.binary, "export", "--db", db] + format).map { "'\($0)'" }.joined(separator: " ")
            let r = try Spawn.run("/usr/bin/script", ["-qec", cmd, "/dev/null"])
            let out = String(decoding: r.stdout, as: UTF8.self)
            #expect(r.status == 0)
            #expect(out.contains("Evil"), "\(out)")
            #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "raw escape on the terminal: \(format)")
            #expect(out.contains("␛]52;c;SGVsbG8=␇") || format.contains("json") && out.contains("\\u001b]52"), "\(format): \(out)")
        }
        // A file name in an error message.
        let named = dir.appendingPathComponent("a\u{1B}]0;title\u{07}.json").path
        let m = try CLI.run(["import", named, "--db", db])
        #expect(m.status == 66)
        #expect(!m.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(m.stderr.contains("a␛]0;title␇.json: no such file"), "\(m.stderr)")
    }

    @Test("a tracker from a newer BorderTrack is never written: edits refused, reading allowed and said plainly")
    func newerSchema() throws {
        for tamper in ["PRAGMA user_version = 999;", "INSERT INTO grdb_migrations VALUES ('v99: from the future');"] {
            let (_, db) = try freshDB()
            _ = try sqlite(db, tamper)
            let before = try Data(contentsOf: URL(fileURLWithPath: db))
            let add = try CLI.run(["claim", "add", "--db", db, "--project", "bridge", "--status", "completed", "--as-of", "2022", "--source", "rg"])
            #expect(add.status == 1, "\(tamper): \(add.stderr)")
            #expect(add.stderr.contains("was written by a newer BorderTrack"), "\(add.stderr)")
            #expect(add.stderr.contains("so it is open read-only; upgrade bordertrack to edit it"), "\(add.stderr)")
            let imp = try CLI.run(["import", HostileCorpusTests.folder.appendingPathComponent("supersedes-self.json").path, "--db", db])
            #expect(imp.status != 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
            let export = try CLI.run(["export", "--db", db])
            #expect(export.status == 0)
            #expect(export.stdout.contains("\"id\": \"c1\""))
            #expect(export.stderr.contains("bordertrack: note: \(db): it was written by a newer BorderTrack"))
        }
    }

    @Test("opening a tracker that needs a migration says so on standard error first, once; a new one says nothing")
    func upgradeNotice() throws {
        guard Tools.sqlite3Present() else { return }
        let dir = CLI.tempDir()
        let db = dir.appendingPathComponent("old.sqlite").path
        let fresh = try CLI.run(["import", Self.seed, "--db", db])
        #expect(fresh.status == 0 && !fresh.stderr.contains("upgrading"), "\(fresh.stderr)")
        // As a tracker written before v14 looks to the migrator (the migration runs again: it copies the table).
        _ = try sqlite(db, "DELETE FROM grdb_migrations WHERE identifier = 'v14: summary as a rowid table'; PRAGMA user_version = 13;")
        let before = try CLI.run(["export", "--format", "json", "--db", db, "--read-only"])
        #expect(before.status != 0 && before.stderr.contains("needs its tables upgraded (v14: summary as a rowid table)"), "\(before.stderr)")
        let first = try CLI.run(["project", "list", "--db", db])
        #expect(first.status == 0)
        #expect(first.stderr == "bordertrack: upgrading the tracker's tables at \(db) (v14: summary as a rowid table); on a large tracker this takes a while, once\n")
        let second = try CLI.run(["project", "list", "--db", db])
        #expect(second.status == 0 && second.stderr.isEmpty && second.stdout == first.stdout, "\(second.stderr)")
        #expect(try sqlite(db, "PRAGMA user_version;") == "14\n")
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("an empty file becomes a tracker; a tracker is marked with SQLite's application id")
    func emptyFileAndMarker() throws {
        let dir = CLI.tempDir()
        let db = dir.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: db, contents: nil))
        let r = try CLI.run(["import", Self.seed, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try sqlite(db, "PRAGMA application_id;") == "\(0x4254_524B)\n")
        #expect(try sqlite(db, "PRAGMA user_version;") == "14\n")
    }

    @Test("invalid UTF-8 in --quote is refused naming the option; nothing is stored")
    func invalidUTF8Argument() throws {
        let (_, db) = try freshDB()
        let r = try shell(["claim", "add", "--db", db, "--project", "bridge", "--status", "completed", "--as-of", "2022",
                           "--source", "rg", "--quote"], setup: "set -- \"$@\" $'ab\\xff\\xfecd';", redirect: "")
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr == "bordertrack: --quote: the value is not valid UTF-8 (6 bytes); expected UTF-8 text\n")
        #expect(!(try CLI.run(["export", "--db", db]).stdout.contains("completed")))
    }

    @Test("a derived summary changed behind the tool's back fails `audit verify` naming project, column and values; `audit repair` mends it")
    func forgedSummary() throws {
        guard Tools.sqlite3Present() else { return }
        let (_, db) = try freshDB()
        let ok = try CLI.run(["audit", "verify", "--db", db])
        #expect(ok.status == 0, "\(ok.stderr)")
        let lines = ok.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[1].hasPrefix("derived summaries match a fresh analysis: "), "\(ok.stdout)")
        let id = try sqlite(db, "SELECT min(project) FROM summary").trimmingCharacters(in: .whitespacesAndNewlines)
        let claims = try sqlite(db, "SELECT claim_count FROM summary WHERE project = '\(id)'").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try sqlite(db, "UPDATE summary SET claim_count = 77 WHERE project = '\(id)'")
        let forged = try CLI.run(["audit", "verify", "--db", db])
        #expect(forged.status == 1)
        #expect(forged.stdout.isEmpty)
        #expect(forged.stderr == """
            bordertrack: audit chain intact, but derived summaries FORGED: 1 project's summary differs from what the claims give \
            (project "\(id)": claim_count is 77, its claims give \(claims)); `bordertrack audit repair` rebuilds them from the claims

            """)
        let repair = try CLI.run(["audit", "repair", "--db", db])
        #expect(repair.status == 0, "\(repair.stderr)")
        #expect(repair.stdout.hasPrefix("rebuilt the derived rows of 1 project from their claims; derived summaries match a fresh analysis: "))
        #expect(try sqlite(db, "SELECT claim_count FROM summary WHERE project = '\(id)'").trimmingCharacters(in: .whitespacesAndNewlines) == claims)
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("a FIFO as input says what it is (and does not wait for a writer)")
    func fifoInput() throws {
        let (dir, db) = try freshDB()
        let fifo = dir.appendingPathComponent("in.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let r = try Spawn.run("/usr/bin/timeout", ["20", CLI.binary, "import", fifo, "--db", db])
        #expect(r.status == 64)
        #expect(String(decoding: r.stderr, as: UTF8.self) == "bordertrack: \(fifo) is a named pipe (FIFO), not a file; expected a .json or .csv file\n")
    }

    func sqlite(_ db: String, _ sql: String) throws -> String {
        let r = try Spawn.run("/usr/bin/sqlite3", [db, sql])
        return String(decoding: r.stdout, as: UTF8.self)
    }
}

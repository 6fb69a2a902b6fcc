import Foundation
import Testing

/// The team server through the real binary: concurrent writers on several connections, `copy`
/// between engines, roles. Needs `$BORDERTRACK_TEST_PG` (a throwaway database) for most tests.
@Suite("PostgreSQL through the CLI", .serialized)
struct PostgresCLITests {
    static var base: String? {
        guard let url = ProcessInfo.processInfo.environment["BORDERTRACK_TEST_PG"], !url.isEmpty else { return nil }
        return url
    }
    static var enabled: Bool { base != nil }

    /// The test database with a new schema: a fresh tracker.
    func freshURL() -> String {
        let base = Self.base!
        return base + (base.contains("?") ? "&" : "?") + "schema=bt_c_" + UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(16)
    }

    func seeded() throws -> String {
        let url = freshURL()
        let json = CLI.tempDir().appendingPathComponent("seed.json")
        CLI.write(ReliabilityCLITests.seed, to: json)
        let r = try CLI.run(["import", json.path, "--db", url])
        #expect(r.status == 0, "\(r.stderr)")
        return url
    }

    /// Runs SQL with psql as the test database's user (CI installs the PostgreSQL client with the server).
    func psql(_ sql: String) throws -> CLI.Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["psql", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-qAt", Self.base!, "-c", sql]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLI.Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test("8 writers × 250 claims at once on PostgreSQL: all 2,000 present, none refused, the chain verifies", .enabled(if: enabled))
    func concurrentWriters() throws {
        let url = try seeded()
        let started = Date()
        let procs: [(Process, Pipe, Pipe)] = try (1...8).map { n in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["write-claims", "--db", url, "--project", "bridge", "--source", "rg", "--count", "250", "--prefix", "w\(n)"]
            let out = Pipe(), err = Pipe()
            p.standardOutput = out; p.standardError = err
            try p.run()
            return (p, out, err)
        }
        var printed = 0
        for (p, out, err) in procs {
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "a writer failed: \(e)")
            printed += String(decoding: o, as: UTF8.self).split(separator: "\n").count
        }
        #expect(printed == 2000)
        let csv = try CLI.run(["export", "--db", url, "--format", "csv", "--table", "claims"]).stdout
        let ids = Set(csv.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",").first ?? "") })
        #expect(ids.count == 2000)
        #expect(ids == Set((1...8).flatMap { n in (0..<250).map { "w\(n)-\($0)" } }))
        let v = try CLI.run(["audit", "verify", "--db", url])
        #expect(v.status == 0 && v.stdout.hasPrefix("audit chain intact: 2002 entries"), "\(v.stdout)\(v.stderr)")
        print("8 × 250 claims on PostgreSQL: \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    @Test("copy SQLite → PostgreSQL → SQLite: audit verify passes on each copy, exports byte-identical", .enabled(if: enabled))
    func copyRoundTrip() throws {
        let dir = CLI.tempDir()
        let original = dir.appendingPathComponent("original.sqlite").path
        let sample = CLI.repoRoot.appendingPathComponent("Data/sample.json").path
        #expect(try CLI.run(["import", sample, "--db", original]).status == 0)
        let listed = try CLI.run(["discrepancies", "--db", original, "--format", "json"]).stdout
        let id = try #require(listed.range(of: "\"id\": \"").map { String(listed[$0.upperBound...].prefix { $0 != "\"" }) })
        #expect(try CLI.run(["flag", "ack", id, "--db", original, "--note", "checking"]).status == 0)
        #expect(try CLI.run(["claim", "add", "--db", original, "--project", "blagoveshchensk-heihe-road-bridge", "--status", "operational",
                             "--scope", "cargo", "--as-of", "2022-06", "--source", "amurlife", "--quote", "грузовики 🚛",
                             "--quote-lang", "ru", "--translation", "trucks", "--note", "=a note", "--via", "study-2021"]).status == 0)
        let url = freshURL()
        let there = try CLI.run(["copy", "--from", original, "--to", url])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("1 flag events"))
        let back = dir.appendingPathComponent("back.sqlite").path
        let again = try CLI.run(["copy", "--from", url, "--to", back])
        #expect(again.status == 0, "\(again.stderr)")
        let heads = try [original, url, back].map { db in
            let v = try CLI.run(["audit", "verify", "--db", db])
            #expect(v.status == 0, "\(db): \(v.stderr)")
            // The chain's line; a SQLite tracker adds one about its derived summaries.
            return String(v.stdout.prefix { $0 != "\n" })
        }
        #expect(Set(heads).count == 1, "\(heads)")
        #expect(heads[0].hasPrefix("audit chain intact: "))
        for args in [["export"], ["export", "--format", "csv", "--table", "claims"], ["export", "--format", "csv", "--table", "plans"],
                     ["export", "--format", "csv", "--table", "sources"], ["sources", "--format", "json"],
                     ["discrepancies", "--format", "json"], ["discrepancies"], ["project", "list"], ["project", "list", "--format", "json"],
                     ["audit", "log"]] {
            let outs = try [original, url, back].map { try CLI.run(args + ["--db", $0]).stdout }
            #expect(!outs[0].isEmpty && outs[0] == outs[1] && outs[1] == outs[2], "\(args)")
        }
        // A second copy into the now non-empty targets is refused and changes nothing.
        let refused = try CLI.run(["copy", "--from", original, "--to", url])
        #expect(refused.status == 1 && refused.stderr.contains("is not empty"))
        let refusedBack = try CLI.run(["copy", "--from", url, "--to", back])
        #expect(refusedBack.status == 1 && FileManager.default.fileExists(atPath: back))
        #expect(try CLI.run(["audit", "verify", "--db", back]).stdout.hasPrefix(heads[0] + "\n"))
    }

    @Test("a viewer's write is refused by PostgreSQL: \"not permitted: …\", exit 1; an editor's goes through", .enabled(if: enabled))
    func viewer() throws {
        let url = try seeded()
        let applied = try CLI.run(["server", "roles", "--apply", "--db", url])
        #expect(applied.status == 0 && applied.stdout.hasPrefix("roles bordertrack_viewer, bordertrack_editor, bordertrack_admin granted"), "\(applied.stderr)")
        let suffix = UUID().uuidString.lowercased().filter { $0 != "-" }.prefix(12)
        let viewer = "bt_cv_\(suffix)", editor = "bt_ce_\(suffix)"
        let made = try psql("CREATE ROLE \(viewer) LOGIN IN ROLE bordertrack_viewer; CREATE ROLE \(editor) LOGIN IN ROLE bordertrack_editor;")
        #expect(made.status == 0, "psql: \(made.stderr)")
        defer { _ = try? psql("DROP ROLE \(viewer); DROP ROLE \(editor);") }
        func asUser(_ user: String) -> String {
            let rest = url[url.range(of: "@")!.upperBound...]
            return "postgres://\(user)@\(rest)"
        }
        let add = ["claim", "add", "--project", "bridge", "--status", "construction", "--as-of", "2019", "--source", "rg"]
        let refused = try CLI.run(add + ["--db", asUser(viewer)])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("bordertrack: not permitted: your role \"\(viewer)\" may not add claims (permission denied for table claim)"), "\(refused.stderr)")
        #expect(try CLI.run(["export", "--db", asUser(viewer)]).status == 0)
        let added = try CLI.run(add + ["--db", asUser(editor)])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try CLI.run(["audit", "verify", "--db", asUser(viewer)]).stdout.hasPrefix("audit chain intact: 3 entries"))
        // Editing commands: a viewer edits nothing; the editor's undo goes through; sources are for admins.
        let claimID = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let withdrawn = try CLI.run(["claim", "withdraw", claimID, "--db", asUser(viewer)])
        #expect(withdrawn.status == 1)
        #expect(withdrawn.stderr.hasPrefix("bordertrack: not permitted: your role \"\(viewer)\" may not withdraw claims"), "\(withdrawn.stderr)")
        let undo = try CLI.run(["undo", "--yes", "--db", asUser(editor), "--editor", "ed"])
        #expect(undo.status == 0 && undo.stdout.hasPrefix("nothing to undo: ed"), "\(undo.stderr)")
        let undone = try CLI.run(["undo", "--yes", "--db", asUser(editor)])
        #expect(undone.status == 0 && undone.stdout.hasPrefix("undone audit entry 3 (claim.add at "), "\(undone.stderr)")
        let source = try CLI.run(["source", "add", "--id", "new", "--name", "New", "--tier", "field", "--country", "RU", "--db", asUser(editor)])
        #expect(source.status == 1)
        #expect(source.stderr.hasPrefix("bordertrack: not permitted: your role \"\(editor)\" may not add sources"), "\(source.stderr)")
        #expect(try CLI.run(["audit", "verify", "--db", asUser(viewer)]).stdout.hasPrefix("audit chain intact: 4 entries"))
    }

    @Test("a database without a tracker is 'missing' (66) for commands that read", .enabled(if: enabled))
    func missing() throws {
        let r = try CLI.run(["export", "--db", freshURL()])
        #expect(r.status == 66 && r.stderr.contains("no BorderTrack tracker at postgres://"))
    }

    @Test("a server that cannot be reached: a clear error naming it, without the password")
    func unreachable() throws {
        let r = try CLI.run(["export", "--db", "postgres://bob:hunter2@127.0.0.1:1/tracker"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("bordertrack: database error: cannot connect to PostgreSQL at 127.0.0.1:1 (database \"tracker\", user \"bob\")"), "\(r.stderr)")
        #expect(!r.stderr.contains("hunter2"))
        let bad = try CLI.run(["export", "--db", "postgres://bob:hunter2@127.0.0.1/"])
        #expect(bad.status == 64 && !bad.stderr.contains("hunter2") && bad.stderr.contains("no database name"))
    }

    @Test("`server roles` prints roles.sql; --schema names another schema")
    func roles() throws {
        let file = CLI.repoRoot.appendingPathComponent("Sources/BorderTrackPostgres/roles.sql")
        let r = try CLI.run(["server", "roles"])
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(r.status == 0 && r.stdout == text)
        let other = try CLI.run(["server", "roles", "--schema", "team_a"])
        #expect(other.stdout.contains("GRANT USAGE ON SCHEMA \"team_a\" TO bordertrack_viewer, bordertrack_editor;"))
        #expect(try CLI.run(["server", "roles", "--schema", "Team-A"]).status == 64)
    }
}

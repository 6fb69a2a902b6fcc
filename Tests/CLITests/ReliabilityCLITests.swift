import Foundation
import Testing

/// Crash safety, concurrent editors, busy databases and tampering, driven through the real binary.
@Suite("Reliability harnesses", .serialized)
struct ReliabilityCLITests {
    static let seed = """
    {"format": "bordertrack/1",
     "sources": [{"id": "rg", "name": "Rossiyskaya Gazeta", "tier": "state-media", "country": "RU"}],
     "projects": [{"id": "bridge", "kind": "bridge", "names": {"en": "Bridge", "zh": "黑河大桥"}}]}
    """

    func freshDB() throws -> (URL, String) {
        let dir = CLI.tempDir()
        let json = dir.appendingPathComponent("seed.json")
        CLI.write(Self.seed, to: json)
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try CLI.run(["import", json.path, "--db", db]).status == 0)
        return (dir, db)
    }

    func claimIDs(_ db: String) throws -> Set<String> {
        let csv = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "claims"]).stdout
        return Set(csv.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",").first ?? "") })
    }

    @Test("4 writers × 500 claims at once: all 2,000 present, nobody sees 'locked', the chain verifies")
    func concurrentWriters() throws {
        let (_, db) = try freshDB()
        let procs: [(Process, Pipe, Pipe)] = try (1...4).map { n in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["write-claims", "--db", db, "--project", "bridge", "--source", "rg", "--count", "500", "--prefix", "w\(n)"]
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
            #expect(p.terminationStatus == 0)
            #expect(!e.contains("locked"), "a writer saw: \(e)")
            printed += String(decoding: o, as: UTF8.self).split(separator: "\n").count
        }
        #expect(printed == 2000)
        #expect(try claimIDs(db).count == 2000)
        let v = try CLI.run(["audit", "verify", "--db", db])
        #expect(v.status == 0 && v.stdout.hasPrefix("audit chain intact: 2002 entries"))
    }

    @Test("SIGKILL at random points, 30 times: integrity ok, chain verifies, every reported claim present")
    func crashes() throws {
        let (_, db) = try freshDB()
        var rng = SplitMix(seed: 20211007)
        var committed = Set<String>()
        for round in 0..<30 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["write-claims", "--db", db, "--project", "bridge", "--source", "rg", "--count", "100000", "--prefix", "k\(round)"]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(30_000 + rng.next() % 250_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            // Only whole lines were reported as committed.
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) where text.contains("\(line)\n") {
                committed.insert(String(line))
            }
            let present = try claimIDs(db)
            #expect(committed.isSubset(of: present), "round \(round): \(committed.subtracting(present).count) reported claims missing")
            let v = try CLI.run(["audit", "verify", "--db", db])
            #expect(v.status == 0, "round \(round): \(v.stderr)")
            if let check = try? sqlite(db, "PRAGMA integrity_check;") { #expect(check == "ok\n", "round \(round)") }
        }
        #expect(committed.count > 30)
    }

    @Test("a database held by another writer beyond the timeout: exit 75 with a clear message")
    func busy() throws {
        let (_, db) = try freshDB()
        guard Tools.sqlite3Present() else { return }
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [db]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        // The holder says when it holds the write lock: wait for that, not for a fixed time.
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nINSERT INTO source(id,name,tier,audit_seq) VALUES('zz','z','field',0);\nSELECT 'locked';\n".utf8))
        var said = ""
        while !said.contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("locked"))
        let r = try CLI.run(["claim", "add", "--project", "bridge", "--status", "proposed", "--as-of", "2020", "--source", "rg", "--db", db],
                            env: ["BORDERTRACK_BUSY_TIMEOUT_MS": "300"])
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(r.status == 75)
        #expect(r.stderr.hasPrefix("bordertrack: database busy:"))
        #expect(r.stderr.contains("try again"))
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("editing the audit table with the sqlite3 CLI is caught by audit verify")
    func tamper() throws {
        let (_, db) = try freshDB()
        guard Tools.sqlite3Present() else { return }
        #expect(try CLI.run(["write-claims", "--db", db, "--project", "bridge", "--source", "rg", "--count", "5"]).status == 0)
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
        // The triggers stop the casual edit…
        #expect((try? sqlite(db, "UPDATE audit SET editor = 'mallory' WHERE seq = 4;")) == nil)
        // …a determined one drops them first; the chain still tells.
        _ = try sqlite(db, "DROP TRIGGER audit_no_update; UPDATE audit SET editor = 'mallory' WHERE seq = 4;")
        let v = try CLI.run(["audit", "verify", "--db", db])
        #expect(v.status == 1)
        #expect(v.stderr.contains("audit entry 4 (claim.add w-1 by mallory"))
        // Deleting an entry is caught too.
        let (_, db2) = try freshDB()
        #expect(try CLI.run(["write-claims", "--db", db2, "--project", "bridge", "--source", "rg", "--count", "3"]).status == 0)
        _ = try sqlite(db2, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 3;")
        #expect(try CLI.run(["audit", "verify", "--db", db2]).stderr.contains("audit entry 3 is missing"))
        // Rewriting a claim's quote behind the tool's back.
        let (_, db3) = try freshDB()
        #expect(try CLI.run(["write-claims", "--db", db3, "--project", "bridge", "--source", "rg", "--count", "3"]).status == 0)
        _ = try sqlite(db3, "DROP TRIGGER claim_no_update; UPDATE claim SET status = 'operational' WHERE id = 'w-1';")
        #expect(try CLI.run(["audit", "verify", "--db", db3]).stderr.contains("audit entry 4 was changed behind the tool's back"))
    }

    @Test("exports write a temporary file and rename; a failed export leaves nothing")
    func atomicExport() throws {
        let (dir, db) = try freshDB()
        let r = try CLI.run(["export", "--db", db, "-o", dir.appendingPathComponent("no/such/dir/x.json").path])
        #expect(r.status == 73)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("no").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("--read-only opens the database read-only and edits exit with a clear error")
    func readOnly() throws {
        let (_, db) = try freshDB()
        let r = try CLI.run(["claim", "add", "--read-only", "--project", "bridge", "--status", "proposed", "--as-of", "2020", "--source", "rg", "--db", db])
        #expect(r.status != 0 && r.stderr.contains("read-only"))
        #expect(try claimIDs(db).isEmpty)
    }

    @Test("a new database file is 0600; with --group-shared 0640 (the WAL and index files too)")
    func permissions() throws {
        let dir = CLI.tempDir()
        let json = dir.appendingPathComponent("seed.json")
        CLI.write(Self.seed, to: json)
        func mode(_ path: String) -> Int? {
            (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).flatMap { $0 }
        }
        let privateDB = dir.appendingPathComponent("private.sqlite").path
        #expect(try CLI.run(["import", json.path, "--db", privateDB]).status == 0)
        #expect(mode(privateDB) == 0o600)
        let shared = dir.appendingPathComponent("shared.sqlite").path
        let r = try CLI.run(["import", json.path, "--db", shared, "--group-shared"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(mode(shared) == 0o640)
        for side in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: shared + side) {
            #expect(mode(shared + side)! & 0o007 == 0, "\(side) is readable by others")
        }
    }

    func sqlite(_ db: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [db, sql]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus != 0 { throw CocoaError(.fileWriteUnknown) }
        return String(decoding: o, as: UTF8.self)
    }
}

/// A small deterministic random generator (SplitMix64) so harness runs are reproducible.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt32 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }
}

import BorderTrackCore
import BorderTrackFormats
import BorderTrackSynthetic
@testable import BorderTrackSQLite
@testable import BorderTrackStore
import Foundation
import Testing
import BorderTrackTestSupport

/// The bulk import and the streamed claims export give exactly what the entry-by-entry code gave:
/// the same audit bytes and digests, the same CSV bytes.
@Suite("Bulk import and streamed export")
struct BulkImportTests {
    static let now = Timestamp(parsing: "2026-11-23T10:00:00Z")!

    /// Sources, projects, plans and claims with text that needs every kind of escape; one claim is about a section.
    func batch() throws -> ImportBatch {
        let data = SyntheticData(projects: 60, claimsPerProject: 5, seed: 3)
        var batch = DatasetCSV.decode(Array(DatasetCSV.write(data.sourceRows).utf8), file: "s.csv").batch
        var projects: [[String]] = [], claims: [[String]] = []
        data.projectRows { projects.append($0) }
        data.claimRows { claims.append($0) }
        batch.append(DatasetCSV.decode(Array(DatasetCSV.write(projects).utf8), file: "p.csv").batch)
        batch.plans = [(try Plan(id: "pl1", project: "p0", milestone: .opening, target: PartialDate(parsing: "2020"), announced: nil, source: "fed"),
                        Origin(file: "x.json"))]
        batch.append(DatasetCSV.decode(Array(DatasetCSV.write(claims).utf8), file: "c.csv").batch)
        // A scope and a section need a transport project (the synthetic data gives scopes only to those).
        let transport = try #require(projects.dropFirst().first { ProjectKind(rawValue: $0[1])?.takesScope == true })[0]
        let odd = "quote \"q\" \\ back\tslash\u{1}\u{7F} line\u{2028}sep\u{2029}黑河 Мост\r\n"
        batch.claims.append((try Claim(id: "odd", project: transport, status: .operational, scope: .cargo, asOf: PartialDate(parsing: "2021-10~"),
                                       published: PartialDate(parsing: "2021-11-02"), source: "local", url: "https://x/\"a\"", quote: odd,
                                       recorded: Timestamp(parsing: "2025-01-02T03:04:05Z"), editor: "bo", supersedes: nil, section: "CN"),
                             Origin(file: "x.json")))
        batch.claims.append((try Claim(id: "fix", project: transport, status: .completed, asOf: PartialDate(parsing: "2021"), source: "fed",
                                       supersedes: "odd"), Origin(file: "x.json")))
        #expect(batch.issues.isEmpty)
        return batch
    }

    /// A fresh folder under the temporary directory.
    func folder() throws -> String {
        let dir = Scratch.path("bulk").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("an import into a new file writes what an import into an empty tracker writes; the file is WAL, 0600, alone")
    func newFile() throws {
        let b = try batch()
        let empty = try SQLiteStore.inMemory(clock: { Self.now })
        let expected = try empty.importBatch(b, editor: "ann")
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/new.sqlite"
        let summary = try SQLiteStore.importIntoNewFile(path: path, batch: b, editor: "ann", clock: { Self.now })
        #expect(summary == expected)
        let store = try SQLiteStore.open(path: path, clock: { Self.now })
        // 302 claims: four full statements of 64 rows and a last one of 46.
        #expect(try store.claims(project: nil).count == b.claims.count)
        #expect(try store.dataset() == empty.dataset())
        #expect(try store.auditEntries(filter: AuditFilter()) == empty.auditEntries(filter: AuditFilter()))
        #expect(try store.verifyAudit().problem == nil)
        #expect(try store.derivedState() == empty.derivedState())
        let q = SummaryQuery(order: .name, descending: false)
        #expect(try store.summaryPage(q, offset: 0, limit: 1000) == empty.summaryPage(q, offset: 0, limit: 1000))
        #expect(try store.queuePage(offset: 0, limit: 10_000).map(\.id) == empty.queuePage(offset: 0, limit: 10_000).map(\.id))
        #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try store.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") } == true, "a later connection enforces foreign keys")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains("importing") }
        #expect(left.isEmpty, "no temporary file left: \(left)")
    }

    @Test("a rejected import into a new file leaves no file; an existing file is never replaced")
    func newFileAllOrNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bad = try batch()
        bad.claims.append((try Claim(id: "stray", project: "nowhere", status: .proposed, asOf: PartialDate(parsing: "2020"), source: "fed"), Origin(file: "c.csv", location: "line 9")))
        let path = dir + "/new.sqlite"
        #expect(throws: StoreError.self) { try SQLiteStore.importIntoNewFile(path: path, batch: bad, editor: "ann") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "nothing written, no temporary file")
        try Data("not ours".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try SQLiteStore.importIntoNewFile(path: path, batch: try batch(), editor: "ann") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not ours")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["new.sqlite"])
    }

    @Test("what a killed import left beside a new file is removed by the next one; a running import's file is not")
    func abandonedTemporaryFiles() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // PID 2^22 + 1 is above Linux's pid_max ceiling: no such process. PID 1 always runs.
        for name in [".new.sqlite.importing-4194305", ".new.sqlite.importing-4194305-journal", ".new.sqlite.importing-1", ".other.importing-4194305"] {
            try Data("partial".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        _ = try SQLiteStore.importIntoNewFile(path: dir + "/new.sqlite", batch: try batch(), editor: "ann")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
                == [".new.sqlite.importing-1", ".other.importing-4194305", "new.sqlite"].sorted())
    }

    @Test("the import entry's digest is RowDigest over CanonicalRow of every recorded plan and claim")
    func digest() throws {
        let store = try SQLiteStore.inMemory(clock: { Self.now })
        let b = try batch()
        _ = try store.importBatch(b, editor: "ann")
        var expected = RowDigest()
        for (p, _) in b.plans { expected.add(CanonicalRow.plan(p.recording(at: Self.now, by: "ann"))) }
        for (c, _) in b.claims { expected.add(CanonicalRow.claim(c.recording(at: Self.now, by: "ann"))) }
        let entry = try #require(try store.auditEntries(filter: AuditFilter()).first { $0.action == "import" })
        #expect(entry.after == "{\"claims\":\(b.claims.count),\"digest\":\"\(expected.hex())\",\"plans\":1}")
        #expect(try store.verifyAudit().isIntact)
        #expect(try store.claims(project: nil) == b.claims.map { $0.0.recording(at: Self.now, by: "ann") })
    }

    @Test("canonical bytes written directly equal the JSONValue route")
    func canonicalBytes() throws {
        for c in try batch().claims.map(\.0) {
            var bytes: [UInt8] = []
            CanonicalRow.appendClaim(c, recorded: Self.now.description, editor: "ann", into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == CanonicalRow.claim(c.recording(at: Self.now, by: "ann")))
        }
        for (project, after) in [(nil, "{\"a\":\"x\\\"y\\u2028\"}"), ("p1", nil)] as [(String?, String?)] {
            // The one audit encoding, written straight to bytes, equals the sorted-key compact JSON of a `JSONValue`.
            let tree: JSONValue = .object([
                ("action", .string("project.add")), ("after", after.map { .string($0) } ?? .null),
                ("at", .string(Self.now.description)), ("before", .string("b\u{0}\n")), ("editor", .string("é\"d")),
                ("entity", .string("project")), ("entityId", .string("p1")), ("project", project.map { .string($0) } ?? .null),
                ("seq", .number("42")),
            ])
            #expect(AuditEntry.canonicalBytes(seq: 42, at: Self.now, editor: "é\"d", action: "project.add", entity: "project",
                                              entityID: "p1", project: project, before: "b\u{0}\n", after: after)
                    == Array(JSONWriter.compact(tree).utf8))
        }
    }

    func streamed(_ store: SQLiteStore) throws -> String {
        var bytes: [UInt8] = []
        try store.writeClaimsCSV { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("the streamed claims CSV is DatasetCSV.encode of the claims, withdrawn ones left out")
    func streamedExport() throws {
        let store = try SQLiteStore.inMemory(clock: { Self.now })
        #expect(try streamed(store) == DatasetCSV.encode(.claims, of: Dataset()))
        _ = try store.importBatch(try batch(), editor: "ann")
        try store.withdraw(.claim, id: "fix", reason: "test", editor: "ann")
        let expected = DatasetCSV.encode(.claims, of: Dataset(claims: try store.claims(project: nil)))
        #expect(try streamed(store) == expected)
        #expect(!expected.contains("\r\nfix,"))
        #expect(expected.hasPrefix("id,project,status,scope,as_of,published,source,url,quote,supersedes,recorded,editor,section,quote_lang,translation,note,via\r\n"))
        #expect(expected.contains(",2025-01-02T03:04:05Z,bo,CN,,,,\r\n"), "the section comes after the editor, the attribution columns last")
    }

    @Test("rows the quick check does not vouch for go through Claim, as before; damaged rows fail the export")
    func fallbackRows() throws {
        let store = try SQLiteStore.inMemory(clock: { Self.now })
        _ = try store.importBatch(try batch(), editor: "ann")
        // A year stored as a number, and text with a NUL (read up to the NUL, as GRDB reads strings).
        try store.executeForTesting("""
            INSERT INTO claim (id, project, status, as_of, source, quote, recorded, editor, audit_seq, section)
            VALUES ('num', 'p2', 'proposed', 2019, 'fed', 'cut' || char(0) || 'here', '2026-11-23T10:00:00Z', 'ann', 1, 'RU')
            """)
        let expected = DatasetCSV.encode(.claims, of: Dataset(claims: try store.claims(project: nil)))
        #expect(expected.contains("\r\nnum,p2,proposed,,2019,,fed,,cut,,2026-11-23T10:00:00Z,ann,RU,,,,\r\n"))
        #expect(try streamed(store) == expected)
        try store.executeForTesting("""
            INSERT INTO claim (id, project, status, as_of, source, recorded, editor, audit_seq)
            VALUES ('bad', 'p2', 'opened', '2019', 'fed', '2026-11-23T10:00:00Z', 'ann', 1)
            """)
        #expect(throws: StoreError.self) { try streamed(store) }
    }

    @Test("a stored section the model refuses is not copied as stored: the export fails as damage")
    func damagedSection() throws {
        let store = try SQLiteStore.inMemory(clock: { Self.now })
        _ = try store.importBatch(try batch(), editor: "ann")
        try store.executeForTesting("""
            INSERT INTO claim (id, project, status, as_of, source, recorded, editor, audit_seq, section)
            VALUES ('low', 'p2', 'proposed', '2019', 'fed', '2026-11-23T10:00:00Z', 'ann', 1, 'ru')
            """)
        #expect(throws: StoreError.corrupt("claim row 303 does not pass validation: invalid(field: \"section\", value: \"ru\", expected: \"an ISO 3166-1 alpha-2 country code in capitals, such as RU or CN\")")) {
            try streamed(store)
        }
    }
}

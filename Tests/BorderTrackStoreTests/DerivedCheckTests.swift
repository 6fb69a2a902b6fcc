import BorderTrackCore
import BorderTrackSQLite
import BorderTrackStore
import Testing

/// The derived summaries and queue, outside the audit chain, checked against a fresh analysis of the claims:
/// every forgery named (project, column, stored and expected value), and repaired to what a rebuild gives.
@Suite struct DerivedCheckTests {
    /// A 120-project synthetic tracker (its summaries derived) and its first project's id and name.
    static func tracker(_ engine: Engine = .sqliteMemory) throws -> (any DerivedSummaries, String, String) {
        let store = try DerivedTests.derivedTracker(engine, projects: 120, claimsPerProject: 5, seed: 11)
        let first = try store.summaryPage(SummaryQuery(order: .name, descending: false), offset: 0, limit: 1)[0]
        return (store, first.project.id, first.project.names.en)
    }

    @Test("an untouched tracker, after a fresh import and after edits recomputed project by project, is intact")
    func intact() throws {
        let (store, id, _) = try DerivedCheckTests.tracker()
        let fresh = try store.checkDerived()
        #expect(fresh.status == .checked)
        #expect(fresh.intact, "\(fresh.summary)")
        #expect(fresh.projects == 120)
        #expect(fresh.queue == (try store.queueCount()))
        #expect(fresh.queue > 20, "the synthetic tracker has discrepancies to queue")
        #expect(fresh.summary == "derived summaries match a fresh analysis: 120 projects, \(fresh.queue) queue entries")
        // An edit makes them stale until the next refresh, which recomputes one project.
        _ = try store.addClaim(try Claim(id: "c-check", project: id, status: .cancelled, asOf: try PartialDate(parsing: "2025-06"), source: "local"),
                               editor: "ed")
        #expect(try store.checkDerived().status == .stale(reason: "1 audit entry behind"))
        #expect(try store.checkDerived().summary == "derived summaries: 1 audit entry behind; brought up to date when the UI next opens them")
        #expect(try (store as! SQLiteStore).refreshDerived(today: DerivedTests.today) == .projects([id]))
        let after = try store.checkDerived()
        #expect(after.status == .checked && after.intact, "\(after.summary)")
    }

    @Test("a tracker whose summaries were never built has nothing to compare")
    func absent() throws {
        let store = try SQLiteStore.inMemory(clock: DerivedTests.clock)
        #expect(try store.checkDerived() == DerivedCheck(status: .absent))
        #expect(try store.checkDerived().intact)
    }

    /// Each forgery, the differing projects and the words that name it.
    static let forgeries: [(sql: String, differing: [String], says: String)] = [
        ("UPDATE summary SET p_name_en = 'Forged bridge' WHERE project = '$ID'", ["$ID"],
         "derived summaries FORGED: 1 project's summary differs from what the claims give (project \"$ID\": p_name_en is \"Forged bridge\", its claims give \"$NAME\")"),
        ("UPDATE summary SET off_status = 'operational', off_key = 0 WHERE project = '$ID'", ["$ID"], "project \"$ID\": off_status is \"operational\""),
        ("UPDATE summary SET claim_count = 99 WHERE project = '$ID'", ["$ID"], "project \"$ID\": claim_count is 99, its claims give 5"),
        ("UPDATE summary SET off_status = NULL, off_scope = NULL, off_from = NULL, off_to = NULL, off_ongoing = NULL, off_claim = NULL",
         [], "120 projects' summaries differ from what the claims give"),
        ("DELETE FROM summary WHERE project = '$ID'", ["$ID"], "project \"$ID\" has no summary row"),
        ("DELETE FROM queue_entry WHERE project = '$Q'", ["$Q"], "project \"$Q\": 0 queue entries stored, its claims give $QN"),
        ("UPDATE queue_text SET explanation = 'Nothing to see here.' WHERE project = '$Q'", ["$Q"],
         "project \"$Q\": $QN queue entr"),
        ("INSERT INTO queue_text VALUES ('$ID', 'ds-0000000000', 'manual', 'open', 0, 0, 'forged')", [],
         "1 queue text belongs to no queue entry"),
        ("INSERT INTO queue_entry (severity, minus_from, id, project) VALUES (0, 0, 'ds-forged', 'no-such-project')", ["no-such-project"],
         "derived rows for \"no-such-project\", which is not a project"),
        ("UPDATE derived_state SET projects = 7", [], "the state row counts 7 projects"),
        ("UPDATE queue_bucket SET n = n + 1 WHERE (severity, minus_from) = (SELECT severity, minus_from FROM queue_bucket LIMIT 1)", [],
         "derived summaries FORGED: 1 queue position count disagrees with the queue"),
        ("UPDATE derived_state SET audit_seq = audit_seq + 5", [], "the state row says it reflects audit entry $H5, but the chain ends at $H"),
    ]

    @Test("each forgery of a derived row is named, `repairDerived` rewrites it, and the tables equal a full analysis again",
          arguments: Engine.allCases, DerivedCheckTests.forgeries.indices)
    func forgery(_ engine: Engine, _ k: Int) throws {
        let (store, id, name) = try DerivedCheckTests.tracker(engine)
        // A project with queue entries, and how many it has.
        let queue = try store.queuePage(offset: 0, limit: 1_000_000)
        let q = queue[0].project
        let head = try store.auditHeadSeq()
        func fill(_ s: String) -> String {
            s.replacingOccurrences(of: "$H5", with: "\(head + 5)").replacingOccurrences(of: "$H", with: "\(head)").replacingOccurrences(of: "$ID", with: id).replacingOccurrences(of: "$NAME", with: name)
                .replacingOccurrences(of: "$QN", with: "\(queue.filter { $0.project == q }.count)").replacingOccurrences(of: "$Q", with: q)
        }
        let f = DerivedCheckTests.forgeries[k]
        try DerivedTests.execute(store, fill(f.sql))
        let check = try store.checkDerived()
        #expect(check.status == .checked)
        #expect(!check.intact)
        #expect(check.summary.contains(fill(f.says)), "\(check.summary)")
        if !f.differing.isEmpty { #expect(check.differing == f.differing.map(fill)) }
        // A state row ahead of the chain is not trusted for anything: everything is rebuilt.
        let rebuilt = check.bookkeeping.contains { $0.contains("but the chain ends") }
        #expect(try store.repairDerived(check) == (rebuilt ? 120 : check.differing.count))
        let after = try store.checkDerived()
        #expect(after.intact, "\(after.summary)")
        try DerivedTests.expectMatches(store)
    }
}

import BorderTrackCore
import Dispatch
import Foundation

/// The derived tables' rows as every engine writes and reads them: a project's `summary` row (its columns, the
/// values a `ProjectAnalysis` gives them, a `ProjectSummary` read back from them), the queue entries of its
/// open discrepancies (the state row that says what they were computed for is `DerivedState`).
///
/// The tables are a cache of `ProjectAnalysis`, never history; each engine keeps them in its own schema (SQLite:
/// `Schema/SQLiteStore+Schema.swift`, PostgreSQL: `PostgresStore+Schema.swift`) with the columns in this order.
public enum DerivedRows {
    /// The columns of `summary` in the order `addSummary` gives their values (and `summary(from:)` reads them):
    /// the sort and filter keys, then copies of the project, its current official and local claims and its target
    /// plan, then the two claims' sections, then the two claims' attribution (quote language, translation, note, via), then the search text
    /// (`ProjectSearchText`), then the assessed status (`AssessedStatus`: status, scope, since, grade, sort key).
    public static let summaryColumns: [String] = [
        "project", "name_key", "kind", "search", "countries", "regions",
        "off_status", "off_scope", "off_from", "off_to", "off_ongoing", "off_claim",
        "loc_status", "loc_scope", "loc_from", "loc_to", "loc_ongoing", "loc_claim",
        "off_key", "loc_key", "open_count", "worst", "disc_num", "claim_count", "last_claim", "upd_key", "target_plan", "tgt_key", "slips",
    ] + copyColumns + ["oc_section", "lc_section"]
        + ["oc", "lc"].flatMap { c in ["quote_lang", "translation", "note", "via"].map { "\(c)_\($0)" } }
        + ["search_text"]
        + ["as_status", "as_scope", "as_since", "as_grade", "as_key"]

    /// The select list that reads a `summary` row for a screen: `summaryColumns` in order, the search text (read
    /// only with the search keys, about a third of a row's bytes) as NULL in its place.
    public static let summarySelect: String = summaryColumns.map { $0 == "search_text" ? "NULL" : $0 }.joined(separator: ", ")

    /// The copied columns of `summary` (project, official claim, local claim, target plan), in order.
    public static let copyColumns: [String] = {
        let claim = ["id", "project", "status", "scope", "as_of", "published", "source", "url", "quote", "supersedes", "recorded", "editor"]
        let project = ["id", "kind", "name_en", "name_ru", "name_zh", "countries", "regions", "lat", "lon", "programs"]
        let plan = ["id", "project", "milestone", "target", "announced", "source", "recorded", "editor"]
        return project.map { "p_" + $0 } + claim.map { "oc_" + $0 } + claim.map { "lc_" + $0 } + plan.map { "tp_" + $0 }
    }()

    /// Adds one analysed project's summary row to an insert (or to the values a check compares).
    public static func addSummary<Row: SummaryRowSink>(_ part: ProjectAnalysis, to row: inout Row) throws {
        let s = part.summary
        let p = s.project
        row.text(p.id)
        // NFC, so the stored byte order (SQLite's BINARY, PostgreSQL's "C") is Swift's String order (NFC scalars).
        row.text(s.nameKey.precomposedStringWithCanonicalMapping)
        row.text(p.kind.label)  // what the list shows and sorts by (the project's raw kind is in p_kind)
        row.text(p.searchKey)
        row.text(";" + p.countries.joined(separator: ";") + ";")
        row.text(p.regions.map { $0.lowercased() }.joined(separator: "\n"))
        for x in [s.official, s.local] {
            guard let x else { row.null(6); continue }
            row.text(x.status.rawValue); row.text(x.scope?.rawValue); row.int(x.from.ordinal); row.int(x.to.ordinal)
            row.int(x.ongoing ? 1 : 0); row.text(x.claim.id)
        }
        row.int(s.officialRank); row.int(s.localRank); row.int(s.openDiscrepancies); row.text(s.worstSeverity?.rawValue)
        row.int(s.severityRank); row.int(s.claimCount); row.text(s.lastClaim?.description); row.int(s.updatedRank)
        row.text(s.target?.id); row.int(s.targetRank); row.int(s.slips)
        row.text(p.id); row.text(p.kind.rawValue); row.text(p.names.en); row.text(p.names.ru); row.text(p.names.zh)
        row.text(p.countries.joined(separator: ";")); row.text(p.regions.joined(separator: ";"))
        row.double(p.location?.lat); row.double(p.location?.lon); row.text(p.programs.joined(separator: ";"))
        for c in [s.official?.claim, s.local?.claim] {
            guard let c else { row.null(12); continue }
            row.text(c.id); row.text(c.project); row.text(c.status.rawValue); row.text(c.scope?.rawValue)
            row.text(c.asOf.description); row.text(c.published?.description); row.text(c.source); row.text(c.url)
            row.text(c.quote); row.text(c.supersedes); row.text(c.recorded?.description); row.text(c.editor)
        }
        if let t = s.target {
            row.text(t.id); row.text(t.project); row.text(t.milestone.rawValue); row.text(t.target.description)
            row.text(t.announced?.description); row.text(t.source); row.text(t.recorded?.description); row.text(t.editor)
        } else {
            row.null(8)
        }
        row.text(s.official?.claim.section); row.text(s.local?.claim.section)
        for c in [s.official?.claim, s.local?.claim] {
            row.text(c?.quoteLang); row.text(c?.translation); row.text(c?.note); row.text(c?.via)
        }
        row.text(part.searchText)
        let a = s.assessed
        row.text(a?.status.rawValue); row.text(a?.scope?.rawValue); row.text(a?.since?.description); row.text(a?.grade.description)
        row.int(s.assessedRank)
        try row.endRow()
    }

    /// A summary from its stored row alone (`summaryColumns` order): the row carries copies of the project
    /// (columns 29–38), the current official (39–50, section 71, attribution 73–76) and local (51–62, section 72,
    /// attribution 77–80) claims and the target plan (63–70). A row that fails the model's checks is `StoreError.corrupt`.
    public static func summary(from r: some SummaryRowReader) throws -> ProjectSummary {
        let id = (try? r.text(0)).flatMap { $0 } ?? "?"
        func required<T>(_ v: T?, _ column: Int) throws -> T {
            guard let v else { throw StoreError.corrupt("summary row for \"\(id)\" has no \(summaryColumns[column])") }
            return v
        }
        do {
            let p = try project(r, searchKey: try required(r.text(3), 3))
            func segment(_ at: Int, claimBase: Int, section: Int, attribution: Int) throws -> Segment? {
                guard let status = try r.text(at).flatMap(Status.init(rawValue:)) else { return nil }
                guard let from = try r.int(at + 2), let to = try r.int(at + 3) else {
                    throw StoreError.corrupt("summary row for \"\(p.id)\" has a segment without dates")
                }
                return Segment.stored(status: status, scope: try r.text(at + 1).flatMap(Scope.init(rawValue:)), from: Day(ordinal: from),
                                      to: Day(ordinal: to), ongoing: try r.int(at + 4) != 0,
                                      claim: try claim(r, base: claimBase, section: section, attribution: attribution))
            }
            let last: PartialDate? = try r.text(24).map { try PartialDate(parsing: $0) }
            let target: Plan? = try r.text(63) == nil ? nil : try plan(r, base: 62)
            var assessed: AssessedStatus? = nil
            if let status = try r.text(82).flatMap(Status.init(rawValue:)) {
                guard let grade = try r.text(85).flatMap(AssessmentGrade.init(parsing:)) else {
                    throw StoreError.corrupt("summary row for \"\(p.id)\" has an assessed status without a grade")
                }
                assessed = AssessedStatus(status: status, scope: try r.text(83).flatMap(Scope.init(rawValue:)),
                                          since: try r.text(84).map { try PartialDate(parsing: $0) }, grade: grade)
            }
            return ProjectSummary.stored(project: p, official: try segment(6, claimBase: 38, section: 71, attribution: 73),
                                         local: try segment(12, claimBase: 50, section: 72, attribution: 77),
                                         openDiscrepancies: try required(r.int(20), 20),
                                         worstSeverity: try r.text(21).flatMap(Severity.init(rawValue:)),
                                         claimCount: try required(r.int(23), 23), lastClaim: last, target: target,
                                         slips: try required(r.int(28), 28), assessed: assessed)
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.corrupt("summary row for \"\(id)\" does not pass validation: \(error)")
        }
    }

    /// The project copy (columns 29–38) of a summary row.
    private static func project(_ r: some SummaryRowReader, searchKey: String) throws -> Project {
        let b = 28
        func list(_ s: String?) -> [String] { (s ?? "").isEmpty ? [] : s!.split(separator: ";").map(String.init) }
        let names = try Names(en: try r.text(b + 3) ?? "", ru: try r.text(b + 4), zh: try r.text(b + 5))
        var loc: Location? = nil
        if let lat = try r.double(b + 8), let lon = try r.double(b + 9) { loc = try Location(lat: lat, lon: lon) }
        return try Project.stored(id: try r.text(b + 1) ?? "", kind: try r.text(b + 2) ?? "", names: names, countries: list(try r.text(b + 6)),
                                  regions: list(try r.text(b + 7)), location: loc, programs: list(try r.text(b + 10)), searchKey: searchKey)
    }

    /// A claim copy of a summary row: columns `base + 1 …` in the claim table's order, the section at `section`,
    /// its quote language, translation, note and via from `attribution` on.
    private static func claim(_ r: some SummaryRowReader, base b: Int, section: Int, attribution a: Int) throws -> Claim {
        try Claim(id: try r.text(b + 1), project: try r.text(b + 2) ?? "", status: try r.text(b + 3) ?? "", scope: try r.text(b + 4),
                  asOf: try r.text(b + 5) ?? "", published: try r.text(b + 6), source: try r.text(b + 7) ?? "", url: try r.text(b + 8),
                  quote: try r.text(b + 9), recorded: try r.text(b + 11), editor: try r.text(b + 12), supersedes: try r.text(b + 10),
                  section: try r.text(section), quoteLang: try r.text(a), translation: try r.text(a + 1), note: try r.text(a + 2),
                  via: try r.text(a + 3))
    }

    /// The target plan copy of a summary row: columns `base + 1 …` in the plan table's order.
    private static func plan(_ r: some SummaryRowReader, base b: Int) throws -> Plan {
        try Plan(id: try r.text(b + 1), project: try r.text(b + 2) ?? "", milestone: try r.text(b + 3) ?? "", target: try r.text(b + 4) ?? "",
                 announced: try r.text(b + 5), source: try r.text(b + 6), recorded: try r.text(b + 7), editor: try r.text(b + 8))
    }

    /// Analyses a batch of projects (with their live claims, in the same order) in slices over the processor's
    /// cores, with each one's queue entries (their explanations are sentences to build: on every core too).
    public static func analyse(_ projects: [Project], claims: [[Claim]], plans: [String: [Plan]], events: [String: [(String, [FlagEvent])]],
                               context: ProjectAnalysis.Context) -> (parts: [ProjectAnalysis], queues: [[DerivedQueueRow]]) {
        let both = Parallel.map(projects.count, serialBelow: 2) { i -> (ProjectAnalysis, [DerivedQueueRow]) in
            let p = projects[i]
            let part = ProjectAnalysis(project: p, claims: claims[i], plans: plans[p.id] ?? [], events: events[p.id] ?? [], context: context)
            return (part, DerivedQueueRow.entries(part))
        }
        return (both.map(\.0), both.map(\.1))
    }
}

import Foundation
import Testing

/// `bordertrack source grade` (an editor's grade for a source, issue 21), the grade in `sources`, `assess` and
/// `report`, and `report --as-of` agreeing with `assess --as-of` on the bundled sample data.
@Suite("bordertrack source grade", .serialized)
struct GradeCLITests {
    static let bridge = "blagoveshchensk-heihe-road-bridge"


    func json(_ r: CLI.Result) throws -> Any {
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    func source(_ db: String, _ id: String) throws -> [String: Any] {
        let all = try #require(try json(try CLI.run(["sources", "--db", db, "--format", "json"])) as? [[String: Any]])
        return try #require(all.first { $0["id"] as? String == id })
    }

    @Test("set, shown beside the computed grade in text and JSON, audited; cleared; undone")
    func setAndClear() throws {
        let db = try CLI.sampleDB()
        let set = try CLI.run(["source", "grade", "minec", "--grade", "e", "--reason", "reprints press releases", "--db", db, "--editor", "anna"])
        #expect(set.status == 0 && set.stdout == "source minec graded E (unreliable) by anna: reprints press releases\n", "\(set.stdout)\(set.stderr)")
        let text = try CLI.run(["sources", "--db", db, "--why"])
        #expect(text.stdout.split(separator: "\n").contains { $0.hasPrefix("minec ") && $0.contains(" E (set; computed F) ") }, "\(text.stdout)")
        #expect(text.stdout.contains("minec: set E by anna: reprints press releases; computed F: too little evidence"), "\(text.stdout)")
        var minec = try source(db, "minec")
        #expect(minec["grade"] as? String == "E" && minec["computedGrade"] as? String == "F" && minec["setGrade"] as? String == "E")
        #expect(minec["setBy"] as? String == "anna" && minec["setReason"] as? String == "reprints press releases")
        let history = try CLI.run(["audit", "verify", "--db", db])
        #expect(history.status == 0, "\(history.stdout)\(history.stderr)")

        let clear = try CLI.run(["source", "grade", "minec", "--clear", "--reason", "judged too soon", "--db", db, "--editor", "anna"])
        #expect(clear.status == 0 && clear.stdout == "source minec: editor's grade cleared by anna: judged too soon\n", "\(clear.stderr)")
        minec = try source(db, "minec")
        #expect(minec["grade"] as? String == "F" && minec["setGrade"] is NSNull && minec["setBy"] is NSNull)

        // Undo takes back the clearing: anna's grade is in force again.
        let show = try CLI.run(["undo", "--db", db, "--editor", "anna"])
        #expect(show.stdout.contains("(grade.clear at ") && show.stdout.contains("clearing of source minec's grade"), "\(show.stdout)")
        let undo = try CLI.run(["undo", "--yes", "--db", db, "--editor", "anna"])
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(try source(db, "minec")["setGrade"] as? String == "E")
        #expect(try CLI.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("bad input names the option, the value and what was expected; nothing is written")
    func badInput() throws {
        let db = try CLI.sampleDB()
        let before = try CLI.run(["sources", "--db", db, "--format", "json"]).stdout
        let grade = try CLI.run(["source", "grade", "minec", "--grade", "Q", "--reason", "x", "--db", db])
        #expect(grade.status == 65 && grade.stderr.contains("--grade: \"Q\" is not valid; expected one of A, B, C, D, E, F"), "\(grade.stderr)")
        let reason = try CLI.run(["source", "grade", "minec", "--grade", "B", "--reason", "  ", "--db", db])
        #expect(reason.status == 65 && reason.stderr.contains("--reason: \"  \" is not valid; expected a reason for setting the grade"), "\(reason.stderr)")
        let noReason = try CLI.run(["source", "grade", "minec", "--grade", "B", "--db", db])
        #expect(noReason.status == 65 && noReason.stderr.contains("--reason: \"\" is not valid"), "\(noReason.stderr)")
        let both = try CLI.run(["source", "grade", "minec", "--grade", "B", "--clear", "--reason", "x", "--db", db])
        #expect(both.status == 64 && both.stderr.contains("--grade and --clear"), "\(both.stderr)")
        let neither = try CLI.run(["source", "grade", "minec", "--reason", "x", "--db", db])
        #expect(neither.status == 64 && neither.stderr.contains("--grade: missing; expected a grade A–F"), "\(neither.stderr)")
        let unknown = try CLI.run(["source", "grade", "no-such-outlet", "--grade", "B", "--reason", "x", "--db", db])
        #expect(unknown.status == 65 && unknown.stderr.contains("field \"source\": unknown source \"no-such-outlet\""), "\(unknown.stderr)")
        let clear = try CLI.run(["source", "grade", "minec", "--clear", "--reason", "x", "--db", db])
        #expect(clear.status == 65 && clear.stderr.contains("source \"minec\" has no editor's grade to clear"), "\(clear.stderr)")
        #expect(try CLI.run(["sources", "--db", db, "--format", "json"]).stdout == before)
        #expect(try CLI.run(["undo", "--db", db]).stdout.hasPrefix("nothing to undo"))
    }

    /// Each project's assessment in a JSON report, in `assess`'s item form (without `project` and `day`).
    func reportAssessments(_ db: String, _ extra: [String]) throws -> [String: NSDictionary] {
        let doc = try #require(try json(try CLI.run(["report", "--db", db, "--format", "json", "-o", "-"] + extra)) as? [String: Any])
        let projects = try #require(doc["projects"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: try projects.map { p in
            (try #require(p["id"] as? String), try #require(p["assessed"] as? NSDictionary))
        })
    }

    func assessItems(_ db: String, _ extra: [String]) throws -> [String: NSDictionary] {
        let items = try #require(try json(try CLI.run(["assess", "--db", db, "--format", "json"] + extra)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: try items.map { item in
            var rest = item
            rest["project"] = nil; rest["day"] = nil
            return (try #require(item["project"] as? String), rest as NSDictionary)
        })
    }

    @Test("report --as-of and assess --as-of agree for every project of the sample, with and without an editor's grade")
    func reportAgreesWithAssess() throws {
        let db = try CLI.sampleDB()
        for extra in [["--as-of", "2021-10-20"], []] {
            let report = try reportAssessments(db, extra), assess = try assessItems(db, extra)
            #expect(report.count == assess.count && report.count > 5)
            for (id, a) in assess { #expect(report[id] == a, "\(id): report \(report[id].map { "\($0)" } ?? "none") vs assess \(a)") }
        }
        let then = try #require(try reportAssessments(db, ["--as-of", "2021-10-20"])[Self.bridge])
        #expect(then["status"] as? String == "completed" && then["since"] as? String == "2019-11-28" && then["grade"] as? String == "F2")
        let now = try #require(try reportAssessments(db, [])[Self.bridge])
        #expect(now["status"] as? String == "operational" && now["scope"] as? String == "cargo" && now["since"] as? String == "2022-06-10")

        // An editor's grade reaches both alike; set today, it is not known on 2021-10-20.
        let set = try CLI.run(["source", "grade", "sputnik", "--grade", "A", "--reason", "field-checked", "--db", db])
        #expect(set.status == 0, "\(set.stderr)")
        let graded = try reportAssessments(db, []), assessed = try assessItems(db, [])
        for (id, a) in assessed { #expect(graded[id] == a, "\(id)") }
        #expect(graded[Self.bridge]?["grade"] as? String == "A1" || (graded[Self.bridge]?["grade"] as? String)?.hasPrefix("A") == true,
                "\(graded[Self.bridge].map { "\($0)" } ?? "")")
        #expect(try reportAssessments(db, ["--as-of", "2021-10-20"])[Self.bridge] == then)
        let csv = try CLI.run(["report", "--db", db, "--format", "csv", "-o", "-", "--project", Self.bridge])
        #expect(csv.status == 0 && csv.stdout.split(separator: "\r\n").first?.hasSuffix("\"claim_assessment\"") == true, "\(csv.stdout.prefix(600))")
    }
}

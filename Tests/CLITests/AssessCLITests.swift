import Foundation
import Testing

/// `bordertrack assess` and the grades in `bordertrack sources`, on the bundled sample data.
@Suite("bordertrack assess", .serialized)
struct AssessCLITests {
    static let bridge = "blagoveshchensk-heihe-road-bridge"


    func items(_ r: CLI.Result) throws -> [[String: Any]] {
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    }

    @Test("the worked example: on 2021-10-20 completed, not in service, the federal 'in operation' discounted; today operating for cargo")
    func workedExample() throws {
        let db = try CLI.sampleDB()
        let then = try items(try CLI.run(["assess", "--db", db, "--project", Self.bridge, "--as-of", "2021-10-20", "--format", "json"]))
        #expect(then.count == 1)
        let a = try #require(then.first)
        #expect(a["project"] as? String == Self.bridge && a["day"] as? String == "2021-10-20")
        #expect(a["status"] as? String == "completed" && a["scope"] is NSNull)
        #expect(a["since"] as? String == "2019-11-28")
        #expect(a["grade"] as? String == "F2")
        let supporting = try #require(a["supporting"] as? [String])
        #expect(supporting.contains("bh-bridge-amurlife-2021-10") && supporting.contains("bh-bridge-amur-minec-2021-10"), "\(supporting)")
        let discounted = try #require(a["discounted"] as? [[String: String]])
        #expect(discounted.map { $0["claim"] ?? "" } == ["bh-bridge-minec-2021", "bh-bridge-rg-2021-10"], "\(discounted)")
        // The sample knows all four October accounts through the 2021 study: one origin, said plainly.
        #expect(discounted.allSatisfy { $0["reason"]?.contains("sharing its origin (not independent)") == true }, "\(discounted)")

        let now = try items(try CLI.run(["assess", "--db", db, "--project", Self.bridge, "--format", "json"]))
        let b = try #require(now.first)
        #expect(b["status"] as? String == "operational" && b["scope"] as? String == "cargo" && b["since"] as? String == "2022-06-10")
        let carrying = try #require(b["supporting"] as? [String])
        #expect(Array(carrying.prefix(3)).sorted() == ["bh-bridge-biang-2022-06", "bh-bridge-eastday-2022-06", "bh-bridge-sputnik-2022-06"], "\(carrying)")
        #expect((b["discounted"] as? [[String: String]])?.map { $0["claim"] ?? "" }.contains("bh-bridge-minec-2021") == true)
    }

    @Test("text: a table of every project; with --project the claims that carry it and those discounted, with why")
    func text() throws {
        let db = try CLI.sampleDB()
        let all = try CLI.run(["assess", "--db", db])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.hasPrefix("PROJECT "), "\(all.stdout)")
        #expect(all.stdout.contains("GRADE") && all.stdout.contains(Self.bridge))
        #expect(!all.stdout.contains("discounted "))
        let one = try CLI.run(["assess", "--db", db, "--project", Self.bridge, "--as-of", "2021-10-20"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("\(Self.bridge) on 2021-10-20: completed but not in service since 2019-11-28 (F2)"), "\(one.stdout)")
        #expect(one.stdout.contains("  discounted bh-bridge-minec-2021: contradicted by 2 later local sources"), "\(one.stdout)")
        #expect(one.stdout.contains("  grade F2: cannot be judged source, probably true"), "\(one.stdout)")
        let json = try items(try CLI.run(["assess", "--db", db, "--format", "json"]))
        #expect(json.count > 5 && json.allSatisfy { $0["project"] is String && $0["supporting"] is [String] && $0["discounted"] is [Any] })
    }

    @Test("sections: each item's `sections` (the sections its claims name), listed under the project in text")
    func sections() throws {
        let db = try CLI.sampleDB()
        let rail = "nizhneleninskoye-tongjiang-rail-bridge"
        let all = try items(try CLI.run(["assess", "--db", db, "--format", "json"]))
        #expect(all.allSatisfy { $0["sections"] is [Any] })
        let item = try #require(all.first { $0["project"] as? String == rail })
        let sections = try #require(item["sections"] as? [[String: Any]])
        #expect(sections.map { $0["section"] as? String } == ["RU", "CN"], "\(sections)")
        for s in sections {
            #expect(s["status"] as? String == "operational" && s["scope"] as? String == "cargo" && s["since"] as? String == "2022-11")
            #expect(s["grade"] is String && s["supporting"] is [String] && s["discounted"] is [Any] && s["project"] == nil)
        }
        #expect((all.first { $0["project"] as? String == Self.bridge }?["sections"] as? [Any])?.isEmpty == true)
        let text = try CLI.run(["assess", "--db", db, "--project", rail, "--as-of", "2018-12-31"])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix(rail + " ") })
        #expect(lines[row + 1].hasPrefix("  § CN ") && lines[row + 1].contains(" completed "), "\(text.stdout)")
        #expect(text.stdout.contains("  § CN: completed but not in service since 2018-10-13"), "\(text.stdout)")
    }

    @Test("bad input: an unknown project is bad data, a malformed date a usage error, each named")
    func badInput() throws {
        let db = try CLI.sampleDB()
        let project = try CLI.run(["assess", "--db", db, "--project", "no-such-bridge"])
        #expect(project.status == 65 && project.stderr.contains("--project \"no-such-bridge\": no such project"), "\(project.stderr)")
        let date = try CLI.run(["assess", "--db", db, "--as-of", "2021-13"])
        #expect(date.status == 64 && date.stderr.contains("--as-of \"2021-13\""), "\(date.stderr)")
        let format = try CLI.run(["assess", "--db", db, "--format", "xml"])
        #expect(format.status == 64)
    }

    @Test("sources: each source's grade, the computed grade and why, in text and JSON, beside the old columns")
    func sourceGrades() throws {
        let db = try CLI.sampleDB()
        let r = try CLI.run(["sources", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix("  GRADE  PERSPECTIVE  CLAIMS  JUDGED  LOST  LOSS RATE") == true, "\(r.stdout)")
        #expect(lines.contains { $0.hasPrefix("minec ") && $0.contains(" F      official ") }, "\(r.stdout)")
        // The table alone by default, as scripts read it; --why adds a line per source under it.
        #expect(!lines.contains { $0.hasPrefix("minec: ") }, "\(r.stdout)")
        let why = try CLI.run(["sources", "--db", db, "--why"])
        #expect(why.status == 0 && why.stdout.hasPrefix(r.stdout), "\(why.stderr)")
        #expect(why.stdout.split(separator: "\n").contains { $0.hasPrefix("minec: F: too little evidence: ") }, "\(why.stdout)")
        let json = try items(try CLI.run(["sources", "--db", db, "--format", "json"]))
        let sputnik = try #require(json.first { $0["id"] as? String == "sputnik" })
        #expect(sputnik["grade"] as? String == sputnik["computedGrade"] as? String && sputnik["setGrade"] is NSNull)
        #expect((sputnik["gradeWhy"] as? String)?.hasPrefix("\(sputnik["grade"] as? String ?? "?"): ") == true)
        #expect(sputnik["claims"] is Int && sputnik["tested"] is Int && sputnik["confirmed"] is Int && sputnik["contradicted"] is Int)
    }
}

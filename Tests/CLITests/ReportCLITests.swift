import Foundation
import Testing

@Suite("bordertrack report", .serialized)
struct ReportCLITests {
    /// A database loaded from the bundled sample data.
    func sampleDB() throws -> (URL, String) {
        let dir = CLI.tempDir()
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try CLI.run(["import", CLI.repoRoot.appendingPathComponent("Data/sample.json").path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, db)
    }

    @Test("every format, by --format or by the output file's extension; reproducible with SOURCE_DATE_EPOCH")
    func formats() throws {
        let (dir, db) = try sampleDB()
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let md = try CLI.run(["report", "--db", db, "--as-of", "2021-10-05"], env: env)
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# BorderTrack status report\n"))
        #expect(md.stdout.contains("- **Generated:** 2023-11-14T22:13:20Z (UTC)"))
        #expect(md.stdout.contains("- **Database:** \(db)"))
        #expect(try CLI.run(["report", "--db", db, "--as-of", "2021-10-05"], env: env).stdout == md.stdout)
        for (ext, marker) in [("html", "<!DOCTYPE html>"), ("csv", "\"project\",\"name_en\""), ("json", "\"format\": \"bordertrack-report/1\""),
                              ("geojson", "\"type\": \"FeatureCollection\""), ("md", "# BorderTrack status report")] {
            let out = dir.appendingPathComponent("r.\(ext)")
            let r = try CLI.run(["report", "--db", db, "-o", out.path], env: env)
            #expect(r.status == 0, "\(ext): \(r.stderr)")
            #expect(try String(contentsOf: out, encoding: .utf8).contains(marker), "\(ext)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
        let json = try CLI.run(["report", "--db", db, "--format", "json", "--kind", "bridge", "--country", "cn"], env: env)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let projects = try #require(root["projects"] as? [[String: Any]])
        #expect(!projects.isEmpty && projects.allSatisfy { $0["kind"] as? String == "bridge" && ($0["countries"] as? [String])?.contains("CN") == true })
    }

    @Test("selection: --project, --discrepancies-only; bad options exit 64, unknown projects 65, missing database 66")
    func selectionAndErrors() throws {
        let (dir, db) = try sampleDB()
        let one = try CLI.run(["report", "--db", db, "--format", "json", "--project", "blagoveshchensk-heihe-road-bridge"])
        #expect(one.status == 0)
        #expect(one.stdout.components(separatedBy: "\n    {\n      \"id\": ").count == 2)
        let open = try CLI.run(["report", "--db", db, "--format", "geojson", "--discrepancies-only"])
        #expect(open.status == 0 && !open.stdout.contains("\"openDiscrepancies\": 0,"))
        #expect(try CLI.run(["report", "--db", db, "--format", "pdf"]).status == 64)
        #expect(try CLI.run(["report", "--db", db, "--kind", "tunnel"]).status == 64)
        #expect(try CLI.run(["report", "--db", db, "--country", "RUS"]).status == 64)
        #expect(try CLI.run(["report", "--db", db, "--as-of", "2021-02-30"]).status == 64)
        #expect(try CLI.run(["report", "--db", db, "-o", dir.appendingPathComponent("r.txt").path]).status == 64)
        let unknown = try CLI.run(["report", "--db", db, "--project", "no-such"])
        #expect(unknown.status == 65 && unknown.stderr.contains("no-such"))
        #expect(try CLI.run(["report", "--db", dir.appendingPathComponent("none.sqlite").path]).status == 66)
        #expect(try CLI.run(["report", "--db", db, "-o", "/nonexistent-dir/r.md"]).status == 73)
    }
}

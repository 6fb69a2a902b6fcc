import Foundation
import Testing

/// Runs every case of `Tests/Fixtures/hostile/` (see its README) through the built binary: each must give its exit
/// status and messages, leave the files it names unchanged, and change nothing in the tracker.
@Suite("Hostile input corpus")
struct HostileCorpusTests {
    static let folder = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/hostile")

    /// One `.expect` file.
    struct Case: CustomTestStringConvertible {
        let name: String
        let args: String
        let status: Int32
        let stderr: [String]
        let unchanged: [String]
        var testDescription: String { name }

        static func all() throws -> [Case] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".expect") }.sorted()
            return try names.map { name in
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                var args = "", status: Int32 = -1, stderr: [String] = [], unchanged: [String] = []
                for line in text.split(separator: "\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let value = String(line[line.index(after: colon)...].drop { $0 == " " })
                    switch line[..<colon] {
                    case "args": args = value
                    case "status": status = Int32(value) ?? -1
                    case "stderr": stderr.append(value)
                    case "unchanged": unchanged.append(value)
                    default: break
                    }
                }
                return Case(name: name, args: args, status: status, stderr: stderr, unchanged: unchanged)
            }
        }
    }

    @Test("the corpus has the cases of issue 16")
    func coverage() throws {
        #expect(try Case.all().count == 18)
    }

    @Test("each hostile input gives its exit status and message and changes nothing", arguments: try Case.all())
    func run(_ c: Case) throws {
        let dir = CLI.tempDir()
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try CLI.run(["import", Self.folder.appendingPathComponent("seed.json").path, "--db", db]).status == 0)
        func expand(_ s: String) throws -> String {
            var s = s.replacingOccurrences(of: "{db}", with: db).replacingOccurrences(of: "{dir}", with: dir.path)
                .replacingOccurrences(of: "{here}", with: Self.folder.path)
            while let r = s.range(of: "{copy:") {
                let end = try #require(s[r.upperBound...].firstIndex(of: "}"))
                let file = String(s[r.upperBound..<end])
                let copy = dir.appendingPathComponent(file).path
                if !FileManager.default.fileExists(atPath: copy) {
                    try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent(file).path, toPath: copy)
                }
                s.replaceSubrange(r.lowerBound...end, with: copy)
            }
            return s
        }
        let args = try expand(c.args).split(separator: " ").map(String.init)
        let watched = try c.unchanged.map { try expand($0) }
        let before = try watched.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let exportBefore = try CLI.run(["export", "--db", db]).stdout
        let r = try CLI.run(args)
        #expect(r.status == c.status, "\(c.name): stderr \(r.stderr)")
        for text in c.stderr { #expect(r.stderr.contains(try expand(text)), "\(c.name): stderr \(r.stderr)") }
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("\u{1B}"), "\(c.name): \(r.stderr)")
        for (path, bytes) in zip(watched, before) {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "\(c.name): \(path) was changed")
            for side in ["-wal", "-shm", ".lock"] {
                #expect(!FileManager.default.fileExists(atPath: path + side), "\(c.name): \(path + side) was created")
            }
        }
        #expect(try CLI.run(["export", "--db", db]).stdout == exportBefore, "\(c.name) changed the tracker")
    }
}

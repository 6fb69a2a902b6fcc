import Foundation
import Testing
import BorderTrackTestSupport

/// Runs the built `bordertrack` binary as a user would.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary beside the test bundle (SwiftPM builds it because the test target depends on it).
    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["BORDERTRACK_BIN"] { return env }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("bordertrack").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/bordertrack").path
    }

    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A new SQLite tracker in a fresh folder, loaded from the bundled sample data (`Data/sample.json`); the import
    /// must succeed.
    static func sampleDB(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let db = tempDir().appendingPathComponent("t.sqlite").path
        let r = try run(["import", repoRoot.appendingPathComponent("Data/sample.json").path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)", sourceLocation: sourceLocation)
        return db
    }

    /// A fresh temporary folder.
    static func tempDir() -> URL {
        let d = Scratch.path("bt-cli")
        try! FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    @discardableResult
    static func run(_ args: [String], env: [String: String] = [:]) throws -> Result {
        var e = ProcessInfo.processInfo.environment
        e["BORDERTRACK_EDITOR"] = "tester"
        // English unless a test asks for another language: the machine's locale must not change what is asserted.
        e["LC_ALL"] = "C.UTF-8"; e["LC_MESSAGES"] = nil; e["LANG"] = "C.UTF-8"
        for (k, v) in env { e[k] = v }
        let r = try Spawn.run(binary, args, environment: e)
        return Result(status: r.status, stdout: String(decoding: r.stdout, as: UTF8.self), stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    /// A synthetic tracker made as a user would: `generate` the CSV tables, `import` them (which also builds the
    /// derived summaries); returns the database path.
    static func generatedTracker(projects: Int, claimsPerProject: Int, seed: Int) throws -> String {
        let dir = tempDir()
        let data = dir.appendingPathComponent("data").path
        let g = try run(["generate", "--projects", "\(projects)", "--claims-per-project", "\(claimsPerProject)", "--seed", "\(seed)", "-o", data])
        guard g.status == 0 else { throw Failure(g.stderr) }
        let db = dir.appendingPathComponent("tracker.sqlite").path
        let r = try run(["import", "--db", db, data + "/sources.csv", data + "/projects.csv", data + "/claims.csv"])
        guard r.status == 0 else { throw Failure(r.stderr) }
        return db
    }

    /// A setup step that failed, with what the command said.
    struct Failure: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    static func write(_ text: String, to url: URL) { try! Data(text.utf8).write(to: url) }
    static func write(_ bytes: [UInt8], to url: URL) { try! Data(bytes).write(to: url) }
}

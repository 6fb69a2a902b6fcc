import Foundation
import Testing
import BorderTrackTestSupport

/// The outside tools some tests drive. Where CI installs them (`$BORDERTRACK_REQUIRE_TOOLS`), a
/// missing one fails the test that needs it instead of letting it pass without running.
enum Tools {
    /// Whether the tools are required here (set by `.ci/run`).
    static var required: Bool { ProcessInfo.processInfo.environment["BORDERTRACK_REQUIRE_TOOLS"] == "1" }

    /// Whether `/usr/bin/sqlite3` is there; records an issue when it is not and tools are required.
    static func sqlite3Present(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let present = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")
        if !present && required {
            Issue.record("/usr/bin/sqlite3 is missing where CI installs it ($BORDERTRACK_REQUIRE_TOOLS=1)", sourceLocation: sourceLocation)
        }
        return present
    }

    /// The headless browser HTML reports are checked in (`/usr/bin/chromium`), when there; records an issue when it
    /// is not and tools are required.
    static func chromium(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) { return path }
        if required { Issue.record("chromium is missing where CI installs it ($BORDERTRACK_REQUIRE_TOOLS=1)", sourceLocation: sourceLocation) }
        return nil
    }

    /// The document as headless Chromium builds it from an HTML file (`--dump-dom`): what a browser makes of it.
    static func chromiumDOM(_ browser: String, file: String) throws -> String {
        let home = Scratch.path("bt-chromium").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let out = try Spawn.run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + home,
                                          "--dump-dom", URL(fileURLWithPath: file).absoluteString])
        return String(decoding: out.stdout, as: UTF8.self)
    }
}

@Suite("What CI must provide")
struct ToolsTests {
    @Test("where CI installs the tools, PostgreSQL, sqlite3 and tmux are all there: no engine or tool silently skipped",
          .enabled(if: Tools.required))
    func provided() {
        #expect(!(ProcessInfo.processInfo.environment["BORDERTRACK_TEST_PG"] ?? "").isEmpty)
        #expect(Tools.sqlite3Present())
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"))
        #expect(Tools.chromium() != nil)
    }
}

import Foundation
import Testing

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
}

@Suite("What CI must provide")
struct ToolsTests {
    @Test("where CI installs the tools, PostgreSQL, sqlite3 and tmux are all there: no engine or tool silently skipped",
          .enabled(if: Tools.required))
    func provided() {
        #expect(!(ProcessInfo.processInfo.environment["BORDERTRACK_TEST_PG"] ?? "").isEmpty)
        #expect(Tools.sqlite3Present())
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"))
    }
}

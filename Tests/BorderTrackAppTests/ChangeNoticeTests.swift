@testable import BorderTrackApp
import Testing

/// The status-bar notice after another editor's commit.
@Suite("change notice")
struct ChangeNoticeTests {
    @Test func countsEachKind() {
        #expect(ChangeNotice.notice(claims: 1, projects: 0, discrepancies: 1) == "↻ updated by another editor: 1 new claim, 1 new discrepancy")
        #expect(ChangeNotice.notice(claims: -2, projects: 3, discrepancies: 0) == "↻ updated by another editor: 2 fewer claims, 3 new projects")
        #expect(ChangeNotice.notice(claims: 0, projects: 0, discrepancies: 0) == "↻ updated by another editor")
    }
}

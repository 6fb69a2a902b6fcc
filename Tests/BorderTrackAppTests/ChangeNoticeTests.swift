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

    @Test func inRussianAndChinese() {
        #expect(ChangeNotice.notice(claims: 1, projects: 0, discrepancies: 2, lang: .ru)
                == "↻ другой редактор внёс изменения: 1 новое сообщение, 2 новых расхождения")
        #expect(ChangeNotice.notice(claims: -5, projects: 21, discrepancies: 0, lang: .ru)
                == "↻ другой редактор внёс изменения: на 5 сообщений меньше, 21 новый проект")
        #expect(ChangeNotice.notice(claims: 1, projects: 0, discrepancies: 3, lang: .zh) == "↻ 其他编辑者已更新：新增 1 条说法、新增 3 个分歧")
        #expect(ChangeNotice.notice(claims: 0, projects: 0, discrepancies: 0, lang: .zh) == "↻ 其他编辑者已更新")
    }
}

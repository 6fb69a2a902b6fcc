@testable import BorderTrackTUI
import Testing

/// The timeline's legend keeps every status and the disputes lane's marks at any width (issue 19, point 7).
@Suite("Timeline legend")
struct LegendTests {
    @Test("80 columns (68 for the legend): every status in full and the disputes marks, on two lines")
    func eighty() {
        #expect(TimelineView.legend(width: 68, theme: Theme(ascii: false)) == [
            "○· proposed  ◔- agreed  ◑= construction  ◕▒ completed",
            "●█ operational  ‖/ suspended  ✗x cancelled  ▲△· disputed",
        ])
        let ascii = TimelineView.legend(width: 68, theme: Theme(ascii: true)).joined()
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("wide: the marks explained; narrow: short words, still every status on two lines")
    func widths() {
        #expect(TimelineView.legend(width: 200, theme: Theme(ascii: false)) == [
            "○· proposed  ◔- agreed  ◑= construction  ◕▒ completed  ●█ operational  ‖/ suspended  ✗x cancelled  ▲△· disputed (critical, major, minor)",
        ])
        let narrow = TimelineView.legend(width: 50, theme: Theme(ascii: false))
        #expect(narrow == ["○· propos.  ◔- agreed  ◑= constr.  ◕▒ comple.", "●█ operat.  ‖/ suspen.  ✗x cancel.  ▲△· dispute"])
        #expect(TimelineView.legend(width: 28, theme: Theme(ascii: false)).count == 2)
    }
}

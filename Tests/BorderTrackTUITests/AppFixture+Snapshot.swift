import BorderTrackCore
import Foundation
@testable import BorderTrackTUI
import Testing

extension AppFixture {
    /// Checks a rendered screen against its string literal, and that it has `rows` lines none wider than `cols`.
    ///
    /// With `$BORDERTRACK_GOLDEN_OUT` set, a changed screen is written there as `NAME-COLSxROWS.txt` for review.
    static func expectSnapshot(_ grid: Grid, _ name: String, rows: Int, cols: Int, _ expected: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(grid.text == expected, sourceLocation: sourceLocation)
        if grid.text != expected, let dir = ProcessInfo.processInfo.environment["BORDERTRACK_GOLDEN_OUT"] {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? Data(grid.text.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(name)-\(cols)x\(rows).txt"))
        }
        #expect(grid.lines.count == rows, sourceLocation: sourceLocation)
        for line in grid.lines { #expect(DisplayWidth.of(line) <= cols, sourceLocation: sourceLocation) }
    }
}

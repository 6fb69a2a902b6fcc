import Foundation
import Testing

/// End-to-end: the map in the real binary under tmux, on the sample data.
@Suite("Map in tmux", .serialized, .enabled(if: Tmux.available))
struct MapUITests {
    @Test("sample data at 120×40: m opens the map, Braille border and markers, → moves, Enter opens the detail, Esc returns; --ascii has no Braille; quit 0")
    func map() throws {
        let db = try CLI.sampleDB()
        let t = Tmux()
        defer { t.kill() }
        t.start("\(CLI.binary) --db \(db) --editor e2e", cols: 120, rows: 40, env: ["NO_COLOR": "1"])
        var screen = t.wait(for: "m map")
        t.send("m")
        screen = t.wait(for: "Map (15 located")
        #expect(screen.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(screen.contains("●") && screen.contains("No location (1)"))
        #expect(screen.split(separator: "\n").allSatisfy { Tmux.cells($0) <= 120 })
        let before = screen.split(separator: "\n").last { $0.contains("›") } ?? ""
        t.send("Right")
        screen = t.wait(for: "›")
        t.send("Enter")
        screen = t.wait(for: "official")
        #expect(screen.contains("local"))
        t.send("Escape")
        screen = t.wait(for: "Map (15 located")
        _ = before
        t.send("q")
        t.send("q")
        screen = t.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=0"))

        let a = Tmux()
        defer { a.kill() }
        a.start("\(CLI.binary) --db \(db) --editor e2e --ascii", cols: 80, rows: 24)
        _ = a.wait(for: "m map")
        a.send("m")
        screen = a.wait(for: "Map (15 located")
        #expect(!screen.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        #expect(screen.contains("@"))
    }
}

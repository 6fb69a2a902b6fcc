import Foundation

/// Drives a program in a detached tmux session on a private socket, as a user at a terminal would.
struct Tmux {
    let socket = "bt-\(UUID().uuidString.prefix(8))"
    let session = "t"

    /// Present, or required where CI installs it (then a missing tmux fails the suites instead of skipping them).
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || Tools.required }

    /// Runs a tmux client command (through `Spawn`: no pipe for the server to inherit, no missed exit).
    @discardableResult
    func tmux(_ args: [String], output: Bool = true) -> String {
        guard let r = try? Spawn.run("/usr/bin/tmux", ["-L", socket] + args, captureOutput: output) else { return "" }
        return String(decoding: r.stdout, as: UTF8.self)
    }

    /// Starts `command` (run by sh) in a cols × rows window; the shell then prints its exit status and waits.
    func start(_ command: String, cols: Int = 100, rows: Int = 30, env: [String: String] = [:]) {
        // The `:` line's history goes to a temporary folder unless a test names one.
        var env = env
        if env["XDG_STATE_HOME"] == nil { env["XDG_STATE_HOME"] = CLI.tempDir().path }
        let exports = env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        tmux(["new-session", "-d", "-s", session, "-x", "\(cols)", "-y", "\(rows)",
              "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color \(exports) \(command); echo EXIT=$?; sleep 30"], output: false)
    }

    func send(_ keys: String...) { tmux(["send-keys", "-t", session] + keys, output: false) }
    func sendLiteral(_ text: String) { tmux(["send-keys", "-t", session, "-l", text], output: false) }
    func capture() -> String { tmux(["capture-pane", "-p", "-t", session]) }
    func resize(cols: Int, rows: Int) { tmux(["resize-window", "-t", session, "-x", "\(cols)", "-y", "\(rows)"], output: false) }
    var alternateScreen: Bool { tmux(["display-message", "-p", "-t", session, "#{alternate_on}"]).hasPrefix("1") }
    func kill() { tmux(["kill-server"], output: false) }

    /// Terminal cells a captured line takes, counted independently of the app's own width table: East Asian
    /// wide ranges (CJK, kana, Hangul, full-width forms, emoji) two, combining marks none, the rest one.
    static func cells(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { n, u in
            switch u.value {
            case 0x0300...0x036F, 0x200B...0x200F: return n
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF:
                return n + 2
            default: return n + 1
            }
        }
    }

    /// Waits until the screen contains `text` (polling), then until the frame is whole, returning the last capture.
    ///
    /// tmux may be captured while it is still reading a frame: the title of a new view can be on the screen
    /// before its body (seen once in a loaded CI run, help's title without its lines). So once `text` is
    /// there, it polls until two captures 60 ms apart agree (at most one second more; a screen that keeps
    /// changing is returned as last seen, and a passing one as it was with `text`).
    @discardableResult
    func wait(for text: String, timeout: Double = 10) -> String {
        let end = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !screen.contains(text) && Date() < end {
            usleep(50_000)
            screen = capture()
        }
        guard screen.contains(text) else { return screen }
        let settleEnd = Date().addingTimeInterval(1)
        while Date() < settleEnd {
            usleep(60_000)
            let next = capture()
            if next == screen || !next.contains(text) { break }
            screen = next
        }
        return screen
    }

    /// Waits for the answer to keys just sent: the screen first differs from `previous`, then stays the same
    /// for `quiet` seconds (the program has drawn everything it will for them); returns that screen.
    @discardableResult
    func settle(after previous: String, quiet: Double = 0.3, timeout: Double = 15) -> String {
        let end = Date().addingTimeInterval(timeout)
        var screen = capture()
        while screen == previous && Date() < end {
            usleep(50_000)
            screen = capture()
        }
        var stableSince = Date()
        while Date() < end {
            usleep(50_000)
            let next = capture()
            if next != screen { screen = next; stableSince = Date() } else if Date().timeIntervalSince(stableSince) >= quiet { break }
        }
        return screen
    }

    /// Waits until the screen is exactly `expected` (returned as soon as it is), else returns the last capture
    /// after `timeout` seconds: for comparing a slower program's screens with known ones on a loaded machine.
    @discardableResult
    func waitForScreen(_ expected: String, timeout: Double = 20) -> String {
        let end = Date().addingTimeInterval(timeout)
        var screen = capture()
        while screen != expected && Date() < end {
            usleep(50_000)
            screen = capture()
        }
        return screen
    }

    /// Waits until the screen no longer contains `text`, returning the last capture.
    @discardableResult
    func waitUntilGone(_ text: String, timeout: Double = 5) -> String {
        let end = Date().addingTimeInterval(timeout)
        var screen = capture()
        while screen.contains(text) && Date() < end {
            usleep(50_000)
            screen = capture()
        }
        return screen
    }
}

import BorderTrackTUI
import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ncurses screen: blits `Grid`s (only what changed) and reads input as `KeyEvent`s.
///
/// Thin on purpose: layout, widths, sanitising and diffing live in BorderTrackTUI. One terminal may be open
/// at a time; prefer `withTerminal { term in … }`, which restores the terminal however the body exits.
/// Not thread-safe: use it from one task.
public final class Terminal {
    /// How to open the terminal.
    public struct Options: Sendable {
        /// Report mouse presses, releases and the wheel.
        public var mouse: Bool
        /// Use colours: `nil` decides by the terminal (`has_colors`) and the `NO_COLOR` environment variable.
        public var colors: Bool?
        /// How long a lone ESC waits for the rest of an escape sequence, in milliseconds.
        public var escapeDelayMs: Int32

        public init(mouse: Bool = true, colors: Bool? = nil, escapeDelayMs: Int32 = 25) {
            self.mouse = mouse; self.colors = colors; self.escapeDelayMs = escapeDelayMs
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private var palette: ColorPairs?
    private var previous: Grid?
    private var previousScreen = Size.zero
    private var needsFullRedraw = true
    private var isClosed = false
    /// Whether the terminal went away (window closed, SSH dropped, tmux killed): the app should exit.
    public private(set) var hungUp = false
    private let maxScalars: Int

    /// Whether the C library's character set is UTF-8 (if not, wide text shows as `?`; use `GlyphSet.ascii`).
    public let isUTF8: Bool

    /// Opens the controlling terminal (standard input and output, `TERM`).
    public convenience init(options: Options = Options()) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        try self.init(terminalType: nil, inputFD: STDIN_FILENO, outputFD: STDOUT_FILENO, options: options)
    }

    /// Opens a screen on the given descriptors (duplicated; the originals stay open) and terminal type (`nil`: `TERM`).
    init(terminalType: String?, inputFD: Int32, outputFD: Int32, options: Options) throws(TerminalError) {
        isUTF8 = Terminal.setUpLocale()
        guard bt_stdscr() == nil else { throw .alreadyOpen }
        let inFD = dup(inputFD), outFD = dup(outputFD)
        guard inFD >= 0, outFD >= 0, let inFile = fdopen(inFD, "r"), let outFile = fdopen(outFD, "w") else {
            if inFD >= 0 { Terminal.closeDescriptor(inFD) }
            if outFD >= 0 { Terminal.closeDescriptor(outFD) }
            throw .cannotOpen(terminal: terminalType ?? Terminal.termVariable, reason: "cannot duplicate the terminal's descriptors")
        }
        let scr: OpaquePointer? = if let terminalType { newterm(terminalType, outFile, inFile) } else { newterm(nil, outFile, inFile) }
        guard let scr, let win = bt_stdscr() else {
            fclose(inFile); fclose(outFile)
            throw .cannotOpen(terminal: terminalType ?? Terminal.termVariable,
                              reason: "no usable terminfo entry (a terminal with cursor addressing is needed)")
        }
        guard bt_can_address_cursor() != 0 else {
            // TERM=dumb and the like: ncurses would draw nothing at all. Said plainly instead of a blank screen.
            endwin()
            delscreen(scr)
            fclose(inFile); fclose(outFile)
            throw .cannotOpen(terminal: terminalType ?? Terminal.termVariable,
                              reason: "it cannot move the cursor, which the screens need (the commands work on any terminal: "
                                  + "bordertrack project list, discrepancies, report)")
        }
        screen = scr; window = win; input = inFile; output = outFile
        maxScalars = max(1, Int(bt_ccharw_max()) - 1)
        set_term(scr)
        cbreak()
        noecho()
        nonl()
        keypad(win, true)
        Terminal.defineAlternateKeys()
        set_escdelay(options.escapeDelayMs)
        curs_set(0)
        Terminal.freeControlKeys(fileno(inFile))
        def_prog_mode()
        if options.mouse {
            mousemask(bt_all_mouse_events(), nil)
            mouseinterval(0)
        }
        if options.colors ?? Terminal.colorsWanted(), has_colors() {
            start_color()
            let defaults = use_default_colors() == OK
            palette = ColorPairs(colors: Int(tigetnum("colors")), pairs: Int(tigetnum("pairs")), defaultColors: defaults)
        }
    }

    deinit { close() }

    /// Whether styles are drawn in colour.
    public var colorsEnabled: Bool { palette != nil }

    /// The screen size in cells (0×0 when closed).
    public var size: Size {
        guard !isClosed else { return .zero }
        return Size(rows: Int(getmaxy(window)), cols: Int(getmaxx(window)))
    }

    // MARK: Input

    /// The next input event, waiting at most `timeoutMs` milliseconds (negative: until there is one); nil on timeout.
    public func readEvent(timeoutMs: Int32) -> KeyEvent? {
        guard !isClosed else { return nil }
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, timeoutMs)))
        var wait = timeoutMs
        while true {
            wtimeout(window, wait)
            var ch: wint_t = 0
            let r = wget_wch(window, &ch)
            if r == ERR {
                if inputHungUp() { hungUp = true }
                return nil
            }
            let code = Int32(bitPattern: UInt32(ch))
            if r != bt_key_code_yes() {
                return KeyEvent(key: Key.decode(character: UInt32(ch)), code: code)
            }
            if let key = decodeFunctionKey(code) {
                if key == .resize { needsFullRedraw = true }
                return KeyEvent(key: key, code: code, isFunctionKey: true)
            }
            // A mouse report we do not use (motion, other buttons): keep waiting for the rest of the timeout.
            if timeoutMs >= 0 {
                let left = deadline - ContinuousClock.now
                guard left > .zero else { return nil }
                wait = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
            }
        }
    }

    /// Whether the input side reports a hang-up or error (checked when a read returns nothing).
    private func inputHungUp() -> Bool {
        var p = pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, 0) > 0 else { return false }
        return p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Decodes a `KEY_CODE_YES` code; nil for a mouse event of no interest.
    private func decodeFunctionKey(_ code: Int32) -> Key? {
        switch code {
        case bt_key_resize(): return .resize
        case bt_key_mouse():
            var ev = MEVENT()
            guard getmouse(&ev) == OK, let kind = Terminal.mouseKind(ev.bstate) else { return nil }
            return .mouse(MouseEvent(row: Int(ev.y), col: Int(ev.x), kind: kind))
        case bt_key_up(): return .up
        case bt_key_down(): return .down
        case bt_key_left(): return .left
        case bt_key_right(): return .right
        case bt_key_home(): return .home
        case bt_key_end(): return .end
        case bt_key_ppage(): return .pageUp
        case bt_key_npage(): return .pageDown
        case bt_key_backspace(): return .backspace
        case bt_key_dc(): return .delete
        case bt_key_enter(): return .enter
        case bt_key_btab(): return .backTab
        case bt_key_f(1)...bt_key_f(63): return .f(Int(code - bt_key_f(0)))
        default: return .unknown(code)
        }
    }

    private static func mouseKind(_ state: mmask_t) -> MouseEvent.Kind? {
        if state & bt_button4_pressed() != 0 { return .wheelUp }
        if bt_button5_pressed() != 0 && state & bt_button5_pressed() != 0 { return .wheelDown }
        if state & bt_button1_double_clicked() != 0 { return .doubleClick }
        if state & bt_button1_clicked() != 0 { return .click }
        if state & bt_button1_pressed() != 0 { return .press }
        if state & bt_button1_released() != 0 { return .release }
        return nil
    }

    // MARK: Output

    /// Shows a grid, writing only the cells that changed since the last frame.
    ///
    /// The first frame, a frame after a resize or `invalidate()`, and a grid of a new size clear the screen
    /// and draw everything. A grid larger than the screen is clipped; an empty screen draws nothing.
    public func draw(_ grid: Grid) {
        guard !isClosed else { return }
        let screenSize = size
        guard !screenSize.isEmpty else { needsFullRedraw = true; return }
        if screenSize != previousScreen { needsFullRedraw = true }
        let diff = GridDiff.between(needsFullRedraw ? nil : previous, grid)
        if diff.isFullRedraw { werase(window) }
        var buffer = [wchar_t](repeating: 0, count: maxScalars + 1)
        for run in diff.runs where run.row < screenSize.rows {
            for (i, cell) in run.cells.enumerated() where !cell.isContinuation {
                let col = run.col + i
                guard col < screenSize.cols else { break }
                put(cell, row: run.row, col: col, fitsWide: col + 1 < screenSize.cols, buffer: &buffer)
            }
        }
        previous = grid
        previousScreen = screenSize
        needsFullRedraw = false
        wnoutrefresh(window)
        doupdate()
    }

    /// Puts text on the clipboard of the terminal (OSC 52, sanitised by `Clipboard.osc52`), written after the
    /// last frame, outside curses' own output. Terminals without OSC 52 ignore it.
    public func copyToClipboard(_ text: String) {
        guard !isClosed else { return }
        let bytes = Clipboard.osc52(text)
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, output) }
        fflush(output)
    }

    /// Makes the next `draw` clear the screen and draw everything (e.g. after other output reached the terminal).
    public func invalidate() { needsFullRedraw = true }

    /// Writes one cell. When the C library measures the grapheme differently from the grid, the grid wins:
    /// a narrow-measured wide grapheme gets a space after it, and text the terminal would draw wider (or cannot
    /// draw) becomes `?` in each of its columns, so the columns after it stay aligned.
    private func put(_ cell: Cell, row: Int, col: Int, fitsWide: Bool, buffer: inout [wchar_t]) {
        let (attrs, pair) = attributes(cell.style)
        var scalars = Array(cell.text.unicodeScalars.prefix(maxScalars))
        let measured = scalars.first.map { Int(wcwidth(wchar_t(bitPattern: $0.value))) } ?? 1
        var second: Unicode.Scalar? = nil // what to write in the wide cell's right column, when needed
        if cell.isWide && !fitsWide {
            scalars = [" "]
        } else if measured < 1 || measured > cell.width {
            scalars = ["?"]
            if cell.isWide { second = "?" }
        } else if measured < cell.width {
            second = " "
        }
        for k in buffer.indices { buffer[k] = 0 }
        for (k, s) in scalars.enumerated() { buffer[k] = wchar_t(bitPattern: s.value) }
        _ = bt_put_cell(Int32(row), Int32(col), buffer, attrs, pair)
        if let second {
            buffer[0] = wchar_t(bitPattern: second.value)
            buffer[1] = 0
            _ = bt_put_cell(Int32(row), Int32(col + 1), buffer, attrs, pair)
        }
    }

    /// curses attributes and colour pair for a style.
    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var a = style.attributes
        var pair: Int16 = 0
        if var p = palette {
            a.formUnion(p.extraAttributes(for: style))
            let (n, define) = p.pair(for: style)
            if let define { init_pair(Int16(n), Int16(define.fg), Int16(define.bg)) }
            palette = p
            pair = Int16(n)
        }
        var attrs = bt_a_normal()
        if a.contains(.bold) { attrs |= bt_a_bold() }
        if a.contains(.dim) { attrs |= bt_a_dim() }
        if a.contains(.reverse) { attrs |= bt_a_reverse() }
        if a.contains(.underline) { attrs |= bt_a_underline() }
        return (attrs, pair)
    }

    // MARK: Lifetime

    /// Leaves curses mode while `body` runs (e.g. to run an editor), then returns to it and redraws on the next `draw`.
    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        guard !isClosed else { return try body() }
        def_prog_mode()
        endwin()
        defer {
            reset_prog_mode()
            needsFullRedraw = true
            wrefresh(window)
        }
        return try body()
    }

    /// Restores the terminal (`endwin`) and frees the screen. Idempotent; also run on deinit.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        set_term(screen)
        endwin()
        delscreen(screen)
        fclose(input)
        fclose(output)
    }

    // MARK: Environment

    /// Selects the user's locale; if its character set is not UTF-8, tries C.UTF-8 for characters. Returns whether UTF-8 is in use.
    static func setUpLocale() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8Codeset() { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8Codeset()
    }

    static func isUTF8Codeset() -> Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Teaches ncurses both encodings of the cursor keys (`ESC [ A` and `ESC O A`, Home, End), so the keys
    /// work when the terminal's keypad mode differs from what terminfo says (multiplexers, wrong `TERM`).
    static func defineAlternateKeys() {
        let keys: [(String, Int32)] = [("A", bt_key_up()), ("B", bt_key_down()), ("C", bt_key_right()), ("D", bt_key_left()),
                                       ("H", bt_key_home()), ("F", bt_key_end())]
        for (final, code) in keys {
            for introducer in ["\u{1B}[", "\u{1B}O"] { _ = define_key(introducer + final, code) }
        }
    }

    /// Colours unless `NO_COLOR` is set to a non-empty value (https://no-color.org).
    static func colorsWanted() -> Bool {
        guard let v = getenv("NO_COLOR") else { return true }
        return v.pointee == 0
    }

    static func closeDescriptor(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }

    static var termVariable: String { getenv("TERM").map { String(cString: $0) } ?? "(TERM not set)" }

    /// Lets ctrl-s, ctrl-q, ctrl-v and ctrl-c reach the program: turns off XON/XOFF flow control, literal-next
    /// and the interrupt character (cbreak leaves them on). Ctrl-C is then a key the UI handles (a form with
    /// typed text asks before quitting); ctrl-z still suspends, and ncurses restores the terminal on it.
    static func freeControlKeys(_ fd: Int32) {
        var t = termios()
        guard tcgetattr(fd, &t) == 0 else { return }
        t.c_iflag &= ~tcflag_t(IXON)
        t.c_lflag &= ~tcflag_t(IEXTEN)
        #if os(Linux)
        let disabled: cc_t = 0 // _POSIX_VDISABLE
        #else
        let disabled: cc_t = 0xFF
        #endif
        withUnsafeMutableBytes(of: &t.c_cc) { $0[Int(VINTR)] = disabled }
        _ = tcsetattr(fd, TCSADRAIN, &t)
    }
}

/// Opens the terminal, runs `body`, and restores the terminal however `body` exits (return or throw).
public func withTerminal<T>(options: Terminal.Options = Terminal.Options(), _ body: (Terminal) throws -> T) throws -> T {
    let term = try Terminal(options: options)
    defer { term.close() }
    return try body(term)
}

/// Opens the terminal, runs an async `body`, and restores the terminal however `body` exits.
public func withTerminal<T>(options: Terminal.Options = Terminal.Options(), _ body: (Terminal) async throws -> T) async throws -> T {
    let term = try Terminal(options: options)
    defer { term.close() }
    return try await body(term)
}

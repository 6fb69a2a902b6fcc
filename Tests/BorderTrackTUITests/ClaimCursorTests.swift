import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// The detail's claim cursor and what acts on the selected claim: the claim view, correct, withdraw, history,
/// open and copy the URL.
@Suite("Claim cursor in the detail")
struct ClaimCursorTests: FormDriving {
    /// A URL longer than three lines of an 80-column detail.
    static let longURL = "https://www.amur.life/news/2022/01/15/most-blagoveshchensk-heihe-gruzovoe-dvizhenie-otkryto/"
        + String(repeating: "segment-", count: 30) + "end?utm=1"

    /// The fixture with URLs on the Blagoveshchensk–Heihe claims: a long one, a `javascript:` one and one with an escape.
    static func analysis() -> Analysis {
        func c(_ id: String, _ asOf: String, url: String?) -> Claim {
            try! Claim(id: id, project: "bh-bridge", status: .operational, scope: .full, asOf: try! PartialDate(parsing: asOf),
                       source: "amurlife", url: url, quote: "Грузовое движение по мосту открыто", recorded: Timestamp(seconds: 1_642_204_800),
                       editor: "ann", quoteLang: "ru")
        }
        return AppFixture.analysis(adding: [
            c("bh-4", "2022-01-15", url: longURL),
            c("bh-5", "2022-02", url: "javascript:alert(1)"),
            c("bh-6", "2022-03", url: "https://example.org/a\u{1B}]52;c;AAAA\u{7}b"),
        ])
    }

    func withURLs(rows: Int = 30, cols: Int = 100) -> AppState { detail(rows: rows, cols: cols, analysis: Self.analysis()) }

    @Test("↓ selects the newest claim, ↓/↑ move along the list newest first, ↑ above the first selects none")
    func cursorMoves() {
        var s = detail()
        #expect(s.selectedClaim == nil)
        _ = press(&s, .down)
        #expect(s.selectedClaim == "bh-3")
        _ = press(&s, .char("j"))
        #expect(s.selectedClaim == "bh-2")
        _ = press(&s, .down); _ = press(&s, .down)
        #expect(s.selectedClaim == "bh-1")  // stays on the last
        _ = press(&s, .char("k"))
        #expect(s.selectedClaim == "bh-2")
        _ = press(&s, .up); _ = press(&s, .up)
        #expect(s.selectedClaim == nil && s.detailTop == 0)
        // ←/→ still move the timeline cursor.
        let before = s.timelineCursor
        _ = press(&s, .left)
        #expect(s.timelineCursor != before)
    }

    @Test("the selected claim is marked ▶ in reverse video (> with --ascii) and scrolled into view at 40×12")
    func markerAndScroll() {
        var s = detail(rows: 12, cols: 40)
        for _ in 0..<3 { _ = press(&s, .down) }
        #expect(s.selectedClaim == "bh-1")
        let grid = Screen.render(s, keys: keys, theme: AppFixture.theme)
        let row = grid.lines.firstIndex { $0.contains("▶ 2016-12") }
        #expect(row != nil)
        if let row { #expect(grid[row, 2].style.attributes.contains(.reverse)) }
        let ascii = Screen.render(s, keys: keys, theme: Theme(ascii: true)).text
        #expect(ascii.contains("> 2016-12") && !ascii.contains("▶"))
        #expect(!AppFixture.screen(detail(rows: 12, cols: 40)).contains("▶"))
    }

    @Test("Enter shows the selected claim whole: the long URL and the quote uncut; Esc goes back with the claim kept")
    func claimView() {
        var s = withURLs(rows: 24, cols: 80)
        _ = press(&s, .enter)
        #expect(s.view == .detail && s.message?.isError == true)  // nothing selected yet
        for _ in 0..<3 { _ = press(&s, .down) }
        #expect(s.selectedClaim == "bh-4")
        _ = press(&s, .enter)
        #expect(s.view == .claim)
        let screen = AppFixture.screen(s)
        let joined = screen.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) ?? "" }.joined()
        #expect(joined.contains(Self.longURL))
        #expect(screen.contains("Грузовое движение по мосту открыто"))
        _ = press(&s, .escape)
        #expect(s.view == .detail && s.selectedClaim == "bh-4")
    }

    @Test("in the detail a long URL is wrapped, and one longer than three lines says how to see it whole")
    func longURLInDetail() {
        var s = withURLs(rows: 24, cols: 80)
        for _ in 0..<3 { _ = press(&s, .down) }
        let screen = AppFixture.screen(s)
        #expect(screen.contains("https://www.amur.life/news/2022/01/15/"))
        #expect(!screen.contains("end?utm=1"))
        #expect(screen.contains("Enter shows the URL whole"))
    }

    @Test("c corrects the selected claim: the form opens on it, not on the newest")
    func correctSelected() {
        var s = detail()
        _ = press(&s, .down); _ = press(&s, .down)
        _ = press(&s, .char("c"))
        #expect(s.form?["claim"] == "bh-2")
        var none = detail()
        _ = press(&none, .char("c"))
        #expect(none.form?["claim"] == "bh-3")
        // From the claim view too.
        var v = detail()
        for _ in 0..<3 { _ = press(&v, .down) }
        _ = press(&v, .enter)
        _ = press(&v, .char("c"))
        #expect(v.form?["claim"] == "bh-1")
    }

    @Test("a saved correction of the selected claim selects the correction")
    func correctionFollowed() throws {
        var s = detail()
        _ = press(&s, .down)
        let fix = try Claim(id: "bh-3b", project: "bh-bridge", status: .completed, asOf: try PartialDate(parsing: "2021-10-14"),
                            source: "amur-gov", supersedes: "bh-3")
        s.followClaimCursor(after: .addClaim(fix))
        #expect(s.selectedClaim == "bh-3b")
    }

    @Test("W asks y/n, then withdraws the selected claim; anything else cancels; read-only refuses")
    func withdraw() {
        var s = detail()
        _ = press(&s, .char("W"))
        #expect(s.confirm == nil && s.message?.text.contains("no claim selected") == true)
        _ = press(&s, .down); _ = press(&s, .down)
        // W opens a one-field form for the reason; Ctrl-S closes it and asks y/n.
        _ = press(&s, .char("W"))
        #expect(s.form?.title == "Withdraw claim bh-2 · bh-bridge" && s.confirm == nil)
        type(&s, "duplicate of bh-3")
        #expect(press(&s, .ctrl("s")) == nil && s.form == nil)
        #expect(s.confirm?.question.hasPrefix("Withdraw claim bh-2 as recorded in error (duplicate of bh-3)") == true)
        #expect(s.confirm?.question.hasSuffix("y/n") == true)
        #expect(press(&s, .char("y")) == .save(.withdrawClaim(id: "bh-2", project: "bh-bridge", reason: "duplicate of bh-3")))
        // No reason: none recorded. Anything but y cancels.
        _ = press(&s, .char("W"))
        _ = press(&s, .ctrl("s"))
        #expect(s.confirm?.effect == .save(.withdrawClaim(id: "bh-2", project: "bh-bridge", reason: nil)))
        #expect(press(&s, .char("n")) == nil && s.message?.text == "cancelled")
        // Esc in the empty form closes it without asking.
        _ = press(&s, .char("W"))
        _ = press(&s, .escape)
        #expect(s.form == nil && s.confirm == nil)
        // Withdrawn from the claim view: back to the detail, nothing selected.
        _ = press(&s, .enter)
        #expect(s.view == .claim)
        s.followClaimCursor(after: .withdrawClaim(id: "bh-2", project: "bh-bridge", reason: nil))
        #expect(s.view == .detail && s.selectedClaim == nil)
        var ro = AppState(analysis: AppFixture.analysis(), session: .init(database: "x", editor: "ann", readOnly: true, readOnlyReason: "opened with --read-only"))
        _ = ro.runCommand("goto bh-bridge")
        _ = press(&ro, .down)
        _ = press(&ro, .char("W"))
        #expect(ro.confirm == nil && ro.message?.text.hasPrefix("read-only") == true)
    }

    @Test("O opens an http(s) URL through the runner; javascript: and a missing URL are refused with the reason")
    func openURL() {
        var s = withURLs()
        _ = press(&s, .down)  // bh-6, with an escape sequence in it
        #expect(press(&s, .char("O")) == nil)
        #expect(s.message?.text.hasPrefix("only http and https URLs are opened") == true)
        #expect(s.message?.text.contains("\u{1B}") == false)
        _ = press(&s, .down)  // bh-5: javascript:
        #expect(press(&s, .char("O")) == nil && s.message?.isError == true)
        _ = press(&s, .down)  // bh-4
        #expect(press(&s, .char("O")) == .openURL(Self.longURL))
        _ = press(&s, .down)  // bh-3: no URL
        #expect(press(&s, .char("O")) == nil && s.message?.text == "claim bh-3 has no URL")
        #expect(AppState.isWebURL("HTTPS://example.org/x") && !AppState.isWebURL("https://") && !AppState.isWebURL("https://a b")
                && !AppState.isWebURL("ftp://example.org") && !AppState.isWebURL("https://a\u{202E}b"))
    }

    @Test("Y copies the selected claim's URL sanitised and says how many characters")
    func copyURL() {
        var s = withURLs()
        _ = press(&s, .down)
        let effect = press(&s, .char("Y"))
        let shown = "https://example.org/a␛]52;c;AAAA␇b"
        #expect(effect == .copyToClipboard(shown))
        #expect(s.message?.text == "copied URL (\(shown.count) characters)")
        for _ in 0..<2 { _ = press(&s, .down) }
        #expect(press(&s, .char("Y")) == .copyToClipboard(Self.longURL))
        #expect(s.message?.text == "copied URL (\(Self.longURL.count) characters)")
    }

    @Test("h in the claim view loads the claim's own history; from the detail the project's, at the claim")
    func history() {
        var s = detail()
        _ = press(&s, .down); _ = press(&s, .down)
        #expect(press(&s, .char("h")) == .loadHistory(project: "bh-bridge"))
        let entries = [
            HistoryEntry(seq: 9, at: "2022-06-01T10:00:00Z", editor: "bo", action: "claim.add", entityID: "bh-3", changes: []),
            HistoryEntry(seq: 8, at: "2022-05-01T10:00:00Z", editor: "bo", action: "claim.add", entityID: "bh-9",
                         changes: [.init(field: "supersedes", before: nil, after: "bh-2")]),
            HistoryEntry(seq: 7, at: "2022-04-01T10:00:00Z", editor: "ann", action: "claim.add", entityID: "bh-2", changes: []),
        ]
        var fromDetail = s
        fromDetail.showHistory(project: "bh-bridge", entries: entries)
        #expect(fromDetail.historyEntries.count == 3 && fromDetail.historyTop == 1)
        _ = press(&s, .enter)
        #expect(press(&s, .char("h")) == .loadClaimHistory(project: "bh-bridge", claim: "bh-2"))
        s.showHistory(project: "bh-bridge", entries: entries, claim: "bh-2")
        #expect(s.historyEntries.map(\.seq) == [8, 7] && s.view == .history)
        #expect(AppFixture.screen(s).contains("History of claim bh-2 of bh-bridge — 2 changes"))
        _ = press(&s, .escape)
        #expect(s.view == .claim)
    }

    @Test("help for the detail and the claim view lists the new keys, from the key table")
    func help() {
        for view in [ViewID.detail, .claim] {
            let lines = HelpView.lines(for: view, keys: keys)
            for (key, words) in [("O", "open the selected claim's URL"), ("Y", "copy the selected claim's URL"), ("W", "withdraw the selected claim")] {
                #expect(lines.contains { $0.0 == key && $0.1.hasPrefix(words) }, "\(view) \(key)")
            }
        }
    }

    @Test("OSC 52: the base64 of the sanitised text between ESC ] 52 ; c ; and ESC \\")
    func osc52() {
        #expect(Clipboard.base64(Array("f".utf8)) == Array("Zg==".utf8))
        #expect(Clipboard.base64(Array("fo".utf8)) == Array("Zm8=".utf8))
        #expect(Clipboard.base64(Array("foo".utf8)) == Array("Zm9v".utf8))
        #expect(Clipboard.osc52("https://a.b/ü") == Array("\u{1B}]52;c;aHR0cHM6Ly9hLmIvw7w=\u{1B}\\".utf8))
        // A control character never reaches the clipboard: ESC becomes its visible placeholder.
        #expect(Clipboard.osc52("a\u{1B}b") == Array("\u{1B}]52;c;YeKQm2I=\u{1B}\\".utf8))
    }
}

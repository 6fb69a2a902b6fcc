import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// Forms never save, fill in or throw away anything by accident (issue 15, items 3, 4, 5 and 6).
@Suite("Forms do only what the editor asked")
struct FormSafetyTests: FormDriving {


    @Test("tabbing through every field of every form fills none; an empty required Source says so when saving")
    func leavingFillsNothing() {
        for key in ["a", "D", "A", "e", "!", "c"] {
            var s = key == "A" ? AppFixture.state(rows: 30, cols: 100) : detail() // a new project is added from the list
            _ = press(&s, .char(Character(key)))
            guard let opened = s.form else { Issue.record("no form for \(key)"); continue }
            for _ in 0..<(2 * opened.fields.count) { #expect(press(&s, .tab) == nil) }
            #expect(s.form?.fields.map(\.value) == opened.fields.map(\.value), "form \(key)")
        }
        var s = detail()
        _ = press(&s, .char("a"))
        focus(&s, "asOf"); type(&s, "2022")
        focus(&s, "source")
        _ = press(&s, .tab)
        #expect(s.form?["source"] == "" && s.form?.focused.id == "url")
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.submitError == "Source: required" && s.form?.focused.id == "source")
        // Tab still completes what was typed.
        type(&s, "amurl")
        _ = press(&s, .tab)
        #expect(s.form?["source"] == "amurlife" && s.form?.focused.id == "source")
    }

    @Test("Enter in a one-line field moves to the next field and never saves; Ctrl-S saves")
    func enterMoves() {
        var s = detail()
        _ = press(&s, .char("a"))
        // The issue's keys: a Tab Tab … date … source Enter added a claim with no quote and no URL.
        _ = press(&s, .tab); _ = press(&s, .tab); _ = press(&s, .tab)
        type(&s, "2024-03")
        _ = press(&s, .tab); _ = press(&s, .tab)
        type(&s, "rg")
        #expect(press(&s, .enter) == nil)
        #expect(s.form?.focused.id == "url" && s.form?.saving == false && s.form?.submitError == nil)
        #expect(press(&s, .enter) == nil)
        #expect(s.form?.focused.id == "quote")
        #expect(press(&s, .enter) == nil) // a new line in the quote
        #expect(s.form?["quote"] == "\n" && s.form?.focused.id == "quote")
        #expect(AppFixture.screen(s).contains("Ctrl-S save · Enter new line"))
    }

    @Test("type-ahead chooses the first option starting with what was typed: c then o gives construction, com completed")
    func typeAhead() {
        var s = detail()
        _ = press(&s, .char("a"))
        type(&s, "o")
        #expect(s.form?["status"] == "operational")
        _ = press(&s, .down); _ = press(&s, .up) // leaving the field ends the type-ahead
        type(&s, "c")
        #expect(s.form?["status"] == "construction")
        type(&s, "o")
        #expect(s.form?["status"] == "construction")
        type(&s, "m")
        #expect(s.form?["status"] == "completed")
        _ = press(&s, .left) // any other key ends it too
        type(&s, "ca")
        #expect(s.form?["status"] == "cancelled")
    }

    @Test("changing the status away from operational clears the scope")
    func statusClearsScope() {
        var s = detail()
        _ = press(&s, .char("a"))
        type(&s, "o")
        focus(&s, "scope"); type(&s, "c")
        #expect(s.form?["scope"] == "cargo")
        _ = press(&s, .up)
        _ = press(&s, .left)
        #expect(s.form?["status"] == "completed" && s.form?["scope"] == "")
        type(&s, "o"); focus(&s, "scope"); type(&s, "f"); _ = press(&s, .up)
        type(&s, "s")
        #expect(s.form?["status"] == "suspended" && s.form?["scope"] == "")
        #expect(s.form.map { $0.error(for: $0.fields[1], in: s.data) } == .some(nil))
    }

    @Test("a claim without a quote is saved only after y; another key returns to the form")
    func emptyQuoteAsks() {
        var s = detail()
        _ = press(&s, .char("a"))
        focus(&s, "asOf"); type(&s, "2022-05")
        focus(&s, "source"); type(&s, "rg")
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.question == .saveWithoutQuote && s.form?.saving == false)
        #expect(AppFixture.screen(s).contains("No quote: save this claim without the source's words? y saves; any other key returns to the form"))
        #expect(press(&s, .char("n")) == nil)
        #expect(s.form?.question == nil && s.form?["source"] == "rg")
        _ = press(&s, .ctrl("s"))
        guard case .save(.addClaim(let c))? = press(&s, .char("y")) else { Issue.record("no save after y"); return }
        #expect(c.quote == nil && c.source == "rg" && c.asOf.description == "2022-05")
        #expect(s.form?.saving == true)
    }

    @Test("Ctrl-C with typed text asks before quitting; without, and outside a form, it quits")
    func ctrlC() {
        var s = detail()
        _ = press(&s, .char("a"))
        #expect(press(&s, .ctrl("c")) == .quit) // nothing typed
        s = detail()
        _ = press(&s, .char("r")) // a resolve form (bh-bridge has an open discrepancy)
        focus(&s, "note"); type(&s, "photos from the bridge")
        #expect(press(&s, .ctrl("c")) == nil)
        #expect(s.form?.question == .quit)
        #expect(AppFixture.screen(s).contains("Quit and discard what you typed? y quits; any other key returns to the form"))
        #expect(press(&s, .char("n")) == nil)
        #expect(s.form?["note"] == "photos from the bridge" && s.form?.question == nil)
        _ = press(&s, .ctrl("c"))
        #expect(press(&s, .char("y")) == .quit)
        var list = AppFixture.state(rows: 24, cols: 80)
        #expect(press(&list, .ctrl("c")) == .quit)
    }

    @Test("a claim about a date after today (the UI's clock) and a day is refused in the form, naming the field")
    func laterDate() {
        var s = detail() // the fixture's today: 2022-06-30
        _ = press(&s, .char("a"))
        focus(&s, "asOf"); type(&s, "2022-07-02")
        let expected = "a date that has begun by 2022-07-01 (today in UTC, and a day of tolerance): a statement about a later date is a plan, not a claim — record it as a deadline"
        #expect(s.form.flatMap { $0.error(for: $0.focused, in: s.data) } == expected)
        focus(&s, "source"); type(&s, "rg")
        focus(&s, "quote"); type(&s, "будет открыт")
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.submitError == "As of: " + expected && s.form?.focused.id == "asOf")
        _ = press(&s, .backspace); type(&s, "1")
        #expect(s.form.flatMap { $0.error(for: $0.focused, in: s.data) } == nil)
        guard case .save(.addClaim(let c))? = press(&s, .ctrl("s")) else { Issue.record("no save"); return }
        #expect(c.asOf.description == "2022-07-01")
    }

    @Test("picking another claim to correct keeps what was typed in other fields")
    func pickKeepsTyped() {
        var s = detail()
        _ = press(&s, .char("c"))
        #expect(s.form?["claim"] == "bh-3")
        focus(&s, "quote"); _ = press(&s, .ctrl("u")); type(&s, "мост открыт для грузовиков")
        focus(&s, "claim"); _ = press(&s, .right)
        #expect(s.form?["claim"] == "bh-2")
        // Fields the editor left alone follow the picked claim; the typed quote stays.
        #expect(s.form?["source"] == "rg" && s.form?["asOf"] == "2021-10-07" && s.form?["status"] == "operational")
        #expect(s.form?["quote"] == "мост открыт для грузовиков")
    }
}

import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// The claim form takes the quote's language, a translation, a note and the source a claim is known through;
/// the new-source form takes an affiliation. Each is checked as typed, naming the field.
@Suite("Claim form: quote language, translation, note, via")
struct AttributionFormTests: FormDriving {
    func error(_ s: AppState) -> String? { s.form!.error(for: s.form!.focused, in: s.data) }

    @Test("the new fields are checked as typed and saved with the claim")
    func saved() {
        var s = detail("bh-bridge")
        _ = press(&s, .char("a"))
        focus(&s, "asOf"); type(&s, "2021-10")
        focus(&s, "source"); type(&s, "rg")
        focus(&s, "quoteLang"); type(&s, "ru")
        #expect(error(s) == "no language without a quote: it names the quote's language")
        focus(&s, "quote"); type(&s, "Мост готов")
        focus(&s, "quoteLang")
        #expect(error(s) == nil)
        _ = press(&s, .backspace); _ = press(&s, .backspace); type(&s, "RU")
        #expect(error(s) == "a language code such as ru, zh or en (ISO 639, lowercase)")
        _ = press(&s, .backspace); _ = press(&s, .backspace); type(&s, "ru")
        focus(&s, "translation"); type(&s, "The bridge is ready")
        focus(&s, "note"); type(&s, "Headline only")
        focus(&s, "via"); type(&s, "rg")
        #expect(error(s) == "a source other than the claim's own: the secondary account it is known through")
        _ = press(&s, .backspace); _ = press(&s, .backspace); type(&s, "nobody")
        #expect(error(s) == "no source \"nobody\" — Tab completes, Ctrl-N creates it")
        for _ in 0..<6 { _ = press(&s, .backspace) }
        type(&s, "amurl")
        _ = press(&s, .tab)
        #expect(s.form?["via"] == "amurlife")
        guard case .save(.addClaim(let c))? = press(&s, .ctrl("s")) else { Issue.record("no claim save: \(String(describing: s.form?.submitError))"); return }
        #expect(c.quote == "Мост готов" && c.quoteLang == "ru" && c.translation == "The bridge is ready")
        #expect(c.note == "Headline only" && c.via == "amurlife" && c.source == "rg")
    }

    @Test("Ctrl-N in Via creates the source there, with its affiliation, and leaves Source alone")
    func newSourceInVia() {
        var s = detail("bh-bridge")
        _ = press(&s, .char("a"))
        focus(&s, "source"); type(&s, "rg")
        focus(&s, "via"); type(&s, "study")
        _ = press(&s, .ctrl("n"))
        #expect(s.form?.title == "New source" && s.form?["id"] == "study")
        focus(&s, "name"); type(&s, "The 2021 study")
        focus(&s, "affiliation"); type(&s, "nobody")
        #expect(error(s) == "no source \"nobody\": the id of a source already recorded")
        for _ in 0..<6 { _ = press(&s, .backspace) }
        type(&s, "study")
        #expect(error(s) == "the id of another source: a source does not control itself")
        for _ in 0..<5 { _ = press(&s, .backspace) }
        type(&s, "amurlife")
        guard case .save(.addSource(let src))? = press(&s, .ctrl("s")) else { Issue.record("no source save"); return }
        #expect(src.id == "study" && src.affiliation == "amurlife")
        s.saveSucceeded(.addSource(src))
        #expect(s.form?["via"] == "study" && s.form?["source"] == "rg")
        #expect(s.form?.focused.id == "via")
    }
}

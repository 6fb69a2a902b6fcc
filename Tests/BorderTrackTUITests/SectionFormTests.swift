import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// The claim form's Section field and the kind-aware Scope check, and sections in the project detail.
@Suite("Sections and scopes in the claim form")
struct SectionFormTests: FormDriving {

    func erase(_ s: inout AppState) { for _ in 0..<8 { _ = press(&s, .backspace) } }
    func error(_ s: AppState) -> String? { s.form!.error(for: s.form!.focused, in: s.data) }


    @Test("the section is checked as typed against the project's countries; a valid one is saved with the claim")
    func section() {
        var s = detail("bh-bridge")
        _ = press(&s, .char("a"))
        #expect(s.form?.fields.map(\.id) == ["status", "scope", "section", "asOf", "published", "source", "url", "quote", "quoteLang", "translation", "note", "via"])
        focus(&s, "section")
        #expect(s.form?.focused.hint == "the country whose part it is about: RU or CN; empty for the whole project")
        type(&s, "ru")
        #expect(error(s) == "an ISO 3166-1 alpha-2 country code in capitals, such as RU or CN")
        erase(&s); type(&s, "KZ")
        #expect(error(s) == "one of the project's countries (RU, CN)")
        #expect(AppFixture.screen(s).contains("✖ one of the project's countries (RU, CN)"))
        focus(&s, "asOf"); type(&s, "2022-05")
        focus(&s, "source"); type(&s, "rg")
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.focused.id == "section")
        #expect(s.form?.submitError == "Section: one of the project's countries (RU, CN)")
        erase(&s); type(&s, "CN")
        #expect(error(s) == nil)
        #expect(press(&s, .ctrl("s")) == nil && s.form?.question == .saveWithoutQuote) // no quote: asks first
        guard case .save(.addClaim(let c))? = press(&s, .char("y")) else { Issue.record("no save effect"); return }
        #expect(c.section == "CN" && c.project == "bh-bridge" && c.status == .construction && c.asOf.description == "2022-05")
    }

    @Test("a project with one country offers only it; a scope on a kind that takes none is refused as typed")
    func scopeByKind() {
        var s = detail("suifenhe")
        _ = press(&s, .char("a"))
        focus(&s, "section")
        #expect(s.form?.focused.hint == "the country whose part it is about: CN; empty for the whole project")
        type(&s, "RU")
        #expect(error(s) == "one of the project's countries (CN)")
        erase(&s)
        focus(&s, "status"); type(&s, "o")
        focus(&s, "scope"); type(&s, "c")
        #expect(s.form?["scope"] == "cargo")
        #expect(error(s) == "no scope on a ftz project: passenger, cargo and full apply only to bridge, rail, road, border-crossing")
        #expect(AppFixture.screen(s).contains("✖ no scope on a ftz project"))
        focus(&s, "asOf"); type(&s, "2022")
        focus(&s, "source"); type(&s, "xinhua")
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.focused.id == "scope")
        #expect(s.form?.submitError == "Scope: no scope on a ftz project: passenger, cargo and full apply only to bridge, rail, road, border-crossing")
        // On a bridge the same scope is fine.
        var b = detail("bh-bridge")
        _ = press(&b, .char("a"))
        focus(&b, "status"); type(&b, "o")
        focus(&b, "scope"); type(&b, "c")
        #expect(error(b) == nil)
    }

    @Test("a correction can change the section; the form starts from the corrected claim's")
    func correction() {
        let sided = try! Claim(id: "bh-4", project: "bh-bridge", status: .completed, asOf: try! PartialDate(parsing: "2021-11"),
                               source: "amur-gov", section: "RU")
        var s = detail("bh-bridge", analysis: AppFixture.analysis(adding: [sided]))
        _ = press(&s, .char("c"))
        #expect(s.form?["claim"] == "bh-4" && s.form?["section"] == "RU")
        focus(&s, "section"); erase(&s); type(&s, "CN")
        #expect(press(&s, .ctrl("s")) == nil && s.form?.question == .saveWithoutQuote) // no quote: asks first
        guard case .save(.addClaim(let c))? = press(&s, .char("y")) else { Issue.record("no save effect"); return }
        #expect(c.supersedes == "bh-4" && c.section == "CN" && c.status == .completed && c.source == "amur-gov")
    }

    @Test("the project detail's claim list names a claim's section")
    func detailShowsSection() {
        let sided = try! Claim(id: "bh-4", project: "bh-bridge", status: .completed, asOf: try! PartialDate(parsing: "2021-11"),
                               source: "amur-gov", section: "RU")
        let s = detail("bh-bridge", rows: 50, cols: 160, analysis: AppFixture.analysis(adding: [sided]))
        let lines = AppFixture.screen(s).split(separator: "\n")
        let line = lines.first { $0.contains("2021-11 ") }
        #expect(line?.contains("◕ completed [RU section]  Минэкономразвития Амурской области") == true, "\(line ?? "no line")")
        #expect(lines.filter { $0.contains("section]") }.count == 1)
    }
}

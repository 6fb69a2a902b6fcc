import BorderTrackCore
import Testing

/// Discrepancy explanations and assessment reasons in Russian and Chinese: whole sentences of the language, with
/// source names, dates and ids as stored; English through the same catalogue, what it always said.
@Suite("Explanations and reasons in the reader's language")
struct LocalizedSentencesTests {
    func only(_ a: Analysis, _ kind: DiscrepancyKind) throws -> Discrepancy { try #require(a.discrepancies.first { $0.kind == kind }) }

    /// The sentence in English (as `explanation`), Russian and Chinese.
    func says(_ d: Discrepancy) -> (en: String, ru: String, zh: String) {
        (d.explanation(in: .en), d.explanation(in: .ru), d.explanation(in: .zh))
    }

    @Test("status conflict across perspectives and sides (Blagoveshchensk–Heihe)")
    func statusConflict() throws {
        var f = Fixture()
        f.claim("rg-1", "operational", "2021-10-07", "rg", scope: "full", published: "2021-10-07")
        f.claim("amur-1", "completed", "2021-10-14", "amur-gov", published: "2021-10-14")
        f.claim("xh-1", "completed", "2021-10-20", "xinhua")
        f.claim("trucks", "operational", "2022-06-10", "amurlife", scope: "cargo")
        let s = says(try only(f.analyse(today: "2023-01-01"), .statusConflict))
        #expect(s.en == "Official and local accounts (Russian and Chinese sources) contradict each other: Rossiyskaya Gazeta (2021-10-07) says operating for passengers and cargo; against that, Amur Region ministry (2021-10-14) and Xinhua (2021-10-20) say completed but not in service (2 sources, 2 independent); Amur Life (2022-06-10) says operating for cargo — a later account reports less, with no suspension or closure reported between.")
        #expect(s.ru == "Официальные и местные источники (российские и китайские) противоречат друг другу: по данным Rossiyskaya Gazeta (2021-10-07), объект открыт для пассажирского и грузового движения; однако по данным Amur Region ministry (2021-10-14) и Xinhua (2021-10-20), объект построен, но не введён в эксплуатацию (2 источника, из них 2 независимых); по данным Amur Life (2022-06-10), объект открыт для грузового движения — более позднее сообщение указывает на более раннюю стадию, хотя о приостановке или закрытии в промежутке не сообщалось.")
        #expect(s.zh == "官方与地方说法（俄方和中方来源）相互矛盾：Rossiyskaya Gazeta（2021-10-07）称客货运均已开通；而Amur Region ministry（2021-10-14）和Xinhua（2021-10-20）称已竣工但未投入使用（2个来源，其中独立来源2个）；Amur Life（2022-06-10）称已开通货运——较晚的说法所报进展反而更少，而其间并无暂停或关闭的报道。")
    }

    @Test("status conflict within one country: no countries named")
    func statusConflictOneSide() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-14", "amurlife")
        let s = says(try only(f.analyse(), .statusConflict))
        #expect(s.ru == "Официальные и местные источники противоречат друг другу: по данным Rossiyskaya Gazeta (2021-10-07), объект открыт для пассажирского и грузового движения; однако по данным Amur Life (2021-10-14), объект построен, но не введён в эксплуатацию — более позднее сообщение указывает на более раннюю стадию, хотя о приостановке или закрытии в промежутке не сообщалось.")
        #expect(s.zh == "官方与地方说法相互矛盾：Rossiyskaya Gazeta（2021-10-07）称客货运均已开通；而Amur Life（2021-10-14）称已竣工但未投入使用——较晚的说法所报进展反而更少，而其间并无暂停或关闭的报道。")
    }

    @Test("cross-border: the two countries' official sources on the same day")
    func crossBorder() throws {
        var f = Fixture()
        f.claim("m", "operational", "2021-10-07", "minvr", scope: "cargo")
        f.claim("h", "construction", "2021-10-07", "hlj-gov")
        let s = says(try only(f.analyse(today: "2022-01-01"), .crossBorder))
        #expect(s.en == "Russian and Chinese sources contradict each other: Minvostokrazvitiya (2021-10-07) says operating for cargo; against that, Heilongjiang government (2021-10-07) says under construction — both on the same day.")
        #expect(s.ru == "Российские и китайские источники противоречат друг другу: по данным Minvostokrazvitiya (2021-10-07), объект открыт для грузового движения; однако по данным Heilongjiang government (2021-10-07), объект строится — оба сообщения относятся к одному и тому же дню.")
        #expect(s.zh == "俄方和中方来源相互矛盾：Minvostokrazvitiya（2021-10-07）称已开通货运；而Heilongjiang government（2021-10-07）称在建——两种说法出自同一天。")
    }

    @Test("official split on the Russian side")
    func officialSplit() throws {
        var f = Fixture()
        f.claim("m", "completed", "2020-05", "minvr")
        f.claim("r", "construction", "2020-11", "rg")
        let s = says(try only(f.analyse(today: "2021-01-01"), .officialSplit))
        #expect(s.en == "Official sources on the Russian side contradict each other: Minvostokrazvitiya (2020-05) says completed but not in service; against that, Rossiyskaya Gazeta (2020-11) says under construction — a later account reports less, with no suspension or closure reported between.")
        #expect(s.ru == "Российские официальные источники противоречат друг другу: по данным Minvostokrazvitiya (2020-05), объект построен, но не введён в эксплуатацию; однако по данным Rossiyskaya Gazeta (2020-11), объект строится — более позднее сообщение указывает на более раннюю стадию, хотя о приостановке или закрытии в промежутке не сообщалось.")
        #expect(s.zh == "俄方官方来源相互矛盾：Minvostokrazvitiya（2020-05）称已竣工但未投入使用；而Rossiyskaya Gazeta（2020-11）称在建——较晚的说法所报进展反而更少，而其间并无暂停或关闭的报道。")
    }

    @Test("regression among local sources, and a source contradicting itself")
    func regression() throws {
        var f = Fixture()
        f.sources.append(try Source(id: "dv", name: "DV Media", tier: .localMedia, country: "RU"))
        f.claim("a", "completed", "2020-05", "amurlife")
        f.claim("b", "construction", "2020-11", "dv")
        let s = says(try only(f.analyse(today: "2021-01-01"), .regression))
        #expect(s.en == "Local sources on the Russian side contradict each other: Amur Life (2020-05) says completed but not in service; against that, DV Media (2020-11) says under construction — a later account reports less, with no suspension or closure reported between.")
        #expect(s.ru == "Российские местные источники противоречат друг другу: по данным Amur Life (2020-05), объект построен, но не введён в эксплуатацию; однако по данным DV Media (2020-11), объект строится — более позднее сообщение указывает на более раннюю стадию, хотя о приостановке или закрытии в промежутке не сообщалось.")
        #expect(s.zh == "俄方地方来源相互矛盾：Amur Life（2020-05）称已竣工但未投入使用；而DV Media（2020-11）称在建——较晚的说法所报进展反而更少，而其间并无暂停或关闭的报道。")

        var one = Fixture()
        one.claim("a", "completed", "2020-05", "amurlife")
        one.claim("b", "construction", "2020-11", "amurlife")
        let itself = says(try only(one.analyse(), .regression))
        #expect(itself.ru == "Источник Amur Life противоречит сам себе: по данным Amur Life (2020-05), объект построен, но не введён в эксплуатацию; однако по данным Amur Life (2020-11), объект строится — более позднее сообщение указывает на более раннюю стадию, хотя о приостановке или закрытии в промежутке не сообщалось.")
        #expect(itself.zh == "Amur Life自相矛盾：Amur Life（2020-05）称已竣工但未投入使用；而Amur Life（2020-11）称在建——较晚的说法所报进展反而更少，而其间并无暂停或关闭的报道。")
    }

    @Test("secondary accounts, sections, more than three sources, and two reasons")
    func viaSectionsAndMore() throws {
        var f = Fixture()
        f.sources += [try Source(id: "tass", name: "TASS", tier: .stateMedia, country: "RU"),
                      try Source(id: "study", name: "The 2021 study", tier: .localMedia)]
        func claim(_ id: String, _ status: Status, _ scope: Scope?, _ asOf: String, _ source: String, section: String? = nil, via: String? = nil) throws -> Claim {
            try Claim(id: id, project: "bridge", status: status, scope: scope, asOf: PartialDate(parsing: asOf), source: source, section: section, via: via)
        }
        f.claims += [try claim("rg-1", .operational, .full, "2021-10-07", "minvr", via: "rg"),
                     try claim("tass-1", .operational, .full, "2021-10-07", "minvr", via: "tass"),
                     try claim("life-1", .completed, nil, "2021-10-15", "amurlife", section: "RU", via: "study"),
                     try claim("xh-1", .completed, nil, "2021-10-16", "xinhua"),
                     try claim("hh-1", .completed, nil, "2021-10-17", "heihe-news"),
                     try claim("hl-1", .completed, nil, "2021-10-18", "hlj-gov")]
        let s = says(try only(f.analyse(today: "2022-01-01"), .statusConflict))
        #expect(s.en == "Official and local accounts (Russian and Chinese sources) contradict each other: Minvostokrazvitiya (2021-10-07, via Rossiyskaya Gazeta) and Minvostokrazvitiya (2021-10-07, via TASS) say operating for passengers and cargo (2 sources, 1 independent); against them, Amur Life (2021-10-15, RU section, via The 2021 study), Xinhua (2021-10-16), Heihe Daily (2021-10-17) and 1 more say completed but not in service (4 sources, 4 independent) — a later account reports less, with no suspension or closure reported between; the whole project was said to have reached a stage one of its sections later had not.")
        #expect(s.ru == "Официальные и местные источники (российские и китайские) противоречат друг другу: по данным Minvostokrazvitiya (2021-10-07, в передаче Rossiyskaya Gazeta) и Minvostokrazvitiya (2021-10-07, в передаче TASS), объект открыт для пассажирского и грузового движения (2 источника, из них 1 независимый); однако по данным Amur Life (2021-10-15, участок RU, в передаче The 2021 study), Xinhua (2021-10-16), Heihe Daily (2021-10-17) и ещё 1, объект построен, но не введён в эксплуатацию (4 источника, из них 4 независимых) — более позднее сообщение указывает на более раннюю стадию, хотя о приостановке или закрытии в промежутке не сообщалось; о проекте в целом сообщалось, что он достиг стадии, которой один из его участков позднее ещё не достиг.")
        #expect(s.zh == "官方与地方说法（俄方和中方来源）相互矛盾：Minvostokrazvitiya（2021-10-07，经Rossiyskaya Gazeta转述）和Minvostokrazvitiya（2021-10-07，经TASS转述）称客货运均已开通（2个来源，其中独立来源1个）；而Amur Life（2021-10-15，RU段，经The 2021 study转述）、Xinhua（2021-10-16）、Heihe Daily（2021-10-17）及另外1个来源称已竣工但未投入使用（4个来源，其中独立来源4个）——较晚的说法所报进展反而更少，而其间并无暂停或关闭的报道；曾有说法称整个项目已达到某一阶段，而其中一段后来仍未达到该阶段。")
    }

    @Test("stale official: months counted as the language counts them (53, 21)")
    func staleOfficial() throws {
        var f = Fixture()
        f.claim("o", "construction", "2017-01", "minvr")
        f.claim("l1", "construction", "2018", "amurlife")
        f.claim("l2", "completed", "2019-06", "amurlife")
        let s = says(try only(f.analyse(today: "2021-06-01"), .staleOfficial))
        #expect(s.en == "No official source has changed its account since 2017-01 (Minvostokrazvitiya: under construction), 53 months, while local sources report completed but not in service (Amur Life, 2019-06).")
        #expect(s.ru == "Ни один официальный источник не обновлял сведений с 2017-01 (Minvostokrazvitiya: строится) — уже 53 месяца, тогда как местные источники сообщают: построен, но не введён в эксплуатацию (Amur Life, 2019-06).")
        #expect(s.zh == "自2017-01（Minvostokrazvitiya：在建）以来，已有53个月没有任何官方来源更新说法，而地方来源报道：已竣工但未投入使用（Amur Life，2019-06）。")

        var g = Fixture()
        g.claim("o", "construction", "2019-09", "minvr")
        g.claim("l", "completed", "2020-06", "amurlife")
        let t = says(try only(g.analyse(today: "2021-06-01", stale: 12), .staleOfficial))
        #expect(t.ru == "Ни один официальный источник не обновлял сведений с 2019-09 (Minvostokrazvitiya: строится) — уже 21 месяц, тогда как местные источники сообщают: построен, но не введён в эксплуатацию (Amur Life, 2020-06).")
        #expect(t.zh == "自2019-09（Minvostokrazvitiya：在建）以来，已有21个月没有任何官方来源更新说法，而地方来源报道：已竣工但未投入使用（Amur Life，2020-06）。")
    }

    @Test("deadline slip: moved 1, 2 and 5 times; an overdue target")
    func deadlineSlip() throws {
        var f = Fixture()
        f.plan("p1", "completion", target: "2012", announced: "2009")
        f.plan("p2", "completion", target: "2015", announced: "2012")
        f.plan("p3", "completion", target: "2021", announced: "2017")
        let s = says(try only(f.analyse(), .deadlineSlip))
        #expect(s.en == "The completion target moved 2 times, 108 months in all: 2012 (announced 2009) → 2015 (announced 2012) → 2021 (announced 2017); the latest target has passed with no source reporting the completion.")
        #expect(s.ru == "Срок завершения строительства переносился 2 раза, в общей сложности на 108 месяцев: 2012 (объявлен 2009) → 2015 (объявлен 2012) → 2021 (объявлен 2017); последний срок уже прошёл, но ни один источник не сообщил о завершении строительства.")
        #expect(s.zh == "竣工日期已推迟2次，累计108个月：2012（2009公布）→2015（2012公布）→2021（2017公布）；最新目标日期已过，但仍无任何来源报道竣工。")

        var one = Fixture()
        one.plan("a", "opening", target: "2020", announced: "2019")
        one.plan("b", "opening", target: "2022", announced: "2020")
        let o = says(try only(one.analyse(today: "2021-06-01"), .deadlineSlip))
        #expect(o.en == "The opening target moved 1 time, 24 months in all: 2020 (announced 2019) → 2022 (announced 2020).")
        #expect(o.ru == "Срок открытия переносился 1 раз, в общей сложности на 24 месяца: 2020 (объявлен 2019) → 2022 (объявлен 2020).")
        #expect(o.zh == "开通日期已推迟1次，累计24个月：2020（2019公布）→2022（2020公布）。")

        var five = Fixture()
        for (k, y) in (2010...2015).enumerated() { five.plan("p\(k)", "start", target: "\(y)", announced: "\(y - 1)") }
        let v = says(try only(five.analyse(today: "2014-06-01"), .deadlineSlip))
        #expect(v.ru == "Срок начала строительства переносился 5 раз, в общей сложности на 60 месяцев: 2010 (объявлен 2009) → 2011 (объявлен 2010) → 2012 (объявлен 2011) → 2013 (объявлен 2012) → 2014 (объявлен 2013) → 2015 (объявлен 2014).")
        #expect(v.zh == "开工日期已推迟5次，累计60个月：2010（2009公布）→2011（2010公布）→2012（2011公布）→2013（2012公布）→2014（2013公布）→2015（2014公布）。")
    }

    @Test("the editors' flags: a flag raised by hand and one the data no longer shows; the note stays as written")
    func flags() throws {
        var f = Fixture()
        f.claim("o1", "operational", "2021-10-07", "rg", scope: "full")
        f.claim("l1", "completed", "2021-10-14", "amurlife")
        let id = try only(f.analyse(), .statusConflict).id
        let t = Timestamp(parsing: "2026-01-01T00:00:00Z")!
        f.flags = [FlagEvent(seq: 1, discrepancy: id, project: "bridge", action: .resolve, verdict: .local, note: "no trucks", editor: "bo", at: t),
                   FlagEvent(seq: 2, discrepancy: "mf-1", project: "bridge", action: .add, severity: .major, note: "photos show trucks", editor: "ann", at: t)]
        f.claims.removeLast()
        let a = f.analyse()
        let gone = says(try #require(a.discrepancies.first { $0.id == id }))
        #expect(gone.en == "Was resolved (verdict: local) by bo; the data no longer shows this discrepancy.")
        #expect(gone.ru == "Было решено редактором bo (вердикт: local); в данных это расхождение больше не прослеживается.")
        #expect(gone.zh == "此前已由bo解决（裁定：local）；现有数据已不再显示这一差异。")
        let raised = says(try #require(a.discrepancies.first { $0.id == "mf-1" }))
        #expect(raised.en == "Raised by ann on 2026-01-01: photos show trucks")
        #expect(raised.ru == "Отмечено редактором ann 2026-01-01: photos show trucks")
        #expect(raised.zh == "由ann于2026-01-01提出：photos show trucks")
        // Given as text (read back from a store's queue, or made by hand): the text in every language.
        let side = DiscrepancySide(label: "official", status: nil, scope: nil, claims: [])
        let given = Discrepancy(id: "sc-1", project: "bridge", kind: .statusConflict, severity: .major, from: day("2021"), to: day("2021"),
                                ongoing: true, sides: [], official: side, local: side, claims: [], explanation: "As stored.")
        #expect(given.explanation(in: .ru) == "As stored." && given.explanation(in: .zh) == "As stored.")
    }

    @Test("independent voices counted: 1, 2, 5 and 21 sources")
    func voices() {
        #expect(Voices(sources: 1, independent: 1).phrase(in: .ru) == "1 источник")
        #expect(Voices(sources: 2, independent: 1).phrase(in: .ru) == "2 источника, из них 1 независимый")
        #expect(Voices(sources: 5, independent: 2).phrase(in: .ru) == "5 источников, из них 2 независимых")
        #expect(Voices(sources: 21, independent: 5).phrase(in: .ru) == "21 источник, из них 5 независимых")
        #expect(Voices(sources: 1, independent: 1).phrase(in: .zh) == "1个来源")
        #expect(Voices(sources: 5, independent: 2).phrase(in: .zh) == "5个来源，其中独立来源2个")
        #expect(Voices(sources: 5, independent: 2).phrase(in: .en) == "5 sources, 2 independent")
    }

    @Test("the assessment's reasons and summary on the worked example (the bridge on 2021-10-20 and today)")
    func assessment() throws {
        let then = try Assessor(analysis: AssessmentTests.bridge.analyse(asOf: "2021-10-20")).assess(project: "bridge")
        func reason(_ a: Assessment, _ claim: String, _ lang: Catalogue) -> String? { a.discounted.first { $0.claim == claim }?.reason(in: lang) }
        #expect(reason(then, "r1", .ru) == "опровергается 1 более поздним независимым местным источником")
        #expect(reason(then, "f1", .ru) == "опровергается 2 более поздними независимыми местными источниками (верно, только если это произошло в последние 19 дней из 293 дней, допускаемых датой 2021)")
        #expect(reason(then, "r1", .zh) == "与1个较晚的独立地方来源的说法相矛盾")
        #expect(reason(then, "f1", .zh) == "与2个较晚的独立地方来源的说法相矛盾（仅当其发生在日期2021所允许的293天中的最后19天内时才可能属实）")
        #expect(reason(then, "f1", .en) == then.discounted.first { $0.claim == "f1" }?.reason)
        #expect(then.summary(in: .ru) == "построен, но не введён в эксплуатацию с 2019-11-29 (F2)")
        #expect(then.summary(in: .zh) == "自2019-11-29起已竣工但未投入使用（F2）")
        let now = try Assessor(analysis: AssessmentTests.bridge.analyse()).assess(project: "bridge")
        #expect(reason(now, "f1", .ru) == "опровергается 4 более поздними независимыми источниками")
        #expect(now.summary(in: .ru) == "открыт для грузового движения с 2022-06-10 (F2)")
        #expect(now.summary(in: .zh) == "自2022-06-10起已开通货运（F2）")
        #expect(now.summary(in: .en) == now.summary)
        let none = Assessment(project: "bridge", day: day("2021"), status: nil, scope: nil, since: nil, grade: nil, supporting: [], discounted: [], section: "CN")
        #expect(none.summary(in: .ru) == "нет сообщений об участке CN" && none.summary(in: .zh) == "没有关于CN段的说法")
    }

    @Test("every form of a discount reason, with Russian agreement for 1, 2 and 5 sources")
    func discountReasons() throws {
        func contradicted(_ n: Int, later: Bool?, side: Perspective?, independent: Int, all: Bool, window: DiscountReason.Window? = nil) -> DiscountReason {
            .contradicted(.init(sources: n, later: later, side: side, independent: independent, allIndependent: all, window: window))
        }
        let r = contradicted(5, later: false, side: .official, independent: 5, all: true)
        #expect(r.text(in: .en) == "contradicted by 5 earlier independent official sources")
        #expect(r.text(in: .ru) == "опровергается 5 более ранними независимыми официальными источниками")
        #expect(r.text(in: .zh) == "与5个较早的独立官方来源的说法相矛盾")
        let shared = contradicted(1, later: nil, side: .local, independent: 0, all: false)
        #expect(shared.text(in: .en) == "contradicted by 1 local source sharing its origin (not independent)")
        #expect(shared.text(in: .ru) == "опровергается 1 местным источником того же происхождения (не независимым)")
        #expect(shared.text(in: .zh) == "与1个地方来源的说法相矛盾，但与其同源（并不独立）")
        let some = contradicted(6, later: true, side: nil, independent: 5, all: false)
        #expect(some.text(in: .en) == "contradicted by 6 later sources, 5 independent of it")
        #expect(some.text(in: .ru) == "опровергается 6 более поздними источниками, из них 5 независимы от него")
        #expect(some.text(in: .zh) == "与6个较晚的来源的说法相矛盾，其中5个独立于该说法")
        let oneOfTwo = contradicted(2, later: true, side: .local, independent: 1, all: false)
        #expect(oneOfTwo.text(in: .ru) == "опровергается 2 более поздними местными источниками, из них 1 независим от него")
        let window = contradicted(2, later: true, side: nil, independent: 2, all: true,
                                  window: .init(room: 1, days: 31, date: try PartialDate(parsing: "2021-03")))
        #expect(window.text(in: .en) == "contradicted by 2 later independent sources (true only if it happened in the last 1 of the 31 days its date 2021-03 allows)")
        #expect(window.text(in: .ru) == "опровергается 2 более поздними независимыми источниками (верно, только если это произошло в последний 1 день из 31 дня, допускаемых датой 2021-03)")
        #expect(window.text(in: .zh) == "与2个较晚的独立来源的说法相矛盾（仅当其发生在日期2021-03所允许的31天中的最后1天内时才可能属实）")
        let verdict = DiscountReason.verdict(upheld: false, choice: "official", discrepancy: "sc-1234567890")
        #expect(verdict.text(in: .en) == "rejected by the editors' verdict (official) on sc-1234567890")
        #expect(verdict.text(in: .ru) == "отклонено вердиктом редакции (official) по расхождению sc-1234567890")
        #expect(verdict.text(in: .zh) == "被编辑就sc-1234567890作出的裁定（official）否定")
        #expect(DiscountReason.inconsistent.text(in: .ru) == "не согласуется с учтёнными сообщениями")
        // A reason given as text equals the facts English words the same way.
        #expect(Assessment.Discounted(claim: "c", why: r) == Assessment.Discounted(claim: "c", reason: "contradicted by 5 earlier independent official sources"))
    }

    @Test("a source's grade explained: too little evidence, a track record, an editor's grade")
    func gradeWhy() throws {
        let few = SourceReliability(source: "s", upheld: 1, rejected: 0, confirmed: 1, contradicted: 0)
        #expect(few.why(in: .en) == "F: too little evidence: 2 tested claims, 3 needed (1 confirmed by independent sources, 1 upheld by a verdict)")
        #expect(few.why(in: .ru) == "F: слишком мало данных: проверено 2 сообщения, нужно не менее 3 (подтверждено независимыми источниками: 1, подтверждено вердиктом редакции: 1)")
        #expect(few.why(in: .zh) == "F：证据不足：仅检验了2条说法，至少需要3条（1条经独立来源证实、1条经编辑裁定采信）")
        let record = SourceReliability(source: "s", upheld: 0, rejected: 2, confirmed: 3, contradicted: 0,
                                       setGrade: try GradeOverride(grade: .b, reason: "checked on site", editor: "anna"))
        #expect(record.why(in: .en) == "set B by anna: checked on site; computed C: 3 of 5 tested claims held (3 confirmed by independent sources, 2 rejected by verdicts)")
        #expect(record.why(in: .ru) == "оценка B выставлена редактором anna: checked on site; расчётная — C: подтвердилось 3 из 5 проверенных сообщений (подтверждено независимыми источниками: 3, отклонено вердиктами редакции: 2)")
        #expect(record.why(in: .zh) == "编辑anna设为B：checked on site；计算结果为C：已检验的5条说法中有3条属实（3条经独立来源证实、2条被编辑裁定否定）")
    }
}

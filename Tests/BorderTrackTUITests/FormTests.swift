import BorderTrackCore
@testable import BorderTrackTUI
import Testing

/// Editing forms on the pure layer: validation as you type, cancel, inline source creation, what a save asks for.
@Suite("Editing forms")
struct FormTests: FormDriving {



    @Test("a on a project opens the claim form; each field is checked as it is typed, with the reason")
    func validation() {
        var s = detail()
        #expect(press(&s, .char("a")) == nil)
        #expect(s.form?.title == "Add a claim · bh-bridge")
        focus(&s, "asOf")
        type(&s, "2021-13")
        let f = s.form!
        #expect(f.error(for: f.focused, in: s.data) == "month must be 01–12")
        #expect(AppFixture.screen(s).contains("✖ month must be 01–12"))
        _ = press(&s, .backspace); _ = press(&s, .backspace); type(&s, "10")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == nil)
        focus(&s, "published")
        type(&s, "2021-09")
        #expect(s.form!.error(for: s.form!.focused, in: s.data)?.hasPrefix("on or after As of 2021-10") == true)
        focus(&s, "url")
        type(&s, "ftp://x")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == "an http:// or https:// address")
        focus(&s, "scope")
        _ = press(&s, .right)
        #expect(s.form!["scope"] == "passenger")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == "no scope: scope applies only to status operational")
    }

    @Test("saving with errors focuses the first bad field and says why; nothing is handed to the store")
    func refusedSave() {
        var s = detail()
        _ = press(&s, .char("a"))
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.focused.id == "asOf")
        #expect(s.form?.submitError == "As of: required")
        #expect(AppFixture.screen(s).contains("✖ As of: required"))
    }

    @Test("a valid claim with a multi-line Chinese quote becomes one addClaim edit; success closes the form")
    func save() {
        var s = detail()
        _ = press(&s, .char("a"))
        focus(&s, "status")
        type(&s, "o") // the first option starting with o
        #expect(s.form!["status"] == "operational")
        focus(&s, "scope"); type(&s, "c")
        focus(&s, "asOf"); type(&s, "2022-06-10")
        focus(&s, "source"); type(&s, "amur")
        _ = press(&s, .tab) // completes to the first match
        #expect(s.form!["source"] == "amur-gov")
        focus(&s, "quote"); type(&s, "货车通过大桥")
        _ = press(&s, .enter) // a new line inside the quote, not a save
        type(&s, "第二行")
        #expect(s.form!["quote"] == "货车通过大桥\n第二行")
        guard case .save(.addClaim(let c))? = press(&s, .ctrl("s")) else { Issue.record("no save effect"); return }
        #expect(c.project == "bh-bridge" && c.status == .operational && c.scope == .cargo && c.source == "amur-gov")
        #expect(c.asOf.description == "2022-06-10" && c.quote == "货车通过大桥\n第二行" && c.supersedes == nil)
        #expect(s.form?.saving == true)
        let cursorBefore = s.timelineCursor
        s.saveSucceeded(.addClaim(c))
        #expect(s.form == nil)
        #expect(s.message?.text == "claim \(c.id) added")
        // The detail's "At" lines move to the new claim's date, to show what it changed.
        #expect(cursorBefore != Day(year: 2022, month: 6, day: 10) && s.timelineCursor == Day(year: 2022, month: 6, day: 10))
    }

    @Test("Esc on an untouched form closes it; with typed text it asks first, and only y discards")
    func cancel() {
        var s = detail()
        _ = press(&s, .char("a"))
        _ = press(&s, .escape)
        #expect(s.form == nil)
        _ = press(&s, .char("a"))
        focus(&s, "quote"); type(&s, "Мост")
        _ = press(&s, .escape)
        #expect(s.form?.confirmingDiscard == true)
        #expect(AppFixture.screen(s).contains("Discard what you typed?"))
        _ = press(&s, .char("n"))
        #expect(s.form?.confirmingDiscard == false && s.form?["quote"] == "Мост")
        _ = press(&s, .escape)
        _ = press(&s, .char("y"))
        #expect(s.form == nil)
    }

    @Test("Ctrl-N in the source field creates a source inline and returns to the claim with it filled in")
    func inlineSource() {
        var s = detail()
        _ = press(&s, .char("a"))
        focus(&s, "asOf"); type(&s, "2022")
        focus(&s, "source"); type(&s, "heihe-daily")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == "no source \"heihe-daily\" — Tab completes, Ctrl-N creates it")
        _ = press(&s, .ctrl("n"))
        #expect(s.form?.title == "New source" && s.form?["id"] == "heihe-daily")
        #expect(s.parentForm != nil)
        focus(&s, "name"); type(&s, "黑河日报")
        focus(&s, "tier"); type(&s, "l")
        #expect(s.form!["tier"] == "local-media")
        focus(&s, "country"); type(&s, "cn")
        #expect(s.form!.error(for: s.form!.focused, in: s.data)?.contains("ISO 3166-1") == true)
        _ = press(&s, .backspace); _ = press(&s, .backspace); type(&s, "CN")
        guard case .save(.addSource(let src))? = press(&s, .ctrl("s")) else { Issue.record("no source save"); return }
        #expect(src.id == "heihe-daily" && src.name == "黑河日报" && src.tier == .localMedia && src.country == "CN")
        s.saveSucceeded(.addSource(src))
        #expect(s.form?.title == "Add a claim · bh-bridge")
        #expect(s.form?["source"] == "heihe-daily" && s.form?["asOf"] == "2022")
        #expect(s.parentForm == nil)
    }

    @Test("a refused save keeps everything typed and shows the store's reason")
    func storeRefusal() {
        var s = detail()
        _ = press(&s, .char("a"))
        focus(&s, "asOf"); type(&s, "2022")
        focus(&s, "source"); type(&s, "rg")
        focus(&s, "quote"); type(&s, "引用")
        _ = press(&s, .ctrl("s"))
        s.saveFailed("the database is busy (another editor is writing); try again")
        #expect(s.form?.saving == false)
        #expect(s.form?["quote"] == "引用" && s.form?["asOf"] == "2022")
        #expect(AppFixture.screen(s).contains("✖ the database is busy"))
    }

    @Test("correcting a claim: pick it with ←/→, its fields are pre-filled; an unchanged copy is refused")
    func correction() {
        var s = detail()
        _ = press(&s, .char("c"))
        let f = s.form!
        #expect(f.fields.first?.options == ["bh-3", "bh-2", "bh-1"])  // newest first
        #expect(f["status"] == "completed" && f["scope"] == "")
        _ = press(&s, .up) // to the claim field
        _ = press(&s, .right)
        #expect(s.form!["claim"] == "bh-2" && s.form!["source"] == "rg" && s.form!["asOf"] == "2021-10-07")
        #expect(s.form!["status"] == "operational" && s.form!["scope"] == "full")
        _ = press(&s, .left)
        #expect(s.form!["claim"] == "bh-3" && s.form!["source"] == "amur-gov" && s.form!["asOf"] == "2021-10-14")
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.submitError == "nothing changed: a correction must differ from the claim it corrects")
        focus(&s, "asOf")
        _ = press(&s, .backspace); type(&s, "5")
        guard case .save(.addClaim(let c))? = press(&s, .ctrl("s")) else { Issue.record("no save"); return }
        #expect(c.supersedes == "bh-3" && c.asOf.description == "2021-10-15" && c.quote == "мост не открыт для грузов \u{1B}[31m")
    }

    @Test("resolving from the queue names the selected discrepancy and the last event seen (stale-edit check)")
    func resolve() {
        var s = detail()
        _ = press(&s, .char("d"))
        #expect(s.view == .queue)
        let d = s.queueItem(0)!
        _ = press(&s, .char("r"))
        #expect(s.form?.fields.first?.options == [d.id])
        #expect(s.form?.focused.id == "verdict")
        #expect(press(&s, .ctrl("s")) == nil)
        #expect(s.form?.submitError == "Verdict: required")
        type(&s, "l")
        focus(&s, "note"); type(&s, "Amur Life photos: no lorries")
        guard case .save(.flag(let id, let project, let action, let verdict, _, let note, let expected))? = press(&s, .ctrl("s")) else {
            Issue.record("no flag save"); return
        }
        #expect(id == d.id && project == d.project && action == .resolve && verdict == .local && note == "Amur Life photos: no lorries")
        #expect(expected == d.flag.lastEvent)
    }

    @Test("resolving a cross-border contradiction offers its two countries, not official/local; picking another discrepancy changes the choices")
    func resolveCrossBorder() throws {
        let sources = [try Source(id: "minvr", name: "Minvostokrazvitiya", tier: .federalOfficial, country: "RU"),
                       try Source(id: "xinhua", name: "Xinhua", tier: .stateMedia, country: "CN"),
                       try Source(id: "amurlife", name: "Amur Life", tier: .localMedia, country: "RU")]
        let project = try Project(id: "bridge", kind: .bridge, names: try Names(en: "Bridge"), countries: ["RU", "CN"])
        let claims = [try Claim(id: "ru", project: "bridge", status: .operational, scope: .cargo, asOf: try PartialDate(parsing: "2022-06-10"), source: "minvr"),
                      try Claim(id: "cn", project: "bridge", status: .completed, asOf: try PartialDate(parsing: "2022-06-10"), source: "xinhua"),
                      // An earlier, separate story: a premature "completed" against a local "under construction".
                      try Claim(id: "o", project: "bridge", status: .completed, asOf: try PartialDate(parsing: "2019-06"), source: "minvr"),
                      try Claim(id: "l", project: "bridge", status: .construction, asOf: try PartialDate(parsing: "2019-11"), source: "amurlife")]
        let a = Analysis(dataset: Dataset(sources: sources, projects: [project], claims: claims), flags: [],
                         today: try PartialDate(parsing: "2023-06-30").start)
        var s = AppState(analysis: a, session: .init(database: "/t.sqlite", editor: "ann", readOnly: false), rows: 30, cols: 100)
        _ = s.runCommand("goto bridge")
        _ = press(&s, .char("r"))
        let ids = try #require(s.form?.fields.first?.options)
        #expect(ids.count == 2)
        let kinds = ids.map { id in a.discrepancies.first { $0.id == id }!.kind }
        func verdicts() -> [String] { s.form!.fields.first { $0.id == "verdict" }!.options }
        let expected: [DiscrepancyKind: [String]] = [.crossBorder: ["RU", "CN", "both", "neither"], .statusConflict: ["official", "local", "both", "neither"]]
        #expect(verdicts() == expected[kinds[0]])
        focus(&s, "discrepancy")
        _ = press(&s, .right)
        #expect(verdicts() == expected[kinds[1]])
        if kinds[1] != .crossBorder { _ = press(&s, .left) }
        focus(&s, "verdict"); type(&s, "C")
        focus(&s, "note"); type(&s, "the first train was Chinese")
        guard case .save(.flag(_, _, .resolve, let verdict, _, _, _))? = press(&s, .ctrl("s")) else { Issue.record("no save"); return }
        #expect(verdict == .country("CN"))
    }

    @Test("a project form: a new id must be a free slug, countries ISO codes, the location two numbers")
    func projectForm() {
        var s = AppFixture.state(rows: 30, cols: 100)
        _ = press(&s, .char("A"))
        #expect(s.form?.title == "New project")
        type(&s, "bh-bridge")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == "a project with this id exists")
        _ = press(&s, .ctrl("u")); type(&s, "zarubino-port")
        focus(&s, "kind"); type(&s, "p"); type(&s, "p") // pipeline; no kind starts with "pp", so the repeated p cycles to port
        #expect(s.form!["kind"] == "port")
        focus(&s, "nameEn"); type(&s, "Zarubino port")
        focus(&s, "nameZh"); type(&s, "扎鲁比诺港")
        focus(&s, "countries"); type(&s, "RU, Cn")
        #expect(s.form!.error(for: s.form!.focused, in: s.data)?.hasPrefix("\"Cn\": an ISO 3166-1") == true)
        _ = press(&s, .backspace); type(&s, "N")
        focus(&s, "location"); type(&s, "42.6; 131")
        #expect(s.form!.error(for: s.form!.focused, in: s.data) == "latitude, longitude in degrees, such as 50.27, 127.54")
        _ = press(&s, .ctrl("u")); type(&s, "42.64, 131.08")
        guard case .save(.addProject(let p))? = press(&s, .ctrl("s")) else { Issue.record("no save"); return }
        #expect(p.id == "zarubino-port" && p.kind == .port && p.names.zh == "扎鲁比诺港" && p.countries == ["RU", "CN"])
        #expect(p.location?.lat == 42.64)
    }

    @Test("editing a project keeps its id and sends the version it was based on")
    func editProject() {
        var s = detail("suifenhe")
        _ = press(&s, .char("e"))
        let old = s.data.project(id: "suifenhe")!
        focus(&s, "nameRu"); type(&s, "Суйфэньхэ")
        guard case .save(.updateProject(let p, let expected))? = press(&s, .ctrl("s")) else { Issue.record("no save"); return }
        #expect(p.id == "suifenhe" && p.names.ru == "Суйфэньхэ" && expected == old)
    }

    @Test("read-only: every edit key explains why it does nothing")
    func readOnly() {
        var s = AppState(analysis: AppFixture.analysis(),
                         session: .init(database: "t.sqlite", editor: "viewer", readOnly: true, readOnlyReason: "the file is not writable"),
                         rows: 24, cols: 80)
        for key in ["a", "A", "D", "e", "!", "u"] {
            #expect(press(&s, .char(Character(key))) == nil)
            #expect(s.form == nil)
            #expect(s.message == .init(text: "read-only: the file is not writable — edits are disabled", isError: true))
        }
        #expect(press(&s, .char("h")) == .loadHistory(project: s.selectedSummary!.project.id))
    }

    @Test("u asks the runner, then asks the editor; only y undoes")
    func undo() {
        var s = AppFixture.state(rows: 24, cols: 80)
        #expect(press(&s, .char("u")) == .prepareUndo)
        s.confirmUndo(summary: "claim c-1 on bh-bridge", auditSeq: 42)
        #expect(AppFixture.screen(s).contains("Undo your last edit: claim c-1 on bh-bridge? y/n"))
        #expect(press(&s, .char("n")) == nil)
        #expect(s.message?.text == "cancelled")
        s.confirmUndo(summary: "claim c-1 on bh-bridge", auditSeq: 42)
        #expect(press(&s, .char("y")) == .save(.undo(expected: 42)))
        // A question longer than the screen is cut in its middle; its "y/n" stays.
        s.confirmUndo(summary: "claim c-1 on bh-bridge: " + String(repeating: "Благовещенск–Хэйхэ 黑河 ", count: 8), auditSeq: 43)
        let last = AppFixture.screen(s).split(separator: "\n", omittingEmptySubsequences: false).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }!
        #expect(last.hasSuffix("… y/n") || last.trimmingCharacters(in: .whitespaces).hasSuffix("… y/n"), "\(last)")
        #expect(DisplayWidth.of(String(last)) <= 80)
    }

    @Test("the history view lists changes newest first with before → after; Esc goes back")
    func history() {
        var s = detail()
        #expect(press(&s, .char("h")) == .loadHistory(project: "bh-bridge"))
        s.showHistory(project: "bh-bridge", entries: [
            HistoryEntry(seq: 9, at: "2026-11-23T10:02:00Z", editor: "ann", action: "project.update", entityID: "bh-bridge",
                         summary: "names.ru: – → Мост", changes: [.init(field: "names.ru", before: nil, after: "Мост")]),
            HistoryEntry(seq: 3, at: "2026-11-20T08:00:00Z", editor: "bo", action: "claim.add", entityID: "bh-3",
                         changes: [.init(field: "status", before: nil, after: "completed")]),
        ])
        let screen = AppFixture.screen(s)
        #expect(screen.contains("History of bh-bridge — 2 changes, newest first"))
        #expect(screen.contains("2026-11-23 10:02:00  ann         project.update    bh-bridge"))
        #expect(screen.contains("\n     names.ru: – → Мост"), "the change in words under its entry")
        #expect(screen.contains("      names.ru     – → Мост"))
        _ = press(&s, .escape)
        #expect(s.view == .detail)
    }

    @Test(":export FORMAT FILE hands the listed projects and the as-of date to the runner")
    func export() {
        var s = AppFixture.state(rows: 24, cols: 80)
        _ = s.runCommand("filter kind=bridge")
        #expect(s.runCommand("export html /tmp/r.html") == .export(format: "html", path: "/tmp/r.html", projects: ["bh-bridge"], asOf: nil))
        #expect(s.runCommand("export pdf x") == nil)
        #expect(s.message?.isError == true)
    }

    @Test("the key table: no key triggers two actions in one view; every action has a key and a help line")
    func keyTable() {
        let map = AppKeys.defaults()
        for view in ViewID.allCases {
            var seen: [Key: Action] = [:]
            for action in Action.allCases where action.views.contains(view) {
                #expect(!map.keys(for: action.rawValue).isEmpty, "\(action) has no key")
                #expect(!map.help(for: action.rawValue).isEmpty)
                for key in map.keys(for: action.rawValue) {
                    #expect(seen[key] == nil, "\(key) does both \(seen[key].map { "\($0)" } ?? "") and \(action) in \(view)")
                    seen[key] = action
                    #expect(AppKeys.action(for: key, in: view, map: map) == action)
                }
            }
        }
        // An edit key in a view where it means nothing is not dispatched there.
        #expect(AppKeys.action(for: .char("c"), in: .list, map: map) == nil)
        #expect(AppKeys.action(for: .char("y"), in: .queue, map: map) == .acknowledge)
    }
}

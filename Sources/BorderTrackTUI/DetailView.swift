import BorderTrackCore

/// One project: names in three scripts, details, the timeline with its cursor, what is in force
/// at the cursor, discrepancies, the deadline history and every claim, newest first.
enum DetailView {
    /// A line of the scrolling part: text segments with styles.
    typealias Line = [(String, Style)]

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1, let id = s.detailProject, s.data.project(id: id) != nil else { return }
        let y = header(s, into: &g, rect: rect, theme: theme)
        let (lines, _) = scrollLines(s, width: rect.width, theme: theme)
        let height = rect.bottom - y
        guard height > 0 else { return }
        let top = min(s.detailTop, max(0, lines.count - height))
        for (i, line) in lines.dropFirst(top).prefix(height).enumerated() { put(line, &g, y + i, rect) }
    }

    /// The detail's claims in the order the list shows them: newest first (the cursor moves along this order).
    static func claimOrder(_ claims: [Claim]) -> [Claim] {
        claims.sorted { ($0.asOf, $0.knownFrom, $0.id) > ($1.asOf, $1.knownFrom, $1.id) }
    }

    /// The scroll position that shows the selected claim's lines, moving as little as possible from `detailTop`
    /// (laid out for the state's screen size, as `Screen` lays out the body).
    static func top(showingSelectedClaimOf s: AppState) -> Int {
        let rect = Rect(row: 1, col: 0, height: max(0, s.rows - 3), width: s.cols)
        var scratch = Grid(rows: max(1, s.rows), cols: max(1, s.cols))
        let theme = Theme(ascii: false, lang: s.lang)
        let y = header(s, into: &scratch, rect: rect, theme: theme)
        let (lines, ranges) = scrollLines(s, width: rect.width, theme: theme)
        let height = max(1, rect.bottom - y)
        var top = min(s.detailTop, max(0, lines.count - height))
        guard let claim = s.selectedClaim, let r = ranges[claim] else { return top }
        if r.upperBound > top + height { top = r.upperBound - height }
        if r.lowerBound < top { top = r.lowerBound }
        return max(0, top)
    }

    /// Draws the fixed part (names, timeline) and returns the row the scrolling part starts on.
    static func header(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) -> Int {
        guard let id = s.detailProject, let p = s.data.project(id: id), let t = s.data.timeline(of: id) else { return rect.row }
        var y = rect.row
        let head: Line = [(theme.lang.name(p.names), Style(attributes: [.bold]))] + [("  [\(p.id)]", Theme.dim)]
        put(head, &g, y, rect); y += 1
        if y < rect.bottom, p.names.ru != nil || p.names.zh != nil {
            // The two names the heading does not show (in English: the Russian and Chinese ones).
            let others = theme.lang.otherNames(p.names)
            put([(others[0].code + " ", Theme.dim), (others[0].name ?? "–", .plain), ("   " + others[1].code + " ", Theme.dim), (others[1].name ?? "–", .plain)],
                &g, y, rect)
            y += 1
        }
        guard y < rect.bottom else { return y }
        if rect.height >= 10 {
            let discrepancies = s.data.discrepancies(of: id).filter { $0.flag.state == .open || $0.flag.state == .acknowledged }
            y += TimelineView.render(s, timeline: t, discrepancies: discrepancies, plans: s.data.plans(of: id),
                                     assessment: s.data.assessment(of: id), into: &g, row: y,
                                     rect: Rect(row: y, col: rect.col, height: rect.bottom - y, width: rect.width), theme: theme)
        }
        return y
    }

    /// The assessment's block: the stage, since when and its grade in words, then each discounted claim with why.
    static func assessedLines(_ a: Assessment?, claims: [Claim], sources: [String: Source], width: Int, theme: Theme) -> [Line] {
        guard let a else { return [] }
        let lang = theme.lang
        var lines: [Line] = []
        guard let status = a.status, let grade = a.grade else {
            return [[(lang["ui.detail.assessed"] + " ", Theme.header), (lang["ui.detail.assessed.none"], Theme.dim)], []]
        }
        lines.append([(lang["ui.detail.assessed"] + " ", Theme.header), (theme.label(status, a.scope, withScope: true), .fg(theme.color(status), [.bold])),
                      (a.since.map { " " + lang("ui.detail.since", $0) } ?? "", .plain), ("  \(grade) ", Style(attributes: [.bold])),
                      (lang("ui.detail.grade", lang.meaning(grade)), Theme.dim)])
        let byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func named(_ id: String) -> String {
            guard let c = byID[id] else { return id }
            return "\(c.asOf) \(lang.status(c.status)) · \(sources[c.source]?.name ?? c.source)"
        }
        let carriers = a.supporting.map(named)
        for w in TextWrap.wrap(lang("ui.detail.carried-by", carriers.joined(separator: "; ")), width: max(10, width - 4), maxLines: 3) {
            lines.append([("  " + w, Theme.dim)])
        }
        for d in a.discounted {
            for (i, w) in TextWrap.wrap(lang("ui.detail.discounted", named(d.claim), d.reason(in: lang)), width: max(10, width - 4), maxLines: 3).enumerated() {
                lines.append([((i == 0 ? "  " : "    ") + w, .plain)])
            }
        }
        lines.append([])
        return lines
    }

    /// The source, and the secondary account a claim is known through, as the detail names a claim.
    static func who(_ c: Claim, sources: [String: Source], lang: Catalogue = .en) -> String {
        let via = c.via.map { " " + lang("ui.detail.via", sources[$0]?.name ?? $0) } ?? ""
        guard let src = sources[c.source] else { return c.source + via }
        return lang("ui.detail.source", src.name, lang.tier(src.tier) + (src.country.map { lang["join.comma"] + $0 } ?? "")) + via
    }

    /// The scrolling part's lines, and the lines each claim takes (by claim id), for the cursor.
    static func scrollLines(_ s: AppState, width rectWidth: Int, theme: Theme) -> ([Line], [String: Range<Int>]) {
        guard let id = s.detailProject, let p = s.data.project(id: id), let t = s.data.timeline(of: id) else { return ([], [:]) }
        let plans = s.data.plans(of: id)
        let discrepancies = s.data.discrepancies(of: id).filter { $0.flag.state == .open || $0.flag.state == .acknowledged }
        var lines: [Line] = []
        var ranges: [String: Range<Int>] = [:]
        let sources = s.data.sources
        let lang = theme.lang
        func who(_ c: Claim) -> String { DetailView.who(c, sources: sources, lang: lang) }
        let assessment = s.data.assessment(of: id)
        if let cursor = s.timelineCursor {
            lines.append([(lang("ui.detail.at", cursor) + " ", Style(attributes: [.bold]))])
            let assessedWord = lang["ui.detail.at.assessed"]
            let width = (t.lanes.map { DisplayWidth.of(laneName($0.key, lang: lang)) } + [DisplayWidth.of(assessedWord)]).max()
                .map { max(9, $0 + 1) } ?? 9
            if let step = assessment?.path.last(where: { $0.from <= cursor }) {
                lines.append([("  \(assessedWord.padded(toWidth: width))", Theme.dim),
                              (theme.label(step.status, step.scope, withScope: true), .fg(theme.color(step.status), [.bold])),
                              ("  " + lang("ui.detail.from", step.from), .plain)])
            }
            for lane in t.lanes {
                if let seg = lane.segment(on: cursor) {
                    lines.append([("  \(laneName(lane.key, lang: lang).padded(toWidth: width))", Theme.dim),
                                  (theme.label(seg.status, seg.scope, withScope: true), .fg(theme.color(seg.status))),
                                  ("  \(who(seg.claim)), \(seg.claim.asOf)", .plain)])
                } else {
                    lines.append([("  \(laneName(lane.key, lang: lang).padded(toWidth: width))", Theme.dim), (lang["ui.detail.no-claim-yet"], Theme.dim)])
                }
            }
        }
        var facts = lang.word(p.kind)
        if !p.countries.isEmpty { facts += " · " + p.countries.joined(separator: "–") }
        if !p.regions.isEmpty { facts += " · " + p.regions.joined(separator: ", ") }
        if let l = p.location { facts += " · \(l.lat), \(l.lon)" }
        if !p.programs.isEmpty { facts += " · " + lang("ui.detail.programmes", p.programs.joined(separator: ", ")) }
        lines.append([(facts, Theme.dim)])
        lines.append([])
        lines += assessedLines(assessment, claims: s.data.claims(of: id), sources: sources, width: rectWidth, theme: theme)
        lines.append([(lang.count("ui.detail.discrepancies", discrepancies.count), Theme.header)])
        if discrepancies.isEmpty { lines.append([("  " + lang["ui.detail.discrepancies.none"], Theme.dim)]) }
        for d in discrepancies {
            lines.append([("  \(theme.symbol(d.severity)) \(lang.severity(d.severity)) ", .fg(theme.color(d.severity), [.bold])),
                          ("\(lang.word(d.kind)) · \(d.id) · \(lang.flag(d.flag.state))", Theme.dim)])
            for w in TextWrap.wrap(d.explanation(in: lang), width: max(10, rectWidth - 6)) { lines.append([("    " + w, .plain)]) }
        }
        lines.append([])
        lines.append([(lang["ui.detail.deadlines"], Theme.header)])
        if plans.isEmpty { lines.append([("  " + lang["ui.detail.deadlines.none"], Theme.dim)]) }
        // As wide as the longest milestone shown (English: 10, "completion").
        let milestoneW = max(10, plans.map { DisplayWidth.of(lang.milestone($0.milestone)) }.max() ?? 0)
        for pl in plans {
            let src = pl.source.flatMap { sources[$0]?.name } ?? pl.source ?? "?"
            lines.append([("  \(lang.milestone(pl.milestone).padded(toWidth: milestoneW)) \(lang("ui.detail.target", pl.target.description.padded(toWidth: 11)))", .plain),
                          (lang("ui.detail.announced", pl.announced?.description ?? "?", src), Theme.dim)])
        }
        lines.append([])
        let claims = claimOrder(s.data.claims(of: id))
        lines.append([(lang("ui.detail.claims", claims.count), Theme.header)])
        for c in claims {
            let first = lines.count
            let persp = sources[c.source].map { lang.perspective($0.perspective) } ?? "?"
            let selected = c.id == s.selectedClaim
            // The selected claim: a marker (it shows without colour and in --ascii) and reverse video.
            var line: Line = [((selected ? theme.glyphs.symbols["cursor", default: ">"] + " " : "  ") + c.asOf.description.padded(toWidth: 11), .plain),
                              (theme.label(c.status, c.scope, withScope: true), .fg(theme.color(c.status)))]
            if let section = c.section { line.append((" " + lang("ui.detail.section", section), .plain)) }
            line.append(("  \(who(c)) · \(persp)", Theme.dim))
            if selected { line = line.map { ($0.0, $0.1.with(.reverse)) } }
            lines.append(line)
            let width = max(10, rectWidth - 6)
            if let q = c.quote {
                // The source's words in their language; the language code after the closing mark.
                let text = "“" + shown(q, limit: width * 2) + "”" + (c.quoteLang.map { " [\($0)]" } ?? "")
                for w in TextWrap.wrap(text, width: width, maxLines: 4) { lines.append([("    " + w, .plain)]) }
            }
            // A translation is marked as such and dimmed: never shown as the source's words.
            if let t = c.translation {
                for w in TextWrap.wrap(lang("ui.detail.translation", shown(t, limit: width * 2)), width: width, maxLines: 4) {
                    lines.append([("    " + w, Theme.dim)])
                }
            }
            if let n = c.note {
                for w in TextWrap.wrap(lang("ui.detail.note", shown(n, limit: width * 2)), width: width, maxLines: 3) {
                    lines.append([("    " + w, Theme.dim)])
                }
            }
            if let u = c.url {
                // Wrapped, never cut without a way to see it whole: a very long one says how (the claim view).
                let wrapped = TextWrap.wrap(TerminalText.singleLine(u), width: width)
                for w in wrapped.count <= 3 ? wrapped : Array(wrapped.prefix(2)) { lines.append([("    " + w, .fg(.blue))]) }
                if wrapped.count > 3 {
                    let how = theme.glyphs.ellipsis + lang.count("ui.detail.url-long", u.count)
                    for w in TextWrap.wrap(how, width: width) { lines.append([("    " + w, Theme.dim)]) }
                }
            }
            ranges[c.id] = first..<lines.count
        }
        return (lines, ranges)
    }

    /// A timeline lane's name at the cursor: "official", "RU", "section CN" in the language.
    static func laneName(_ key: LaneKey, lang: Catalogue) -> String {
        switch key {
        case .perspective(let p): lang.perspective(p)
        case .side(let c): c
        case .section(let c): lang("ui.detail.lane.section", c)
        }
    }

    /// A quote far longer than the four wrapped lines the view shows, cut to `limit` characters so it is not
    /// laid out whole, and ending with its full size, as `…(50 MB)`; a shorter quote is returned as it is.
    static func shown(_ quote: String, limit: Int) -> String {
        let bytes = quote.utf8.count
        guard bytes > limit * 4 else { return quote }
        let size = bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
        return String(quote.prefix(limit)) + "…(\(size))"
    }

    static func put(_ line: Line, _ g: inout Grid, _ y: Int, _ rect: Rect) {
        var x = rect.col + 1
        for (text, style) in line {
            guard x < rect.right else { break }
            x = g.put(text, row: y, col: x, width: rect.right - x, style: style, ellipsis: "…")
        }
    }
}

import BorderTrackCore

/// The discrepancy queue: open discrepancies by severity then date, each with its explanation
/// and the two accounts side by side.
enum QueueView {
    static let itemHeight = 3

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1 else { return }
        let lang = theme.lang
        // The severity and kind columns as wide as the language's longest words (English: 11 and 17).
        let sevW = max(11, Severity.allCases.map { DisplayWidth.of(theme.symbol($0) + " " + severity($0, lang: lang)) + 1 }.max() ?? 0)
        let kindW = max(17, DiscrepancyKind.allCases.map { DisplayWidth.of(kind($0, lang: lang)) + 2 }.max() ?? 0)
        let header = lang["ui.queue.severity"].padded(toWidth: sevW) + lang["ui.queue.kind"].padded(toWidth: kindW) + lang["ui.queue.project"]
        _ = g.put(header, row: rect.row, col: rect.col + 2, width: rect.width - 2, style: Theme.header)
        let count = s.queueCount
        if count == 0 {
            let empty = s.queueQuery.filter.isEmpty ? lang["ui.queue.empty"] : lang["ui.queue.empty.filter"]
            _ = g.put(empty, row: rect.row + 1, col: rect.col + 2, width: rect.width - 2, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            return
        }
        let marked = s.highlight(in: .queue)
        let perPage = max(1, (rect.height - 1) / itemHeight)
        var y = rect.row + 1
        // The projects on screen, so that names sharing a long start are cut where they differ.
        let shown = (s.queueTop..<min(count, s.queueTop + perPage)).compactMap { s.queueItem($0).map { name(of: $0.project, s, lang: lang) } }
        for index in s.queueTop..<min(count, s.queueTop + perPage) {
            guard let d = s.queueItem(index) else { break }
            let selected = index == s.queueSelection
            if selected { _ = g.put(theme.glyphs.symbol("pointer"), row: y, col: rect.col) }
            var x = rect.col + 2
            x = g.put("\(theme.symbol(d.severity)) \(severity(d.severity, lang: lang))".padded(toWidth: sevW), row: y, col: x,
                      style: .fg(theme.color(d.severity), [.bold]))
            x = g.put(kind(d.kind, lang: lang).padded(toWidth: kindW), row: y, col: x, style: .plain)
            let when = d.ongoing ? lang("ui.queue.since", d.from) : "\(d.from) \(theme.ascii ? "-" : "–") \(d.to)"
            let tail = "  \(when)  [\(lang.flag(d.flag.state))]"
            let nameAt = x, nameW = max(4, rect.right - x - DisplayWidth.of(tail))
            let name = DisplayWidth.distinguishing(name(of: d.project, s, lang: lang), among: shown, toWidth: nameW,
                                                   ellipsis: theme.glyphs.ellipsis)
            x = g.put(name, row: y, col: x, width: nameW, style: Style(attributes: [.bold]), ellipsis: theme.glyphs.ellipsis)
            _ = g.put(tail, row: y, col: x, width: rect.right - x, style: Theme.dim)
            if selected { g.restyle(Rect(row: y, col: rect.col, height: 1, width: rect.width)) { $0.attributes.insert(.reverse) } }
            g.highlight(name, matching: marked, row: y, col: nameAt, width: min(nameW, rect.right - nameAt))
            if y + 1 < rect.bottom {
                _ = g.put(d.explanation(in: s.lang), row: y + 1, col: rect.col + 4, width: rect.width - 5, ellipsis: theme.glyphs.ellipsis)
                g.highlight(d.explanation(in: s.lang), matching: marked, row: y + 1, col: rect.col + 4, width: rect.width - 5)
            }
            if y + 2 < rect.bottom, d.sides.count == 2 {
                let half = max(8, (rect.width - 6) / 2)
                // One status for the side when its claims agree; else each claim with its own symbol.
                func side(_ sd: DiscrepancySide) -> String {
                    let claims = s.data.claims(of: d.project)
                    let cited = sd.claims.compactMap { id in claims.first { $0.id == id } }
                    func who(_ c: Claim) -> String {
                        let via = c.via.map { " " + lang("ui.queue.via", s.data.sources[$0]?.name ?? $0) } ?? ""
                        return "\(s.data.sources[c.source]?.name ?? c.source)\(via) \(c.asOf)"
                    }
                    let label = sideLabel(sd.label, lang: lang)
                    if cited.contains(where: { $0.status != cited[0].status || $0.scope != cited[0].scope }) {
                        return lang("ui.queue.side", label, cited.map { "\(theme.symbol($0.status)) \(who($0))" }.joined(separator: "; "))
                    }
                    let st = sd.status.map { theme.label($0, sd.scope, withScope: true) } ?? "–"
                    return lang("ui.queue.side", label, "\(st) — \(cited.map(who).joined(separator: "; "))")
                }
                _ = g.put(side(d.sides[0]), row: y + 2, col: rect.col + 4, width: half, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
                _ = g.put(theme.glyphs.vertical == "|" ? "|" : "│", row: y + 2, col: rect.col + 4 + half, style: Theme.dim)
                _ = g.put(side(d.sides[1]), row: y + 2, col: rect.col + 6 + half, width: rect.right - (rect.col + 6 + half), style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            } else if y + 2 < rect.bottom, !d.plans.isEmpty {
                _ = g.put(lang("ui.queue.plans", d.plans.joined(separator: ", ")), row: y + 2, col: rect.col + 4, width: rect.width - 5, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            }
            y += itemHeight
        }
        let pos = (s.searchCount.map { "\($0)  " } ?? "") + "\(s.queueSelection + 1)/\(count)"
        if rect.width >= 50 { _ = g.put(pos, row: rect.row, col: rect.right - DisplayWidth.of(pos) - 1, style: Theme.dim) }
    }

    /// The view's title: how many of each state, and the filter when there is one ("Discrepancies (41 open,
    /// 2 acknowledged)", "Discrepancies (3 open, 1 resolved) [kind=regression state=all]"); `short` says "ack" and
    /// leaves out states with none, for a narrow screen.
    static func title(_ s: AppState, short: Bool = false, lang: Catalogue = .en) -> String {
        let f = s.queueQuery.filter.description
        return lang("ui.queue.title", states(s, short: short, lang: lang)) + (f.isEmpty ? "" : " [\(f)]")
    }

    /// How many discrepancies are in each state, in words ("41 open, 2 acknowledged"; `short`: "2 ack", and only the
    /// states with any, open always), as `AppState.queueStates` counts them.
    static func states(_ s: AppState, _ q: QueueQuery? = nil, short: Bool = false, lang: Catalogue) -> String {
        let q = q ?? s.queueQuery
        let counts = s.pages.queueStateCounts(q)
        let shown = FlagState.allCases.filter {
            (counts[$0] ?? 0) > 0 || (short ? $0 == .open : QueueFilter.workStates.contains($0) && q.filter.states.contains($0))
        }
        return shown.map { st -> String in
            let n = counts[st] ?? 0
            return switch st {
            case .open: short ? lang.count("ui.queue.count.open.short", n) : lang.count("ui.queue.count.open", n)
            case .acknowledged: short ? lang.count("ui.queue.count.acknowledged.short", n) : lang.count("ui.queue.count.acknowledged", n)
            case .resolved: lang.count("ui.queue.count.resolved", n)
            case .obsolete: lang.count("ui.queue.count.obsolete", n)
            }
        }.joined(separator: lang["join.comma"])
    }

    /// The severity's word in the queue's column (short forms where the language's are long).
    static func severity(_ v: Severity, lang: Catalogue) -> String {
        switch v {
        case .critical: lang["ui.queue.severity.critical"]
        case .major: lang["ui.queue.severity.major"]
        case .minor: lang["ui.queue.severity.minor"]
        }
    }

    /// The kind's word in the queue's column: in English the `kind=` value, in the others a short phrase.
    static func kind(_ k: DiscrepancyKind, lang: Catalogue) -> String {
        switch k {
        case .statusConflict: lang["ui.queue.kind.status-conflict"]
        case .deadlineSlip: lang["ui.queue.kind.deadline-slip"]
        case .crossBorder: lang["ui.queue.kind.cross-border"]
        case .officialSplit: lang["ui.queue.kind.official-split"]
        case .regression: lang["ui.queue.kind.regression"]
        case .staleOfficial: lang["ui.queue.kind.stale-official"]
        case .manual: lang["ui.queue.kind.manual"]
        }
    }

    /// A discrepancy side's label in the language: its perspective's word, a country code or source id as it is
    /// ("official RU" → "офиц. RU", "official+local RU/CN" → "офиц.+с мест RU/CN").
    static func sideLabel(_ label: String, lang: Catalogue) -> String {
        label.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            // A side spanning both perspectives reads "official+local": each part in the language.
            word.split(separator: "+", omittingEmptySubsequences: false).map { w -> String in
                switch w {
                case "official": lang["ui.queue.side.official"]
                case "local": lang["ui.queue.side.local"]
                default: String(w)
                }
            }.joined(separator: "+")
        }.joined(separator: " ")
    }

    /// The project's name in the language, else its id.
    static func name(of id: String, _ s: AppState, lang: Catalogue) -> String {
        s.data.project(id: id).map { lang.name($0.names) } ?? id
    }

    /// The sort, for the status line (ASCII words under `--ascii`).
    static func statusParts(_ s: AppState, theme: Theme) -> [String] {
        let q = s.queueQuery, lang = theme.lang
        guard q.sort != .severity || q.descending else { return [] }
        let dir = theme.ascii ? (q.descending ? lang["ui.chrome.sort.desc"] : lang["ui.chrome.sort.asc"]) : (q.descending ? "↓" : "↑")
        let name = switch q.sort {
        case .severity: lang["ui.queue.sort.severity"]
        case .date: lang["ui.queue.sort.date"]
        case .kind: lang["ui.queue.sort.kind"]
        case .project: lang["ui.queue.sort.project"]
        case .state: lang["ui.queue.sort.state"]
        }
        return [lang("ui.chrome.sort", name + dir)]
    }
}

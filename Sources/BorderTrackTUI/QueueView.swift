import BorderTrackCore

/// The discrepancy queue: open discrepancies by severity then date, each with its explanation
/// and the two accounts side by side.
enum QueueView {
    static let itemHeight = 3

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1 else { return }
        _ = g.put("SEVERITY   KIND             PROJECT", row: rect.row, col: rect.col + 2, width: rect.width - 2, style: Theme.header)
        let count = s.queueCount
        if count == 0 {
            let empty = s.queueQuery.filter.isEmpty ? "No open discrepancies." : "No discrepancy matches the filter (:filter clear)."
            _ = g.put(empty, row: rect.row + 1, col: rect.col + 2, width: rect.width - 2, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            return
        }
        let marked = s.highlight(in: .queue)
        let perPage = max(1, (rect.height - 1) / itemHeight)
        var y = rect.row + 1
        // The projects on screen, so that names sharing a long start are cut where they differ.
        let shown = (s.queueTop..<min(count, s.queueTop + perPage)).compactMap { s.queueItem($0).map { s.data.project(id: $0.project)?.names.en ?? $0.project } }
        for index in s.queueTop..<min(count, s.queueTop + perPage) {
            guard let d = s.queueItem(index) else { break }
            let selected = index == s.queueSelection
            if selected { _ = g.put(theme.glyphs.symbol("pointer"), row: y, col: rect.col) }
            var x = rect.col + 2
            x = g.put("\(theme.symbol(d.severity)) \(d.severity.rawValue)".padded(toWidth: 11), row: y, col: x, style: .fg(theme.color(d.severity), [.bold]))
            x = g.put(d.kind.rawValue.padded(toWidth: 17), row: y, col: x, style: .plain)
            let when = d.ongoing ? "since \(d.from)" : "\(d.from) \(theme.ascii ? "-" : "–") \(d.to)"
            let tail = "  \(when)  [\(d.flag.state.rawValue)]"
            let nameAt = x, nameW = max(4, rect.right - x - DisplayWidth.of(tail))
            let name = DisplayWidth.distinguishing(s.data.project(id: d.project)?.names.en ?? d.project, among: shown, toWidth: nameW,
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
                        let via = c.via.map { " (via \(s.data.sources[$0]?.name ?? $0))" } ?? ""
                        return "\(s.data.sources[c.source]?.name ?? c.source)\(via) \(c.asOf)"
                    }
                    if cited.contains(where: { $0.status != cited[0].status || $0.scope != cited[0].scope }) {
                        return "\(sd.label): " + cited.map { "\(theme.symbol($0.status)) \(who($0))" }.joined(separator: "; ")
                    }
                    let st = sd.status.map { theme.label($0, sd.scope, withScope: true) } ?? "–"
                    return "\(sd.label): \(st) — \(cited.map(who).joined(separator: "; "))"
                }
                _ = g.put(side(d.sides[0]), row: y + 2, col: rect.col + 4, width: half, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
                _ = g.put(theme.glyphs.vertical == "|" ? "|" : "│", row: y + 2, col: rect.col + 4 + half, style: Theme.dim)
                _ = g.put(side(d.sides[1]), row: y + 2, col: rect.col + 6 + half, width: rect.right - (rect.col + 6 + half), style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            } else if y + 2 < rect.bottom, !d.plans.isEmpty {
                _ = g.put("plans: " + d.plans.joined(separator: ", "), row: y + 2, col: rect.col + 4, width: rect.width - 5, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            }
            y += itemHeight
        }
        let pos = (s.searchCount.map { "\($0)  " } ?? "") + "\(s.queueSelection + 1)/\(count)"
        if rect.width >= 50 { _ = g.put(pos, row: rect.row, col: rect.right - DisplayWidth.of(pos) - 1, style: Theme.dim) }
    }

    /// The view's title: how many of each state, and the filter when there is one ("Discrepancies (41 open,
    /// 2 acknowledged)", "Discrepancies (3 open, 1 resolved) [kind=regression state=all]"); `short` says "ack" and
    /// leaves out states with none, for a narrow screen.
    static func title(_ s: AppState, short: Bool = false) -> String {
        let f = s.queueQuery.filter.description
        return "Discrepancies (\(s.queueStates(short: short)))" + (f.isEmpty ? "" : " [\(f)]")
    }

    /// The sort, for the status line (ASCII words under `--ascii`).
    static func statusParts(_ s: AppState, theme: Theme) -> [String] {
        let q = s.queueQuery
        guard q.sort != .severity || q.descending else { return [] }
        let dir = theme.ascii ? (q.descending ? " desc" : " asc") : (q.descending ? "↓" : "↑")
        return ["sort \(q.sort.rawValue)\(dir)"]
    }
}

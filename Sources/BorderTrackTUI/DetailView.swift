import BorderTrackCore

/// One project: names in three scripts, details, the timeline with its cursor, what is in force
/// at the cursor, discrepancies, the deadline history and every claim, newest first.
enum DetailView {
    /// A line of the scrolling part: text segments with styles.
    typealias Line = [(String, Style)]

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1, let id = s.detailProject, let p = s.data.project(id: id),
              let t = s.data.timeline(of: id) else { return }
        var y = rect.row
        let head: Line = [(p.names.en, Style(attributes: [.bold]))] + [("  [\(p.id)]", Theme.dim)]
        put(head, &g, y, rect); y += 1
        if y < rect.bottom, p.names.ru != nil || p.names.zh != nil {
            put([("ru ", Theme.dim), (p.names.ru ?? "–", .plain), ("   zh ", Theme.dim), (p.names.zh ?? "–", .plain)], &g, y, rect); y += 1
        }
        guard y < rect.bottom else { return }
        let plans = s.data.plans(of: id)
        let discrepancies = s.data.discrepancies(of: id).filter { $0.flag.state == .open || $0.flag.state == .acknowledged }
        if rect.height >= 10 {
            y += TimelineView.render(s, timeline: t, discrepancies: discrepancies, plans: plans, into: &g, row: y,
                                     rect: Rect(row: y, col: rect.col, height: rect.bottom - y, width: rect.width), theme: theme)
        }
        // The scrolling part.
        var lines: [Line] = []
        let sources = s.data.sources
        // The source, and the secondary account a claim is known through, wherever a claim is named.
        func who(_ c: Claim) -> String {
            let via = c.via.map { " (via \(sources[$0]?.name ?? $0))" } ?? ""
            guard let src = sources[c.source] else { return c.source + via }
            return "\(src.name) (\(src.tier.label)\(src.country.map { ", \($0)" } ?? ""))" + via
        }
        if let cursor = s.timelineCursor {
            lines.append([("At \(cursor): ", Style(attributes: [.bold]))])
            let width = t.lanes.map { DisplayWidth.of($0.key.description) }.max().map { max(9, $0 + 1) } ?? 9
            for lane in t.lanes {
                if let seg = lane.segment(on: cursor) {
                    lines.append([("  \(lane.key.description.padded(toWidth: width))", Theme.dim), (theme.label(seg.status, seg.scope, withScope: true), .fg(theme.color(seg.status))),
                                  ("  \(who(seg.claim)), \(seg.claim.asOf)", .plain)])
                } else {
                    lines.append([("  \(lane.key.description.padded(toWidth: width))", Theme.dim), ("no claim yet", Theme.dim)])
                }
            }
        }
        var facts = "\(p.kind.rawValue)"
        if !p.countries.isEmpty { facts += " · " + p.countries.joined(separator: "–") }
        if !p.regions.isEmpty { facts += " · " + p.regions.joined(separator: ", ") }
        if let l = p.location { facts += " · \(l.lat), \(l.lon)" }
        if !p.programs.isEmpty { facts += " · programmes: " + p.programs.joined(separator: ", ") }
        lines.append([(facts, Theme.dim)])
        lines.append([])
        lines.append([("Discrepancies (\(discrepancies.count) open)", Theme.header)])
        if discrepancies.isEmpty { lines.append([("  none open", Theme.dim)]) }
        for d in discrepancies {
            lines.append([("  \(theme.symbol(d.severity)) \(d.severity.rawValue) ", .fg(theme.color(d.severity), [.bold])),
                          ("\(d.kind.rawValue) · \(d.id) · \(d.flag.state.rawValue)", Theme.dim)])
            for w in TextWrap.wrap(d.explanation, width: max(10, rect.width - 6)) { lines.append([("    " + w, .plain)]) }
        }
        lines.append([])
        lines.append([("Deadline history", Theme.header)])
        if plans.isEmpty { lines.append([("  no announced targets", Theme.dim)]) }
        for pl in plans {
            let src = pl.source.flatMap { sources[$0]?.name } ?? pl.source ?? "?"
            lines.append([("  \(pl.milestone.rawValue.padded(toWidth: 10)) target \(pl.target.description.padded(toWidth: 11))", .plain),
                          ("announced \(pl.announced?.description ?? "?") by \(src)", Theme.dim)])
        }
        lines.append([])
        let claims = s.data.claims(of: id).sorted { ($0.asOf, $0.knownFrom) > ($1.asOf, $1.knownFrom) }
        lines.append([("Claims (\(claims.count), newest first)", Theme.header)])
        for c in claims {
            let persp = sources[c.source]?.perspective.rawValue ?? "?"
            var line: Line = [("  \(c.asOf.description.padded(toWidth: 11))", .plain),
                              (theme.label(c.status, c.scope, withScope: true), .fg(theme.color(c.status)))]
            if let section = c.section { line.append((" [\(section) section]", .plain)) }
            line.append(("  \(who(c)) · \(persp)", Theme.dim))
            lines.append(line)
            let width = max(10, rect.width - 6)
            if let q = c.quote {
                // The source's words in their language; the language code after the closing mark.
                let text = "“" + shown(q, limit: width * 2) + "”" + (c.quoteLang.map { " [\($0)]" } ?? "")
                for w in TextWrap.wrap(text, width: width, maxLines: 4) { lines.append([("    " + w, .plain)]) }
            }
            // A translation is marked as such and dimmed: never shown as the source's words.
            if let t = c.translation {
                for w in TextWrap.wrap("translation: " + shown(t, limit: width * 2), width: width, maxLines: 4) {
                    lines.append([("    " + w, Theme.dim)])
                }
            }
            if let n = c.note {
                for w in TextWrap.wrap("note: " + shown(n, limit: width * 2), width: width, maxLines: 3) {
                    lines.append([("    " + w, Theme.dim)])
                }
            }
            if let u = c.url { lines.append([("    " + u, .fg(.blue))]) }
        }
        let height = rect.bottom - y
        guard height > 0 else { return }
        let top = min(s.detailTop, max(0, lines.count - height))
        for (i, line) in lines.dropFirst(top).prefix(height).enumerated() { put(line, &g, y + i, rect) }
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

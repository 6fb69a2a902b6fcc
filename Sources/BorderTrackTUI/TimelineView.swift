import BorderTrackCore

/// The timeline block of the detail view: a year axis, one lane per perspective and per side (the
/// whole project) and per section a claim names (`§ CN`: China's part of a bridge), status segments as patterns and colours, discrepancy intervals marked, a cursor column.
enum TimelineView {
    /// Days covered by the timeline: from the start of the first year with a claim or plan to the analysis day.
    static func span(_ t: ProjectTimeline, plans: [Plan], end: Day) -> (Day, Day) {
        let starts = t.lanes.flatMap(\.segments).map(\.from) + plans.compactMap { $0.announced?.start }
        let first = starts.min() ?? end.adding(months: -12)
        let y = first.components.year
        return (Day(year: y, month: 1, day: 1)!, max(end, Day(year: y, month: 12, day: 31)!))
    }

    /// The day a column stands for (its first day).
    static func day(col: Int, width: Int, from: Day, to: Day) -> Day {
        let total = to.ordinal - from.ordinal + 1
        return Day(ordinal: from.ordinal + Int((Double(col) * Double(total) / Double(max(1, width))).rounded(.down)))
    }

    static func col(of day: Day, width: Int, from: Day, to: Day) -> Int {
        let total = to.ordinal - from.ordinal + 1
        return max(0, min(width - 1, Int(Double(day.ordinal - from.ordinal) * Double(width) / Double(max(1, total)))))
    }

    /// Draws the block at `row`; returns the number of rows used.
    static func render(_ s: AppState, timeline t: ProjectTimeline, discrepancies: [Discrepancy], plans: [Plan], assessment: Assessment? = nil,
                       into g: inout Grid, row: Int, rect: Rect, theme: Theme) -> Int {
        let labelW = 10
        let width = rect.width - labelW - 1
        guard width >= 8 else { return 0 }
        let (from, to) = span(t, plans: plans, end: s.data.end)
        let x0 = rect.col + labelW
        var y = row
        // Year axis: a tick and label at each year start that has room.
        var lastLabelEnd = -1
        for year in from.components.year...to.components.year {
            guard let d = Day(year: year, month: 1, day: 1), d >= from else { continue }
            let c = col(of: d, width: width, from: from, to: to)
            let label = String(year)
            if c > lastLabelEnd, c + 4 <= width {
                _ = g.put(label, row: y, col: x0 + c, style: Theme.dim)
                lastLabelEnd = c + 4
            }
        }
        y += 1
        let cursor = s.timelineCursor.map { col(of: $0, width: width, from: from, to: to) }
        func lane(_ label: String, _ l: Lane) {
            _ = g.put(label, row: y, col: rect.col + 1, width: labelW - 2, style: Theme.header)
            var previous: Segment? = nil
            for c in 0..<width {
                let d = day(col: c, width: width, from: from, to: to)
                let found = l.segment(on: d)
                defer { previous = found }
                if let seg = found {
                    let startsHere = previous?.claim.id != seg.claim.id
                    let glyph: Character = startsHere ? Character(theme.symbol(seg.status)) : theme.fill(seg.status)
                    g.put(glyph, row: y, col: x0 + c, style: .fg(theme.color(seg.status)))
                } else {
                    g.put(" ", row: y, col: x0 + c)
                }
            }
            y += 1
        }
        // The analyst's answer above the accounts it weighs: the assessed path, one step per change of stage.
        if let path = assessment?.path, !path.isEmpty {
            _ = g.put(theme.lang["ui.detail.lane.assessed"], row: y, col: rect.col + 1, width: labelW - 2, style: Theme.header)
            var previous: Int? = nil
            for c in 0..<width {
                let d = day(col: c, width: width, from: from, to: to)
                let k = path.lastIndex { $0.from <= d }
                defer { previous = k }
                guard let k else { g.put(" ", row: y, col: x0 + c); continue }
                let step = path[k]
                let glyph: Character = previous != k ? Character(theme.symbol(step.status)) : theme.fill(step.status)
                g.put(glyph, row: y, col: x0 + c, style: .fg(theme.color(step.status), [.bold]))
            }
            y += 1
        }
        lane(theme.lang["ui.detail.lane.official"], t.official)
        lane(theme.lang["ui.detail.lane.local"], t.local)
        for side in t.sides { lane(theme.lang("ui.detail.lane.side", side.key.description), side) }
        for section in t.sections {
            if case let .section(code) = section.key { lane((theme.ascii ? "sect " : "§ ") + code, section) }
        }
        // Discrepancy band: the worst severity over each column.
        _ = g.put(theme.lang["ui.detail.lane.disputes"], row: y, col: rect.col + 1, width: labelW - 2, style: Theme.header)
        let spans = discrepancies.filter { $0.kind != .deadlineSlip && $0.kind != .manual }
        for c in 0..<width {
            let d = day(col: c, width: width, from: from, to: to)
            let next = day(col: c + 1, width: width, from: from, to: to)
            if let worst = spans.filter({ $0.from < next && $0.to >= d }).map(\.severity).min() {
                g.put(Character(theme.ascii ? (worst == .critical ? "!" : (worst == .major ? "^" : ".")) : (worst == .critical ? "▲" : (worst == .major ? "△" : "·"))),
                      row: y, col: x0 + c, style: .fg(theme.color(worst), worst == .critical ? [.bold] : []))
            }
        }
        y += 1
        if let cursor {
            for r in (row + 1)..<y { g.restyle(Rect(row: r, col: x0 + cursor, height: 1, width: 1)) { $0.attributes.insert(.reverse) } }
            // The mark goes above the column, unless a year's label is there: then that digit is reversed, as the
            // column below is, and the year stays readable.
            if g[row, x0 + cursor].text == " " {
                g.put(Character(theme.ascii ? "v" : "▼"), row: row, col: x0 + cursor, style: .fg(.default, [.bold]))
            } else {
                g.restyle(Rect(row: row, col: x0 + cursor, height: 1, width: 1)) { $0.attributes.insert(.reverse) }
            }
        }
        // Legend: every status, then what the disputes lane marks; on as many lines as it takes (at most two),
        // shorter words when the full ones need more.
        for line in legend(width: max(0, rect.width - labelW - 2), theme: theme) {
            _ = g.put(line, row: y, col: rect.col + labelW + 2, width: max(0, rect.width - labelW - 2), style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
            y += 1
        }
        return y - row
    }

    /// The legend's lines for `width` columns: each status's symbol and fill with its name, and the disputes
    /// lane's marks ("▲△· disputed (critical, major, minor)", else "▲△· disputed"), flowed on one or two lines;
    /// when the full words need more, short ones ("constr.", "▲△· dispute"); the last line is cut when even those do not fit.
    static func legend(width: Int, theme: Theme) -> [String] {
        let marks = theme.ascii ? "!^." : "▲△·"
        let lang = theme.lang
        let statuses = Status.allCases.map { "\(theme.symbol($0))\(theme.fill($0)) \(lang.status($0))" }
        let full = statuses + ["\(marks) " + lang["ui.detail.legend.disputed.severities"]]
        let short = Status.allCases.map { "\(theme.symbol($0))\(theme.fill($0)) \(shortWord($0, lang: lang))" }
            + ["\(marks) " + lang["ui.detail.legend.dispute"]]
        func flow(_ items: [String]) -> [String] {
            var lines: [String] = [], line = ""
            for item in items {
                let candidate = line.isEmpty ? item : line + "  " + item
                if DisplayWidth.of(candidate) <= width || line.isEmpty { line = candidate } else { lines.append(line); line = item }
            }
            if !line.isEmpty { lines.append(line) }
            return lines
        }
        for items in [full, statuses + ["\(marks) " + lang["ui.detail.legend.disputed"]], short] {
            let lines = flow(items)
            if lines.count <= 2, lines.allSatisfy({ DisplayWidth.of($0) <= width }) { return lines }
        }
        let lines = flow(short)
        return lines.count <= 2 ? lines : [lines[0], lines[1...].joined(separator: "  ")]
    }

    /// A status's word in the legend's short form: "constr.", "приост." (at most 7 columns).
    static func shortWord(_ s: Status, lang: Catalogue) -> String {
        switch s {
        case .proposed: lang["ui.detail.legend.short.proposed"]
        case .agreed: lang["ui.detail.legend.short.agreed"]
        case .construction: lang["ui.detail.legend.short.construction"]
        case .completed: lang["ui.detail.legend.short.completed"]
        case .operational: lang["ui.detail.legend.short.operational"]
        case .suspended: lang["ui.detail.legend.short.suspended"]
        case .cancelled: lang["ui.detail.legend.short.cancelled"]
        }
    }
}

import BorderTrackCore

/// The inline SVG timeline of one report section: a year axis, an official and a local lane, and
/// hatched bands for the open discrepancies.
///
/// Every status is told three ways, so the chart reads in grey print and for colour-blind readers:
/// a text label (`CON`, `OPR-C`…), a fill pattern, and a colour from the Okabe–Ito palette.
/// The output is well-formed XML; all text from data goes through `ReportHTML.escape`.
public enum ReportTimelineSVG {
    /// Fill colour, mark colour and pattern marks (an SVG fragment on an 8×8 tile) of each status.
    static func style(_ s: Status) -> (fill: String, ink: String, marks: String) {
        switch s {
        case .proposed: ("#56B4E9", "#08364f", ##"<circle cx="4" cy="4" r="1.4" fill="#08364f"/>"##)
        case .agreed: ("#0072B2", "#ffffff", ##"<path d="M0 2H8M0 6H8" stroke="#ffffff" stroke-width="1.2"/>"##)
        case .construction: ("#E69F00", "#4d3500", ##"<path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke="#4d3500" stroke-width="1.4"/>"##)
        case .completed: ("#F0E442", "#5c5600", ##"<path d="M0 0.5H8M0.5 0V8" stroke="#5c5600" stroke-width="1"/>"##)
        case .operational: ("#009E73", "#009E73", "")
        case .suspended: ("#CC79A7", "#4a1d37", ##"<path d="M2 0V8M6 0V8" stroke="#4a1d37" stroke-width="1.2"/>"##)
        case .cancelled: ("#D55E00", "#3d1b00", ##"<path d="M0 0L8 8M8 0L0 8" stroke="#3d1b00" stroke-width="1.2"/>"##)
        }
    }

    /// A pattern's name in words, for the legend.
    static func patternName(_ s: Status, _ lang: Catalogue = .en) -> String {
        switch s {
        case .proposed: lang["report.pattern.dots"]
        case .agreed: lang["report.pattern.horizontal"]
        case .construction: lang["report.pattern.diagonal"]
        case .completed: lang["report.pattern.grid"]
        case .operational: lang["report.pattern.solid"]
        case .suspended: lang["report.pattern.vertical"]
        case .cancelled: lang["report.pattern.crosses"]
        }
    }

    /// Stripe colour of a severity's hatched band.
    static func hatch(_ s: Severity) -> String {
        switch s {
        case .critical: "#D55E00"
        case .major: "#E69F00"
        case .minor: "#8c8c8c"
        }
    }

    /// The `<defs>` with one pattern per status and one hatch per severity, ids prefixed with `prefix`.
    static func defs(_ prefix: String) -> String {
        var out = "<defs>"
        for s in Status.allCases {
            let st = style(s)
            out += ##"<pattern id="\##(prefix)st-\##(s.rawValue)" width="8" height="8" patternUnits="userSpaceOnUse">"##
            out += ##"<rect width="8" height="8" fill="\##(st.fill)"/>"## + st.marks + "</pattern>"
        }
        for s in Severity.allCases {
            out += ##"<pattern id="\##(prefix)hatch-\##(s.rawValue)" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"##
            out += ##"<rect width="6" height="6" fill="#ffffff"/><rect width="2.5" height="6" fill="\##(hatch(s))"/></pattern>"##
        }
        return out + "</defs>"
    }

    static let width = 900.0
    static let gutter = 78.0
    /// Room right of the plot for each lane's current status.
    static let right = 84.0
    static let laneHeight = 28.0
    static let bandHeight = 19.0
    static let font = ##"font-family="DejaVu Sans, Noto Sans, Arial, sans-serif""##

    /// A number with at most one decimal, e.g. `12`, `12.5`.
    static func n(_ d: Double) -> String {
        let t = Int((d * 10).rounded())
        let sign = t < 0 ? "-" : ""
        let a = abs(t)
        return sign + (a % 10 == 0 ? "\(a / 10)" : "\(a / 10).\(a % 10)")
    }

    /// An estimate of a label's width in user units (bold, 12 px).
    static func textWidth(_ s: String) -> Double { Double(DisplayWidth.of(s)) * 8.0 + 4 }

    /// Text with a white halo so it reads on any pattern.
    static func label(_ text: String, x: Double, y: Double, anchor: String = "start", size: Int = 12, bold: Bool = true) -> String {
        ##"<text x="\##(n(x))" y="\##(n(y))" font-size="\##(size)"\##(bold ? ##" font-weight="bold""## : "") text-anchor="\##(anchor)" fill="#000000" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">"##
            + ReportHTML.escape(text) + "</text>"
    }

    /// The timeline of one section, or `nil` when it has no claims in force and no discrepancies.
    /// `index` makes the pattern ids unique within the HTML document.
    public static func render(_ s: StatusReport.Section, day: Day, index: Int, lang: Catalogue = .en) -> String? {
        let words = ReportWords(lang)
        let lanes = [(lang["report.svg.laneOfficial"], s.officialLane), (lang["report.svg.laneLocal"], s.localLane)]
        var firstDays = lanes.flatMap { $0.1.segments.map(\.from) } + s.discrepancies.map(\.from)
        firstDays = firstDays.filter { $0 <= day }
        guard let first = firstDays.min() else { return nil }
        let startYear = first.components.year, endYear = day.components.year + 1
        let t0 = Day(year: startYear, month: 1, day: 1)!, t1 = Day(year: endYear, month: 1, day: 1)!
        let plot = width - gutter - right
        func x(_ d: Day) -> Double { gutter + Double(min(max(d.ordinal, t0.ordinal), t1.ordinal) - t0.ordinal) / Double(t1.ordinal - t0.ordinal) * plot }
        let prefix = "t\(index)-"

        // Discrepancy bands, packed into as few rows as their bands and labels allow.
        // A label starts inside its band, or ends just before it when it would run off the right edge.
        var rows: [[Band]] = []
        for d in s.discrepancies.sorted(by: { ($0.from, $0.id) < ($1.from, $1.id) }) {
            let x0 = x(d.from), x1 = max(x(d.to.adding(days: 1)), x0 + 3)
            let w = textWidth(bandLabel(d, words)) * 11 / 12
            let inside = x0 + 3 + w <= width - 2
            let band = Band(discrepancy: d, x0: x0, x1: x1, labelX: inside ? x0 + 3 : x0 - 3, labelInside: inside,
                            left: inside ? x0 : x0 - 3 - w, right: inside ? max(x1, x0 + 3 + w) : x1)
            if let r = rows.firstIndex(where: { $0.last!.right + 6 <= band.left }) { rows[r].append(band) } else { rows.append([band]) }
        }
        let top = 22.0
        let bandsTop = top + 2 * (laneHeight + 6)
        let bottom = bandsTop + Double(rows.count) * (bandHeight + 4) + (rows.isEmpty ? 0 : 2)
        let height = bottom + 18
        let title = lang("report.svg.timelineTitle", words.name(s.project))
        var out = ##"<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 \##(n(width)) \##(n(height))" width="\##(n(width))" height="\##(n(height))" role="img" aria-labelledby="\##(prefix)title" \##(font)>"##
        out += ##"<title id="\##(prefix)title">"## + ReportHTML.escape(title) + "</title>"
        out += defs(prefix)

        // Year axis: a grid line and label at each labelled year.
        let years = endYear - startYear
        let step = plot / Double(years) >= 40 ? 1 : (plot / Double(years) * 2 >= 40 ? 2 : 5)
        for y in startYear...endYear {
            let xx = x(Day(year: y, month: 1, day: 1)!)
            let labelled = (y - startYear) % step == 0
            out += ##"<line x1="\##(n(xx))" y1="\##(n(top - 6))" x2="\##(n(xx))" y2="\##(n(bottom))" stroke="\##(labelled ? "#bdbdbd" : "#e3e3e3")" stroke-width="1"/>"##
            if labelled && y < endYear { out += ##"<text x="\##(n(xx + 3))" y="14" font-size="12" fill="#333333">\##(y)</text>"## }
        }
        out += ##"<text x="\##(n(width - right + 10))" y="14" font-size="12" font-weight="bold" fill="#333333">\##(lang["report.inForce"])</text>"##

        // One lane per perspective.
        for (k, (name, lane)) in lanes.enumerated() {
            let y = top + Double(k) * (laneHeight + 6)
            out += ##"<text x="0" y="\##(n(y + laneHeight / 2 + 4))" font-size="13" font-weight="bold" fill="#000000">\##(name)</text>"##
            out += ##"<rect x="\##(n(gutter))" y="\##(n(y))" width="\##(n(plot))" height="\##(n(laneHeight))" fill="#f7f7f7" stroke="#d0d0d0" stroke-width="0.5"/>"##
            if lane.segments.isEmpty {
                out += ##"<text x="\##(n(gutter + 6))" y="\##(n(y + laneHeight / 2 + 4))" font-size="11" font-style="italic" fill="#555555">\##(lang["report.noClaim"])</text>"##
            }
            for seg in lane.segments where seg.from <= day {
                let x0 = x(seg.from), x1 = max(x(seg.to.adding(days: 1)), x0 + 1.5)
                let tag = ReportText.abbreviation(seg.status, seg.scope)
                let tip = lang("report.svg.segment", name, words.status(seg.status, seg.scope), seg.from)
                    + (seg.ongoing ? lang["report.svg.ongoing"] : lang("report.svg.until", seg.to))
                    + lang("report.svg.claim", seg.claim.id, seg.claim.source) + (seg.claim.via.map { lang("report.svg.via", $0) } ?? "")
                    + lang["join.comma"] + "\(seg.claim.asOf)"
                out += ##"<g class="seg st-\##(seg.status.rawValue)"><title>"## + ReportHTML.escape(tip) + "</title>"
                out += ##"<rect x="\##(n(x0))" y="\##(n(y))" width="\##(n(x1 - x0))" height="\##(n(laneHeight))" fill="url(#\##(prefix)st-\##(seg.status.rawValue))" stroke="#ffffff" stroke-width="1"/>"##
                if x1 - x0 >= textWidth(tag) + 4 { out += label(tag, x: x0 + 4, y: y + laneHeight / 2 + 4) }
                out += "</g>"
            }
            // The status in force on the report day, always labelled, right of the plot.
            let cx = width - right + 10
            if let cur = lane.current {
                out += ##"<rect x="\##(n(cx))" y="\##(n(y + 5))" width="16" height="16" fill="url(#\##(prefix)st-\##(cur.status.rawValue))" stroke="#000000" stroke-width="0.6"/>"##
                out += ##"<text x="\##(n(cx + 21))" y="\##(n(y + laneHeight / 2 + 4))" font-size="12" font-weight="bold" fill="#000000">\##(ReportText.abbreviation(cur.status, cur.scope))</text>"##
            } else {
                out += ##"<text x="\##(n(cx + 21))" y="\##(n(y + laneHeight / 2 + 4))" font-size="12" fill="#555555">—</text>"##
            }
        }

        // Discrepancies: hatched bands with severity and kind.
        if !rows.isEmpty {
            out += ##"<text x="0" y="\##(n(bandsTop + bandHeight / 2 + 4))" font-size="13" font-weight="bold" fill="#000000">\##(lang["report.svg.disputed"])</text>"##
        }
        for (r, row) in rows.enumerated() {
            let y = bandsTop + Double(r) * (bandHeight + 4)
            for b in row {
                let d = b.discrepancy
                out += ##"<g class="disc sev-\##(d.severity.rawValue)"><title>"## + ReportHTML.escape("\(words.severity(d.severity)) \(words.discrepancyKind(d.kind)) \(d.id)\(lang["join.comma"])\(words.period(d))") + "</title>"
                out += ##"<rect x="\##(n(b.x0))" y="\##(n(y))" width="\##(n(b.x1 - b.x0))" height="\##(n(bandHeight))" fill="url(#\##(prefix)hatch-\##(d.severity.rawValue))" stroke="#000000" stroke-width="0.8"/>"##
                out += label(bandLabel(d, words), x: b.labelX, y: y + bandHeight / 2 + 4, anchor: b.labelInside ? "start" : "end", size: 11)
                out += "</g>"
            }
        }

        // The report day.
        let xd = x(day.adding(days: 1))
        out += ##"<line x1="\##(n(xd))" y1="\##(n(top - 4))" x2="\##(n(xd))" y2="\##(n(bottom + 2))" stroke="#000000" stroke-width="1.2" stroke-dasharray="4 3"/>"##
        out += ##"<text x="\##(n(min(xd, width - 2)))" y="\##(n(bottom + 14))" font-size="11" text-anchor="end" fill="#000000">\##(lang("report.svg.reportDay", day))</text>"##
        return out + "</svg>"
    }

    /// One discrepancy band placed on the axis, with the extent its label takes.
    struct Band {
        let discrepancy: Discrepancy
        let x0: Double, x1: Double
        let labelX: Double
        let labelInside: Bool
        /// Leftmost and rightmost x taken by the band and its label.
        let left: Double, right: Double
    }

    /// `CRITICAL · status-conflict`.
    static func bandLabel(_ d: Discrepancy, _ words: ReportWords = ReportWords()) -> String {
        words.severity(d.severity).uppercased() + " · " + words.discrepancyKind(d.kind)
    }

    /// The legend: each status's swatch, pattern and tag, and each severity's band.
    public static func legend(lang: Catalogue = .en) -> String {
        let words = ReportWords(lang)
        let prefix = "lg-"
        let cols = 3, cellW = 330.0, rowH = 30.0
        let items: [(String, String, String)] = Status.allCases.map { s in
            ("st-\(s.rawValue)", ReportText.abbreviation(s, nil), lang("report.svg.pattern", words.status(s, nil), patternName(s, lang)))
        } + Severity.allCases.map { s in
            ("hatch-\(s.rawValue)", words.severity(s).uppercased(), lang("report.svg.severityBand", words.severity(s)))
        }
        let rows = (items.count + cols - 1) / cols
        let h = Double(rows) * rowH + 4
        var out = ##"<svg xmlns="http://www.w3.org/2000/svg" class="legend" viewBox="0 0 \##(n(Double(cols) * cellW)) \##(n(h))" width="\##(n(Double(cols) * cellW))" height="\##(n(h))" role="img" aria-labelledby="lg-title" \##(font)>"##
        out += ##"<title id="lg-title">"## + lang["report.svg.legendTitle"] + "</title>" + defs(prefix)
        for (i, item) in items.enumerated() {
            let x0 = Double(i % cols) * cellW, y0 = Double(i / cols) * rowH + 4
            out += ##"<rect x="\##(n(x0))" y="\##(n(y0))" width="64" height="22" fill="url(#\##(prefix)\##(item.0))" stroke="#000000" stroke-width="0.6"/>"##
            out += label(item.1, x: x0 + 4, y: y0 + 15, size: 10)
            out += ##"<text x="\##(n(x0 + 70))" y="\##(n(y0 + 15))" font-size="12" fill="#000000">\##(ReportHTML.escape(item.2))</text>"##
        }
        return out + "</svg>"
    }
}

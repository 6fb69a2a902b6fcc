import BorderTrackCore

/// The report's map as inline SVG: the border region's coast, lakes, rivers and borders (`RegionMap.border`), and
/// one marker per located project — its status symbol (`MapMarker`) on a coloured disc, a `<title>` with its name and
/// status, a link to its section — with labels placed so they do not overlap (`LabelPlacer` on a grid of 8×16 units).
///
/// Same projection as the terminal's (`MapProjection.fitting` the region's home box). All text from data goes
/// through `ReportHTML.escape`; the output is well-formed XML.
public enum ReportMapSVG {
    /// The drawing's width in SVG units; the height follows from the region's proportions.
    static let width = 800.0
    static let labelCell = (w: 7.0, h: 16.0)

    /// The `<svg>` element, or nil when no section has a location.
    public static func render(_ sections: [StatusReport.Section], lang: Catalogue = .en) -> String? {
        let words = ReportWords(lang)
        let located = sections.filter { $0.project.location != nil }
        guard !located.isEmpty else { return nil }
        let box = RegionMap.border.home
        let k = MapProjection.cosine(degrees: (box.south + box.north) / 2)
        let height = (width * (box.north - box.south) / ((box.east - box.west) * k)).rounded()
        let proj = MapProjection.fitting(box, width: width, height: height)
        func f(_ v: Double) -> String {
            let r = (v * 10).rounded() / 10
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" "
        out += "aria-labelledby=\"map-title\" font-family=\"DejaVu Sans, Noto Sans, Noto Sans CJK SC, sans-serif\">\n"
        out += "<title id=\"map-title\">\(lang["report.svg.mapTitle"])</title>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#fbfbf8\" stroke=\"#c8c8c8\"/>\n"
        let looks: [(RegionMap.Layer, String)] = [
            (.coast, "fill=\"none\" stroke=\"#9a9a9a\" stroke-width=\"1\""),
            (.lake, "fill=\"#cfe6f5\" stroke=\"#56B4E9\" stroke-width=\"1\""),
            (.river, "fill=\"none\" stroke=\"#56B4E9\" stroke-width=\"1.4\""),
            (.border, "fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"7 3\""),
        ]
        for (layer, look) in looks {
            out += "<g class=\"\(layer)\" \(look)>\n"
            for line in RegionMap.border.lines[layer] ?? [] {
                let pts = line.map { p -> String in let (x, y) = proj.project(p); return f(x) + "," + f(y) }
                out += "<\(layer == .lake ? "polygon" : "polyline") points=\"\(pts.joined(separator: " "))\"/>\n"
            }
            out += "</g>\n"
        }
        // Markers, then labels (drawn after, so a label is never under another marker).
        let cols = Int(width / labelCell.w), rows = Int(height / labelCell.h)
        var cells: [(col: Int, row: Int)] = []
        var xy: [(Double, Double)] = []
        for s in located {
            let l = s.project.location!
            let (x, y) = proj.project(GeoPoint(lon: l.lon, lat: l.lat))
            xy.append((x, y))
            cells.append((Int(x / labelCell.w), Int(y / labelCell.h)))
        }
        out += "<g class=\"markers\">\n"
        for (i, s) in located.enumerated() {
            let status = MapMarker.status(of: s)
            let (x, y) = xy[i]
            let colour = status.map { ReportTimelineSVG.style($0).fill } ?? "#ffffff"
            let name = ReportHTML.escape(words.name(s.project))
            let assessed = s.assessment.status != nil
            let scope = assessed ? s.assessment.scope : s.official?.scope
            let said = status.map {
                lang(assessed ? "report.svg.markerAssessed" : "report.svg.markerOfficial", words.status($0, scope))
                    + (assessed ? s.assessment.grade.map { " (\($0))" } ?? "" : "")
            } ?? lang["report.svg.markerNone"]
            out += "<a href=\"#\(ReportHTML.anchor(s.project))\"><g class=\"marker\" data-project=\"\(ReportHTML.escape(s.project.id))\">"
            out += "<title>\(name) — \(ReportHTML.escape(said))</title>"
            out += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"7\" fill=\"\(colour)\" stroke=\"#1a1a1a\" stroke-width=\"1.2\"/>"
            out += "<text x=\"\(f(x))\" y=\"\(f(y + 4))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1a1a1a\">\(MapMarker.symbol(status))</text>"
            out += "</g></a>\n"
        }
        out += "</g>\n<g class=\"labels\" font-size=\"11\" fill=\"#1a1a1a\">\n"
        // A disc is 14 units across, two label cells: its neighbours on the row are taken too.
        var placer = LabelPlacer(columns: cols, rows: rows, markers: cells.flatMap { [($0.col - 1, $0.row), $0, ($0.col + 1, $0.row)] })
        for (i, s) in located.enumerated() {
            let name = DisplayWidth.truncate(ReportText.clean(words.name(s.project)), toWidth: 24, ellipsis: "…")
            // Proportional text is narrower than a cell per column on average; a cell per column keeps it clear.
            guard let p = placer.place(marker: i, col: cells[i].col, row: cells[i].row, width: DisplayWidth.of(name) + 1, gap: 2) else { continue }
            out += "<a href=\"#\(ReportHTML.anchor(s.project))\"><text x=\"\(f(Double(p.col) * labelCell.w + 2))\" "
            out += "y=\"\(f(Double(p.row + 1) * labelCell.h - 4))\">\(ReportHTML.escape(name))</text></a>\n"
        }
        out += "</g>\n</svg>"
        return out
    }
}

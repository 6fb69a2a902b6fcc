import BorderTrackCore

/// The map: the border region's lines in Braille dots (ASCII dots with `--ascii`), each project a marker by its
/// status symbol (`Theme.symbol`), labels that do not overlap, and the projects without coordinates beside it.
///
/// Markers are binned per cell (`MarkerBins`), so the cost is one pass over the sites plus the cells on screen:
/// 100,000 projects draw in a few milliseconds.
enum MapView {
    /// Labels placed at most (the rest of a dense map stays readable as markers).
    static let maxLabels = 60
    /// A label's widest, in columns.
    static let labelWidth = 22

    static func title(_ s: AppState, lang: Catalogue = .en) -> String {
        guard let sites = s.map.sites else { return lang["ui.map.title"] }
        let shown = sites.count + sites.unlocated.count
        return shown != s.data.projectCount ? lang.count("ui.map.title.listed", sites.count, shown, s.data.projectCount)
                                            : lang.count("ui.map.title.located", sites.count)
    }

    /// A site's name in the screen's language (English: as the sites hold it, without a look-up).
    static func name(_ id: String, stored: String, _ s: AppState, lang: Catalogue) -> String {
        guard lang.code != "en", let p = s.data.project(id: id) else { return stored }
        return lang.name(p.names)
    }

    static func render(_ s: AppState, into g: inout Grid, rect: Rect, theme: Theme) {
        let layout = MapLayout(body: rect)
        let area = layout.map
        guard area.width >= 1, area.height >= 1 else { return }
        let proj = layout.projection(zoom: s.map.zoom, center: s.map.center)
        drawLines(into: &g, area: area, projection: proj, theme: theme)
        let sites = s.map.sites ?? MapSites()
        let bins = MarkerBins(sites, projection: proj, columns: area.width, rows: area.height)
        drawMarkers(s, sites: sites, bins: bins, into: &g, area: area, theme: theme)
        if let side = layout.side { drawSide(s, sites, into: &g, rect: side, theme: theme) }
        if let info = layout.info { drawInfo(s, sites: sites, bins: bins, into: &g, rect: info, theme: theme) }
    }

    /// The base map: coast (dim), lakes and rivers (blue), borders (bold), each cell styled by its top layer.
    static func drawLines(into g: inout Grid, area: Rect, projection proj: MapProjection, theme: Theme) {
        var top = [UInt8](repeating: 0, count: area.width * area.height)
        var all = BrailleCanvas(columns: area.width, rows: area.height)
        for (rank, layer) in RegionMap.Layer.allCases.enumerated() {
            var canvas = BrailleCanvas(columns: area.width, rows: area.height)
            for line in RegionMap.border.lines[layer] ?? [] {
                var prev = proj.project(line[0])
                for p in line.dropFirst() {
                    let next = proj.project(p)
                    canvas.line(from: prev, to: next)
                    all.line(from: prev, to: next)
                    prev = next
                }
            }
            for i in 0..<canvas.cells.count where canvas.cells[i] != 0 { top[i] = UInt8(rank + 1) }
        }
        let styles: [Style] = [.plain, Theme.dim, .fg(.blue), .fg(.blue), .fg(.default, [.bold])]
        for r in 0..<area.height {
            for c in 0..<area.width {
                let dots = all.cells[r * area.width + c]
                guard dots != 0 else { continue }
                let ch = theme.ascii ? BrailleCanvas.ascii(dots) : BrailleCanvas.braille(dots)
                g.setCell(area.row + r, area.col + c, Cell(ch, style: styles[Int(top[r * area.width + c])]))
            }
        }
    }

    /// The marker of a status (assessed, else official; a project with neither: `?`).
    static func symbol(_ status: Status?, theme: Theme) -> String { status.map(theme.symbol) ?? "?" }

    static func drawMarkers(_ s: AppState, sites: MapSites, bins: MarkerBins, into g: inout Grid, area: Rect, theme: Theme) {
        let selectedCell: Int? = s.map.selected.flatMap { i -> Int? in
            guard i < sites.count else { return nil }
            let (x, y) = s.mapProjection(for: area).project(sites.points[i])
            let cx = Int((x / 2).rounded(.down)), cy = Int((y / 4).rounded(.down))
            return cx >= 0 && cy >= 0 && cx < area.width && cy < area.height ? cy * area.width + cx : nil
        }
        var markers: [(col: Int, row: Int)] = []
        markers.reserveCapacity(bins.occupied.count)
        // The symbols are the theme's own one-column glyphs: straight into their cells (thousands of them on a large
        // tracker), without `put`'s sanitising and measuring.
        var glyphs: [Status?: Character] = [nil: "?"]
        for st in Status.allCases { glyphs[st] = Character(theme.symbol(st)) }
        for cell in bins.occupied {
            let c = Int(cell), col = c % area.width, row = c / area.width
            let first = Int(bins.first[c])
            let status = sites.statuses[first]
            var style = status.map { Style.fg(theme.color($0), [.bold]) } ?? Style(attributes: [.bold])
            if c == selectedCell { style = Style(attributes: [.reverse, .bold]) }
            let shown = c == selectedCell ? s.map.selected! : first
            g.setCell(area.row + row, area.col + col, Cell(glyphs[sites.statuses[shown]] ?? "?", style: style))
            markers.append((col, row))
        }
        // Labels: the selected marker's first, then the others in the sites' order.
        var placer = LabelPlacer(columns: area.width, rows: area.height, markers: markers)
        var order = bins.occupied.map(Int.init)
        if let sc = selectedCell, let at = order.firstIndex(of: sc) { order.remove(at: at); order.insert(sc, at: 0) }
        var placed = 0
        // Names that share a start ("Blagoveshchensk–Heihe …") are cut where they differ, as in the list — among the
        // first labels only: against every label it costs tens of milliseconds on a dense map of look-alike names.
        func siteName(_ i: Int) -> String { name(sites.ids[i], stored: sites.names[i], s, lang: theme.lang) }
        let candidates = order.prefix(24).map { c in
            TerminalText.singleLine(siteName(c == selectedCell ? s.map.selected! : Int(bins.first[c])))
        }
        for c in order where placed < maxLabels {
            let col = c % area.width, row = c / area.width
            let site = c == selectedCell ? s.map.selected! : Int(bins.first[c])
            let count = Int(bins.counts[c])
            let more = count > 1 ? " +\(count - 1)" : ""
            let room = min(labelWidth, max(4, area.width / 4))
            let name = DisplayWidth.distinguishing(TerminalText.singleLine(siteName(site)), among: candidates,
                                                   toWidth: max(1, room - DisplayWidth.of(more)), ellipsis: theme.glyphs.ellipsis) + more
            guard let p = placer.place(marker: site, col: col, row: row, width: DisplayWidth.of(name)) else { continue }
            placed += 1
            let style: Style = c == selectedCell ? Style(attributes: [.reverse]) : Theme.dim
            _ = g.put(name, row: area.row + p.row, col: area.col + p.col, width: p.width, style: style)
        }
        if sites.count == 0 {
            _ = g.put(s.data.projectCount == 0 ? theme.lang["ui.map.empty"] : theme.lang["ui.map.empty.filter"],
                      row: area.row, col: area.col + 1, width: area.width - 1, style: Theme.dim, ellipsis: theme.glyphs.ellipsis)
        }
    }

    /// The projects without coordinates, beside the map.
    static func drawSide(_ s: AppState, _ sites: MapSites, into g: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height >= 1, rect.width >= 3 else { return }
        for r in rect.row..<rect.bottom { g.put(theme.glyphs.vertical, row: r, col: rect.col, style: Theme.dim) }
        let x = rect.col + 2, w = rect.width - 2
        _ = g.put(theme.lang("ui.map.unlocated", sites.unlocated.count), row: rect.row, col: x, width: w, style: Theme.header, ellipsis: theme.glyphs.ellipsis)
        let room = rect.height - 1
        for (i, u) in sites.unlocated.prefix(max(0, room)).enumerated() {
            let last = i == room - 1 && sites.unlocated.count > room
            let text = last ? theme.lang.count("ui.map.more", sites.unlocated.count - i) : name(u.id, stored: u.name, s, lang: theme.lang)
            _ = g.put(text, row: rect.row + 1 + i, col: x, width: w, style: last ? Theme.dim : .plain, ellipsis: theme.glyphs.ellipsis)
        }
    }

    /// The selected project, its status and where it is; the legend when nothing is selected.
    static func drawInfo(_ s: AppState, sites: MapSites, bins: MarkerBins, into g: inout Grid, rect: Rect, theme: Theme) {
        let lang = theme.lang
        var text: String
        if let i = s.map.selected, i < sites.count {
            let p = sites.points[i]
            let status = sites.statuses[i].map { theme.label($0, nil) } ?? "? " + lang["ui.map.no-status"]
            let lat = lang(p.lat >= 0 ? "ui.map.north" : "ui.map.south", coordinate(abs(p.lat)))
            let lon = lang(p.lon >= 0 ? "ui.map.east" : "ui.map.west", coordinate(abs(p.lon)))
            text = "\(theme.glyphs.symbol("pointer")) \(name(sites.ids[i], stored: sites.names[i], s, lang: lang))  \(status)  \(lat) \(lon)"
        } else {
            text = ""
        }
        let legend = Status.allCases.map { theme.symbol($0) + DisplayWidth.prefix(lang.status($0), width: 4) }.joined(separator: " ")
        if text.isEmpty || DisplayWidth.of(text) + DisplayWidth.of(legend) + 4 <= rect.width {
            let w = DisplayWidth.of(legend)
            if w + 1 <= rect.width { _ = g.put(legend, row: rect.row, col: rect.right - w - 1, style: Theme.dim) }
        }
        _ = g.put(text, row: rect.row, col: rect.col + 1, width: rect.width - 1, style: .fg(.default, [.bold]), ellipsis: theme.glyphs.ellipsis)
    }

    /// Degrees to two places (no degree sign, so `--ascii` needs no other form).
    static func coordinate(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}

extension AppState {
    /// The map's projection for a map area of the given size.
    func mapProjection(for area: Rect) -> MapProjection {
        MapProjection.fitting(RegionMap.border.home, width: Double(area.width * 2), height: Double(area.height * 4), zoom: map.zoom, center: map.center)
    }
}

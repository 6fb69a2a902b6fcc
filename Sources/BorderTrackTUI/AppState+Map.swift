import BorderTrackCore

extension AppState {
    /// Opens the map of the list's projects (its filter applied).
    mutating func openMap() {
        if view != .map { map.openedDetail = false }
        view = .map
        reloadMap()
    }

    /// Shows the map with sites given rather than read from the pages (the bench, tests).
    public mutating func showMap(sites: MapSites) {
        view = .map
        map.sites = sites; map.query = listQuery
        map.selected = sites.count > 0 ? 0 : nil
    }

    /// Reads the sites again when the list's query or data changed (`recount` calls it).
    mutating func reloadMap() {
        guard view == .map || map.sites != nil else { return }
        let q = listQuery
        let keep = map.selected.flatMap { i in map.sites.map { $0.ids[i] } }
        let sites = pages.mapSites(q)
        map.sites = sites; map.query = q
        if let keep, let i = sites.ids.firstIndex(of: keep) { map.selected = i } else {
            // The list's selection when it is on the map, else the first site.
            let listID = selectedSummary?.project.id
            map.selected = listID.flatMap { sites.ids.firstIndex(of: $0) } ?? (sites.count > 0 ? 0 : nil)
        }
    }

    /// The map's projection for the current screen.
    public var mapProjection: MapProjection {
        MapLayout(rows: rows, cols: cols).projection(zoom: map.zoom, center: map.center)
    }

    /// Applies a map action; false when it is not one the map handles itself.
    mutating func applyOnMap(_ action: Action) -> Effect?? {
        switch action {
        case .down: moveMapCursor(.down)
        case .up: moveMapCursor(.up)
        case .timelineLeft: moveMapCursor(.left)
        case .timelineRight: moveMapCursor(.right)
        case .zoomIn: zoomMap(by: 2)
        case .zoomOut: zoomMap(by: 0.5)
        case .panLeft: panMap(dx: -0.25, dy: 0)
        case .panRight: panMap(dx: 0.25, dy: 0)
        case .panUp: panMap(dx: 0, dy: -0.25)
        case .panDown: panMap(dx: 0, dy: 0.25)
        case .open:
            if let i = map.selected, let id = map.sites?.ids[i] {
                openDetail(id)
                map.openedDetail = true
            }
        case .back, .quit:
            view = .list
        default: return nil
        }
        return .some(nil)
    }

    mutating func zoomMap(by factor: Double) {
        let z = min(MapState.maxZoom, max(1, map.zoom * factor))
        // Zooming in keeps the selected project in the middle.
        if z > map.zoom, let i = map.selected, let p = map.sites?.points[i] {
            let proj = mapProjection
            let (x, y) = proj.project(p)
            if x >= 0, y >= 0, x < proj.width, y < proj.height { map.center = p }
        }
        map.zoom = z
        if z == 1 { map.center = nil }
        message = Message(text: lang("ui.message.zoom", Int(z)), isError: false)
    }

    /// Moves the centre by a part of the map's width (`dx`) or height (`dy`).
    mutating func panMap(dx: Double, dy: Double) {
        let proj = mapProjection
        let c = proj.unproject(x: proj.width / 2 + dx * proj.width, y: proj.height / 2 + dy * proj.height)
        let home = RegionMap.border.home
        // Keep the centre within the region and a margin.
        map.center = GeoPoint(lon: min(home.east + 5, max(home.west - 5, c.lon)), lat: min(home.north + 5, max(home.south - 5, c.lat)))
    }

    /// Moves the cursor to the nearest marker shown in a direction; a marker off the map brings the map to it.
    mutating func moveMapCursor(_ d: NearestInDirection.Direction) {
        guard let sites = map.sites, sites.count > 0 else { return }
        let layout = MapLayout(rows: rows, cols: cols)
        let proj = mapProjection
        let bins = MarkerBins(sites, projection: proj, columns: layout.map.width, rows: layout.map.height)
        // Candidates: the marker of each cell (what is drawn), in cells; a cell is twice as tall as wide.
        let shown = bins.occupied.map { Int(bins.first[Int($0)]) }
        let positions: [(x: Double, y: Double)] = bins.occupied.map { c in
            (Double(Int(c) % max(1, bins.columns)), 2 * Double(Int(c) / max(1, bins.columns)))
        }
        guard let current = map.selected else { map.selected = shown.first; return }
        let (x, y) = proj.project(sites.points[current])
        let from = (x: (x / 2).rounded(.down), y: 2 * (y / 4).rounded(.down))
        let here = shown.firstIndex(of: current)
        if let i = NearestInDirection.pick(from: from, direction: d, among: positions, excluding: here) {
            map.selected = shown[i]
        } else {
            message = Message(text: lang["ui.message.map-edge"], isError: false)
        }
    }
}

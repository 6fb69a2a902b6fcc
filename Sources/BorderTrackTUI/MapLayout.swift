import BorderTrackCore

/// Where the map view puts its parts inside the body: the map, the list of projects without coordinates beside it
/// (on screens 70 columns wide or more), and one line below it for the selected project.
public struct MapLayout: Sendable, Equatable {
    public let map: Rect
    public let side: Rect?
    public let info: Rect?

    /// Columns the side list takes.
    public static let sideWidth = 26

    public init(body: Rect) {
        let infoRows = body.height >= 4 ? 1 : 0
        let sideW = body.width >= 70 ? Self.sideWidth : 0
        map = Rect(row: body.row, col: body.col, height: body.height - infoRows, width: body.width - sideW)
        side = sideW > 0 ? Rect(row: body.row, col: body.right - sideW, height: body.height - infoRows, width: sideW) : nil
        info = infoRows > 0 ? Rect(row: body.bottom - 1, col: body.col, height: 1, width: body.width) : nil
    }

    /// The body of a screen of `rows` × `cols` (as `Screen.render` gives it).
    public init(rows: Int, cols: Int) {
        self.init(body: Rect(row: 1, col: 0, height: max(0, rows - 3), width: cols))
    }

    /// The projection of the map part for a zoom and centre (dots: two across, four down a cell).
    public func projection(zoom: Double, center: GeoPoint?, region: RegionMap = .border) -> MapProjection {
        MapProjection.fitting(region.home, width: Double(map.width * 2), height: Double(map.height * 4), zoom: zoom, center: center)
    }
}

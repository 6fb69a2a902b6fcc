/// Picks the site to move the map's cursor to when an arrow is pressed: the nearest one in that direction.
///
/// A candidate must lie in the arrow's half-plane (strictly further that way); among those the smallest distance wins,
/// with the sideways offset counted twice, so the cursor prefers what is straight ahead to what is near but aside.
/// Positions are in cells or dots on screen (y down); ties go to the lower index.
public enum NearestInDirection {
    public enum Direction: Sendable, CaseIterable { case up, down, left, right }

    /// The index of the nearest position in `direction` from `from`, nil when there is none.
    public static func pick(from: (x: Double, y: Double), direction: Direction, among positions: [(x: Double, y: Double)],
                            excluding: Int? = nil) -> Int? {
        var best: Int?, bestScore = Double.infinity
        for (i, p) in positions.enumerated() where i != excluding {
            let dx = p.x - from.x, dy = p.y - from.y
            let ahead: Double, aside: Double
            switch direction {
            case .right: ahead = dx; aside = dy
            case .left: ahead = -dx; aside = dy
            case .down: ahead = dy; aside = dx
            case .up: ahead = -dy; aside = dx
            }
            guard ahead > 0 else { continue }
            let score = ahead * ahead + 4 * aside * aside
            if score < bestScore { bestScore = score; best = i }
        }
        return best
    }
}

/// The lightest vertex cover of a small conflict graph: exact by branch and bound up to `exactUpTo` vertices (at
/// most 32), greedy beyond (the vertex with most conflicts per cost first), so a huge dispute cannot stall the
/// analysis. Used by the assessment (costs from grades) and by `Contradictions` (costs that make fewer, then
/// earlier, claims lighter).
enum WeightedCover {
    static let exactLimit = 24

    /// Positions to drop so no edge is left, of least total cost (ascending).
    static func lightest(count m: Int, edges: [(Int, Int)], costs: [Int], exactUpTo: Int = exactLimit) -> [Int] {
        guard !edges.isEmpty else { return [] }
        if m <= min(32, exactUpTo) {
            var adj = [UInt32](repeating: 0, count: m)
            for (a, b) in edges { adj[a] |= 1 << UInt32(b); adj[b] |= 1 << UInt32(a) }
            var best = Int.max, bestSet: UInt32 = 0
            func run(_ alive: UInt32, _ cover: UInt32, _ cost: Int) {
                if cost >= best { return }
                var pick = -1, most = 0, rest = alive
                while rest != 0 {
                    let v = rest.trailingZeroBitCount
                    rest &= rest - 1
                    let d = (adj[v] & alive).nonzeroBitCount
                    if d > most { most = d; pick = v }
                }
                if pick < 0 { best = cost; bestSet = cover; return }
                let bit: UInt32 = 1 << UInt32(pick)
                let nbrs = adj[pick] & alive
                run(alive & ~bit, cover | bit, cost + costs[pick])
                var c = cost, r = nbrs
                while r != 0 { let v = r.trailingZeroBitCount; r &= r - 1; c += costs[v] }
                run(alive & ~nbrs & ~bit, cover | nbrs, c)
            }
            run(m == 32 ? UInt32.max : (1 << UInt32(m)) - 1, 0, 0)
            return (0..<m).filter { bestSet & (1 << UInt32($0)) != 0 }
        }
        var adj = [[Int]](repeating: [], count: m)
        for (a, b) in edges { adj[a].append(b); adj[b].append(a) }
        var alive = [Bool](repeating: true, count: m)
        var out: [Int] = []
        while true {
            var pick = -1, score = 0.0
            for v in 0..<m where alive[v] {
                let d = adj[v].filter { alive[$0] }.count
                let s = Double(d) / Double(costs[v])
                if d > 0 && s > score { score = s; pick = v }
            }
            if pick < 0 { return out }
            alive[pick] = false
            out.append(pick)
        }
    }
}

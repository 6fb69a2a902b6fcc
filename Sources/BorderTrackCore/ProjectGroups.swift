/// Items (claims, plans) grouped by project id in one pass, each group in input order.
///
/// Only positions are grouped here; a group's array is made when it is asked for (`group(of:hint:)`),
/// which the analysis does in its parallel phase. The store returns a project's claims together, so
/// consecutive items usually share a project and the id is looked up once per run of items.
struct ProjectGroups<Element>: Sendable where Element: Sendable {
    /// Project ids in order of first appearance.
    private(set) var ids: [String] = []
    private let items: [Element]
    /// Positions of the items, group by group; group `g` is `order[starts[g]..<starts[g + 1]]`.
    private var order: [Int32] = []
    private var starts: [Int] = []
    private var index: [String: Int] = [:]

    init(_ items: [Element], project: (Element) -> String) {
        self.items = items
        var number = [Int32](repeating: 0, count: items.count)
        var counts: [Int] = []
        var previous: String? = nil
        var current = 0
        var sorted = true
        for k in items.indices {
            let id = project(items[k])
            if id != previous {
                if let g = index[id] {
                    current = g
                    sorted = false
                } else {
                    current = ids.count
                    index[id] = current
                    ids.append(id)
                    counts.append(0)
                }
                previous = id
            }
            number[k] = Int32(current)
            counts[current] += 1
        }
        starts.reserveCapacity(counts.count + 1)
        var at = 0
        for n in counts { starts.append(at); at += n }
        starts.append(at)
        if sorted {
            order = (0..<Int32(items.count)).map { $0 }
        } else {
            // A stable counting sort by group.
            var next = starts
            order = [Int32](repeating: 0, count: items.count)
            for k in items.indices {
                let g = Int(number[k])
                order[next[g]] = Int32(k)
                next[g] += 1
            }
        }
    }

    /// The items of group `g`, in input order.
    func group(_ g: Int) -> [Element] {
        order[starts[g]..<starts[g + 1]].map { items[Int($0)] }
    }

    /// The items of one project; nil when it has none.
    subscript(id: String) -> [Element]? { index[id].map(group) }

    /// The items of one project, trying group `hint` first (projects usually come in the order of their
    /// items, so the k-th project's items are the k-th group and no lookup is needed); nil when none.
    func group(of id: String, hint: Int) -> [Element]? {
        if hint < ids.count && ids[hint] == id { return group(hint) }
        return self[id]
    }

    /// Whether the project has items.
    func contains(_ id: String) -> Bool { index[id] != nil }
}

/// Items (claims, plans) grouped by project id in one pass, each group in input order, each group's
/// array allocated once at its final size.
///
/// The store returns a project's claims together, so consecutive items usually share a project and
/// the id is looked up once per run of items rather than once per item.
struct ProjectGroups<Element>: Sendable where Element: Sendable {
    /// Project ids in order of first appearance.
    private(set) var ids: [String] = []
    /// `groups[k]`: the items of `ids[k]`.
    private(set) var groups: [[Element]] = []
    private var index: [String: Int] = [:]

    init(_ items: [Element], project: (Element) -> String) {
        var number = [Int32](repeating: 0, count: items.count)
        var counts: [Int] = []
        var previous: String? = nil
        var current = 0
        for k in items.indices {
            let id = project(items[k])
            if id != previous {
                if let g = index[id] {
                    current = g
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
        groups = counts.map { n in
            var group: [Element] = []
            group.reserveCapacity(n)
            return group
        }
        for k in items.indices { groups[Int(number[k])].append(items[k]) }
    }

    /// The items of one project; nil when it has none.
    subscript(id: String) -> [Element]? { index[id].map { groups[$0] } }

    /// The items of one project, trying group `hint` first (projects usually come in the order of their
    /// items, so the k-th project's items are the k-th group and no lookup is needed); empty when none.
    func items(of id: String, hint: Int) -> [Element] {
        if hint < ids.count && ids[hint] == id { return groups[hint] }
        return self[id] ?? []
    }

    /// Whether the project has items.
    func contains(_ id: String) -> Bool { index[id] != nil }
}

/// Values by project id, read like a dictionary (`table[id]`, iteration over `(key, value)` pairs,
/// `keys`, `values`, `count`), stored by the project's position in the analysis's project list — no
/// dictionary of its own to build for a full analysis. Values of ids the project list does not hold
/// (claims of unlisted projects) are kept in `extra`.
public struct ProjectTable<Value: Sendable>: Sendable, Sequence {
    let projects: [Project]
    let position: [String: Int]
    /// Whether no project is listed twice.
    let unique: Bool
    /// By position; nil: no value for that project (or a later listing of a project listed twice).
    let stored: [Value?]
    let extra: [String: Value]

    public subscript(id: String) -> Value? {
        if let k = position[id] { return stored[k] }
        return extra[id]
    }

    public subscript(_ id: String, default value: @autoclosure () -> Value) -> Value { self[id] ?? value() }

    public struct Iterator: IteratorProtocol {
        let table: ProjectTable
        var k = 0
        var rest: Dictionary<String, Value>.Iterator

        public mutating func next() -> (key: String, value: Value)? {
            while k < table.stored.count {
                defer { k += 1 }
                guard let v = table.stored[k] else { continue }
                let id = table.projects[k].id
                if table.unique || table.position[id] == k { return (id, v) }
            }
            return rest.next()
        }
    }

    public func makeIterator() -> Iterator { Iterator(table: self, rest: extra.makeIterator()) }

    /// The ids that have a value.
    public var keys: [String] { map(\.key) }
    public var values: [Value] { map(\.value) }
    public var count: Int { reduce(0) { n, _ in n + 1 } }
    public var isEmpty: Bool { count == 0 }
}

extension ProjectTable: Equatable where Value: Equatable {
    /// Equal as dictionaries are: the same ids, each with an equal value.
    public static func == (a: ProjectTable, b: ProjectTable) -> Bool {
        var n = 0
        for (id, v) in a {
            guard b[id] == v else { return false }
            n += 1
        }
        return n == b.count
    }
}

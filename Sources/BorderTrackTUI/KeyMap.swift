/// The key table: which action each key triggers, and the keys and help of each action.
///
/// Built from the app's defaults; a `KeyConfig` replaces the keys of the actions it names (each action
/// it names gets exactly the keys listed, and those keys are taken away from any other action).
public struct KeyMap: Hashable, Sendable {
    /// Action ids in the order they were first given (help order).
    public private(set) var actions: [String] = []
    private var keysByAction: [String: [Key]] = [:]
    private var helpByAction: [String: String] = [:]
    private var actionByKey: [Key: String] = [:]

    /// A map from bindings; when a key is bound twice, the first binding wins.
    public init(_ bindings: [KeyBinding]) {
        for b in bindings {
            if keysByAction[b.action] == nil { actions.append(b.action); keysByAction[b.action] = [] }
            if helpByAction[b.action, default: ""].isEmpty { helpByAction[b.action] = b.help }
            guard actionByKey[b.key] == nil else { continue }
            actionByKey[b.key] = b.action
            keysByAction[b.action]!.append(b.key)
        }
    }

    /// A map from each action's default key specs and help, in help order (actions without keys included).
    public init(defaults: [(action: String, specs: [String], help: String)]) throws(KeySpecError) {
        var bindings: [KeyBinding] = []
        for d in defaults {
            for s in d.specs { bindings.append(try KeyBinding(spec: s, action: d.action, help: d.help)) }
        }
        self.init(bindings)
        for d in defaults where keysByAction[d.action] == nil {
            actions.append(d.action); keysByAction[d.action] = []; helpByAction[d.action] = d.help
        }
        var order: [String] = []
        for d in defaults where !order.contains(d.action) { order.append(d.action) }
        actions = order
    }

    /// The action a key triggers, if any.
    public func action(for key: Key) -> String? { actionByKey[key] }

    /// The keys bound to an action, in order.
    public func keys(for action: String) -> [Key] { keysByAction[action] ?? [] }

    /// The help line of an action.
    public func help(for action: String) -> String { helpByAction[action] ?? "" }

    /// Every binding, by action in help order.
    public var bindings: [KeyBinding] {
        actions.flatMap { a in keys(for: a).map { KeyBinding(key: $0, action: a, help: help(for: a)) } }
    }

    /// Gives an action exactly these keys, taking them from any other action.
    public mutating func rebind(_ action: String, to keys: [Key]) {
        if keysByAction[action] == nil { actions.append(action) }
        for k in keysByAction[action] ?? [] { actionByKey[k] = nil }
        var unique: [Key] = []
        for k in keys where !unique.contains(k) {
            unique.append(k)
            if let other = actionByKey[k], other != action { keysByAction[other]?.removeAll { $0 == k } }
            actionByKey[k] = action
        }
        keysByAction[action] = unique
    }

    /// This map with a config's bindings applied; every action the config names must exist here.
    public func applying(_ config: KeyConfig) throws(KeyConfigError) -> KeyMap {
        var map = self
        for e in config.entries {
            guard keysByAction[e.action] != nil else {
                throw .unknownAction(line: e.line, action: e.action, known: actions)
            }
            map.rebind(e.action, to: e.keys)
        }
        return map
    }
}

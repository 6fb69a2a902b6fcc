/// One key bound to an action id, with the action's help line.
public struct KeyBinding: Hashable, Sendable {
    public let key: Key
    /// The action id (chosen by the app, e.g. `page-down`).
    public let action: String
    public let help: String

    public init(key: Key, action: String, help: String = "") {
        self.key = key; self.action = action; self.help = help
    }

    /// A binding from a key spec (see `KeySpec`).
    public init(spec: String, action: String, help: String = "") throws(KeySpecError) {
        self.init(key: try KeySpec.parse(spec), action: action, help: help)
    }
}

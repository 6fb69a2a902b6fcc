/// The app's key table, built from `Action`'s defaults; help and dispatch both read it.
public enum AppKeys {
    /// The default key map (every action with its default keys and help line).
    public static func defaults() -> KeyMap {
        // The defaults are fixed and valid; a failure here is a programming error caught by the tests.
        try! KeyMap(defaults: Action.allCases.map { ($0.rawValue, $0.defaultKeys, $0.help) })
    }

    /// The action a key triggers in a view, if any.
    public static func action(for key: Key, in view: ViewID, map: KeyMap) -> Action? {
        guard let id = map.action(for: key), let action = Action(rawValue: id) else { return nil }
        return action.views.contains(view) || action == .quit ? action : nil
    }
}

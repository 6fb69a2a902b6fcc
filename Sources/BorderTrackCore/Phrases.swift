/// Plain-language phrases for explanations.
public enum Phrases {
    public static func status(_ s: Status, _ scope: Scope?) -> String {
        guard s == .operational else { return s.phrase }
        switch scope {
        case .cargo?: return "operating for cargo"
        case .passenger?: return "operating for passengers"
        case .full?: return "operating for passengers and cargo"
        case nil: return "operating"
        }
    }

    public static func country(_ code: String) -> String {
        switch code {
        case "RU": "Russian"
        case "CN": "Chinese"
        case "MN": "Mongolian"
        case "KP": "North Korean"
        case "KZ": "Kazakh"
        default: code
        }
    }
}

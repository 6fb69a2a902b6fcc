import BorderTrackApp
import BorderTrackCore

extension CLI {
    /// A model validation error restated with the command-line option at fault (exit 65):
    /// `--tier: "weekly" is not valid; expected one of …`. `options` maps model fields to options
    /// where the names differ (`names.en` → `--name-en`); others become `--FIELD`.
    static func badOption(_ error: ModelError, options: [String: String] = [:]) -> CLIError {
        let option = options[error.field] ?? "--" + error.field
        let message: String = switch error {
        case .missing: "\(option) is required but missing or empty"
        default: "\(option): \"\(TextEscaper.escapeForMessage(error.value))\" is not valid; expected \(error.expected)"
        }
        return .badData(message)
    }

    /// Runs model construction, turning a validation error into `badOption`.
    static func validated<T>(options: [String: String] = [:], _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as ModelError { throw badOption(e, options: options) }
    }

    /// The options of `project add` / `project edit` by model field.
    static let projectOptions = [
        "names.en": "--name-en", "names.ru": "--name-ru", "names.zh": "--name-zh", "countries": "--country",
        "regions": "--region", "programs": "--program", "location.lat": "--lat", "location.lon": "--lon",
    ]
}
